// One case, one writer: two terminals appending to the same journal would interleave two
// versions of the story. The first to open a case creates `<case>/lock` exclusively; the
// second waits a moment (a `respond note` takes milliseconds) and is then told which
// process holds it. A lock left by a process that died (kill -9, a crash, a zombie, a
// reboot) is taken over, which only this host can judge: the lock records the holder's
// start time and the boot id, so a pid reused since is not mistaken for the holder. A pid
// on another host (a shared home folder) is never presumed dead: the person may take the
// lock over explicitly (`--take-over`), once they have said that respond is not running there.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname as osHostname } from 'node:os';
import { join } from 'node:path';
import { formatLocalTimestamp } from '../core/journal/timestamp.js';
import { processIdentity, type ProcessIdentity, readProcess } from './process-info.js';

const LOCK_FILE = 'lock';
/** Held only while a stale lock is removed, so that two processes never both remove one. */
const BREAK_FILE = 'lock.break';
/** A lock (or break) file still empty, or a break file, after this long belongs to a process that died. */
const EMPTY_LOCK_GRACE_MS = 5_000;
/** Linux's largest pid_max; anything else is not a pid. */
const MAX_PID = 4_194_304;

export interface LockOwner {
  pid: number;
  hostname: string;
  /** When the holder took the lock, local time with offset. */
  started: string;
  /** The holder's start time in clock ticks after boot (/proc/<pid>/stat), where known. */
  procStart?: string;
  /** The boot it ran in (/proc/sys/kernel/random/boot_id), where known. */
  bootId?: string;
}

/** The case is open elsewhere. The CLI maps it to exit 75. */
export class LockError extends Error {
  constructor(
    readonly path: string,
    readonly owner: LockOwner | undefined,
    /** The holder is on another host: only the person can say it is gone (--take-over). */
    readonly elsewhere: boolean = false,
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
  /** How a pid looks in /proc now (undefined: unknown); injected by tests. */
  readProcess?: (pid: number) => ProcessIdentity | undefined;
  /** This process's own identity for the lock file; injected by tests. */
  identity?: ProcessIdentity;
  /** How long to keep trying while a live holder has it (default 0: fail at once). */
  waitMs?: number;
  /** Take over the lock from exactly this holder (on another host, confirmed by the person). */
  takeOver?: LockOwner;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else; only ESRCH means gone.
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** The lock's text; undefined for anything but a small regular file (a FIFO must not block). */
function readLockText(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    return info.isFile() && info.size <= 4096 ? readFileSync(fd, 'utf8') : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const data = JSON.parse(readLockText(path) ?? '') as Partial<LockOwner>;
    if (
      typeof data !== 'object' ||
      data === null ||
      typeof data.pid !== 'number' ||
      typeof data.hostname !== 'string'
    )
      return undefined;
    const owner: LockOwner = {
      pid: data.pid,
      hostname: data.hostname,
      started: typeof data.started === 'string' ? data.started : '?',
    };
    if (typeof data.procStart === 'string') owner.procStart = data.procStart;
    if (typeof data.bootId === 'string') owner.bootId = data.bootId;
    return owner;
  } catch {
    return undefined;
  }
}

function sameOwner(a: LockOwner | undefined, b: LockOwner | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.pid === b.pid &&
    a.hostname === b.hostname &&
    a.started === b.started &&
    a.procStart === b.procStart
  );
}

function tryCreate(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  // Not fsynced: a lock matters only while its process lives. After a crash of the machine
  // it is stale whatever it holds: another boot's id, or nothing at all (an empty lock older
  // than EMPTY_LOCK_GRACE_MS belongs to a process that died).
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

interface Judge {
  hostname: string;
  isAlive: (pid: number) => boolean;
  readProcess: (pid: number) => ProcessIdentity | undefined;
  bootId: string | undefined;
}

function olderThanGrace(path: string): boolean {
  try {
    return Date.now() - lstatSync(path).mtimeMs > EMPTY_LOCK_GRACE_MS;
  } catch {
    return true; // vanished meanwhile: try again
  }
}

/** Whether the holder is certainly gone: only then may the lock be removed. */
function isStale(path: string, owner: LockOwner | undefined, judge: Judge): boolean {
  if (owner === undefined) return olderThanGrace(path);
  // No process anywhere has such a pid.
  if (!Number.isSafeInteger(owner.pid) || owner.pid <= 0 || owner.pid > MAX_PID) return true;
  if (owner.hostname !== judge.hostname) return false;
  // Another boot: every process of the one that took the lock is gone.
  if (owner.bootId !== undefined && judge.bootId !== undefined && owner.bootId !== judge.bootId) return true;
  if (!judge.isAlive(owner.pid)) return true;
  const now = judge.readProcess(owner.pid);
  if (now === undefined) return false; // no /proc: a live pid is presumed the holder
  if (now.zombie) return true; // dead, only not yet reaped: it will never release the lock
  // The pid was given to another process since (it started at another moment).
  return owner.procStart !== undefined && now.start !== owner.procStart;
}

/**
 * Removes a stale lock without ever removing a fresh one: under `lock.break` (created
 * exclusively), the lock is read and judged again, and removed only if it is still the
 * same stale holder. A third process can create a new lock only after that removal, so it
 * is never the one removed.
 */
function removeStale(
  caseDir: string,
  path: string,
  seen: LockOwner | undefined,
  judge: Judge,
  force: boolean,
): void {
  const breaker = join(caseDir, BREAK_FILE);
  if (!tryCreate(breaker, `${process.pid}\n`)) {
    // Another process is removing it right now; a breaker left by one that died is cleared.
    if (olderThanGrace(breaker)) unlinkQuietly(breaker);
    return;
  }
  try {
    const now = readOwner(path);
    if (seen === undefined ? now !== undefined : !sameOwner(now, seen)) return;
    if (!force && !isStale(path, now, judge)) return;
    unlinkQuietly(path);
  } finally {
    unlinkQuietly(breaker);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: the goal is reached.
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Takes `<caseDir>/lock` or throws LockError naming the holder. */
export function acquireLock(caseDir: string, options: LockOptions = {}): CaseLock {
  const path = join(caseDir, LOCK_FILE);
  const identity = options.identity ?? processIdentity();
  const owner: LockOwner = {
    pid: options.pid ?? process.pid,
    hostname: options.hostname ?? osHostname(),
    started: formatLocalTimestamp(options.now ?? new Date()),
  };
  if (identity?.start !== undefined) owner.procStart = identity.start;
  if (identity?.bootId !== undefined) owner.bootId = identity.bootId;
  const judge: Judge = {
    hostname: owner.hostname,
    isAlive: options.isAlive ?? isProcessAlive,
    readProcess: options.readProcess ?? readProcess,
    bootId: identity?.bootId,
  };
  const content = `${JSON.stringify(owner)}\n`;
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(path, content)) {
      const lock: CaseLock = { path, owner, released: false, onExit: () => releaseLock(lock) };
      process.once('exit', lock.onExit);
      return lock;
    }
    const holder = readOwner(path);
    const takeOver = options.takeOver !== undefined && sameOwner(holder, options.takeOver);
    if (takeOver || isStale(path, holder, judge)) {
      removeStale(caseDir, path, holder, judge, takeOver);
      if (attempt < 20) continue;
    }
    const elsewhere = holder !== undefined && holder.hostname !== owner.hostname;
    // Waiting helps only for a writer on this host; one elsewhere may have crashed long ago.
    if (elsewhere || Date.now() >= deadline) throw new LockError(path, holder, elsewhere);
    // Someone is writing right now: a note or a close takes milliseconds.
    sleep(10 + Math.floor(Math.random() * 40));
  }
}

/** Removes the lock if it is still this holder's; safe to call twice. */
export function releaseLock(lock: CaseLock): void {
  if (lock.released) return;
  lock.released = true;
  process.removeListener('exit', lock.onExit);
  const current = readOwner(lock.path);
  if (current === undefined || current.pid !== lock.owner.pid || current.started !== lock.owner.started)
    return;
  unlinkQuietly(lock.path);
}

/** Who holds `<caseDir>/lock` right now, if anyone. */
export function readLockOwner(caseDir: string): LockOwner | undefined {
  return readOwner(join(caseDir, LOCK_FILE));
}

/**
 * Removes the lock of exactly this holder (the person confirmed it is gone: a computer
 * that crashed with the case open). A lock that changed meanwhile is left alone.
 */
export function takeOverLock(caseDir: string, owner: LockOwner): boolean {
  const path = join(caseDir, LOCK_FILE);
  const judge: Judge = { hostname: osHostname(), isAlive: isProcessAlive, readProcess, bootId: undefined };
  removeStale(caseDir, path, owner, judge, true);
  return readOwner(path) === undefined;
}
