// How respond opens the files of a case folder: never through a symbolic link, never
// waiting on a FIFO, and only plain files.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

// Never through a link: a journal.jsonl pointing elsewhere must not make respond chmod,
// cut or append to a file outside the case (ELOOP, reported as a 'symlink' error).
// O_NONBLOCK: a FIFO put in place of a case file must not make respond wait for ever; it
// is then refused as not a regular file (ENOTREG, which toJournalError in journal.ts words).
const { O_APPEND, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_RDONLY, O_RDWR } = constants;
export const APPEND_FLAGS = {
  a: O_RDWR | O_APPEND | O_NOFOLLOW | O_NONBLOCK,
  ax: O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK,
} as const;

/** Throws unless the descriptor is a regular file (not a FIFO, a device or a folder). */
export function requireRegular(fd: number, path: string): void {
  if (!fstatSync(fd).isFile())
    throw Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTREG' });
}

/** Reads a file of a case folder whole, refusing a symbolic link and anything but a regular file. */
export function readCaseFileText(path: string): string {
  return readCaseFile(path).toString('utf8');
}

/** The same, as bytes (hashes are of the bytes as written). */
export function readCaseFile(path: string): Buffer {
  const fd = openSync(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  try {
    requireRegular(fd, path);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
