// A real full disk, where the machine allows it: a 64 KiB tmpfs (needs root or
// CAP_SYS_ADMIN). Elsewhere it is skipped; journal.test.ts covers the same with an
// injected ENOSPC.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { suiteNeeding } from '../helpers/needs.js';
import { makeNote } from '../../src/core/journal/events.js';
import { appendEvent, closeJournal, createCase, JournalError, readJournal } from '../../src/io/journal.js';

const mountPoint = mkdtempSync(join(tmpdir(), 'respond-tinyfs-'));
function tryMount(): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const mounted = tryMount();
if (!mounted) console.log('journal-full-disk: skipped (cannot mount a tmpfs here: needs root)');

afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint]);
  rmdirSync(mountPoint);
});

suiteNeeding(mounted ? '' : 'a tmpfs cannot be mounted here (needs root)')('a really full disk', () => {
  it('fails with no-space, keeps every saved event and a valid file', async () => {
    const paths = { playbooks: '', data: mountPoint, cases: join(mountPoint, 'cases') };
    const { journal } = await createCase(paths, { playbookId: 'tiny', playbookSource: 'id: tiny\n', lang: 'en' });
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
