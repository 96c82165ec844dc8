// What comes next, how far along a case is, and what is still open: the state read
// against the walked playbook. Pure; the walk-through, `cases` and reports all use it.
import { localize, type Lang } from '../i18n.js';
import type { AnswerValue, Confirmation as ConfirmationEvent, FollowUpSet } from '../journal/events.js';
import type { Confirmation, FollowUp, Question } from '../playbook/schema.js';
import { scopeRef, type WalkedTask } from '../playbook/walk.js';
import { evaluateCondition, type ConditionFacts } from './conditions.js';
import { latestConfirmation, type CaseState, type FollowUpState } from './state.js';

/** The plain value a condition compares: true/false, an option id, a text, a date, an amount. */
function conditionValue(answer: AnswerValue | undefined): unknown {
  if (answer === undefined) return undefined;
  switch (answer.kind) {
    case 'money':
      return answer.value.amount;
    case 'records':
      return answer.value;
    case 'date':
      // A condition on a date compares the day, whether or not a time was told with it.
      return answer.value.slice(0, 10);
    default:
      return answer.value;
  }
}

/** Splits "a/b/step.question" at the last dot. */
function splitRef(fullRef: string): [string, string] {
  const dot = fullRef.lastIndexOf('.');
  return [fullRef.slice(0, dot), fullRef.slice(dot + 1)];
}

function answerAt(state: CaseState, fullRef: string): AnswerValue | undefined {
  const [step, question] = splitRef(fullRef);
  return state.answers.get(step)?.get(question);
}

/** Facts for conditions written in the playbook whose steps are keyed under `scope`. */
function factsFor(state: CaseState, scope: string): ConditionFacts {
  return {
    answer: (ref) => conditionValue(answerAt(state, scopeRef(scope, ref))),
    confirmation: (ref) => latestConfirmation(state, scopeRef(scope, ref))?.answer,
  };
}

export function isStepVisible(task: WalkedTask, state: CaseState): boolean {
  return task.conditions.every((c) => evaluateCondition(c.condition, factsFor(state, c.scope)));
}

export function isQuestionVisible(
  task: WalkedTask,
  question: Question | Confirmation,
  state: CaseState,
): boolean {
  return evaluateCondition(question.when, factsFor(state, task.scope));
}

export function visibleTasks(state: CaseState, tasks: readonly WalkedTask[]): WalkedTask[] {
  return tasks.filter((t) => isStepVisible(t, state));
}

/** A step counts as finished when done, skipped, or handed over and waiting on someone. */
export function isFinished(state: CaseState, key: string): boolean {
  const outcome = state.outcomes.get(key)?.outcome;
  return outcome === 'done' || outcome === 'skipped' || outcome === 'waiting';
}

/** The first visible step not yet finished: where a run or a resume continues. */
export function nextTask(state: CaseState, tasks: readonly WalkedTask[]): WalkedTask | undefined {
  return tasks.find((t) => isStepVisible(t, state) && !isFinished(state, t.key));
}

export interface Progress {
  readonly finished: number;
  readonly total: number;
}

export function progressOf(state: CaseState, tasks: readonly WalkedTask[]): Progress {
  const visible = visibleTasks(state, tasks);
  return { finished: visible.filter((t) => isFinished(state, t.key)).length, total: visible.length };
}

export interface OpenConfirmation {
  readonly task: WalkedTask;
  readonly confirmation: Confirmation;
  /** The latest answer: undefined when never asked, else "no" or "unknown". */
  readonly latest: ConfirmationEvent | undefined;
}

/**
 * Confirmations still open: in a step the person has reached, never answered or answered
 * no / don't know. Lesson 2: an unconfirmed question stays open and visible.
 */
export function openConfirmations(state: CaseState, tasks: readonly WalkedTask[]): OpenConfirmation[] {
  const open: OpenConfirmation[] = [];
  for (const task of visibleTasks(state, tasks)) {
    if (!state.outcomes.has(task.key)) continue;
    for (const confirmation of task.step.confirmations ?? []) {
      if (!isQuestionVisible(task, confirmation, state)) continue;
      const latest = latestConfirmation(state, `${task.key}.${confirmation.id}`);
      if (latest?.answer !== 'yes') open.push({ task, confirmation, latest });
    }
  }
  return open;
}

export type FollowUpStatus = 'overdue' | 'due-today' | 'upcoming';

export interface PendingFollowUp extends FollowUpState {
  readonly status: FollowUpStatus;
}

/** Unresolved follow-ups, soonest first, each marked overdue / due today / upcoming. */
export function pendingFollowUps(state: CaseState, today: string): PendingFollowUp[] {
  return [...state.followUps.values()]
    .filter((f) => f.resolved === undefined)
    .map((f) => {
      const day = f.set.due.slice(0, 10);
      const status: FollowUpStatus = day < today ? 'overdue' : day === today ? 'due-today' : 'upcoming';
      return { ...f, status };
    })
    .sort((a, b) => a.set.due.localeCompare(b.set.due));
}

const UNIT_DAYS = { d: 1, w: 7 } as const;

/**
 * The day a follow-up falls due: `after` counted from a date answered earlier (`from`),
 * else from `today`. Hours round up to the next day when they cross midnight, so the
 * reminder is a calendar day a person can act on.
 */
export function followUpDue(
  followUp: FollowUp,
  state: CaseState,
  scope: string,
  today: string,
  nowHour = 0,
): string {
  let base = today;
  if (followUp.from !== undefined) {
    const answer = answerAt(state, scopeRef(scope, followUp.from));
    // A date answer may carry the time it was told (YYYY-MM-DDTHH:MM): days count from its day.
    if (answer?.kind === 'date') base = answer.value.slice(0, 10);
  }
  const match = /^(\d+)([hdw])$/.exec(followUp.after);
  const count = Number(match?.[1] ?? 1);
  const unit = (match?.[2] ?? 'd') as 'h' | 'd' | 'w';
  const days = unit === 'h' ? Math.floor((nowHour + count) / 24) : count * UNIT_DAYS[unit];
  return addDays(base, days);
}

/** "2026-11-22" + 3 → "2026-11-25", in calendar days, free of time zones. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const parse = (s: string) => {
    const [y, m, d] = s.slice(0, 10).split('-').map(Number);
    return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((parse(to) - parse(from)) / 86_400_000);
}

/**
 * What a follow-up asks to check, in `lang`: the text is stored in the language the case
 * was run in, but the playbook it came from says it in both, so a Japanese report of an
 * English run still reads in Japanese. Falls back to the stored text.
 */
export function followUpCheck(set: FollowUpSet, tasks: readonly WalkedTask[], lang: Lang): string {
  const task = tasks.find((t) => t.key === set.origin.step);
  if (!task) return set.check;
  if (set.origin.confirmation !== undefined) {
    const followUp = task.step.confirmations?.find((c) => c.id === set.origin.confirmation)?.['follow-up'];
    return followUp ? localize(followUp.check, lang) : set.check;
  }
  // A step's own reminder, or "waiting on someone" on a step without one: its title.
  return localize(task.step['follow-up']?.check ?? task.step.title, lang) || set.check;
}
