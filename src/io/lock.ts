// One case, one writer: two terminals appending to the same journal would interleave two
// versions of the story. The first to open a case creates `<case>/lock` exclusively; the
// second is told which process holds it. A lock left by a process that died (kill -9, a
// crash) is taken over, which only this host can judge: a pid on another host (a shared
// home folder) is never presumed dead.
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname as osHostname } from 'node:os';
import { join } from 'node:path';
import { formatLocalTimestamp } from '../core/journal/timestamp.js';

export const LOCK_FILE = 'lock';
/** A lock file still empty after this long belongs to a process that died while creating it. */
const EMPTY_LOCK_GRACE_MS = 5_000;

export interface LockOwner {
  pid: number;
  hostname: string;
  /** When the holder took the lock, local time with offset. */
  started: string;
}

/** The case is open elsewhere. The CLI maps it to exit 75. */
export class LockError extends Error {
  constructor(
    readonly path: string,
    readonly owner: LockOwner | undefined,
  ) {
    super(
      owner === undefined
        ? `This case is being opened by another process right now (${path}). Try again in a moment.`
        : `This case is open in another terminal: process ${owner.pid} on ${owner.hostname}, since ${owner.started}. Close it there first.`,
    );
    this.name = 'LockError';
  }
}

export interface CaseLock {
  readonly path: string;
  readonly owner: LockOwner;
  released: boolean;
  /** @internal removes the file on process exit if release() was never called. */
  onExit: () => void;
}

export interface LockOptions {
  pid?: number;
  hostname?: string;
  now?: Date;
  /** Whether a pid is alive on this host; injected by tests. */
  isAlive?: (pid: number) => boolean;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else; only ESRCH means gone.
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof data.pid !== 'number' || typeof data.hostname !== 'string') return undefined;
    return { pid: data.pid, hostname: data.hostname, started: typeof data.started === 'string' ? data.started : '?' };
  } catch {
    return undefined;
  }
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, `${JSON.stringify(owner)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function isStale(path: string, owner: LockOwner | undefined, self: { hostname: string; isAlive: (pid: number) => boolean }): boolean {
  if (owner === undefined) {
    try {
      return Date.now() - statSync(path).mtimeMs > EMPTY_LOCK_GRACE_MS;
    } catch {
      return true; // vanished meanwhile: try again
    }
  }
  return owner.hostname === self.hostname && !self.isAlive(owner.pid);
}

/**
 * Moves a stale lock aside. Renaming is atomic, so of two processes taking over at once
 * only one gets the stale file; if what it got was already a fresh lock, it puts it back.
 */
function removeStale(path: string, stale: LockOwner | undefined, pid: number): void {
  const aside = `${path}.stale-${pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else moved it first
  }
  const got = readOwner(aside);
  if (stale !== undefined && got !== undefined && (got.pid !== stale.pid || got.started !== stale.started)) {
    try {
      linkSync(aside, path);
    } catch {
      // Another lock is already in place; either way the fresh holder keeps its claim.
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // Nothing left to clean.
  }
}

/** Takes `<caseDir>/lock` or throws LockError naming the holder. */
export function acquireLock(caseDir: string, options: LockOptions = {}): CaseLock {
  const path = join(caseDir, LOCK_FILE);
  const owner: LockOwner = {
    pid: options.pid ?? process.pid,
    hostname: options.hostname ?? osHostname(),
    started: formatLocalTimestamp(options.now ?? new Date()),
  };
  const self = { hostname: owner.hostname, isAlive: options.isAlive ?? isProcessAlive };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, owner)) {
      const lock: CaseLock = { path, owner, released: false, onExit: () => releaseLock(lock) };
      process.once('exit', lock.onExit);
      return lock;
    }
    const holder = readOwner(path);
    if (!isStale(path, holder, self)) throw new LockError(path, holder);
    removeStale(path, holder, owner.pid);
  }
  throw new LockError(path, readOwner(path));
}

/** Removes the lock if it is still this holder's; safe to call twice. */
export function releaseLock(lock: CaseLock): void {
  if (lock.released) return;
  lock.released = true;
  process.removeListener('exit', lock.onExit);
  const current = readOwner(lock.path);
  if (current === undefined || current.pid !== lock.owner.pid || current.started !== lock.owner.started) return;
  try {
    unlinkSync(lock.path);
  } catch {
    // Already gone: the goal is reached.
  }
}
