// A case opened for writing: its lock and its journal, taken and given back together, so
// a command cannot append without holding the lock or leave the lock behind on close.
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { isCaseId } from '../core/journal/case-id.js';
import type { CaseStarted, JournalEvent } from '../core/journal/events.js';
import {
  closeJournal,
  type Journal,
  JOURNAL_FILE,
  JournalError,
  type JournalFs,
  type JournalWarning,
  openJournal,
  toJournalError,
} from './journal.js';
import { type CaseInit, createCase } from './case-create.js';
import {
  acquireLock,
  type CaseLock,
  LockError,
  type LockOptions,
  type LockOwner,
  readLockOwner,
  releaseLock,
  takeOverLock,
} from './lock.js';
import type { Paths } from './paths.js';

export interface OpenCase {
  journal: Journal;
  lock: CaseLock;
  /** What the journal held when opened (for a new case: its case-started event). */
  events: JournalEvent[];
  warnings: JournalWarning[];
}

/**
 * Where a case lives; refuses anything that is not a case id, so no argument becomes a
 * path, and a case folder that is a symbolic link (it would lead out of the cases folder).
 */
export function caseDir(paths: Paths, caseId: string): string {
  if (!isCaseId(caseId)) throw new JournalError('not-found', caseId, `Not a case id: ${caseId}`);
  const dir = join(paths.cases, caseId);
  let link = false;
  try {
    link = lstatSync(dir).isSymbolicLink();
  } catch {
    // Missing: whoever reads it next says so.
  }
  if (link)
    throw new JournalError(
      'symlink',
      dir,
      `${dir} is a symbolic link; respond does not follow links inside a case folder`,
    );
  return dir;
}

export { readCaseFileText as readCaseFile } from './case-files.js';

/** Creates a case and holds it: the lock is taken before case-started is written. */
export async function startCase(
  paths: Paths,
  init: CaseInit,
  lockOptions?: LockOptions,
): Promise<OpenCase & { started: CaseStarted }> {
  let lock: CaseLock | undefined;
  try {
    const { journal, event } = await createCase(paths, {
      ...init,
      claim: (dir) => (lock = lockCase(dir, lockOptions)),
    });
    if (lock === undefined) throw new Error('the new case was not locked');
    return { journal, lock, events: [event], warnings: [], started: event };
  } catch (err) {
    if (lock !== undefined) releaseLock(lock);
    throw err;
  }
}

/** A note or a close waits this long for another writer to finish before giving up. */
const LOCK_WAIT_MS = 5_000;

/**
 * Opens an existing case for appending: the lock first (waiting up to LOCK_WAIT_MS, then
 * LockError if another terminal still has it), then the journal, repaired if a crash
 * tore its last line.
 */
export function openCase(
  paths: Paths,
  caseId: string,
  options: { lock?: LockOptions; fs?: JournalFs; now?: Date } = {},
): OpenCase {
  const dir = caseDir(paths, caseId);
  if (!existsSync(join(dir, JOURNAL_FILE)))
    throw new JournalError('not-found', dir, `No such case: ${caseId}`);
  const lock = lockCase(dir, { waitMs: LOCK_WAIT_MS, ...options.lock });
  try {
    return { lock, ...openJournal(join(dir, JOURNAL_FILE), { fs: options.fs, now: options.now }) };
  } catch (err) {
    releaseLock(lock);
    throw err;
  }
}

/** The lock, with a disk failure while writing it reported like any journal failure. */
function lockCase(dir: string, options: LockOptions | undefined): CaseLock {
  try {
    return acquireLock(dir, options);
  } catch (err) {
    if (err instanceof LockError) throw err;
    throw toJournalError(err, join(dir, 'lock'), 'lock');
  }
}

export function closeCase(open: OpenCase): void {
  try {
    closeJournal(open.journal);
  } finally {
    releaseLock(open.lock);
  }
}

/** Who holds the case's lock now, if anyone. */
export function caseLockOwner(paths: Paths, caseId: string): LockOwner | undefined {
  return readLockOwner(caseDir(paths, caseId));
}

/** Frees the case from exactly this holder (confirmed gone by the person): `--take-over`. */
export function takeOverCase(paths: Paths, caseId: string, owner: LockOwner): boolean {
  return takeOverLock(caseDir(paths, caseId), owner);
}
