import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const GOOD =
  'id: my-playbook\ntitle: What this is for\nsteps:\n  - id: first-step\n    title: Do the first thing\n';
const BAD = 'id: broken\ntitle: Broken\nsteps:\n  - id: a\n    titel: A\n';
const including = (id: string, target: string) =>
  `id: ${id}\ntitle: ${id}\nsteps:\n  - id: go\n    include: ${target}\n`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'respond-validate-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('respond validate (the binary)', () => {
  it('prints OK for a good file and exits 0', () => {
    const cwd = folder({ 'good.yaml': GOOD });
    const result = runCli(['validate', 'good.yaml'], { cwd });
    expect(result.stdout).toBe('OK  good.yaml (my-playbook, 1 step)\n');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('prints every problem as FILE:LINE:COL on stderr and exits 65', () => {
    const cwd = folder({ 'good.yaml': GOOD, 'bad.yaml': BAD });
    const result = runCli(['validate', 'good.yaml', 'bad.yaml'], { cwd });
    expect(result.code).toBe(65);
    expect(result.stdout).toBe('OK  good.yaml (my-playbook, 1 step)\n');
    expect(result.stderr).toContain('bad.yaml:5:5  "titel" is not a known field here. Did you mean "title"?');
    expect(result.stderr).toContain('1 of 2 files is not a valid playbook.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 66 for a missing file', () => {
    const cwd = folder({ 'good.yaml': GOOD });
    const result = runCli(['validate', 'good.yaml', 'nope.yaml'], { cwd });
    expect(result.code).toBe(66);
    expect(result.stderr).toContain('nope.yaml:1:1  There is no file here.');
  });

  it('with --json, prints only data on stdout', () => {
    const cwd = folder({ 'good.yaml': GOOD, 'bad.yaml': BAD });
    const result = runCli(['validate', '--json', 'good.yaml', 'bad.yaml'], { cwd });
    expect(result.code).toBe(65);
    expect(JSON.parse(result.stdout)).toEqual([
      { file: 'good.yaml', valid: true, id: 'my-playbook', issues: [] },
      {
        file: 'bad.yaml',
        valid: false,
        issues: [{ line: 5, col: 5, message: expect.stringContaining('"titel"') as string }],
      },
    ]);
  });

  it('resolves includes against the built-ins and the other files named', () => {
    const cwd = folder({
      'a.yaml': including('a', 'b'),
      'b.yaml': including('b', 'emergency-contact'),
      'c.yaml': including('c', 'emergency-contac'),
    });
    const together = runCli(['validate', 'a.yaml', 'b.yaml'], { cwd });
    expect(together.stderr).toBe('');
    expect(together.code).toBe(0);
    const alone = runCli(['validate', 'a.yaml', 'c.yaml'], { cwd });
    expect(alone.code).toBe(65);
    expect(alone.stderr).toContain('a.yaml:5:14  there is no playbook called "b" to include.');
    expect(alone.stderr).toContain(
      'c.yaml:5:14  there is no playbook called "emergency-contac" to include. Did you mean "emergency-contact"?',
    );
  });

  it('names an include cycle between files, in Japanese when asked', () => {
    const cwd = folder({ 'a.yaml': including('a', 'b'), 'b.yaml': including('b', 'a') });
    const result = runCli(['validate', '--lang', 'ja', 'a.yaml', 'b.yaml'], { cwd });
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(
      'a.yaml:5:14  チェックリストが互いを輪のように取り込んでいる (a → b → a)',
    );
  });

  it('validates every built-in playbook', () => {
    const root = join(import.meta.dirname, '../..');
    const result = runCli(
      [
        'validate',
        'checklists/fraud-order.yaml',
        'checklists/stop-shipment.yaml',
        'checklists/card-charges.yaml',
        'checklists/emergency-contact.yaml',
      ],
      { cwd: root },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
