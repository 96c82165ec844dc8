// The emergency contact card on disk: one JSON file, contacts.json, in the data folder,
// private to the person (file 0600, folder 0700). Written whole to a temporary file beside
// it, fsynced, then renamed over the old one: a crash or a full disk leaves either the old
// card or the new one, never half of either. A file that cannot be read is reported and
// left exactly as it is; nothing is written over it until the person has fixed it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ContactCard, EMPTY_CARD } from '../core/contacts.js';
import { parseContactCard, serializeContactCard } from '../core/contacts-file.js';
import type { Paths } from './paths.js';
import {
  type AtomicFs,
  ensurePrivateDir,
  nodeAtomicFs,
  writeFileAtomic as writeShared,
} from './private-files.js';

const CONTACTS_FILE = 'contacts.json';

export type ContactsErrorCode = 'broken' | 'no-space' | 'io' | 'not-found';

/**
 * The card file could not be read or written. `detail` says what is wrong without the
 * path ("not valid JSON at line 3, column 5"); the CLI words it in the person's language
 * and maps broken to 65, not-found to 66, the rest to 74.
 */
export class ContactsFileError extends Error {
  constructor(
    readonly code: ContactsErrorCode,
    readonly path: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(
      code === 'broken'
        ? `${path}: ${detail}. Fix it in an editor, or move it aside to start a new card; respond will not write over it.`
        : code === 'no-space'
          ? `the disk is full: could not write ${path}. Nothing already saved was changed; free some space and try again.`
          : `${path}: ${detail}`,
      options,
    );
    this.name = 'ContactsFileError';
  }
}

export { type AtomicFs, nodeAtomicFs } from './private-files.js';

export function contactsPath(paths: Paths): string {
  return join(paths.data, CONTACTS_FILE);
}

function toContactsError(err: unknown, path: string, doing: string): ContactsFileError {
  if (err instanceof ContactsFileError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new ContactsFileError('no-space', path, 'the disk is full', { cause: err });
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new ContactsFileError('not-found', path, `could not ${doing} it: the folder does not exist`, {
      cause: err,
    });
  const detail = code ?? (err instanceof Error ? err.message : String(err));
  return new ContactsFileError('io', path, `could not ${doing} it (${detail})`, { cause: err });
}

/** Where in the text a JSON.parse message points, as "line L, column C". */
function jsonPosition(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

/** The card; an empty one when there is no file yet. */
export function readContactCard(paths: Paths): ContactCard {
  const path = contactsPath(paths);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_CARD;
    throw toContactsError(err, path, 'read');
  }
  if (text.replace(/^\uFEFF/, '').trim() === '')
    throw new ContactsFileError('broken', path, 'the file is empty');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new ContactsFileError('broken', path, `not valid JSON${jsonPosition(text, message)}`, {
      cause: err,
    });
  }
  const parsed = parseContactCard(data);
  if ('problem' in parsed) throw new ContactsFileError('broken', path, parsed.problem);
  return parsed.card;
}

/** The shared atomic write, its failures told as contact-card errors. */
export function writeFileAtomic(path: string, content: string, fs: AtomicFs = nodeAtomicFs): void {
  try {
    writeShared(path, content, fs);
  } catch (err) {
    throw toContactsError(err, path, 'write');
  }
}

export function writeContactCard(paths: Paths, card: ContactCard, fs: AtomicFs = nodeAtomicFs): void {
  const path = contactsPath(paths);
  try {
    ensurePrivateDir(paths.data);
  } catch (err) {
    throw toContactsError(err, paths.data, 'create the folder');
  }
  writeFileAtomic(path, serializeContactCard(card), fs);
}

/**
 * Reads the card, applies `change` and writes the result, all at once: an interactive add
 * that took a minute of typing is applied to the card as it is now, not as it was when the
 * questions began. A broken file throws before anything is written.
 */
export function updateContactCard<T>(
  paths: Paths,
  change: (card: ContactCard) => { card: ContactCard; result: T } | { result: T },
  fs: AtomicFs = nodeAtomicFs,
): T {
  const current = readContactCard(paths);
  const changed = change(current);
  if ('card' in changed) writeContactCard(paths, changed.card, fs);
  return changed.result;
}
