import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../../helpers/run-cli.js';

const mode = (path: string) => statSync(path).mode & 0o777;

/** `respond validate` once it exists; until then the check is skipped, not faked. */
function expectValidates(path: string, home: string, skip: () => void): void {
  const result = runCli(['validate', path], { home });
  if (result.stderr.includes('is being built')) return skip();
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

describe('respond new', () => {
  it('writes a commented starter, private to the user, and says what to run next', ({ skip }) => {
    const home = makeHome();
    const result = runCli(['new', 'my-bank'], { home });
    expect(result.code).toBe(0);
    const path = join(home, 'playbooks', 'my-bank.yaml');
    expect(result.stdout.split('\n')[0]).toBe(path);
    expect(result.stdout).toContain(`respond validate ${path}`);
    expect(mode(path)).toBe(0o600);
    expect(mode(join(home, 'playbooks'))).toBe(0o700);
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./playbook.schema.json');
    expect(text).toContain('id: my-bank');
    const schema = join(home, 'playbooks', 'playbook.schema.json');
    expect(JSON.parse(readFileSync(schema, 'utf8'))).toHaveProperty('$schema');
    expect(mode(schema)).toBe(0o600);

    const list = JSON.parse(runCli(['list', '--json'], { home }).stdout) as { id: string; source: string }[];
    expect(list.find((e) => e.id === 'my-bank')?.source).toBe('user');
    expect(runCli(['show', 'my-bank'], { home }).code).toBe(0);
    expectValidates(path, home, skip);
  });

  it('never overwrites a playbook', () => {
    const home = makeHome();
    expect(runCli(['new', 'mine'], { home }).code).toBe(0);
    const path = join(home, 'playbooks', 'mine.yaml');
    writeFileSync(path, 'id: mine\ntitle: My edits\nsteps:\n  - id: a\n    title: A\n');
    const again = runCli(['new', 'mine'], { home });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already/);
    expect(readFileSync(path, 'utf8')).toContain('My edits');
  });

  it('refuses an id that is not a slug, with a suggestion (exit 64)', () => {
    const home = makeHome();
    for (const bad of ['My Bank', '../escape', 'a/b', 'UPPER', 'dash-', 'two--dashes', 'x'.repeat(65)]) {
      const result = runCli(['new', bad], { home });
      expect(result.code, bad).toBe(64);
      expect(result.stderr, bad).toMatch(/lowercase letters, digits/);
    }
    expect(runCli(['new', 'My Bank'], { home }).stderr).toContain('e.g. my-bank');
  });

  it('--from copies another playbook with the id replaced', ({ skip }) => {
    const home = makeHome();
    const result = runCli(['new', 'my-fraud', '--from', 'fraud-order'], { home });
    expect(result.code).toBe(0);
    const path = join(home, 'playbooks', 'my-fraud.yaml');
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./playbook.schema.json');
    expect(text).toMatch(/^id: my-fraud$/m);
    expect(text).not.toMatch(/^id: fraud-order$/m);
    expect(mode(path)).toBe(0o600);
    expect(runCli(['show', 'my-fraud'], { home }).stdout).toContain('□');
    expectValidates(path, home, skip);
  });

  it('says when the new playbook will be used instead of a built-in', () => {
    const home = makeHome();
    const result = runCli(['new', 'card-charges', '--from', 'card-charges'], { home });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/instead of the built-in/);
    const list = JSON.parse(runCli(['list', '--json'], { home }).stdout) as { id: string; source: string }[];
    expect(list.find((e) => e.id === 'card-charges')?.source).toBe('user-overrides-built-in');
  });

  it('refuses an id one of your playbooks already has, whatever its file name', () => {
    const home = makeHome();
    mkdirSync(join(home, 'playbooks'), { recursive: true });
    writeFileSync(
      join(home, 'playbooks', 'other-name.yaml'),
      'id: taken\ntitle: T\nsteps:\n  - id: a\n    title: A\n',
    );
    const result = runCli(['new', 'taken'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('other-name.yaml');
    expect(() => statSync(join(home, 'playbooks', 'taken.yaml'))).toThrow();
  });

  it('--from an unknown playbook exits 66 and writes nothing', () => {
    const home = makeHome();
    const result = runCli(['new', 'copy', '--from', 'no-such-playbook'], { home });
    expect(result.code).toBe(66);
    expect(() => statSync(join(home, 'playbooks', 'copy.yaml'))).toThrow();
  });

  it('writes the starter in Japanese when asked', ({ skip }) => {
    const home = makeHome();
    expect(runCli(['new', 'ja-starter', '--lang', 'ja'], { home }).code).toBe(0);
    const path = join(home, 'playbooks', 'ja-starter.yaml');
    expect(readFileSync(path, 'utf8')).toContain('自分で事実を確かめる');
    expectValidates(path, home, skip);
  });
});
