// The case on disk as a person (or a crash, or a stray edit) can leave it: each command
// must still say something true, in one line, with the documented exit code.
import { readFileSync, writeFileSync } from 'node:fs';
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

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');

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
