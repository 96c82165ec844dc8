// Evidence files copied into a case folder (`cases/<id>/evidence/`, 0700; each file 0600).
// The file the person named is opened once (a link they named is followed, a FIFO is
// never waited on: O_NONBLOCK), checked to be a plain file of a kind respond keeps and no
// larger than the limit, then copied chunk by chunk into a temporary file while it is
// hashed, fsynced, and only then given its name. A failed copy leaves no file behind; the
// caller records the event after, and removes the file if that fails.
import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { detectMediaType, type MediaType, SNIFF_BYTES } from '../core/evidence/media-type.js';
import { cleanOriginalName, EVIDENCE_DIR, MAX_EVIDENCE_BYTES, storedName } from '../core/evidence/names.js';
import { toJournalError } from './journal.js';
import { ensurePrivateDir, FILE_MODE, fsyncDir } from './private-files.js';

export type RefusalReason = 'missing' | 'not-a-file' | 'too-large' | 'unsupported' | 'unreadable';

/** Why a file named to attach is not attached: the command says it in the person's words. */
export class EvidenceRefused extends Error {
  constructor(
    readonly path: string,
    readonly reason: RefusalReason,
    /** The file's size, for `too-large`. */
    readonly size?: number,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'EvidenceRefused';
  }
}

export interface StoredEvidence {
  /** Relative to the case folder: `evidence/<stored name>`. */
  readonly file: string;
  /** Absolute path of the copy. */
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
  readonly name: string;
  readonly mediaType: MediaType;
}

const CHUNK = 1 << 20;
const { O_RDONLY, O_NONBLOCK, O_NOCTTY, O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = constants;

function openSource(source: string): number {
  try {
    return openSync(source, O_RDONLY | O_NONBLOCK | O_NOCTTY);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new EvidenceRefused(source, 'missing');
    // A socket (ENXIO), a device that refuses to open, a folder on some systems.
    if (code === 'ENXIO' || code === 'EISDIR' || code === 'ENODEV' || code === 'EOPNOTSUPP')
      throw new EvidenceRefused(source, 'not-a-file');
    throw new EvidenceRefused(source, 'unreadable');
  }
}

/** The evidence folder, made 0700 if missing; refused if something else (a link) stands in its place. */
function evidenceFolder(caseDir: string): string {
  const dir = join(caseDir, EVIDENCE_DIR);
  try {
    const info = lstatSync(dir);
    if (!info.isDirectory())
      throw toJournalError(
        Object.assign(new Error(dir), { code: info.isSymbolicLink() ? 'ELOOP' : 'ENOTREG' }),
        dir,
        'use',
      );
    return dir;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  try {
    ensurePrivateDir(dir);
  } catch (err) {
    throw toJournalError(err, dir, 'create');
  }
  return dir;
}

function readFrom(fd: number, buffer: Buffer, source: string): number {
  try {
    return readSync(fd, buffer, 0, buffer.length, null);
  } catch (err) {
    // EAGAIN: something that is not a plain file after all; anything else: the disk or the medium.
    if ((err as NodeJS.ErrnoException).code === 'EAGAIN') throw new EvidenceRefused(source, 'not-a-file');
    throw new EvidenceRefused(source, 'unreadable');
  }
}

/** A plain file of a kind respond keeps, within the limit: its first chunk read, its name and kind. */
function checkOpened(fd: number, source: string): { buffer: Buffer; name: string; mediaType: MediaType } {
  const info = fstatSync(fd);
  if (!info.isFile()) throw new EvidenceRefused(source, 'not-a-file');
  if (info.size > MAX_EVIDENCE_BYTES) throw new EvidenceRefused(source, 'too-large', info.size);
  const name = cleanOriginalName(source);
  const buffer = Buffer.alloc(CHUNK);
  const length = readFrom(fd, buffer, source);
  const mediaType = detectMediaType(buffer.subarray(0, Math.min(length, SNIFF_BYTES)), name);
  if (mediaType === undefined) throw new EvidenceRefused(source, 'unsupported');
  return { buffer: buffer.subarray(0, length), name, mediaType };
}

/** Why `source` would be refused, or undefined when it can be attached (the walk-through asks again at once). */
export function checkEvidenceFile(source: string): EvidenceRefused | undefined {
  try {
    closeSync(openChecked(source));
    return undefined;
  } catch (err) {
    if (err instanceof EvidenceRefused) return err;
    throw err;
  }
}

function openChecked(source: string): number {
  const fd = openSource(source);
  try {
    checkOpened(fd, source);
    return fd;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/**
 * Copies `source` into the case's evidence folder, or returns `{ duplicate }` (and keeps
 * nothing) when a file with the same hash is already attached (`known` says so).
 */
export function storeEvidence(
  caseDir: string,
  source: string,
  known: (sha256: string) => boolean,
): StoredEvidence | { readonly duplicate: string } {
  const fd = openSource(source);
  let temp: string | undefined;
  let out: number | undefined;
  try {
    const { buffer, name, mediaType } = checkOpened(fd, source);
    let length = buffer.length;
    const dir = evidenceFolder(caseDir);
    temp = join(
      dir,
      `.incoming-${process.pid}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
    );
    const hash = createHash('sha256');
    let size = 0;
    try {
      out = openSync(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, FILE_MODE);
      fchmodSync(out, FILE_MODE);
      while (length > 0) {
        size += length;
        // The file grew while it was read: the limit holds for what is copied too.
        if (size > MAX_EVIDENCE_BYTES) throw new EvidenceRefused(source, 'too-large', size);
        const chunk = buffer.subarray(0, length);
        hash.update(chunk);
        for (let off = 0; off < length;) off += writeSync(out, chunk, off, length - off);
        length = readFrom(fd, buffer, source);
      }
      fsyncSync(out);
      closeSync(out);
      out = undefined;
    } catch (err) {
      if (err instanceof EvidenceRefused) throw err;
      throw toJournalError(err, temp, 'write');
    }
    const sha256 = hash.digest('hex');
    if (known(sha256)) return { duplicate: sha256 };
    const stored = storedName(sha256, name);
    const path = join(dir, stored);
    // A file of that name with no event is what a crash between this rename and the event
    // left: it is the same bytes (the name starts with their hash), so it is replaced.
    try {
      renameSync(temp, path);
    } catch (err) {
      throw toJournalError(err, path, 'write');
    }
    temp = undefined;
    fsyncDir(dir);
    return { file: `${EVIDENCE_DIR}/${stored}`, path, sha256, size, name, mediaType };
  } finally {
    if (out !== undefined) closeSync(out);
    if (temp !== undefined) rmSync(temp, { force: true });
    closeSync(fd);
  }
}

/** Takes back a copy whose event could not be written, so no file is left unrecorded. */
export function removeEvidence(stored: StoredEvidence): void {
  try {
    rmSync(stored.path, { force: true });
    fsyncDir(join(stored.path, '..'));
  } catch {
    // Best effort: the error that matters is the journal's.
  }
}

/** The first `max` bytes of a stored evidence file (a mail's header is read from its copy, never from the original again). */
export function readEvidenceStart(path: string, max: number): Uint8Array {
  const fd = openSync(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  try {
    const buffer = Buffer.alloc(max);
    let length = 0;
    for (let n = 1; n > 0 && length < max; length += n) n = readSync(fd, buffer, length, max - length, null);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * An evidence file's bytes for embedding in a report, only when it is a plain file inside
 * a real evidence folder (no link anywhere), no larger than `max`, and still the bytes its
 * event recorded: a changed file is never shown under the old hash.
 */
export function readEvidenceForReport(
  caseDir: string,
  file: string,
  sha256: string,
  max: number,
): Buffer | undefined {
  try {
    if (!lstatSync(join(caseDir, EVIDENCE_DIR)).isDirectory()) return undefined;
    const fd = openSync(join(caseDir, file), O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
    try {
      const info = fstatSync(fd);
      if (!info.isFile() || info.size > max) return undefined;
      const bytes = Buffer.alloc(info.size);
      let length = 0;
      for (let n = 1; n > 0 && length < bytes.length; length += n)
        n = readSync(fd, bytes, length, bytes.length - length, null);
      if (length !== info.size) return undefined;
      return createHash('sha256').update(bytes).digest('hex') === sha256 ? bytes : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
