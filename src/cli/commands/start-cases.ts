// The open case `start` offers to go on with, or to add the playbook to.
import type { Prompter } from '../../app/prompter.js';
import type { Context } from '../context.js';
import type { Texts } from './start-texts.js';

/** The most recent open case of this playbook, if there is one. */
export async function openCaseOf(
  ctx: Context,
  playbookId: string,
): Promise<{ id: string; done: number; total: number } | undefined> {
  const { latestOpenCase } = await import('../../app/open-case.js');
  // Only open cases of this playbook are looked at: a small index answers for the rest.
  const latest = await latestOpenCase(ctx.paths, playbookId);
  return latest ? { id: latest.id, done: latest.progress.finished, total: latest.progress.total } : undefined;
}

const JOIN_WITHIN_MS = 60 * 86_400_000;

/** Another playbook's open case, as `start` offers it. */
interface CaseToJoin {
  id: string;
  done: number;
  total: number;
  playbooks: string;
  started: string;
  canAdd: boolean;
  addable: string[];
}

/** The open case touched last, of another playbook, and whether this one can join it. */
export async function caseToJoin(
  ctx: Context,
  playbookIds: string | readonly string[],
): Promise<CaseToJoin | undefined> {
  const { latestOpenCase } = await import('../../app/open-case.js');
  const latest = await latestOpenCase(ctx.paths, undefined);
  if (latest === undefined) return undefined;
  // Only now the case reader (zod checks playbook.json): a first case never waits for it.
  const [{ loadCase }, { bundleRoots }, { canAddRoot }, { conditionsHold }] = await Promise.all([
    import('../../app/cases.js'),
    import('../../app/bundle.js'),
    import('../../core/playbook/walk.js'),
    import('../../core/session/plan.js'),
  ]);
  let loaded;
  try {
    loaded = loadCase(ctx.paths, latest.id);
  } catch {
    return undefined; // `cases` names a case that cannot be read; start offers only what it can open
  }
  // A case untouched for two months is most likely another incident: not offered to join.
  const last = Date.parse(loaded.state.lastActivity ?? '');
  if (!(ctx.now().getTime() - last < JOIN_WITHIN_MS)) return undefined;
  const roots = loaded.bundle ? bundleRoots(loaded.bundle) : [loaded.playbook];
  const ts = loaded.state.started?.ts ?? '';
  const addable = (typeof playbookIds === 'string' ? [playbookIds] : playbookIds).filter((id) =>
    // Not what the case already walks: included there without a condition, or on one its answers meet.
    canAddRoot(roots, loaded.library, id, conditionsHold(loaded.state)),
  );
  return {
    id: latest.id,
    done: latest.progress.finished,
    total: latest.progress.total,
    playbooks: roots.map((p) => p.id).join(', '),
    started: `${ts.slice(0, 10)} ${ts.slice(11, 16)}`.trim(),
    canAdd: addable.length > 0,
    addable,
  };
}

/** "Add this to the open case?" (or, when it cannot join, "continue it?"), or a new case. */
export function askToJoin(
  prompter: Prompter,
  t: Texts,
  other: CaseToJoin,
): Promise<'add' | 'resume' | 'new'> {
  return prompter.choose<'add' | 'resume' | 'new'>({
    id: 'start:add',
    message: other.canAdd
      ? t.addTo(other.id, other.playbooks, other.started)
      : t.existing(other.id, other.done, other.total),
    choices: [
      other.canAdd ? { value: 'add', label: t.addIt } : { value: 'resume', label: t.continueIt },
      { value: 'new', label: t.startNew },
    ],
    default: other.canAdd ? 'add' : 'resume',
  });
}
