// What comes next, how far along a case is, and what is still open: the state read
// against the walked playbook. Pure; the walk-through, `cases` and reports all use it.
import { caseRegion } from '../region.js';
import { localize, type Lang } from '../i18n.js';
import type { AnswerValue, Confirmation as ConfirmationEvent, FollowUpSet } from '../journal/events.js';
import type { FieldValue } from '../journal/events.js';
import type { Confirmation, FieldQuestion, FollowUp, Question } from '../playbook/schema.js';
import { scopeRef, type ScopedCondition, type WalkedTask } from '../playbook/walk.js';
import { evaluateCondition, type ConditionFacts } from './conditions.js';
import { isSettled, RECHECK_TEXT } from './settled.js';
import { latestConfirmation, type CaseState, type FactState, type FollowUpState } from './state.js';

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
    fact: (name) => {
      const value = state.facts.get(name)?.value;
      return value !== undefined && (value.kind !== 'records' || value.value.length > 0);
    },
    answer: (ref) => conditionValue(answerAt(state, scopeRef(scope, ref))),
    confirmation: (ref) => latestConfirmation(state, scopeRef(scope, ref))?.answer,
    region: () => caseRegion(state.started),
  };
}

/** One of a step's conditions (its own `when`, or an include's it sits under), as the case stands. */
export function conditionHolds(condition: ScopedCondition, state: CaseState): boolean {
  return evaluateCondition(condition.condition, factsFor(state, condition.scope));
}

/** Whether conditions (each in its own scope) all hold by the case's answers so far. */
export function conditionsHold(state: CaseState): (conditions: readonly ScopedCondition[]) => boolean {
  return (conditions) => conditions.every((c) => conditionHolds(c, state));
}

export function isStepVisible(task: WalkedTask, state: CaseState): boolean {
  const holds = conditionsHold(state);
  // A guide included twice is walked where it comes first (walk.ts WalkedTask.earlier).
  if (task.earlier?.some(holds)) return false;
  return holds(task.conditions);
}

export function isQuestionVisible(
  task: WalkedTask,
  question: Question | Confirmation,
  state: CaseState,
): boolean {
  return evaluateCondition(question.when, factsFor(state, task.scope));
}

/** A field of a records question, for one record: its `when` may compare the record's other fields. */
export function isFieldVisible(
  task: WalkedTask,
  field: FieldQuestion,
  record: Readonly<Record<string, FieldValue>>,
  state: CaseState,
): boolean {
  return evaluateCondition(field.when, {
    ...factsFor(state, task.scope),
    field: (id) => (Object.hasOwn(record, id) ? conditionValue(record[id]) : undefined),
  });
}

/**
 * The value of the fact a question sets, when the case already knows it from another
 * question (in this playbook or another of the case): the question is then shown, not
 * asked. A question's own earlier answer is not "known" here: resume and going back
 * handle that.
 */
export function knownFact(state: CaseState, task: WalkedTask, question: Question): FactState | undefined {
  if (question.fact === undefined) return undefined;
  const fact = state.facts.get(question.fact);
  if (fact === undefined || (fact.step === task.key && fact.question === question.id)) return undefined;
  return fact;
}

/**
 * The day a date question's spans count from (`counts-from`: the letter's date), when that
 * question was answered: "14 days" typed then means 14 days after it.
 */
export function countsFromDay(
  state: CaseState,
  task: WalkedTask,
  ref: string | undefined,
): string | undefined {
  if (ref === undefined) return undefined;
  const value = answerAt(state, scopeRef(task.scope, ref));
  return value?.kind === 'date' ? value.value.slice(0, 10) : undefined;
}

/** The list a for-each question goes through: the records of its list fact so far. */
export function forEachList(state: CaseState, question: Question): Readonly<Record<string, FieldValue>>[] {
  if (question.type !== 'records' || question['for-each'] === undefined) return [];
  const fact = state.facts.get(question['for-each'])?.value;
  return fact?.kind === 'records' ? fact.value : [];
}

/** How many records a question's `count` says to expect: the first whole number of that answer. */
export function expectedCount(task: WalkedTask, question: Question, state: CaseState): number | undefined {
  if (question.type !== 'records' || question.count === undefined) return undefined;
  const value = conditionValue(answerAt(state, scopeRef(task.scope, question.count)));
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const match = /\d+/.exec(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  const n = match === null ? NaN : Number(match[0]);
  return Number.isFinite(n) && n > 0 ? n : undefined;
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
  // A step once finished still counts when a fact told later hides it ("list the charges"
  // before the orders were known): the count never takes back what the person did.
  const visible = tasks.filter((t) => isStepVisible(t, state) || isFinished(state, t.key));
  return { finished: visible.filter((t) => isFinished(state, t.key)).length, total: visible.length };
}

/**
 * The good answer the same party already gave on this confirmation's `topic` in another
 * step of the case ("will you stop the shipment?" asked when reporting, and again in
 * stop-shipment): the question is then shown as confirmed, not asked twice.
 */
export function settledElsewhere(
  state: CaseState,
  tasks: readonly WalkedTask[],
  task: WalkedTask,
  confirmation: Confirmation,
): ConfirmationEvent | undefined {
  if (confirmation.topic === undefined) return undefined;
  for (const other of tasks)
    for (const c of other.step.confirmations ?? []) {
      if (c.topic !== confirmation.topic || c.party !== confirmation.party) continue;
      if (other.key === task.key && c.id === confirmation.id) continue;
      const latest = latestConfirmation(state, `${other.key}.${c.id}`);
      if (isSettled(c, latest)) return latest;
    }
  return undefined;
}

export interface OpenConfirmation {
  readonly task: WalkedTask;
  readonly confirmation: Confirmation;
  /** The latest answer: undefined when never asked, else one that is not good news. */
  readonly latest: ConfirmationEvent | undefined;
}

/**
 * Confirmations still open: in a step the person has reached, never answered or answered
 * no / don't know. Lesson 2: an unconfirmed question stays open and visible.
 */
export function openConfirmations(state: CaseState, tasks: readonly WalkedTask[]): OpenConfirmation[] {
  const open: OpenConfirmation[] = [];
  for (const task of visibleTasks(state, tasks)) {
    const outcome = state.outcomes.get(task.key)?.outcome;
    // A step skipped on purpose closes its own questions: the reason is on record.
    if (outcome === undefined || outcome === 'skipped') continue;
    for (const confirmation of task.step.confirmations ?? []) {
      if (!isQuestionVisible(task, confirmation, state)) continue;
      const latest = latestConfirmation(state, `${task.key}.${confirmation.id}`);
      if (
        !isSettled(confirmation, latest) &&
        settledElsewhere(state, tasks, task, confirmation) === undefined
      )
        open.push({ task, confirmation, latest });
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
    const confirmation = task.step.confirmations?.find((c) => c.id === set.origin.confirmation);
    if (confirmation !== undefined && set.origin.recheck === true)
      return RECHECK_TEXT[lang](localize(confirmation.ask, lang));
    const followUp = confirmation?.['follow-up'];
    return followUp ? localize(followUp.check, lang) : set.check;
  }
  // A step's own reminder, or "waiting on someone" on a step without one: its title.
  return localize(task.step['follow-up']?.check ?? task.step.title, lang) || set.check;
}
