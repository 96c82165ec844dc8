import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

const example = resolve(import.meta.dirname, '../../../docs/examples/every-feature.yaml');

describe('respond show', () => {
  it('prints a built-in as a blank checklist, its included playbooks nested', () => {
    const result = runCli(['show', 'fraud-order']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('How to read this');
    expect(result.stdout).toMatch(/^1\. □ /m);
    expect(result.stdout).toMatch(/^ {2}\d+\.1\. □ /m);
    expect(result.stdout).toContain('Ask ');
    expect(result.stdout).toContain("□ yes □ no □ don't know · who · when · channel · ref no.");
    expect(result.stderr).toBe('');
  });

  it('prints a file by its path, every branch worded', () => {
    const result = runCli(['show', example]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Only if: "Is the order in your order history?" → yes');
    expect(result.stdout).toContain('3. Stop the parcel yourself');
  });

  it('prints Markdown in Japanese', () => {
    const result = runCli(['show', example, '--format', 'md', '--lang', 'ja']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# 身に覚えのない注文/);
    expect(result.stdout).toContain('- [ ] **お店 に確認:** 発送を止めてもらえますか?');
  });

  it('colors only when allowed: NO_COLOR wins even over FORCE_COLOR', () => {
    const result = runCli(['show', example], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(result.stdout).not.toContain('\u001b[');
    const colored = runCli(['show', example], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(colored.stdout).toContain('\u001b[');
  });

  it('answers an unknown playbook with exit 66 and no stack trace', () => {
    const result = runCli(['show', 'no-such-playbook']);
    expect(result.code).toBe(66);
    expect(result.stderr).toContain('no-such-playbook');
    expect(result.stderr).toContain('respond list');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('answers an invalid file with exit 65 and each problem as file:line:col  message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'respond-show-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'id: bad\ntitle: Bad\nsteps: []\n');
    const result = runCli(['show', file]);
    expect(result.code).toBe(65);
    expect(result.stderr).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ {2}\\S`),
    );
    expect(result.stdout).toBe('');
  });

  it('rejects an unknown format as a usage error', () => {
    expect(runCli(['show', example, '--format', 'pdf']).code).toBe(64);
  });
});
