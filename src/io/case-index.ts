// The index of case summaries (`<data>/cache/cases.json`, private): what `respond cases`
// and `respond start` need to know about every case, so that a person with thousands of
// cases does not wait while every journal is replayed. The journal stays the truth: an
// entry is used only while its journal and playbook copy keep the size and modification
// time they had when it was made, and only by the build of respond that made it.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, writeFileAtomic } from './private-files.js';

/** Size and modification time of one file, or null when it is missing. */
export type FileStamp = readonly [size: number, mtimeMs: number] | null;

export interface IndexEntry<T> {
  readonly journal: FileStamp;
  readonly bundle: FileStamp;
  readonly summary: T;
}

interface IndexFile<T> {
  readonly stamp: string;
  readonly entries: Record<string, IndexEntry<T>>;
}

// A new build of respond (a changed summary or plan) never trusts an older one's index.
const STAMP = `1|${import.meta.url}`;

export function caseIndexFile(dataDir: string): string {
  return join(dataDir, 'cache', 'cases.json');
}

/** The smaller index `start` reads (playbook, closed, progress of each case). */
export function caseHeadsFile(dataDir: string): string {
  return join(dataDir, 'cache', 'case-heads.json');
}

export function stampOf(path: string): FileStamp {
  try {
    const info = statSync(path, { throwIfNoEntry: false });
    return info ? [info.size, info.mtimeMs] : null;
  } catch {
    return null;
  }
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a !== null && b !== null && a[0] === b[0] && a[1] === b[1];
}

/**
 * The entries whose shape is right (`isSummary` checks the summary); a missing, damaged or
 * foreign file is an empty index, rebuilt from the journals.
 */
export function readCaseIndex<T>(file: string, isSummary: (value: unknown) => value is T): Map<string, IndexEntry<T>> {
  const entries = new Map<string, IndexEntry<T>>();
  let parsed: Partial<IndexFile<unknown>>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<IndexFile<unknown>>;
  } catch {
    return entries;
  }
  if (typeof parsed !== 'object' || parsed === null || parsed.stamp !== STAMP || typeof parsed.entries !== 'object' || parsed.entries === null) return entries;
  for (const [id, value] of Object.entries(parsed.entries as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const { journal, bundle, summary } = value as Record<string, unknown>;
    if (isStamp(journal) && isStamp(bundle) && isSummary(summary)) entries.set(id, { journal, bundle, summary });
  }
  return entries;
}

function isStamp(value: unknown): value is FileStamp {
  return value === null || (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'number');
}

/** Best effort: an index that cannot be written (a read-only or full disk) is rebuilt next time. */
export function writeCaseIndex<T>(file: string, entries: ReadonlyMap<string, IndexEntry<T>>): void {
  try {
    ensurePrivateDir(join(file, '..'));
    const data: IndexFile<T> = { stamp: STAMP, entries: Object.fromEntries(entries) };
    writeFileAtomic(file, JSON.stringify(data));
  } catch {
    // Only a cache: the journals are untouched.
  }
}
