import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../../helpers/run-cli.js';

const builtinIds = readdirSync(resolve(import.meta.dirname, '../../../checklists'))
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => n.replace(/\.yaml$/, ''));

function homeWith(files: Record<string, string>): string {
  const home = makeHome();
  mkdirSync(join(home, 'playbooks'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(home, 'playbooks', name), text);
  return home;
}

const mine =
  'id: my-bank\ntitle: {en: My bank, ja: 私の銀行}\nsteps:\n  - id: call\n    title: Call the bank\n  - id: check\n    title: Check the statement\n';

describe('respond list', () => {
  it('--json prints only a JSON array of {id, title, source, steps, path}', () => {
    const result = runCli(['list', '--json']);
    expect(result.code).toBe(0);
    const entries = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(Array.isArray(entries)).toBe(true);
    expect(entries.map((e) => e.id).sort()).toEqual([...builtinIds].sort());
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(['id', 'path', 'source', 'steps', 'title']);
      expect(entry.source).toBe('built-in');
      expect(entry.steps).toBeGreaterThan(0);
    }
  });

  it('counts a guide included twice once: the steps a person may walk, not every copy', () => {
    const guide = (id: string, steps: number) =>
      `id: ${id}\ntitle: ${id}\nsteps:\n` +
      Array.from({ length: steps }, (_, i) => `  - id: s${i}\n    title: Step ${i}\n`).join('');
    const home = homeWith({
      'card.yaml': guide('card', 5),
      'mail.yaml': 'id: mail\ntitle: mail\nsteps:\n  - id: m\n    title: M\n  - id: c\n    include: card\n',
      'both.yaml':
        'id: both\ntitle: both\nsteps:\n  - id: a\n    include: card\n  - id: b\n    include: mail\n',
    });
    const entries = JSON.parse(runCli(['list', '--json'], { home }).stdout) as {
      id: string;
      steps: number;
    }[];
    // card's 5 steps once (not again under mail), and mail's own step.
    expect(entries.find((e) => e.id === 'both')?.steps).toBe(6);
    expect(entries.find((e) => e.id === 'mail')?.steps).toBe(6);
  });

  it('answers a bare `list` the same as the full command line does, warnings and all', () => {
    // `respond list` alone skips commander (cli/fast-path.ts); with any option it goes through main.
    const home = homeWith({ 'my-bank.yaml': mine, 'broken.yaml': 'id: broken\nsteps: [\n' });
    for (const lang of ['C', 'ja_JP.UTF-8']) {
      const fast = runCli(['list'], { home, env: { LANG: lang } });
      const full = runCli(['list', '--no-pager'], { home, env: { LANG: lang } });
      expect(fast.code).toBe(0);
      expect(fast.stderr).toMatch(/broken\.yaml/);
      expect(fast).toEqual(full);
    }
  });

  it('shows a table with id, title, source and number of steps', () => {
    const result = runCli(['list'], { home: homeWith({ 'my-bank.yaml': mine }) });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ID\s+TITLE\s+SOURCE\s+STEPS\n/);
    expect(result.stdout).toMatch(/my-bank\s+My bank\s+user\s+2\n/);
    for (const id of builtinIds)
      expect(result.stdout).toMatch(new RegExp(`^${id}\\s+.+\\s+built-in\\s+\\d+$`, 'm'));
    expect(result.stderr).toBe('');
  });

  it('says when a user playbook overrides a built-in', () => {
    const id = builtinIds[0] ?? 'fraud-order';
    const home = homeWith({
      'mine.yaml': `id: ${id}\ntitle: Mine instead\nsteps:\n  - id: a\n    title: A\n`,
    });
    const table = runCli(['list'], { home });
    expect(table.stdout).toMatch(new RegExp(`${id}\\s+Mine instead\\s+user \\(overrides built-in\\)\\s+1`));
    const json = JSON.parse(runCli(['list', '--json'], { home }).stdout) as {
      id: string;
      source: string;
      path: string;
    }[];
    const entry = json.find((e) => e.id === id);
    expect(entry?.source).toBe('user-overrides-built-in');
    expect(entry?.path).toBe(join(home, 'playbooks', 'mine.yaml'));
  });

  it('turns a broken user file into one warning line, and lists the rest', () => {
    const home = homeWith({ 'broken.yaml': 'id: broken\ntitle: [unclosed\n', 'my-bank.yaml': mine });
    const result = runCli(['list', '--json'], { home });
    expect(result.code).toBe(0);
    const ids = (JSON.parse(result.stdout) as { id: string }[]).map((e) => e.id);
    expect(ids).toContain('my-bank');
    expect(ids).not.toContain('broken');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/broken\.yaml:\d+:\d+ {2}\S/);
  });

  it('uses the chosen language for titles and headings', () => {
    const result = runCli(['list', '--lang', 'ja'], { home: homeWith({ 'my-bank.yaml': mine }) });
    expect(result.stdout).toContain('タイトル');
    expect(result.stdout).toMatch(/my-bank\s+私の銀行\s+ユーザー\s+2/);
  });
});

describe('respond list, run again', () => {
  it('reuses its list only while no playbook file changed', () => {
    const home = makeHome();
    const dir = join(home, 'playbooks');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'id: mine\ntitle: First title\nsteps:\n  - id: a\n    title: A\n');
    expect(runCli(['list'], { home }).stdout).toContain('First title');
    expect(runCli(['list'], { home }).stdout).toContain('First title');
    writeFileSync(
      file,
      'id: mine\ntitle: A longer second title\nsteps:\n  - id: a\n    title: A\n  - id: b\n    title: B\n',
    );
    const changed = runCli(['list', '--json'], { home });
    expect(JSON.parse(changed.stdout)).toContainEqual(
      expect.objectContaining({ id: 'mine', title: 'A longer second title', steps: 2 }),
    );
    writeFileSync(join(dir, 'broken.yaml'), 'id: [\n');
    const broken = runCli(['list'], { home });
    expect(broken.stderr).toContain('broken.yaml');
    expect(runCli(['list'], { home }).stderr).toContain('broken.yaml'); // the warning is kept with the list
    expect(runCli(['list', '--lang', 'ja'], { home }).stdout).toContain('組み込み');
  });
});
