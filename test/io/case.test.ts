import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeNote } from '../../src/core/journal/events.js';
import { closeCase, openCase, startCase } from '../../src/io/case.js';
import { appendEvent, nodeJournalFs, readJournal } from '../../src/io/journal.js';
import { LockError } from '../../src/io/lock.js';
import type { Paths } from '../../src/io/paths.js';

let paths: Paths;
beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'respond-case-'));
  paths = {
    playbooks: join(root, 'playbooks'),
    cases: join(root, 'cases'),
    data: root,
    cache: join(root, 'cache'),
  };
});

describe('startCase, openCase, closeCase', () => {
  it('holds the lock from start to close, and resumes with the events so far', async () => {
    const started = await startCase(paths, {
      playbookId: 'fraud-order',
      playbookSource: 'id: fraud-order\n',
      lang: 'en',
    });
    const id = started.journal.caseId;
    expect(existsSync(join(started.journal.dir, 'lock'))).toBe(true);
    expect(() => openCase(paths, id, { lock: { waitMs: 0 } })).toThrow(LockError);
    await appendEvent(started.journal, makeNote(new Date(), { text: 'first' }));
    closeCase(started);
    expect(readdirSync(started.journal.dir).sort()).toEqual(['journal.jsonl', 'playbook.yaml']);

    const resumed = openCase(paths, id);
    expect(resumed.events.map((e) => e.type)).toEqual(['case-started', 'note']);
    await appendEvent(resumed.journal, makeNote(new Date(), { text: 'second' }));
    closeCase(resumed);
    expect(readJournal(resumed.journal.path).events).toHaveLength(3);
  });

  it('takes the lock before case-started is written: no other process can see the new case unlocked', async () => {
    let lockedAtFirstWrite: boolean | undefined;
    const fs = {
      ...nodeJournalFs,
      write: (fd: number, buffer: Uint8Array, offset: number, length: number) => {
        const [dir = ''] = readdirSync(paths.cases);
        lockedAtFirstWrite ??= existsSync(join(paths.cases, dir, 'lock'));
        return nodeJournalFs.write(fd, buffer, offset, length);
      },
    };
    const started = await startCase(paths, {
      playbookId: 'fraud-order',
      playbookSource: 'id: fraud-order\n',
      lang: 'en',
      fs,
    });
    closeCase(started);
    expect(lockedAtFirstWrite).toBe(true);
  });

  it.each(['../../etc', '2026-11-22-fraud-order-0000', ''])(
    'refuses %j as not found, taking no lock',
    (id) => {
      expect(() => openCase(paths, id)).toThrow(
        expect.objectContaining({ name: 'JournalError', code: 'not-found' }) as Error,
      );
    },
  );
});
