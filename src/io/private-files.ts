// Files private to the person: folders 0700 and files 0600 whatever the umask (the mode is
// set explicitly after creation, since the umask may have narrowed or widened it), written
// durably, because a case folder holds names, phone numbers and what was said.
import {
  chmodSync,
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

/** Creates `dir` and any missing parents as 0700, whatever the umask. */
export function ensurePrivateDir(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d, { mode: DIR_MODE });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    chmodSync(d, DIR_MODE);
  }
}

/** Makes a directory entry (a new file or folder) durable, not only the file's content. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse to fsync a directory; the file's own fsync still holds.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Creates a file that must not exist yet, writes it whole and fsyncs it (unless told not to: then fsyncFile later). */
export function writeNewFile(
  path: string,
  content: string | Uint8Array,
  options: { fsync?: boolean } = {},
): void {
  const fd = openSync(path, 'wx', FILE_MODE);
  try {
    fchmodSync(fd, FILE_MODE);
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off, buf.length - off);
    if (options.fsync !== false) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** fsyncs a file written before without it (writeNewFile's `fsync: false`). */
export function fsyncFile(path: string): void {
  // Opened for writing: Windows flushes a file only through a handle that may write to it.
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The two calls an atomic write makes that tests need to fail on purpose. */
export interface AtomicFs {
  writeNew: (path: string, content: string | Uint8Array) => void;
  rename: (from: string, to: string) => void;
}

export const nodeAtomicFs: AtomicFs = { writeNew: writeNewFile, rename: renameSync };

/**
 * Writes `content` to `path` so that a reader sees the old file or the new one, never a
 * part: a new 0600 temporary file in the same folder, fsynced, renamed over the target,
 * and the folder fsynced so the rename itself survives a power cut. Returns the absolute path.
 */
export function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  fs: AtomicFs = nodeAtomicFs,
): string {
  const target = resolve(path);
  const dir = dirname(target);
  const temp = join(
    dir,
    `.${basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  try {
    fs.writeNew(temp, content);
    fs.rename(temp, target);
  } catch (err) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Best effort: the error that matters is the one being thrown.
    }
    throw err;
  }
  fsyncDir(dir);
  return target;
}

/** Why a file named with -o is not written: the caller says it in the person's language. */
class OutputRefused extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'exists' | 'link' | 'fifo' | 'not-a-file',
  ) {
    super(`${path}: ${reason}`);
    this.name = 'OutputRefused';
  }
}

function writeAll(fd: number, content: string | Uint8Array): void {
  const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off, buf.length - off);
}

/**
 * Writes a file the person named (report -o, contacts print -o). Never replaces what is
 * not a plain file: a symbolic link (even one to /proc/self/fd/1) or a FIFO is refused,
 * and so is an existing file unless `force`; a character device (/dev/null, /dev/full, a
 * terminal) is written to as it is, never renamed over, so /dev/full says the disk is full.
 * A new file is made atomically and only if nothing appeared there meanwhile.
 */
export function writeOutputFile(
  path: string,
  content: string | Uint8Array,
  options: { force?: boolean } = {},
): string {
  const target = resolve(path);
  let info: Stats | undefined;
  try {
    info = lstatSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (info?.isSymbolicLink()) throw new OutputRefused(target, 'link');
  if (info?.isFIFO()) throw new OutputRefused(target, 'fifo');
  if (info?.isCharacterDevice()) {
    const fd = openSync(target, constants.O_WRONLY | constants.O_NOFOLLOW | constants.O_NOCTTY);
    try {
      if (!fstatSync(fd).isCharacterDevice()) throw new OutputRefused(target, 'not-a-file');
      writeAll(fd, content);
    } finally {
      closeSync(fd);
    }
    return target;
  }
  if (info !== undefined && !info.isFile()) throw new OutputRefused(target, 'not-a-file');
  if (info !== undefined) {
    if (options.force !== true) throw new OutputRefused(target, 'exists');
    return writeFileAtomic(target, content);
  }
  // link() fails if the name was taken since lstat: nothing made meanwhile is replaced.
  return writeFileAtomic(target, content, {
    writeNew: writeNewFile,
    rename: (from, to) => {
      try {
        linkSync(from, to);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new OutputRefused(to, 'exists');
        // A file system without hard links: the rename, as for any other write.
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EMLINK') throw err;
        renameSync(from, to);
        return;
      }
      rmSync(from, { force: true });
    },
  });
}
