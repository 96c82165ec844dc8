// Start a case or resume one: take the case's lock, open its journal, run the
// walk-through, and always release both, whatever happens.
import { join } from 'node:path';
import { localize, type Lang } from '../core/i18n.js';
import { makePlaybookAdded, makeTriage, type JournalEvent, type Triage } from '../core/journal/events.js';
import type { Playbook } from '../core/playbook/schema.js';
import { canAddRoot, combineRoots } from '../core/playbook/walk.js';
import { nextTask, visibleTasks } from '../core/session/plan.js';
import { countSteps } from '../core/session/step-count.js';
import { closeCase, openCase, startCase, type OpenCase } from '../io/case.js';
import { appendEvent, JournalError, type JournalWarning } from '../io/journal.js';
import { hashPlaybook } from '../io/case-create.js';
import { writeFileAtomic } from '../io/private-files.js';
import type { Paths } from '../io/paths.js';
import type { Region } from '../core/region.js';
import type { ResolvedPlaybook } from '../io/playbooks.js';
import { BUNDLE_FILE, bundleRoots, makeBundle } from './bundle.js';
import { loadContactsFor, offerForCard } from './contact-card.js';
import { evidenceOffer } from './attach.js';
import { PromptCancelled, type Prompter } from './prompter.js';
import { runSession, type SessionDeps, type SessionEnd } from './session.js';
import { sessionMessages } from './session-messages.js';

export interface RunOptions {
  readonly paths: Paths;
  readonly lang: Lang;
  readonly now: () => Date;
  readonly prompter: Prompter;
  /** How the person types respond, for the commands the walk's end names. */
  readonly cmd?: string;
  readonly width?: number;
  /** Told when opening the journal cut a torn last line (kept in a side file). */
  readonly onCut?: (journalPath: string, warning: JournalWarning) => void;
}

type Fields<E> = Omit<E, 'v' | 'type' | 'ts'>;

/** Ctrl-C (or the input ending) during a run; every answer before it is saved. */
class SessionCancelled extends Error {
  /** `lang`: the walk's language, so that "saved, continue with…" is said in it too. */
  constructor(
    readonly caseId: string,
    readonly lang: Lang,
  ) {
    super(`cancelled: ${caseId}`);
    this.name = 'SessionCancelled';
  }
}

export interface RunResult {
  readonly caseId: string;
  readonly end: SessionEnd;
}

/** The playbooks one case runs, one after another, and every playbook they include. */
export interface CasePlaybooks {
  readonly roots: readonly Playbook[];
  readonly library: ReadonlyMap<string, Playbook>;
}

export function casePlaybooks(resolved: readonly ResolvedPlaybook[]): CasePlaybooks {
  return {
    roots: resolved.map((r) => r.root.playbook),
    library: new Map(resolved.flatMap((r) => [...r.library])),
  };
}

export async function startRun(
  resolved: ResolvedPlaybook | CasePlaybooks,
  options: RunOptions & {
    readonly caseName?: string;
    readonly triage?: Fields<Triage>;
    /** Where the person lives (core/region.ts), kept in the case. */
    readonly region?: Region;
  },
): Promise<RunResult> {
  const { roots, library } = 'roots' in resolved ? resolved : casePlaybooks([resolved]);
  const playbook = combineRoots(roots);
  const bundle = makeBundle(roots, library);
  const open = await startCase(options.paths, {
    playbookId: bundle.root,
    playbookSource: `${JSON.stringify(bundle, null, 2)}\n`,
    playbookFile: BUNDLE_FILE,
    lang: options.lang,
    region: options.region,
    name: options.caseName,
    now: options.now(),
    // The first question is drawn while case-started is hashed and written (journal.ts).
    deferFirstLine: true,
  });
  const caseId = open.journal.caseId;
  try {
    options.prompter.say(sessionMessages[options.lang].started(caseId, open.journal.dir));
    const events = [...open.events];
    if (options.triage) {
      const triage = makeTriage(options.now(), options.triage);
      await appendEvent(open.journal, triage);
      events.push(triage);
    }
    return await run(caseId, options.lang, () =>
      runSession({ caseId, playbook, library, events }, sessionDeps(open, options)),
    );
  } finally {
    closeCase(open);
  }
}

export async function resumeRun(caseId: string, options: RunOptions): Promise<RunResult> {
  const { CaseIsClosed, loadCase } = await import('./cases.js');
  const loaded = loadCase(options.paths, caseId);
  if (loaded.state.closed) throw new CaseIsClosed(caseId);
  // The journal is opened for appending only with the lock held: a second terminal must
  // not repair (truncate) a journal the first is writing to.
  const open = openCase(options.paths, caseId);
  try {
    for (const warning of open.warnings)
      if (warning.kind === 'torn') options.onCut?.(open.journal.path, warning);
    // The same counter as the walk's step headers (core/session/step-count.ts).
    const next = nextTask(loaded.state, loaded.tasks);
    const visible = visibleTasks(loaded.state, loaded.tasks);
    const count = next
      ? countSteps(loaded.state, loaded.tasks, next)
      : { position: visible.length, total: visible.length, about: false };
    options.prompter.say(
      sessionMessages[options.lang].resumed(caseId, count.position, count.total, count.about),
    );
    return await run(caseId, options.lang, () =>
      runSession(
        { caseId, playbook: loaded.playbook, library: loaded.library, events: open.events },
        sessionDeps(open, options),
      ),
    );
  } finally {
    closeCase(open);
  }
}

/** `id` is already walked in this case (one of its playbooks, or included by one). */
class AlreadyInCase extends Error {
  constructor(
    readonly caseId: string,
    readonly playbookId: string,
  ) {
    super(`${playbookId} is already part of case ${caseId}`);
    this.name = 'AlreadyInCase';
  }
}

/**
 * Adds a playbook to an open case and walks on: one incident stays one case. The event is
 * written before playbook.json is replaced (atomically), so a crash between the two leaves
 * the case as it was, still readable (case-bundle.ts accepts the hash before the latest).
 */
export async function addToCaseRun(
  caseId: string,
  resolved: ResolvedPlaybook | readonly ResolvedPlaybook[],
  options: RunOptions & { readonly triage?: Fields<Triage> },
): Promise<RunResult> {
  // Reading a case checks its playbook.json (zod): loaded here, not when a case only starts.
  const { CaseIsClosed, loadCase } = await import('./cases.js');
  const loaded = loadCase(options.paths, caseId);
  if (loaded.state.closed) throw new CaseIsClosed(caseId);
  const open = openCase(options.paths, caseId);
  try {
    const current = loadCase(options.paths, caseId);
    let roots = current.bundle ? bundleRoots(current.bundle) : [current.playbook];
    let library: ReadonlyMap<string, Playbook> = current.library;
    const events = [...open.events];
    const record = async (event: JournalEvent) => {
      await appendEvent(open.journal, event);
      events.push(event);
    };
    if (options.triage) await record(makeTriage(options.now(), options.triage));
    // One at a time, event then file: playbook.json always matches one of the last two hashes.
    for (const one of 'root' in resolved ? [resolved] : resolved) {
      const added = one.root.playbook;
      if (!canAddRoot(roots, library, added.id)) throw new AlreadyInCase(caseId, added.id);
      roots = [...roots, added];
      library = new Map([...one.library, ...library]);
      const source = `${JSON.stringify(makeBundle(roots, library), null, 2)}\n`;
      await record(
        makePlaybookAdded(options.now(), { playbook: added.id, playbookHash: hashPlaybook(source) }),
      );
      writeFileAtomic(join(current.dir, BUNDLE_FILE), source);
      options.prompter.say(sessionMessages[options.lang].added(caseId, localize(added.title, options.lang)));
    }
    return await run(caseId, options.lang, () =>
      runSession({ caseId, playbook: combineRoots(roots), library, events }, sessionDeps(open, options)),
    );
  } finally {
    closeCase(open);
  }
}

/** What a walk needs from the open case and the run's options: the same for start, resume and add. */
function sessionDeps(open: OpenCase, options: RunOptions): SessionDeps {
  return {
    prompter: options.prompter,
    append: (e) => appendEvent(open.journal, e),
    now: options.now,
    lang: options.lang,
    cmd: options.cmd,
    width: options.width,
    savedContacts: loadContactsFor(options.paths, options.lang),
    afterStep: offerForCard(options.paths, options.lang, options.now, options.cmd),
    evidence: evidenceOffer(open.journal.dir, open.events, options.lang, options.now, options.cmd),
  };
}

async function run(
  caseId: string,
  lang: Lang,
  session: () => Promise<{ end: SessionEnd }>,
): Promise<RunResult> {
  try {
    const { end } = await session();
    return { caseId, end };
  } catch (error) {
    if (error instanceof PromptCancelled) throw new SessionCancelled(caseId, lang);
    // The case exists and holds what was saved: running `start` again would make a second one.
    if (error instanceof JournalError) error.caseId ??= caseId;
    throw error;
  }
}
