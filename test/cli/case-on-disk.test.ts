// The case on disk as a person (or a crash, or a stray edit) can leave it: each command
// must still say something true, in one line, with the documented exit code.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

let template = '';
beforeAll(() => {
  template = runCli(['show', 'emergency-contact', '--format', 'answers']).stdout;
});

/** A new home with one emergency-contact case recorded from a complete answers file. */
export function homeWithCase(): { home: string; id: string; dir: string } {
  const home = makeHome();
  const answers = join(home, 'answers.yaml');
  writeFileSync(answers, template);
  const started = runCli(['start', 'emergency-contact', '--answers', answers], { home });
  const id = /Case (\S+) recorded/.exec(started.stdout)?.[1];
  if (started.code !== 0 || id === undefined) throw new Error(`could not start a case: ${started.stderr}`);
  return { home, id, dir: join(home, 'cases', id) };
}

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '');

describe('respond close', () => {
  it('refuses to close a case twice, and writes nothing the second time', () => {
    const { home, id, dir } = homeWithCase();
    expect(runCli(['close', id, '--force'], { home }).code).toBe(0);
    const before = readFileSync(join(dir, 'journal.jsonl'), 'utf8');
    const again = runCli(['close', id, '--force'], { home });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`case ${id} is closed`);
    expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8')).toBe(before);
    expect(lines(join(dir, 'journal.jsonl')).filter((l) => l.includes('"case-closed"'))).toHaveLength(1);
  });
});

describe('a damaged first line (item 3)', () => {
  const damage: Record<string, (first: string) => string> = {
    'a byte order mark': (first) => `\uFEFF${first}`,
    'an unknown version': (first) => first.replace('"v":1', '"v":99'),
    'a first line that is not case-started': () =>
      '{"v":1,"type":"note","ts":"2026-11-22T09:00:00.000+09:00","text":"x"}',
  };
  for (const [what, change] of Object.entries(damage)) {
    it(`${what}: the case is still listed and logged, and nobody is told to delete it`, () => {
      const { home, id, dir } = homeWithCase();
      const journal = join(dir, 'journal.jsonl');
      const [first = '', ...rest] = readFileSync(journal, 'utf8').split('\n');
      writeFileSync(journal, [change(first), ...rest].join('\n'));
      const cases = runCli(['cases', '--json'], { home });
      expect(cases.code).toBe(0);
      expect((JSON.parse(cases.stdout) as { id: string }[]).map((c) => c.id)).toEqual([id]);
      const log = runCli(['log', id], { home });
      expect(log.code, log.stderr).toBe(0);
      expect(log.stdout.split('\n').length).toBeGreaterThan(rest.length - 1);
      if (what !== 'a byte order mark') expect(log.stderr).toContain(`${journal}:1:`);
      else expect(log.stderr).toBe('');
      for (const out of [cases.stderr, log.stderr]) expect(out).not.toMatch(/delete|interrupted/);
    });
  }

  it('a journal with nothing readable is refused (65) and kept, without advice to delete it', () => {
    const { home, id, dir } = homeWithCase();
    const journal = join(dir, 'journal.jsonl');
    writeFileSync(journal, readFileSync(journal, 'utf8').replace(/"v":1/g, '"v":7'));
    const log = runCli(['log', id], { home });
    expect(log.code).toBe(65);
    expect(log.stderr).toContain(journal);
    expect(log.stderr).not.toMatch(/may delete|interrupted/);
  });
});

describe('a damaged playbook.json (items 4 and 25)', () => {
  const damage: Record<string, (text: string) => string> = {
    'not JSON': (text) => text.slice(0, 100),
    'null playbooks': (text) => JSON.stringify({ ...(JSON.parse(text) as object), playbooks: null }),
    'steps that are not a list': (text) => text.replace('"steps": [', '"steps": 3, "x": ['),
    'a playbook that is not one': () =>
      JSON.stringify({ format: 1, root: 'emergency-contact', playbooks: { 'emergency-contact': null } }),
    'an edited copy (the hash no longer matches)': (text) =>
      text.replace(/"en": "[^"]*"/, '"en": "Edited later"'),
  };
  for (const [what, change] of Object.entries(damage)) {
    it(`${what}: 65 naming the file for every command, the case named in cases, log from the journal alone`, () => {
      const { home, id, dir } = homeWithCase();
      const bundle = join(dir, 'playbook.json');
      const changed = change(readFileSync(bundle, 'utf8'));
      writeFileSync(bundle, changed);
      // Record the new copy's hash too, so that its content alone must be checked.
      if (!what.includes('hash')) {
        const journal = join(dir, 'journal.jsonl');
        writeFileSync(
          journal,
          readFileSync(journal, 'utf8').replace(
            /sha256:[0-9a-f]{64}/,
            `sha256:${createHash('sha256').update(changed).digest('hex')}`,
          ),
        );
      }
      for (const args of [
        ['report', id],
        ['note', id, 'hello'],
        ['resume', id, '--answers', join(home, 'answers.yaml')],
        ['close', id, '--force'],
      ]) {
        const result = runCli(args, { home });
        expect([result.code, args.join(' ')]).toEqual([65, args.join(' ')]);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toContain(bundle);
      }
      const cases = runCli(['cases'], { home });
      expect(cases.code).toBe(0);
      expect(cases.stderr).toContain(id);
      const log = runCli(['log', id, '--json'], { home });
      expect(log.code, log.stderr).toBe(0);
      expect(log.stderr).toContain(bundle);
      const entries = JSON.parse(log.stdout) as { type: string }[];
      expect(entries.length).toBe(lines(join(dir, 'journal.jsonl')).length);
    });
  }
});

describe('links and torn lines in a case folder (item 5)', () => {
  it('a journal.jsonl that is a symbolic link is neither followed, chmodded nor cut', () => {
    const { home, id, dir } = homeWithCase();
    const outside = join(home, 'outside.txt');
    writeFileSync(outside, `${readFileSync(join(dir, 'journal.jsonl'), 'utf8')}half a line`, { mode: 0o644 });
    rmSync(join(dir, 'journal.jsonl'));
    symlinkSync(outside, join(dir, 'journal.jsonl'));
    const before = readFileSync(outside, 'utf8');
    for (const args of [
      ['note', id, 'hello'],
      ['close', id, '--force'],
      ['log', id],
    ]) {
      const result = runCli(args, { home });
      expect([result.code, args[0]]).toEqual([65, args[0]]);
      expect(result.stderr).toContain('symbolic link');
    }
    expect(readFileSync(outside, 'utf8')).toBe(before);
    expect(statSync(outside).mode & 0o777).toBe(0o644);
  });

  it('a case folder that is a symbolic link out of the cases folder is refused', () => {
    const { home, id, dir } = homeWithCase();
    const elsewhere = join(home, 'elsewhere');
    renameSync(dir, elsewhere);
    symlinkSync(elsewhere, dir);
    const before = readFileSync(join(elsewhere, 'journal.jsonl'), 'utf8');
    const note = runCli(['note', id, 'hello'], { home });
    expect(note.code).toBe(65);
    expect(note.stderr).toContain('symbolic link');
    expect(readFileSync(join(elsewhere, 'journal.jsonl'), 'utf8')).toBe(before);
  });

  it('note and close say when they cut a torn last line, and keep the cut bytes beside the journal', () => {
    const { home, id, dir } = homeWithCase();
    const journal = join(dir, 'journal.jsonl');
    for (const args of [
      ['note', id, 'hello'],
      ['close', id, '--force'],
    ]) {
      writeFileSync(journal, `${readFileSync(journal, 'utf8')}{"v":1,"type":"note","ts":"2026-1`);
      const result = runCli(args, { home });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/cut short/);
      const side = readdirSync(dir).filter((n) => n.startsWith('journal.jsonl.torn-'));
      expect(side.length).toBeGreaterThan(0);
      expect(result.stderr).toContain(side.at(-1));
      for (const name of side) {
        expect(readFileSync(join(dir, name), 'utf8')).toBe('{"v":1,"type":"note","ts":"2026-1');
        expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
      }
      expect(readFileSync(journal, 'utf8')).not.toContain('"ts":"2026-1"');
    }
  });
});

describe("a damaged journal, told in the case's language", () => {
  it('a Japanese case hears of its torn last line in Japanese, with where the cut bytes are', () => {
    const { home, id, dir } = homeWithCase();
    const journal = join(dir, 'journal.jsonl');
    // The case was started in English; one started in Japanese is told in Japanese.
    writeFileSync(journal, readFileSync(journal, 'utf8').replace('"lang":"en"', '"lang":"ja"'));
    writeFileSync(journal, `${readFileSync(journal, 'utf8')}{"v":1,"type":"note","ts":"2026-1`);
    const result = runCli(['close', id, '--force'], { home });
    expect(result.code, result.stderr).toBe(0);
    const side = readdirSync(dir).find((n) => n.startsWith('journal.jsonl.torn-')) ?? '?';
    expect(result.stderr).toMatch(/行目: 最後の記録が途中で切れています/);
    expect(result.stderr).toContain(`バイトは ${join(dir, side)} に残しました`);
  });
});

describe('locks as the person meets them (item 15)', () => {
  it('twenty notes at once on one case all wait their turn and are all saved', async () => {
    const { home, id, dir } = homeWithCase();
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers/run-cli.js');
    const runs = Array.from({ length: 20 }, (_, i) => {
      const c = spawn(process.execPath, [BIN, 'note', id, `call ${i}`], {
        env: { PATH: process.env.PATH ?? '', HOME: home, RESPOND_HOME: home, LANG: 'C', NO_COLOR: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      c.stderr.on('data', (d: Buffer) => (err += d.toString()));
      return new Promise<[number | null, string]>((resolve) =>
        c.once('exit', (code) => resolve([code, err])),
      );
    });
    const results = await Promise.all(runs);
    expect(results.filter(([code]) => code !== 0)).toEqual([]);
    const notes = lines(join(dir, 'journal.jsonl')).filter(
      (l) => l.includes('"type":"note"') && l.includes('call '),
    );
    expect(notes).toHaveLength(20);
  }, 60_000);

  it('a lock from another computer says how to take it over, and taking over needs a terminal to confirm', () => {
    const { home, id, dir } = homeWithCase();
    writeFileSync(
      join(dir, 'lock'),
      JSON.stringify({ pid: 4242, hostname: 'old-laptop', started: '2026-11-01T10:00:00.000+09:00' }),
    );
    const note = runCli(['note', id, 'hello'], { home });
    expect(note.code).toBe(75);
    expect(note.stderr).toContain('old-laptop');
    expect(note.stderr).toContain('--take-over');
    const ja = runCli(['note', id, 'hello', '--lang', 'ja'], { home });
    expect(ja.stderr).toContain('--take-over');
    const take = runCli(['note', id, 'hello', '--take-over'], { home });
    expect(take.code).toBe(64);
    expect(readFileSync(join(dir, 'lock'), 'utf8')).toContain('old-laptop');
  });
});
