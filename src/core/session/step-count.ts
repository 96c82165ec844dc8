// "Step 3 of about 24": the counter a person sees during a walk. Counting the steps visible
// right now made it jump (21 → 23 → 22) as answers opened and closed branches, and a
// frightened person reads a counter that goes backwards as "I am losing ground". So: the
// position counts the steps the person has actually been through, and only grows; the total
// counts every step still possible, says "about" while some depend on answers not given
// yet, and so only comes down as the walk goes on.
import type { Condition } from '../playbook/schema.js';
import { scopeRef, type ScopedCondition, type WalkedTask } from '../playbook/walk.js';
import { conditionHolds, isFinished, isStepVisible } from './plan.js';
import type { CaseState } from './state.js';

export interface StepCount {
  /** 1-based: the steps before this one that were shown, plus this one. */
  readonly position: number;
  /** Shown steps before, this one, and every later step that is or may still be shown. */
  readonly total: number;
  /** Some later step depends on an answer not given yet: the total is an estimate. */
  readonly about: boolean;
}

/**
 * Where `current` stands in the walk (see the file's head). A step the person has been
 * through counts in the position wherever it sits: an answer given later can open a step
 * placed before the ones already walked, and the walk goes back to it, so counting the
 * steps placed before `current` would show a number already shown ("step 6" twice).
 */
export function countSteps(state: CaseState, tasks: readonly WalkedTask[], current: WalkedTask): StepCount {
  let position = 1;
  let later = 0;
  let about = false;
  for (const task of tasks) {
    if (task.key === current.key) continue;
    if (isFinished(state, task.key)) {
      position++;
      continue;
    }
    if (isStepVisible(task, state)) later++;
    else if (!isDecided(task, state, tasks)) {
      later++;
      about = true;
    }
  }
  return { position, total: position + later, about };
}

/**
 * A step's showing is decided once every answer its conditions read is given, or the step
 * that asks it is behind the person (finished: what was not answered there stays so) or out
 * of the walk for good; and every fact they read is known, or no step still ahead can tell it.
 * One condition decided against the step is enough: all must hold for it to show.
 */
function isDecided(
  task: WalkedTask,
  state: CaseState,
  tasks: readonly WalkedTask[],
  memo: Map<string, boolean> = new Map(),
): boolean {
  const known = memo.get(task.key);
  if (known !== undefined) return known;
  // Until this one is worked out, a condition that comes back to it waits (never in a valid playbook).
  memo.set(task.key, false);
  const decided = ({ condition, scope }: ScopedCondition) =>
    readsOf(condition).every((read) => {
      if (read.fact !== undefined)
        return (
          state.facts.has(read.fact) ||
          !tasks.some(
            (t) =>
              t.key !== task.key &&
              !isFinished(state, t.key) &&
              (t.step.questions ?? []).some((q) => q.fact === read.fact),
          )
        );
      const full = scopeRef(scope, read.ref);
      const dot = full.lastIndexOf('.');
      const step = full.slice(0, dot);
      const id = full.slice(dot + 1);
      return isFinished(state, step) || state.answers.get(step)?.get(id) !== undefined || hiddenForGood(step);
    });
  // The step that asks is itself decided out of the walk: its answer never comes. Conditions
  // name earlier steps only (the validator sees to it), so this ends.
  const hiddenForGood = (key: string) => {
    const asker = tasks.find((t) => t.key === key);
    return (
      asker !== undefined &&
      !isFinished(state, key) &&
      !isStepVisible(asker, state) &&
      isDecided(asker, state, tasks, memo)
    );
  };
  // A step shows only while all its conditions hold: one decided against it (an include
  // answered "no") settles it, whatever the included step's own conditions still wait for.
  const result =
    task.conditions.some((c) => decided(c) && !conditionHolds(c, state)) || task.conditions.every(decided);
  memo.set(task.key, result);
  return result;
}

type Read = { ref: string; fact?: undefined } | { ref?: undefined; fact: string };

/** The answers and facts a condition reads. */
function readsOf(condition: Condition): Read[] {
  if ('all' in condition) return condition.all.flatMap(readsOf);
  if ('any' in condition) return condition.any.flatMap(readsOf);
  if ('none' in condition) return condition.none.flatMap(readsOf);
  if ('fact' in condition) return [{ fact: condition.fact }];
  if ('region' in condition) return []; // known from the start of the case
  if ('field' in condition) return []; // within one record, not between steps
  if ('confirmation' in condition) return [{ ref: condition.confirmation }];
  return [{ ref: condition.answer }];
}
