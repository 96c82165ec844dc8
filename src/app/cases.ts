// Cases on disk: find one by id (or a unique beginning of it), and load it with the playbook
// it was started with (summaries for `respond cases`: case-summaries.ts). The playbook travels with
// the case (playbook.json), so editing or deleting a playbook never changes an old case.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isCaseId } from '../core/journal/case-id.js';
import type { JournalEvent } from '../core/journal/events.js';
import type { Playbook } from '../core/playbook/schema.js';
import { combineRoots, walkTasks, type WalkedTask } from '../core/playbook/walk.js';
import { replayJournal, type CaseState } from '../core/session/state.js';
import { caseDir } from '../io/case.js';
import { JOURNAL_FILE, readJournal, type JournalWarning } from '../io/journal.js';
import type { Paths } from '../io/paths.js';
import { bundleRoots, BUNDLE_FILE, type CaseBundle } from './bundle.js';
import { readBundle } from './case-bundle.js';

/** The hashes playbook.json may have: see readBundle. */
function bundleHashes(events: readonly JournalEvent[]): string[] | undefined {
  const hashes = events.flatMap((e) =>
    e.type === 'case-started' || e.type === 'playbook-added' ? [e.playbookHash] : [],
  );
  return hashes.length === 0 ? undefined : hashes.slice(-2);
}

export class CaseNotFound extends Error {
  constructor(
    readonly ref: string,
    readonly candidates: readonly string[] = [],
  ) {
    super(
      candidates.length > 1
        ? `"${ref}" matches several cases: ${candidates.join(', ')}`
        : `no case called "${ref}"`,
    );
    this.name = 'CaseNotFound';
  }
}

export interface LoadedCase {
  readonly id: string;
  readonly dir: string;
  readonly journalPath: string;
  readonly events: readonly JournalEvent[];
  readonly warnings: readonly JournalWarning[];
  readonly playbook: Playbook;
  readonly library: ReadonlyMap<string, Playbook>;
  readonly tasks: readonly WalkedTask[];
  readonly state: CaseState;
  /** playbook.json as read: which playbooks the case runs. */
  readonly bundle?: CaseBundle;
}

/** Every case id on disk, newest first (ids begin with the date). */
export function listCaseIds(paths: Paths): string[] {
  let names: string[];
  try {
    names = readdirSync(paths.cases);
  } catch {
    return [];
  }
  return names
    .filter((n) => isCaseId(n) && existsSync(join(paths.cases, n, JOURNAL_FILE)))
    .sort()
    .reverse();
}

/** An exact id, or the one case whose id starts with `ref`. */
export function findCase(paths: Paths, ref: string): string {
  // The common case, an exact id, without listing thousands of folders.
  if (isCaseId(ref) && existsSync(join(paths.cases, ref, JOURNAL_FILE))) return ref;
  const ids = listCaseIds(paths);
  if (ids.includes(ref)) return ref;
  const matches = ids.filter((id) => id.startsWith(ref));
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  throw new CaseNotFound(ref, matches);
}

/** The case has a case-closed event: it is not walked or closed again. */
export class CaseIsClosed extends Error {
  constructor(readonly caseId: string) {
    super(`case ${caseId} is closed`);
    this.name = 'CaseIsClosed';
  }
}

/** A case folder whose journal never got its first event: creating it was interrupted. */
class CaseIncomplete extends Error {
  constructor(readonly caseId: string) {
    super(`case ${caseId} was interrupted while it was being created; nothing was recorded in it`);
    this.name = 'CaseIncomplete';
  }
}

/**
 * A journal whose entries cannot be read at all (every line damaged): it is kept as it is,
 * since what is in it is the person's record. The CLI maps it to 65.
 */
class CaseDamaged extends Error {
  constructor(
    readonly caseId: string,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`case ${caseId}: ${path}: ${detail}`);
    this.name = 'CaseDamaged';
  }
}

/** The journal alone, for `respond log` when the playbook copy cannot be trusted. */
export function loadJournalOnly(
  paths: Paths,
  id: string,
): { journalPath: string; events: JournalEvent[]; warnings: JournalWarning[] } {
  const journalPath = join(caseDir(paths, id), JOURNAL_FILE);
  const { events, warnings } = readJournal(journalPath);
  if (events.length === 0) {
    if (warnings.every((w) => w.kind === 'torn')) throw new CaseIncomplete(id);
    throw new CaseDamaged(id, journalPath, warnings[0]?.message ?? '');
  }
  return { journalPath, events, warnings };
}

/** The language the case was started in (its case-started entry), if the journal says. */
export function startedLang(paths: Paths, id: string): string | undefined {
  const first = loadJournalOnly(paths, id).events[0];
  return first?.type === 'case-started' ? first.lang : undefined;
}

export function loadCase(paths: Paths, id: string): LoadedCase {
  const dir = join(paths.cases, id);
  const { journalPath, events, warnings } = loadJournalOnly(paths, id);
  const started = events[0]?.type === 'case-started' ? events[0] : undefined;
  // A damaged or missing first line hides nothing: the case is read from what follows it.
  if (started === undefined && !warnings.some((w) => w.line === 1)) {
    warnings.unshift({
      line: 1,
      kind: 'corrupt',
      message: 'line 1: the case-started entry is missing; the entries after it are kept',
    });
  }
  const bundle = readBundle(id, join(dir, BUNDLE_FILE), bundleHashes(events));
  const roots = bundleRoots(bundle);
  if (roots.length === 0) throw new Error(`${join(dir, BUNDLE_FILE)} does not hold its root playbook`);
  // Several roots are walked as one playbook (walk.ts SEVERAL ROOTS): reports, `cases` and `log` read it as one.
  const playbook = combineRoots(roots);
  const library = new Map(Object.entries(bundle.playbooks));
  const tasks = walkTasks(playbook, library);
  return {
    id,
    dir,
    journalPath,
    events,
    warnings,
    playbook,
    library,
    tasks,
    state: replayJournal(events),
    bundle,
  };
}
