import { appendFileSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeNote } from '../../src/core/journal/events.js';
import {
  appendEvent,
  closeJournal,
  type Journal,
  JournalError,
  type JournalFs,
  nodeJournalFs,
  openJournal,
  readJournal,
} from '../../src/io/journal.js';
import { createCase, hashPlaybook } from '../../src/io/case-create.js';
import type { Paths } from '../../src/io/paths.js';
import { sampleEvents } from '../core/journal/sample-events.js';

const PLAYBOOK = 'id: fraud-order\ntitle: Suspicious orders\nsteps:\n  - id: a\n    title: A\n';
let paths: Paths;
const open: Journal[] = [];

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'respond-journal-'));
  paths = {
    playbooks: join(root, 'playbooks'),
    cases: join(root, 'home', 'cases'),
    data: join(root, 'home'),
    cache: join(root, 'cache'),
  };
});
afterEach(() => {
  for (const j of open.splice(0)) closeJournal(j);
});

async function newCase(init: Partial<Parameters<typeof createCase>[1]> = {}): Promise<Journal> {
  const { journal } = await createCase(paths, {
    playbookId: 'fraud-order',
    playbookSource: PLAYBOOK,
    lang: 'en',
    now: new Date('2026-11-22T11:41:07Z'),
    random: () => 0.6541,
    ...init,
  });
  open.push(journal);
  return journal;
}

const mode = (p: string) => statSync(p).mode & 0o777;

describe('createCase', () => {
  it('makes the folder, the playbook copy and the case-started event', async () => {
    const journal = await newCase({ name: 'orders 4242 4242 4242 4242' });
    expect(journal.caseId).toMatch(/^2026-11-2[23]-fraud-order-a773$/);
    expect(readdirSync(journal.dir).sort()).toEqual(['journal.jsonl', 'playbook.yaml']);
    expect(readFileSync(join(journal.dir, 'playbook.yaml'), 'utf8')).toBe(PLAYBOOK);
    const { events, warnings } = readJournal(journal.path);
    expect(warnings).toEqual([]);
    expect(events).toMatchObject([
      {
        type: 'case-started',
        case: journal.caseId,
        playbook: 'fraud-order',
        playbookHash: hashPlaybook(PLAYBOOK),
        playbookFile: 'playbook.yaml',
        lang: 'en',
        name: 'orders •••• 4242',
      },
    ]);
  });

  it('picks another id when the first one is taken', async () => {
    const first = await newCase();
    const values = [0.6541, 0.6541, 0.1];
    const second = await newCase({ random: () => values.shift() ?? 0.2 });
    expect(second.caseId).not.toBe(first.caseId);
    expect(second.caseId.endsWith('-1999')).toBe(true);
  });

  it.each([0o022, 0o000, 0o077])('keeps files 0600 and folders 0700 under umask %o', async (umask) => {
    const saved = process.umask(umask);
    try {
      const journal = await newCase();
      expect(mode(paths.data)).toBe(0o700); // parents it had to create, too
      expect(mode(paths.cases)).toBe(0o700);
      expect(mode(journal.dir)).toBe(0o700);
      expect(mode(journal.path)).toBe(0o600);
      expect(mode(join(journal.dir, 'playbook.yaml'))).toBe(0o600);
    } finally {
      process.umask(saved);
    }
  });

  it('leaves no half-made case when the disk is full', async () => {
    const full: JournalFs = {
      ...nodeJournalFs,
      write: () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      },
    };
    await expect(newCase({ fs: full })).rejects.toMatchObject({ name: 'JournalError', code: 'no-space' });
    expect(readdirSync(paths.cases)).toEqual([]);
  });
});

describe('appendEvent and readJournal', () => {
  it('round-trips every event type, each fsynced before the promise resolves', async () => {
    const calls: string[] = [];
    const spy: JournalFs = {
      write: (...a) => (calls.push('write'), nodeJournalFs.write(...a)),
      fsync: (fd) => (calls.push('fsync'), nodeJournalFs.fsync(fd)),
      ftruncate: nodeJournalFs.ftruncate,
    };
    const journal = await newCase({ fs: spy });
    const written = sampleEvents();
    for (const event of written) {
      calls.length = 0;
      await appendEvent(journal, event);
      expect(calls.at(-1)).toBe('fsync');
    }
    const { events, warnings } = readJournal(journal.path);
    expect(warnings).toEqual([]);
    expect(events.slice(1)).toEqual(written);
    expect(readFileSync(journal.path, 'utf8').split('\n').length).toBe(written.length + 2);
  });

  it('keeps call order and whole lines when appends are not awaited one by one', async () => {
    const journal = await newCase();
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        appendEvent(journal, makeNote(new Date(), { text: `n${i} ${'y'.repeat(i * 300)}` })),
      ),
    );
    const { events, warnings } = readJournal(journal.path);
    expect(warnings).toEqual([]);
    expect(events.slice(1).map((e) => (e.type === 'note' ? e.text.split(' ')[0] : ''))).toEqual(
      Array.from({ length: 50 }, (_, i) => `n${i}`),
    );
  });

  it('refuses an event that would not read back', async () => {
    const journal = await newCase();
    await expect(appendEvent(journal, { v: 1, type: 'note', ts: 'now' } as never)).rejects.toThrow(TypeError);
    expect(readJournal(journal.path).events).toHaveLength(1);
  });

  it('reports a missing journal as not-found', () => {
    expect(() => readJournal(join(paths.cases, 'nope', 'journal.jsonl'))).toThrow(
      expect.objectContaining({ code: 'not-found' }) as Error,
    );
  });
});

describe('damaged journals', () => {
  it('skips a torn last line with a warning, and openJournal cuts it off before appending', async () => {
    const journal = await newCase();
    await appendEvent(journal, makeNote(new Date(), { text: 'kept' }));
    closeJournal(journal);
    appendFileSync(journal.path, '{"v":1,"type":"note","ts":"2026-11-22T20:4');
    const read = readJournal(journal.path);
    expect(read.events.map((e) => e.type)).toEqual(['case-started', 'note']);
    expect(read.warnings).toEqual([expect.objectContaining({ line: 3, kind: 'torn' })]);

    const reopened = openJournal(journal.path);
    open.push(reopened.journal);
    expect(reopened.events).toHaveLength(2);
    await appendEvent(reopened.journal, makeNote(new Date(), { text: 'after' }));
    const after = readJournal(journal.path);
    expect(after.warnings).toEqual([]);
    expect(after.events.map((e) => (e.type === 'note' ? e.text : e.type))).toEqual([
      'case-started',
      'kept',
      'after',
    ]);
  });

  it('keeps a whole last event that only lacks its newline', async () => {
    const journal = await newCase();
    closeJournal(journal);
    appendFileSync(journal.path, JSON.stringify(makeNote(new Date(), { text: 'no newline' })));
    expect(readJournal(journal.path)).toMatchObject({ warnings: [], events: [{}, { text: 'no newline' }] });
    const reopened = openJournal(journal.path);
    open.push(reopened.journal);
    await appendEvent(reopened.journal, makeNote(new Date(), { text: 'next' }));
    expect(readJournal(journal.path)).toMatchObject({
      warnings: [],
      events: [{}, { text: 'no newline' }, { text: 'next' }],
    });
  });

  it('reports a corrupt middle line by number and reads on', async () => {
    const journal = await newCase();
    closeJournal(journal);
    const good = JSON.stringify(makeNote(new Date(), { text: 'x' }));
    appendFileSync(journal.path, `garbage{\n${JSON.stringify({ v: 7, type: 'note' })}\n${good}\n`);
    const { events, warnings } = readJournal(journal.path);
    expect(events).toHaveLength(2);
    expect(warnings).toEqual([
      expect.objectContaining({
        line: 2,
        kind: 'corrupt',
        message: expect.stringContaining('not valid JSON') as string,
      }),
      expect.objectContaining({
        line: 3,
        kind: 'corrupt',
        message: expect.stringContaining('version: 7') as string,
      }),
    ]);
  });

  it('reads an empty file as no events', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'respond-empty-')), 'journal.jsonl');
    writeFileSync(file, '');
    expect(readJournal(file)).toEqual({ events: [], warnings: [] });
  });
});

describe('a failed write', () => {
  const fail = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

  it('ENOSPC half-way through a line: truncated back, typed error, later appends fine', async () => {
    let failNext = false;
    const fs: JournalFs = {
      ...nodeJournalFs,
      write: (fd, buf, off, len) => {
        if (!failNext) return nodeJournalFs.write(fd, buf, off, len);
        failNext = false;
        nodeJournalFs.write(fd, buf, off, Math.floor(len / 2)); // the disk fills mid-line
        throw fail('ENOSPC');
      },
    };
    const journal = await newCase({ fs });
    const before = readFileSync(journal.path);
    failNext = true;
    const error = await appendEvent(journal, makeNote(new Date(), { text: 'lost' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalError);
    expect(error).toMatchObject({
      code: 'no-space',
      message: expect.stringMatching(/disk is full/) as string,
    });
    expect(readFileSync(journal.path)).toEqual(before);
    expect(readJournal(journal.path).warnings).toEqual([]);
    await appendEvent(journal, makeNote(new Date(), { text: 'space freed' }));
    expect(readJournal(journal.path)).toMatchObject({ warnings: [], events: [{}, { text: 'space freed' }] });
  });

  it('EIO on fsync: rolled back and reported as io', async () => {
    let failFsync = false;
    const fs: JournalFs = {
      ...nodeJournalFs,
      fsync: (fd) => {
        if (failFsync) {
          failFsync = false;
          throw fail('EIO');
        }
        nodeJournalFs.fsync(fd);
      },
    };
    const journal = await newCase({ fs });
    const size = statSync(journal.path).size;
    failFsync = true;
    await expect(appendEvent(journal, makeNote(new Date(), { text: 'x' }))).rejects.toMatchObject({
      code: 'io',
    });
    expect(statSync(journal.path).size).toBe(size);
  });

  it('when even the rollback fails, refuses further appends; reopening repairs the file', async () => {
    let broken = false;
    const fs: JournalFs = {
      write: (fd, buf, off, len) => {
        if (!broken) return nodeJournalFs.write(fd, buf, off, len);
        nodeJournalFs.write(fd, buf, off, 5);
        throw fail('EIO');
      },
      fsync: nodeJournalFs.fsync,
      ftruncate: (fd, len) => {
        if (broken) throw fail('EIO');
        nodeJournalFs.ftruncate(fd, len);
      },
    };
    const journal = await newCase({ fs });
    broken = true;
    await expect(appendEvent(journal, makeNote(new Date(), { text: 'a' }))).rejects.toMatchObject({
      code: 'io',
    });
    await expect(appendEvent(journal, makeNote(new Date(), { text: 'b' }))).rejects.toThrow(
      /must be reopened/,
    );
    closeJournal(journal);
    const reopened = openJournal(journal.path);
    open.push(reopened.journal);
    await appendEvent(reopened.journal, makeNote(new Date(), { text: 'c' }));
    expect(readJournal(journal.path)).toMatchObject({ warnings: [], events: [{}, { text: 'c' }] });
  });
});
