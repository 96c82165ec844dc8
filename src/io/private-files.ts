// Files private to the person: folders 0700 and files 0600 whatever the umask (the mode is
// set explicitly after creation, since the umask may have narrowed or widened it), written
// durably, because a case folder holds names, phone numbers and what was said.
import { chmodSync, closeSync, existsSync, fchmodSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

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

/** Creates a file that must not exist yet, writes it whole and fsyncs it. */
export function writeNewFile(path: string, content: string): void {
  const fd = openSync(path, 'wx', FILE_MODE);
  try {
    fchmodSync(fd, FILE_MODE);
    const buf = Buffer.from(content, 'utf8');
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
