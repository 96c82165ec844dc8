// kill -9 at random moments while a separate process appends: every event the child was
// told is saved (it prints the index after each append resolves) must be in the journal,
// and the journal must always read without error.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeJournal, openJournal, readJournal } from '../../src/io/journal.js';
import { createCase } from '../../src/io/case-create.js';
import { buildChild } from './helpers/child.js';

let child: string;
beforeAll(async () => {
  child = await buildChild();
});

/** Runs the appending child until it is killed after `delayMs`; returns the indexes it reported. */
function appendUntilKilled(dir: string, tag: string, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [child, 'append', dir, '1000000', tag], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    c.stdout.on('data', (d: Buffer) => (out += d.toString()));
    c.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => c.kill('SIGKILL'), delayMs);
    c.once('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`child ended by itself: ${err}`));
      // Only whole lines count: a digit without its newline was never fully reported.
      const lines = out.split('\n');
      lines.pop();
      resolve(lines.map(Number));
    });
  });
}

describe('kill -9 while appending', () => {
  it('loses no event the child was told is saved', async () => {
    const paths = {
      playbooks: '',
      data: '',
      cache: '',
      cases: join(mkdtempSync(join(tmpdir(), 'respond-crash-')), 'cases'),
    };
    const { journal } = await createCase(paths, {
      playbookId: 'crash',
      playbookSource: 'id: crash\n',
      lang: 'en',
    });
    closeJournal(journal);
    let totalReported = 0;
    for (let round = 0; round < 8; round++) {
      const tag = `r${round}`;
      const reported = await appendUntilKilled(journal.dir, tag, 80 + Math.floor(Math.random() * 250));
      totalReported += reported.length;

      const { events, warnings } = readJournal(journal.path);
      // At most the one line being written when the kill landed, and only at the very end.
      expect(warnings.filter((w) => w.kind !== 'torn')).toEqual([]);
      const saved = new Set(
        events.flatMap((e) =>
          e.type === 'note' && e.text.startsWith(`${tag}:`)
            ? [Number(e.text.slice(tag.length + 1).split(' ')[0])]
            : [],
        ),
      );
      for (const i of reported) expect(saved.has(i), `${tag}:${i} reported saved but missing`).toBe(true);

      // Resuming repairs whatever the kill left, so the next round starts on a clean line.
      const reopened = openJournal(journal.path);
      closeJournal(reopened.journal);
      expect(readJournal(journal.path).warnings).toEqual([]);
    }
    // The test means nothing if the child never got to append.
    expect(totalReported).toBeGreaterThan(8);
  }, 60_000);
});
