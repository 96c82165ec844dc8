// The case journal on disk: one append-only JSON Lines file per case. The promise it keeps:
// once appendEvent resolves, the event survives kill -9, a closed terminal or a power cut
// (it is fsynced), and a failed write leaves the file exactly as it was before.
//
// Writes are synchronous on purpose: one event is a few hundred bytes, the fsync dominates
// either way (see scripts/bench-journal.mjs), and a synchronous write cannot interleave
// with another append started before it finished.
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { makeCaseId } from '../core/journal/case-id.js';
import { type CaseStarted, type JournalEvent, makeCaseStarted, parseEvent } from '../core/journal/events.js';
import { type JournalWarning, parseJournalText } from '../core/journal/lines.js';
import { formatLocalTimestamp } from '../core/journal/timestamp.js';
import type { Paths } from './paths.js';
import { APPEND_FLAGS, readCaseFile, readCaseFileText, requireRegular } from './case-files.js';
import type { ChainLine } from '../core/journal/chain.js';
import { chainLines, hashLine, lastLine, recordAnchor, type RecordAnchor } from './journal-lines.js';
import { DIR_MODE, ensurePrivateDir, FILE_MODE, fsyncDir, fsyncFile, writeNewFile } from './private-files.js';

export type { JournalWarning } from '../core/journal/lines.js';

export const JOURNAL_FILE = 'journal.jsonl';

export type JournalErrorCode = 'no-space' | 'io' | 'not-found' | 'symlink' | 'not-regular';

/** A journal that could not be read or written. The CLI maps it to exit 74 (66 for not-found, 65 for a link or a FIFO). */
export class JournalError extends Error {
  /** Set once the case exists: a full disk mid-run is continued with `respond resume <case>`. */
  caseId: string | undefined;
  /** The answers file the run was reading, to name in that hint. */
  answersFile: string | undefined;
  constructor(
    readonly code: JournalErrorCode,
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'JournalError';
  }
}

/** The three calls an append makes; tests inject failures (ENOSPC, EIO) through this. */
export interface JournalFs {
  write: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsync: (fd: number) => void;
  ftruncate: (fd: number, length: number) => void;
}

export const nodeJournalFs: JournalFs = {
  write: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length),
  fsync: (fd) => fsyncSync(fd),
  ftruncate: (fd, length) => ftruncateSync(fd, length),
};

export interface Journal {
  readonly path: string;
  readonly dir: string;
  readonly caseId: string;
  /** @internal the open descriptor and the length of the file up to its last good line. */
  fd: number;
  size: number;
  fs: JournalFs;
  /** Non-blank lines on disk, and the hash of the last one: the next line's `seq` and `prev` (chain.ts). */
  lines: number;
  lastHash: string | undefined;
  /** Set when a failed write could not be rolled back: further appends are refused. */
  broken: JournalError | undefined;
  /** A new case's first line, not written yet (CaseInit.deferFirstLine): every append and the close write it first. */
  pending: (() => void) | undefined;
}

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

export function toJournalError(err: unknown, path: string, doing: string): JournalError {
  if (err instanceof JournalError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new JournalError(
      'no-space',
      path,
      `The disk is full: could not ${doing} ${path}. Free some space and try again; nothing already saved was lost.`,
      { cause: err },
    );
  }
  if (code === 'ENOENT')
    return new JournalError('not-found', path, `No such case journal: ${path}`, { cause: err });
  if (code === 'ENOTREG' || code === 'EISDIR')
    return new JournalError(
      'not-regular',
      path,
      `${path} is not a regular file; respond reads only plain files inside a case folder`,
      { cause: err },
    );
  if (code === 'ELOOP')
    return new JournalError(
      'symlink',
      path,
      `${path} is a symbolic link; respond does not follow links inside a case folder`,
      { cause: err },
    );
  const detail = err instanceof Error ? err.message : String(err);
  return new JournalError('io', path, `Could not ${doing} ${path}: ${detail}`, { cause: err });
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

/** Writes a new case's deferred first line, if it is still waiting. */
function flushPending(journal: Journal): void {
  journal.pending?.();
}

function openJournalFile(path: string, flags: 'a' | 'ax', fs: JournalFs): Journal {
  const fd = openSync(path, APPEND_FLAGS[flags], FILE_MODE);
  try {
    requireRegular(fd, path);
    fchmodSync(fd, FILE_MODE);
    const dir = dirname(path);
    const size = fstatSync(fd).size;
    return {
      path,
      dir,
      caseId: basename(dir),
      fd,
      size,
      fs,
      lines: 0,
      lastHash: undefined,
      broken: undefined,
      pending: undefined,
    };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/**
 * Opens an existing case's journal for appending (resume, note) and returns what it holds.
 * A torn last line is cut off first, so the next event starts on a line of its own.
 */
export function openJournal(
  path: string,
  options: { fs?: JournalFs; now?: Date } = {},
): { journal: Journal; events: JournalEvent[]; warnings: JournalWarning[] } {
  if (!existsSync(path))
    throw toJournalError(Object.assign(new Error('missing'), { code: 'ENOENT' }), path, 'open');
  let journal: Journal;
  try {
    journal = openJournalFile(path, 'a', options.fs ?? nodeJournalFs);
  } catch (err) {
    throw toJournalError(err, path, 'open');
  }
  try {
    // Read through the descriptor just opened, so what is repaired is what was read.
    const bytes = readFileSync(journal.fd);
    const parsed = parseJournalText(bytes.toString('utf8'));
    if (parsed.tornTail) {
      // The torn bytes were never reported as saved, but they may hold what the person
      // typed: they are kept beside the journal before the line is cut, and the cut is told.
      const keep = bytes.lastIndexOf(0x0a) + 1;
      const side = keepTornBytes(path, bytes.subarray(keep), options.now ?? new Date());
      fsyncDir(dirname(path));
      journal.size = keep;
      journal.fs.ftruncate(journal.fd, journal.size);
      journal.fs.fsync(journal.fd);
      const torn = parsed.warnings.find((w) => w.kind === 'torn');
      if (torn) {
        torn.message = `${torn.message}; its ${bytes.length - keep} bytes were cut from the journal and kept in ${side}`;
        torn.cut = { bytes: bytes.length - keep, keptIn: side };
      }
    } else if (parsed.unterminated) {
      writeAll(journal, Buffer.from('\n'));
      journal.fs.fsync(journal.fd);
      journal.size += 1;
    }
    // The chain goes on from the last whole line (a cut torn tail is no part of it).
    const tail = lastLine(bytes.subarray(0, Math.min(journal.size, bytes.length)));
    journal.lines = tail.lines;
    journal.lastHash = tail.last === undefined ? undefined : hashLine(tail.last);
    return { journal, events: parsed.events, warnings: parsed.warnings };
  } catch (err) {
    closeJournal(journal);
    throw toJournalError(err, path, 'repair');
  }
}

/** Writes the cut bytes to a new `journal.jsonl.torn-<time>` file (0600) and returns its path. */
function keepTornBytes(path: string, bytes: Uint8Array, now: Date): string {
  const base = `${path}.torn-${formatLocalTimestamp(now).replace(/[:.+]/g, '-')}`;
  for (let n = 0; ; n++) {
    const side = n === 0 ? base : `${base}-${n}`;
    try {
      writeNewFile(side, bytes);
      return side;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) throw err;
    }
  }
}

function writeAll(journal: Journal, buf: Uint8Array): void {
  for (let off = 0; off < buf.length;) {
    const n = journal.fs.write(journal.fd, buf, off, buf.length - off);
    if (n <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    off += n;
  }
}

/** Writes one event as one line and resolves only once it is on disk (fsync). */
export function appendEvent(journal: Journal, event: JournalEvent): Promise<void> {
  try {
    appendEventSync(journal, event);
    return Promise.resolve();
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}

/** The same, for the few places that cannot wait (saving on the way out of a signal). */
function appendEventSync(journal: Journal, event: JournalEvent): void {
  flushPending(journal);
  writeLine(journal, event);
}

function writeLine(journal: Journal, event: JournalEvent): void {
  if (journal.broken !== undefined) throw journal.broken;
  if (journal.fd < 0) throw new JournalError('io', journal.path, `The journal ${journal.path} is closed.`);
  const checked = parseEvent(event);
  if (!checked.ok) throw new TypeError(`refusing to write an invalid event: ${checked.error}`);
  // Each line after the first carries the hash of the one before it, as written (chain.ts).
  const seq = journal.lines + 1;
  const line = JSON.stringify(
    journal.lastHash === undefined ? { ...event, seq } : { ...event, seq, prev: journal.lastHash },
  );
  const buf = Buffer.from(`${line}\n`, 'utf8');
  try {
    writeAll(journal, buf);
    journal.fs.fsync(journal.fd);
  } catch (err) {
    const error = toJournalError(err, journal.path, 'save to');
    rollBack(journal, error);
    throw error;
  }
  journal.size += buf.length;
  journal.lines = seq;
  journal.lastHash = hashLine(buf.subarray(0, buf.length - 1));
}

/** Every non-blank line of a journal with its hash, for `respond verify` (core/journal/chain.ts). */
export function readChainLines(path: string): ChainLine[] {
  let bytes: Buffer;
  try {
    bytes = readCaseFile(path);
  } catch (err) {
    throw toJournalError(err, path, 'read');
  }
  return chainLines(bytes);
}

/** What a report or an export names to be matched to the record (journal-lines.ts). */
export function readRecordAnchor(path: string): RecordAnchor | undefined {
  try {
    return recordAnchor(readCaseFile(path));
  } catch (err) {
    throw toJournalError(err, path, 'read');
  }
}

/** Cuts a partial line back to the last good length, so the file stays valid JSON Lines. */
function rollBack(journal: Journal, cause: JournalError): void {
  try {
    journal.fs.ftruncate(journal.fd, journal.size);
    journal.fs.fsync(journal.fd);
  } catch {
    // Appending after a fragment would glue the next event to it; the next open repairs it.
    journal.broken = new JournalError(
      cause.code,
      journal.path,
      `${cause.message} The case must be reopened.`,
      { cause },
    );
  }
}

/** Closes the journal; a new case's first line still waiting is written first (and its failure thrown). */
export function closeJournal(journal: Journal): void {
  if (journal.fd < 0) return;
  try {
    flushPending(journal);
  } finally {
    const fd = journal.fd;
    journal.fd = -1;
    closeSync(fd);
  }
}

/** Reads a journal without changing it: `respond log`, `cases` and reports use this. */
export function readJournal(path: string): { events: JournalEvent[]; warnings: JournalWarning[] } {
  let text: string;
  try {
    text = readCaseFileText(path);
  } catch (err) {
    throw toJournalError(err, path, 'read');
  }
  const { events, warnings } = parseJournalText(text);
  return { events, warnings };
}
