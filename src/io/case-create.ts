// A new case: its folder, the lock (the caller's `claim`), the playbook copy, the journal, and
// its first line, case-started, written now or just after the first question is drawn
// (deferFirstLine). Apart from journal.ts, which opens, appends to and closes any journal.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { makeCaseId } from '../core/journal/case-id.js';
import { type CaseStarted, makeCaseStarted } from '../core/journal/events.js';
import {
  appendEvent,
  closeJournal,
  flushPending,
  type Journal,
  JOURNAL_FILE,
  type JournalFs,
  nodeJournalFs,
  openJournalFile,
  toJournalError,
  writeLine,
} from './journal.js';
import type { Paths } from './paths.js';
import { DIR_MODE, ensurePrivateDir, fsyncDir, fsyncFile, writeNewFile } from './private-files.js';

export interface CaseInit {
  playbookId: string;
  /** The playbook file as run, byte for byte: copied into the case and hashed. */
  playbookSource: string;
  lang: string;
  region?: string;
  name?: string;
  /** The copy's file name in the case folder (default playbook.yaml). */
  playbookFile?: string;
  now?: Date;
  /** In [0, 1), for the case id's 4 hex digits. */
  random?: () => number;
  fs?: JournalFs;
  /** Called with the new, still empty case folder, before anything is written in it (takes the lock). */
  claim?: (dir: string) => void;
  /**
   * Write case-started, and fsync the new files, at the next turn of the event loop instead of
   * before returning, so that a walk's first question is drawn meanwhile (hashing the playbook
   * loads node:crypto, and fsyncs wait for the disk). The folder, the playbook copy and the
   * open journal are made now, so a full disk or a read-only folder still stops here. The line
   * is written before anything else is appended, when the journal is closed, and at exit.
   */
  deferFirstLine?: boolean;
}

export function hashPlaybook(source: string): string {
  return `sha256:${createHash('sha256').update(source, 'utf8').digest('hex')}`;
}

/** Makes a new case folder with its playbook copy and journal, and records case-started. */
export async function createCase(
  paths: Paths,
  init: CaseInit,
): Promise<{ journal: Journal; event: CaseStarted }> {
  const now = init.now ?? new Date();
  // The 4 hex digits only keep two cases started the same minute apart (a taken id is tried
  // again): Math.random is enough, and node:crypto is not loaded for it.
  const random = init.random ?? Math.random;
  const playbookFile = basename(init.playbookFile ?? 'playbook.yaml');
  let dir = '';
  let caseId = '';
  try {
    ensurePrivateDir(paths.cases);
    for (let attempt = 0; ; attempt++) {
      caseId = makeCaseId(now, init.playbookId, random);
      dir = join(paths.cases, caseId);
      try {
        mkdirSync(dir, { mode: DIR_MODE });
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 50) throw err;
      }
    }
    chmodSync(dir, DIR_MODE);
  } catch (err) {
    throw toJournalError(err, dir || paths.cases, 'create the case folder');
  }
  let journal: Journal | undefined;
  try {
    init.claim?.(dir);
    const copy = join(dir, playbookFile);
    const defer = init.deferFirstLine === true;
    writeNewFile(copy, init.playbookSource, { fsync: !defer });
    journal = openJournalFile(join(dir, JOURNAL_FILE), 'ax', init.fs ?? nodeJournalFs);
    const fields = {
      case: caseId,
      playbook: init.playbookId,
      playbookFile,
      lang: init.lang,
      region: init.region,
      name: init.name,
    };
    if (!defer) {
      fsyncDir(dir);
      fsyncDir(paths.cases);
      const event = makeCaseStarted(now, { ...fields, playbookHash: hashPlaybook(init.playbookSource) });
      await appendEvent(journal, event);
      return { journal, event };
    }
    // The event the walk replays now; its hash is filled in as the line is written, before
    // any other line (nothing reads a new case's hash from memory: cases.ts reads the file).
    const event = makeCaseStarted(now, { ...fields, playbookHash: NOT_YET_HASHED });
    deferFirstLine(journal, event, () => {
      try {
        fsyncFile(copy);
      } catch (err) {
        throw toJournalError(err, copy, 'save');
      }
      fsyncDir(dir);
      fsyncDir(paths.cases);
      return hashPlaybook(init.playbookSource);
    });
    return { journal, event };
  } catch (err) {
    // A case without its first event cannot be resumed; leave no half-made folder behind.
    if (journal !== undefined) closeJournal(journal);
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Best effort: the error that matters is the one below.
    }
    if (err instanceof TypeError) throw err; // a bad CaseInit is a bug, not a disk problem
    if (err instanceof Error && err.name === 'LockError') throw err;
    throw toJournalError(err, dir, 'create the case in');
  }
}

/** A well-formed hash no file has: a deferred case-started's until its line is written. */
const NOT_YET_HASHED = `sha256:${'0'.repeat(64)}`;

/**
 * Leaves case-started to be written at the next turn of the event loop, or by whatever comes
 * first: an append, the close, the process's exit. `prepare` makes the files it names durable
 * and returns the playbook's hash. A failure is kept pending, so the next append or the close
 * tries again and reports it; a turn of the event loop has no one to report to.
 */
function deferFirstLine(journal: Journal, event: CaseStarted, prepare: () => string): void {
  const atExit = () => {
    try {
      flushPending(journal);
    } catch {
      // Leaving anyway: the case has no first line, as after a kill -9 at this moment.
    }
  };
  journal.pending = () => {
    event.playbookHash = prepare();
    writeLine(journal, event);
    journal.pending = undefined;
    process.removeListener('exit', atExit);
  };
  // First among the exit hooks: the lock's own (lock.ts) must let go only after this.
  process.prependOnceListener('exit', atExit);
  setImmediate(() => {
    try {
      flushPending(journal);
    } catch {
      // Still pending: see above.
    }
  });
}
