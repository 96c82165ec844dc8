// What `respond cases`, `resume` and `start` show about every case: its progress, open
// confirmations and next follow-up. Replaying thousands of journals would make a person
// with years of cases wait, so each summary is kept in an index (io/case-index.ts) while
// its journal and playbook copy are unchanged. What depends on the day (overdue, due
// today) and on the language is worked out when the summary is read, never stored.
import type { FollowUpSet } from '../core/journal/events.js';
import { formatLocalDate } from '../core/journal/timestamp.js';
import { LANGS, type Lang } from '../core/i18n.js';
import type { Playbook } from '../core/playbook/schema.js';
import {
  followUpCheck,
  nextTask,
  openConfirmations,
  pendingFollowUps,
  progressOf,
  type FollowUpStatus,
  type PendingFollowUp,
  type Progress,
} from '../core/session/plan.js';
import { caseIndexFile, type IndexEntry, readCaseIndex, writeCaseIndex } from '../io/case-index.js';
import type { Paths } from '../io/paths.js';
import { loadCase, type LoadedCase } from './cases.js';
import { caseFolders, caseStamps, isCurrent } from './open-case.js';

export interface CaseSummary {
  readonly id: string;
  readonly playbook: string;
  readonly title: Playbook['title'];
  readonly name: string | undefined;
  readonly started: string | undefined;
  readonly lastActivity: string | undefined;
  readonly progress: Progress;
  readonly openConfirmations: number;
  readonly nextStep: string | undefined;
  readonly nextFollowUp: PendingFollowUp | undefined;
  /** What the next follow-up asks to check, in the language asked for. */
  readonly nextFollowUpCheck: string | undefined;
  readonly overdueFollowUps: number;
  readonly closed: boolean;
  /** The language the case was started in, as its journal says. */
  readonly lang: string | undefined;
}

/** A summary as the index keeps it: the same on any day and in any language. */
interface StoredSummary {
  readonly playbook: string;
  readonly title: Playbook['title'];
  readonly name?: string;
  /** The case's language ('' when its journal does not say). */
  readonly lang: string;
  readonly started?: string;
  readonly lastActivity?: string;
  readonly progress: Progress;
  readonly openConfirmations: number;
  readonly nextStep?: string;
  readonly closed: boolean;
  /** The soonest unresolved follow-up, with what it checks in every language. */
  readonly next?: { readonly set: FollowUpSet; readonly check: Readonly<Record<string, string>> };
  /** The due dates of every unresolved follow-up, soonest first (for the overdue count). */
  readonly dues: readonly string[];
}

function storeSummary(loaded: LoadedCase): StoredSummary {
  // The day does not matter here: only the order and the unresolved ones are kept.
  const pending = pendingFollowUps(loaded.state, '');
  const next = pending[0];
  return {
    playbook: loaded.playbook.id,
    title: loaded.playbook.title,
    name: loaded.state.started?.name,
    lang: loaded.state.started?.lang ?? '',
    started: loaded.state.started?.ts,
    lastActivity: loaded.state.lastActivity,
    progress: progressOf(loaded.state, loaded.tasks),
    openConfirmations: openConfirmations(loaded.state, loaded.tasks).length,
    nextStep: nextTask(loaded.state, loaded.tasks)?.key,
    closed: loaded.state.closed !== undefined,
    next: next
      ? {
          set: next.set,
          check: Object.fromEntries(LANGS.map((lang) => [lang, followUpCheck(next.set, loaded.tasks, lang)])),
        }
      : undefined,
    dues: pending.map((f) => f.set.due),
  };
}

function readSummary(id: string, stored: StoredSummary, today: string, langFor: LangFor): CaseSummary {
  const lang = typeof langFor === 'function' ? langFor(stored.lang || undefined) : langFor;
  const statusOf = (due: string): FollowUpStatus => {
    const day = due.slice(0, 10);
    return day < today ? 'overdue' : day === today ? 'due-today' : 'upcoming';
  };
  const next = stored.next;
  return {
    id,
    playbook: stored.playbook,
    title: stored.title,
    name: stored.name,
    started: stored.started,
    lastActivity: stored.lastActivity,
    progress: stored.progress,
    openConfirmations: stored.openConfirmations,
    nextStep: stored.nextStep,
    nextFollowUp: next ? { set: next.set, resolved: undefined, status: statusOf(next.set.due) } : undefined,
    nextFollowUpCheck: next ? (next.check[lang] ?? next.set.check) : undefined,
    overdueFollowUps: stored.dues.filter((due) => statusOf(due) === 'overdue').length,
    closed: stored.closed,
    lang: stored.lang || undefined,
  };
}

function isStoredSummary(value: unknown): value is StoredSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const progress = v.progress as Record<string, unknown> | null | undefined;
  return (
    typeof v.playbook === 'string' &&
    typeof v.lang === 'string' &&
    (typeof v.title === 'string' || (typeof v.title === 'object' && v.title !== null)) &&
    typeof progress === 'object' &&
    progress !== null &&
    typeof progress.finished === 'number' &&
    typeof progress.total === 'number' &&
    typeof v.openConfirmations === 'number' &&
    typeof v.closed === 'boolean' &&
    Array.isArray(v.dues) &&
    v.dues.every((due: unknown) => typeof due === 'string') &&
    (v.next === undefined ||
      (typeof v.next === 'object' &&
        v.next !== null &&
        typeof (v.next as { set?: { due?: unknown } }).set?.due === 'string'))
  );
}

/** The language of a summary's words: one for all, or one per case from the case's own. */
type LangFor = Lang | ((caseLang: string | undefined) => Lang);

export interface SummaryFilter {
  /** Only cases of this playbook (the playbook of a case never changes). */
  readonly playbook?: string;
  /** Only open cases. */
  readonly open?: boolean;
}

/**
 * Brings one index file up to date with the case folders and returns what `wanted` keeps.
 * An indexed case that `skip` excludes is not even looked at (its playbook never changes,
 * and a closed case stays closed); any other is used while its files keep their stamps and
 * read again from its journal otherwise. A case that cannot be read goes to `onUnreadable`.
 */
/**
 * The index entry of a case while its journal and playbook copy keep the stamps it was made
 * with, else a new one made from them (`fresh`); undefined for a folder without a journal
 * or a case that cannot be read (passed to `onUnreadable`).
 */
function currentEntry<T>(
  paths: Paths,
  id: string,
  entry: IndexEntry<T> | undefined,
  make: (loaded: LoadedCase) => T,
  onUnreadable: (error: unknown) => void,
): { entry: IndexEntry<T>; fresh: boolean } | undefined {
  // Stamps taken before reading: a write meanwhile makes the entry stale, never wrong.
  const stamps = caseStamps(paths, id);
  if (stamps === undefined) return undefined; // a folder without a journal is not a case
  if (isCurrent(entry, stamps)) return { entry, fresh: false };
  try {
    return { entry: { ...stamps, summary: make(loadCase(paths, id)) }, fresh: true };
  } catch (error) {
    onUnreadable(error);
    return undefined;
  }
}

function refreshIndex<T>(
  paths: Paths,
  file: string,
  is: (value: unknown) => value is T,
  make: (loaded: LoadedCase) => T,
  skip: (value: T) => boolean,
  onUnreadable: (error: unknown) => void,
): [string, T][] {
  const index = readCaseIndex(file, is);
  const next = new Map<string, IndexEntry<T>>();
  const kept: [string, T][] = [];
  let changed = false;
  for (const id of caseFolders(paths)) {
    const entry = index.get(id);
    if (entry !== undefined && skip(entry.summary)) {
      next.set(id, entry);
      continue;
    }
    const current = currentEntry(paths, id, entry, make, onUnreadable);
    if (current === undefined) continue;
    changed ||= current.fresh;
    next.set(id, current.entry);
    if (!skip(current.entry.summary)) kept.push([id, current.entry.summary]);
  }
  if (changed || next.size !== index.size) writeCaseIndex(file, next);
  return kept;
}

/**
 * Every case that can be read, most recent activity first (the case a person is working on
 * is the one they touched last). A case that cannot be read is passed to `onUnreadable`
 * and left out: one broken case never breaks the list.
 */
export function summarizeCases(
  paths: Paths,
  now: Date,
  lang: LangFor,
  onUnreadable: (error: unknown) => void = () => {},
  filter: SummaryFilter = {},
): CaseSummary[] {
  const today = formatLocalDate(now);
  const skip = (s: StoredSummary) =>
    (filter.playbook !== undefined && s.playbook !== filter.playbook) || (filter.open === true && s.closed);
  return refreshIndex(paths, caseIndexFile(paths.cache), isStoredSummary, storeSummary, skip, onUnreadable)
    .map(([id, stored]) => readSummary(id, stored, today, lang))
    .sort((a, b) => (b.lastActivity ?? '').localeCompare(a.lastActivity ?? ''));
}
