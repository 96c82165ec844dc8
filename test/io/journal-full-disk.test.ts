// A real full disk, where the machine allows it: a 64 KiB tmpfs (needs root or
// CAP_SYS_ADMIN). Elsewhere it is skipped; journal.test.ts covers the same with an
// injected ENOSPC.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { suiteNeeding } from '../helpers/needs.js';
import { mountTmpfs, NO_TMPFS } from '../helpers/tmpfs.js';
import { makeNote } from '../../src/core/journal/events.js';
import { appendEvent, closeJournal, JournalError, readJournal } from '../../src/io/journal.js';
import { createCase } from '../../src/io/case-create.js';

const { mountPoint, mounted } = mountTmpfs('respond-tinyfs-', 'size=64k,mode=0700');

suiteNeeding(mounted ? '' : NO_TMPFS)('a really full disk', () => {
  it('fails with no-space, keeps every saved event and a valid file', async () => {
    const paths = {
      playbooks: '',
      data: mountPoint,
      cache: join(mountPoint, 'cache'),
      cases: join(mountPoint, 'cases'),
    };
    const { journal } = await createCase(paths, {
      playbookId: 'tiny',
      playbookSource: 'id: tiny\n',
      lang: 'en',
    });
    let saved = 1;
    let error: unknown;
    try {
      for (;;) {
        await appendEvent(journal, makeNote(new Date(), { text: `${saved} ${'z'.repeat(1500)}` }));
        saved++;
      }
    } catch (e) {
      error = e;
    } finally {
      closeJournal(journal);
    }
    expect(error).toBeInstanceOf(JournalError);
    expect(error).toMatchObject({ code: 'no-space' });
    const { events, warnings } = readJournal(journal.path);
    expect(warnings).toEqual([]);
    expect(events).toHaveLength(saved);
    expect(readFileSync(journal.path, 'utf8').endsWith('\n')).toBe(true);
  });
});
