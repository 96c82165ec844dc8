// Start a case or resume one: take the case's lock, open its journal, run the
// walk-through, and always release both, whatever happens.
import type { Lang } from '../core/i18n.js';
import { nextTask, visibleTasks } from '../core/session/plan.js';
import { countSteps } from '../core/session/step-count.js';
import { closeCase, openCase, startCase } from '../io/case.js';
import { appendEvent, JournalError, type JournalWarning } from '../io/journal.js';
import type { Paths } from '../io/paths.js';
import type { ResolvedPlaybook } from '../io/playbooks.js';
import { BUNDLE_FILE, CaseIsClosed, loadCase, makeBundle } from './cases.js';
import { loadContactsFor } from './contact-card.js';
import { PromptCancelled, type Prompter } from './prompter.js';
import { runSession, type SessionEnd } from './session.js';
import { sessionMessages } from './session-messages.js';

export { CaseIsClosed } from './cases.js';

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

export async function startRun(
  resolved: ResolvedPlaybook,
  options: RunOptions & { readonly caseName?: string },
): Promise<RunResult> {
  const { playbook } = resolved.root;
  const bundle = makeBundle(playbook, resolved.library);
  const open = await startCase(options.paths, {
    playbookId: playbook.id,
    playbookSource: `${JSON.stringify(bundle, null, 2)}\n`,
    playbookFile: BUNDLE_FILE,
    lang: options.lang,
    name: options.caseName,
    now: options.now(),
  });
  const caseId = open.journal.caseId;
  try {
    options.prompter.say(sessionMessages[options.lang].started(caseId, open.journal.dir));
    return await run(caseId, options.lang, () =>
      runSession(
        { caseId, playbook, library: resolved.library, events: open.events },
        {
          prompter: options.prompter,
          append: (e) => appendEvent(open.journal, e),
          now: options.now,
          lang: options.lang,
          cmd: options.cmd,
          width: options.width,
          savedContacts: loadContactsFor(options.paths, options.lang),
        },
      ),
    );
  } finally {
    closeCase(open);
  }
}

export async function resumeRun(caseId: string, options: RunOptions): Promise<RunResult> {
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
        {
          prompter: options.prompter,
          append: (e) => appendEvent(open.journal, e),
          now: options.now,
          lang: options.lang,
          cmd: options.cmd,
          width: options.width,
          savedContacts: loadContactsFor(options.paths, options.lang),
        },
      ),
    );
  } finally {
    closeCase(open);
  }
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
