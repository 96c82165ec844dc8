// "Step 3 of about 24": the counter a person sees during a walk. Counting the steps visible
// right now made it jump (21 → 23 → 22) as answers opened and closed branches, and a
// frightened person reads a counter that goes backwards as "I am losing ground". So: the
// position counts the steps the person has actually been through, and only grows; the total
// counts every step still possible, says "about" while some depend on answers not given
// yet, and so only comes down as the walk goes on.
import type { Condition } from '../playbook/schema.js';
import { scopeRef, type WalkedTask } from '../playbook/walk.js';
import { isFinished, isStepVisible } from './plan.js';
import type { CaseState } from './state.js';

export interface StepCount {
  /** 1-based: the steps before this one that were shown, plus this one. */
  readonly position: number;
  /** Shown steps before, this one, and every later step that is or may still be shown. */
  readonly total: number;
  /** Some later step depends on an answer not given yet: the total is an estimate. */
  readonly about: boolean;
}

/** Where `current` stands in the walk (see the file's head). */
export function countSteps(state: CaseState, tasks: readonly WalkedTask[], current: WalkedTask): StepCount {
  const at = tasks.findIndex((t) => t.key === current.key);
  let position = 1;
  let later = 0;
  let about = false;
  tasks.forEach((task, i) => {
    if (i === at) return;
    const shown = isStepVisible(task, state);
    if (i < at) {
      if (shown) position++;
      return;
    }
    if (shown) later++;
    else if (!isDecided(task, state)) {
      later++;
      about = true;
    }
  });
  return { position, total: position + later, about };
}

/**
 * A step's showing is decided once every answer its conditions read is given, or the step
 * that asks it is behind the person (finished: what was not answered there stays so).
 */
function isDecided(task: WalkedTask, state: CaseState): boolean {
  return task.conditions.every(
    ({ condition, scope }) =>
      refsOf(condition)?.every((ref) => {
        const full = scopeRef(scope, ref);
        const dot = full.lastIndexOf('.');
        const step = full.slice(0, dot);
        const id = full.slice(dot + 1);
        return isFinished(state, step) || state.answers.get(step)?.get(id) !== undefined;
      }) ?? false,
  );
}

/** The answers a condition reads; undefined when it reads a case fact, which any later step may tell. */
function refsOf(condition: Condition): string[] | undefined {
  const every = (list: readonly Condition[]): string[] | undefined => {
    const refs = list.map(refsOf);
    return refs.some((r) => r === undefined) ? undefined : refs.flatMap((r) => r ?? []);
  };
  if ('all' in condition) return every(condition.all);
  if ('any' in condition) return every(condition.any);
  if ('none' in condition) return every(condition.none);
  if ('fact' in condition) return undefined;
  if ('field' in condition) return []; // within one record, not between steps
  if ('confirmation' in condition) return [condition.confirmation];
  return [condition.answer];
}
