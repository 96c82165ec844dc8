// When a case was last backed up (respond export, or the import that brought it here),
// kept in the case folder as backup.json: {at, lastHash, journalSize}. Not an event in
// the journal: a backup is a fact about a copy, not about the incident, and an event
// written by the export would itself make the backup out of date at once.
// `respond cases` compares journalSize with the journal's size now: the journal only grows.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JOURNAL_FILE } from '../io/journal.js';
import { writeFileAtomic } from '../io/private-files.js';

export const BACKUP_FILE = 'backup.json';

export interface BackupStatus {
  readonly at: string;
  readonly lastHash: string | null;
  readonly journalSize: number;
}

export function writeBackupStatus(dir: string, status: BackupStatus): void {
  writeFileAtomic(join(dir, BACKUP_FILE), `${JSON.stringify(status)}\n`);
}

/** `never`: no backup recorded; `behind`: the journal changed since; `current`. */
export function backupState(dir: string): { state: 'never' | 'behind' | 'current'; at?: string } {
  let status: Partial<BackupStatus>;
  try {
    status = JSON.parse(readFileSync(join(dir, BACKUP_FILE), 'utf8')) as Partial<BackupStatus>;
  } catch {
    return { state: 'never' };
  }
  const at = typeof status.at === 'string' ? status.at : undefined;
  let size: number;
  try {
    size = statSync(join(dir, JOURNAL_FILE)).size;
  } catch {
    return { state: 'never' };
  }
  return { state: size === status.journalSize ? 'current' : 'behind', ...(at === undefined ? {} : { at }) };
}
