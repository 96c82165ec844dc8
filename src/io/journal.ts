// The case journal on disk: one append-only JSON Lines file per case. The promise it keeps:
// once appendEvent resolves, the event survives kill -9, a closed terminal or a power cut
// (it is fsynced), and a failed write leaves the file exactly as it was before.
//
// Writes are synchronous on purpose: one event is a few hundred bytes, the fsync dominates
// either way (see scripts/bench-journal.mjs), and a synchronous write cannot interleave
// with another append started before it finished.
import {
  closeSync,
  existsSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname } from 'node:path';
import { type JournalEvent, parseEvent } from '../core/journal/events.js';
import { type JournalWarning, parseJournalText } from '../core/journal/lines.js';
import { formatLocalTimestamp } from '../core/journal/timestamp.js';
import { APPEND_FLAGS, readCaseFile, readCaseFileText, requireRegular } from './case-files.js';
import type { ChainLine } from '../core/journal/chain.js';
import { chainLines, hashLine, lastLine, recordAnchor, type RecordAnchor } from './journal-lines.js';
import { FILE_MODE, fsyncDir, writeNewFile } from './private-files.js';

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

/** Writes a new case's deferred first line, if it is still waiting (case-create.ts). */
export function flushPending(journal: Journal): void {
  journal.pending?.();
}

/** Opens (or, with 'ax', creates) a journal file for appending; case-create.ts makes a new one. */
export function openJournalFile(path: string, flags: 'a' | 'ax', fs: JournalFs): Journal {
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
    flushPending(journal);
    writeLine(journal, event);
    return Promise.resolve();
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}

/** One line, fsynced, chained; no deferred first line is written first (appendEvent does that). */
export function writeLine(journal: Journal, event: JournalEvent): void {
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
