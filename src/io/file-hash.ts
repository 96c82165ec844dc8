// The SHA-256 and size of a file of a case folder, read in pieces (evidence can be tens of
// megabytes), never through a symbolic link and never waiting on a FIFO.
import { createHash } from 'node:crypto';
import { closeSync, constants, openSync, readdirSync, readSync } from 'node:fs';
import { requireRegular } from './case-files.js';

const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = constants;

export function hashFile(path: string): { size: number; sha256: string } {
  const fd = openSync(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  try {
    requireRegular(fd, path);
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(1 << 20);
    let size = 0;
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) {
      hash.update(buf.subarray(0, n));
      size += n;
    }
    return { size, sha256: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The names in a folder, or none when it does not exist. */
export function listFolder(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}
