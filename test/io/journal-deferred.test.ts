// A walk's case writes its first line (case-started) just after the first question is drawn
// (CaseInit.deferFirstLine): the line must still come first, carry the copy's hash, and be
// written however the run ends before its turn: an append, the close, or process.exit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeNote } from '../../src/core/journal/events.js';
import {
  appendEvent,
  closeJournal,
  type JournalFs,
  nodeJournalFs,
  readJournal,
} from '../../src/io/journal.js';
import { createCase, hashPlaybook } from '../../src/io/case-create.js';
import type { Paths } from '../../src/io/paths.js';
import { buildChild } from './helpers/child.js';

const SOURCE = '{"id": "fraud-order"}\n';
let paths: Paths;
beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'respond-deferred-'));
  paths = { playbooks: '', data: root, cache: join(root, 'cache'), cases: join(root, 'cases') };
});

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const start = (fs?: JournalFs) =>
  createCase(paths, {
    playbookId: 'fraud-order',
    playbookSource: SOURCE,
    playbookFile: 'playbook.json',
    lang: 'ja',
    region: 'jp',
    deferFirstLine: true,
    fs,
  });

describe('a case whose first line is deferred', () => {
  it('has its folder, copy and empty journal at once, and case-started at the next turn', async () => {
    const { journal, event } = await start();
    expect(readFileSync(join(journal.dir, 'playbook.json'), 'utf8')).toBe(SOURCE);
    expect(statSync(join(journal.dir, 'playbook.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(journal.path, 'utf8')).toBe('');
    await nextTurn();
    const { events, warnings } = readJournal(journal.path);
    expect(warnings).toEqual([]);
    expect(events).toEqual([event]);
    expect(events[0]).toMatchObject({ type: 'case-started', lang: 'ja', region: 'jp' });
    // The event the walk holds is the one written, with the copy's real hash.
    expect(event.playbookHash).toBe(hashPlaybook(SOURCE));
    closeJournal(journal);
  });

  it('writes case-started before an append that comes first, and the chain holds', async () => {
    const { journal } = await start();
    await appendEvent(journal, makeNote(new Date(), { text: 'first answer' }));
    closeJournal(journal);
    await nextTurn();
    const lines = readFileSync(journal.path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; seq: number; prev?: string; playbookHash?: string });
    expect(lines.map((l) => [l.type, l.seq])).toEqual([
      ['case-started', 1],
      ['note', 2],
    ]);
    expect(lines[1]?.prev).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(lines[0]?.playbookHash).toBe(hashPlaybook(SOURCE));
  });

  it('writes case-started when closed before its turn (Ctrl-C at the first question)', async () => {
    const { journal } = await start();
    closeJournal(journal);
    expect(readJournal(journal.path).events.map((e) => e.type)).toEqual(['case-started']);
  });

  it('writes case-started when the process exits before its turn', async () => {
    const child = await buildChild();
    const journalPath = execFileSync(process.execPath, [child, 'start-and-exit', paths.cases], {
      encoding: 'utf8',
    }).trim();
    expect(readJournal(journalPath).events.map((e) => e.type)).toEqual(['case-started']);
  });

  it('reports a failed first line at the next append and at the close, not as a crash', async () => {
    let fail = true;
    const fs: JournalFs = {
      ...nodeJournalFs,
      write: (...args) => {
        if (fail) throw Object.assign(new Error('EIO'), { code: 'EIO' });
        return nodeJournalFs.write(...args);
      },
    };
    const { journal } = await start(fs);
    await nextTurn(); // its own turn fails quietly: the error belongs to what comes next
    await expect(appendEvent(journal, makeNote(new Date(), { text: 'x' }))).rejects.toMatchObject({
      name: 'JournalError',
      code: 'io',
    });
    expect(() => closeJournal(journal)).toThrow(/Could not save to/);
    expect(readFileSync(journal.path, 'utf8')).toBe('');
    fail = false;
  });

  it('retries a failed first line, so a passing fault leaves a whole journal', async () => {
    let failures = 1;
    const fs: JournalFs = {
      ...nodeJournalFs,
      write: (...args) => {
        if (failures-- > 0) throw Object.assign(new Error('EIO'), { code: 'EIO' });
        return nodeJournalFs.write(...args);
      },
    };
    const { journal } = await start(fs);
    await nextTurn();
    await appendEvent(journal, makeNote(new Date(), { text: 'after the fault' }));
    closeJournal(journal);
    expect(readJournal(journal.path).events.map((e) => e.type)).toEqual(['case-started', 'note']);
  });
});
