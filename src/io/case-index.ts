// The index of case summaries (`<data>/cache/cases.json`, private): what `respond cases`
// and `respond start` need to know about every case, so that a person with thousands of
// cases does not wait while every journal is replayed. The journal stays the truth: an
// entry is used only while its journal and playbook copy keep the size and modification
// time they had when it was made, and only by the build of respond that made it.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ID } from './build-id.js';
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
const STAMP = `1|${BUILD_ID}`;

export function caseIndexFile(cacheDir: string): string {
  return join(cacheDir, 'cases.json');
}

/** The smaller index `start` reads (playbook, closed, progress of each case). */
export function caseHeadsFile(cacheDir: string): string {
  return join(cacheDir, 'case-heads.json');
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
export function readCaseIndex<T>(
  file: string,
  isSummary: (value: unknown) => value is T,
): Map<string, IndexEntry<T>> {
  const entries = new Map<string, IndexEntry<T>>();
  let parsed: Partial<IndexFile<unknown>>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<IndexFile<unknown>>;
  } catch {
    return entries;
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    parsed.stamp !== STAMP ||
    typeof parsed.entries !== 'object' ||
    parsed.entries === null
  )
    return entries;
  for (const [id, value] of Object.entries(parsed.entries as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const { journal, bundle, summary } = value as Record<string, unknown>;
    if (isStamp(journal) && isStamp(bundle) && isSummary(summary))
      entries.set(id, { journal, bundle, summary });
  }
  return entries;
}

function isStamp(value: unknown): value is FileStamp {
  return (
    value === null ||
    (Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'number' &&
      typeof value[1] === 'number')
  );
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

/**
 * The heads index `start` reads: the open cases with their stamps and heads, and only the
 * ids of closed ones. A case once closed stays closed (the journal is append-only and has
 * no event that opens it again), so a closed case costs `start` one id and no look at its
 * files, and years of closed cases keep the moment of panic as quick as the first day.
 */
export interface CaseHeads<T> {
  readonly closed: ReadonlySet<string>;
  readonly open: ReadonlyMap<string, IndexEntry<T>>;
}

export function readCaseHeads<T>(file: string, isHead: (value: unknown) => value is T): CaseHeads<T> {
  const closed = new Set<string>();
  const open = new Map<string, IndexEntry<T>>();
  let parsed: { stamp?: unknown; closed?: unknown; open?: unknown };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as typeof parsed;
  } catch {
    return { closed, open };
  }
  if (typeof parsed !== 'object' || parsed === null || parsed.stamp !== STAMP) return { closed, open };
  if (Array.isArray(parsed.closed))
    for (const id of parsed.closed) if (typeof id === 'string') closed.add(id);
  if (typeof parsed.open === 'object' && parsed.open !== null) {
    for (const [id, value] of Object.entries(parsed.open as Record<string, unknown>)) {
      if (typeof value !== 'object' || value === null) continue;
      const { journal, bundle, summary } = value as Record<string, unknown>;
      if (isStamp(journal) && isStamp(bundle) && isHead(summary)) open.set(id, { journal, bundle, summary });
    }
  }
  return { closed, open };
}

/** Best effort, like writeCaseIndex. */
export function writeCaseHeads<T>(file: string, heads: CaseHeads<T>): void {
  try {
    ensurePrivateDir(join(file, '..'));
    writeFileAtomic(
      file,
      JSON.stringify({ stamp: STAMP, closed: [...heads.closed], open: Object.fromEntries(heads.open) }),
    );
  } catch {
    // Only a cache: the journals are untouched.
  }
}
