// The open case `start` offers to go on with, or to add a playbook to: read from a small
// index of its own (open cases in full, closed ones by id), so the moment of panic costs
// about the same with ten cases or ten thousand. Light on purpose: a case is read (and its
// playbook.json checked, which loads zod) only when the index cannot answer for it, so a
// first case never waits for the checker. Also what both indexes share: the case folders
// and whether an entry still matches its files.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isCaseId } from '../core/journal/case-id.js';
import { progressOf, type Progress } from '../core/session/plan.js';
import {
  caseHeadsFile,
  type FileStamp,
  type IndexEntry,
  readCaseHeads,
  sameStamp,
  stampOf,
  writeCaseHeads,
} from '../io/case-index.js';
import { JOURNAL_FILE } from '../io/journal.js';
import type { Paths } from '../io/paths.js';
import { BUNDLE_FILE } from './bundle.js';
import type { LoadedCase } from './cases.js';

/** The folders named like a case id (whether each holds a journal is seen when it is stamped). */
export function caseFolders(paths: Paths): string[] {
  try {
    return readdirSync(paths.cases).filter(isCaseId);
  } catch {
    return [];
  }
}

interface CaseStamps {
  readonly journal: FileStamp;
  readonly bundle: FileStamp;
}

/** The stamps of a case's journal and playbook copy now; undefined when it has no journal. */
export function caseStamps(paths: Paths, id: string): CaseStamps | undefined {
  const dir = join(paths.cases, id);
  const journal = stampOf(join(dir, JOURNAL_FILE));
  return journal === null ? undefined : { journal, bundle: stampOf(join(dir, BUNDLE_FILE)) };
}

/** Whether an index entry was made from the files as they are now. */
export function isCurrent<T>(entry: IndexEntry<T> | undefined, now: CaseStamps): entry is IndexEntry<T> {
  return entry !== undefined && sameStamp(entry.journal, now.journal) && sameStamp(entry.bundle, now.bundle);
}

/** What `start` needs to offer the open case: a few fields per case, in a file of its own. */
interface CaseHead {
  readonly playbook: string;
  readonly closed: boolean;
  readonly lastActivity?: string;
  readonly progress: Progress;
}

function isCaseHead(value: unknown): value is CaseHead {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const progress = v.progress as Record<string, unknown> | null | undefined;
  return (
    typeof v.playbook === 'string' &&
    typeof v.closed === 'boolean' &&
    (v.lastActivity === undefined || typeof v.lastActivity === 'string') &&
    typeof progress === 'object' &&
    progress !== null &&
    typeof progress.finished === 'number' &&
    typeof progress.total === 'number'
  );
}

function makeHead(loaded: LoadedCase): CaseHead {
  return {
    playbook: loaded.playbook.id,
    closed: loaded.state.closed !== undefined,
    lastActivity: loaded.state.lastActivity,
    progress: progressOf(loaded.state, loaded.tasks),
  };
}

/** The open case of this playbook (of any, when undefined) touched last, if any. */
export async function latestOpenCase(
  paths: Paths,
  playbookId: string | undefined,
): Promise<{ id: string; progress: Progress } | undefined> {
  const file = caseHeadsFile(paths.cache);
  const heads = readCaseHeads(file, isCaseHead);
  const closed = new Set<string>();
  const open = new Map<string, IndexEntry<CaseHead>>();
  let changed = false;
  let latest: [string, CaseHead] | undefined;
  let loadCase: ((paths: Paths, id: string) => LoadedCase) | undefined;
  for (const id of caseFolders(paths)) {
    if (heads.closed.has(id)) {
      closed.add(id);
      continue;
    }
    const entry = heads.open.get(id);
    // Another playbook's open case: checked when its own playbook is started.
    if (entry !== undefined && playbookId !== undefined && entry.summary.playbook !== playbookId) {
      open.set(id, entry);
      continue;
    }
    // Stamps taken before reading: a write meanwhile makes the entry stale, never wrong.
    const stamps = caseStamps(paths, id);
    if (stamps === undefined) continue; // a folder without a journal is not a case
    let current = entry;
    if (!isCurrent(current, stamps)) {
      loadCase ??= (await import('./cases.js')).loadCase;
      try {
        current = { ...stamps, summary: makeHead(loadCase(paths, id)) };
      } catch {
        continue; // unreadable: `cases` names it; `start` only offers what it can open
      }
      changed = true;
    }
    const head = current.summary;
    if (head.closed) {
      closed.add(id);
      changed = true;
      continue;
    }
    open.set(id, current);
    if (
      (playbookId === undefined || head.playbook === playbookId) &&
      (latest === undefined || (head.lastActivity ?? '') > (latest[1].lastActivity ?? ''))
    )
      latest = [id, head];
  }
  if (changed || closed.size !== heads.closed.size || open.size !== heads.open.size)
    writeCaseHeads(file, { closed, open });
  return latest && { id: latest[0], progress: latest[1].progress };
}
