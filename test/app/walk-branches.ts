// Every branch of a playbook, and the answers that take it. A guard is one `when` in the
// walked playbook (a step's, an include's, a question's or a confirmation's). For each
// guard and each truth value, solveBranch finds answers a person could give that make it so,
// including the earlier answers needed for those questions to be asked at all.
import { REGIONS } from '../../src/core/region.js';
import type { Condition, Playbook, Question } from '../../src/core/playbook/schema.js';
import { walkPlaybook, type WalkedTask } from '../../src/core/playbook/walk.js';
import { evaluateCondition } from '../../src/core/session/conditions.js';

type Target =
  | { readonly kind: 'steps'; readonly keys: readonly string[] }
  | { readonly kind: 'question'; readonly key: string; readonly id: string }
  | { readonly kind: 'confirmation'; readonly key: string; readonly id: string };

/** The assignment key (and script key) of the case's region: `walk` starts the case there. */
export const REGION_REF = 'region:case';

export interface Guard {
  /** Where the `when` is written, for test names. */
  readonly label: string;
  readonly condition: Condition;
  readonly scope: string;
  readonly target: Target;
  /** A step that must be on screen for the guarded part to be seen. */
  readonly witness: WalkedTask;
}

type Value = string | boolean | undefined;
/** Full reference ("shipments/shipping-status.shipped") → the answer to give; undefined: leave it. */
export type Assignment = ReadonlyMap<string, Value>;

export function guardsOf(root: Playbook, library: ReadonlyMap<string, Playbook>): Guard[] {
  const walked = walkPlaybook(root, library);
  const tasks = walked.filter((s): s is WalkedTask => s.kind === 'task');
  const guards: Guard[] = [];
  for (const step of walked) {
    if (step.condition) {
      const keys = tasks
        .filter((t) => t.key === step.key || t.key.startsWith(`${step.key}/`))
        .map((t) => t.key);
      const witness = tasks.find((t) => keys.includes(t.key));
      if (witness)
        guards.push({
          label: `${step.kind === 'include' ? 'include' : 'step'} ${step.key}`,
          condition: step.condition,
          scope: step.scope,
          target: { kind: 'steps', keys },
          witness,
        });
    }
    if (step.kind !== 'task') continue;
    for (const q of step.step.questions ?? []) {
      if (q.when)
        guards.push({
          label: `question ${step.key}.${q.id}`,
          condition: q.when,
          scope: step.scope,
          target: { kind: 'question', key: step.key, id: q.id },
          witness: step,
        });
    }
    for (const c of step.step.confirmations ?? []) {
      if (c.when)
        guards.push({
          label: `confirmation ${step.key}.${c.id}`,
          condition: c.when,
          scope: step.scope,
          target: { kind: 'confirmation', key: step.key, id: c.id },
          witness: step,
        });
    }
  }
  return guards;
}

function refsOf(condition: Condition, into: string[] = []): string[] {
  if ('all' in condition) condition.all.forEach((c) => refsOf(c, into));
  else if ('any' in condition) condition.any.forEach((c) => refsOf(c, into));
  else if ('none' in condition) condition.none.forEach((c) => refsOf(c, into));
  else if ('confirmation' in condition)
    throw new Error('conditions on confirmations: teach walk-branches.ts their answers');
  else if ('field' in condition) return into;
  else if ('region' in condition) {
    // Where the person lives: set when the case starts, not by an answer (REGION_REF).
    if (!into.includes(REGION_REF)) into.push(REGION_REF);
  } else if ('fact' in condition) {
    if (!into.includes(`fact:${condition.fact}`)) into.push(`fact:${condition.fact}`);
  } else if (!into.includes(condition.answer)) into.push(condition.answer);
  return into;
}

function questionAt(tasks: readonly WalkedTask[], fullRef: string): { task: WalkedTask; question: Question } {
  const dot = fullRef.lastIndexOf('.');
  const task = tasks.find((t) => t.key === fullRef.slice(0, dot));
  const question = task?.step.questions?.find((q) => q.id === fullRef.slice(dot + 1));
  if (!task || !question) throw new Error(`a condition names ${fullRef}, which no walked step asks`);
  return { task, question };
}

/** What a person can answer, a real answer first; "leave it for now" only when allowed. */
function domainOf(question: Question): Value[] {
  const leave = question.required ? [] : [undefined];
  switch (question.type) {
    case 'yesno':
      return [true, false, ...leave];
    case 'choice':
      return [...question.options.map((o) => o.id), ...leave];
    case 'date':
      return ['2026-11-20', ...leave];
    case 'text':
      return ['typed', ...leave];
    case 'money':
      return ['1980 JPY', ...leave];
    case 'records':
      return [undefined];
  }
}

interface Goal {
  readonly condition: Condition;
  readonly scope: string;
  readonly wanted: boolean;
}

function* product(domains: readonly Value[][]): Generator<Value[]> {
  if (domains.length === 0) {
    yield [];
    return;
  }
  const [first = [], ...rest] = domains;
  for (const value of first) for (const tail of product(rest)) yield [value, ...tail];
}

function solve(
  tasks: readonly WalkedTask[],
  goals: readonly Goal[],
  assignment: Map<string, Value>,
): Map<string, Value> | undefined {
  const [goal, ...rest] = goals;
  if (!goal) return assignment;
  const global = (ref: string) => ref.startsWith('fact:') || ref === REGION_REF;
  const refs = refsOf(goal.condition).map((ref) => (global(ref) ? ref : goal.scope + ref));
  const freshFacts = refs.filter((ref) => global(ref) && !assignment.has(ref));
  const fresh = refs.filter((ref) => !global(ref) && !assignment.has(ref));
  const questions = fresh.map((ref) => questionAt(tasks, ref));
  // A fact is known when a question of the walk sets it (the persona gives one); it can be
  // left unknown by giving none. Without such a question it stays unknown.
  const factDomains = freshFacts.map((ref): Value[] =>
    ref === REGION_REF ? [...REGIONS] : factSetters(tasks, ref.slice(5)).length > 0 ? [true, false] : [false],
  );
  for (const values of product([...questions.map((q) => domainOf(q.question)), ...factDomains])) {
    const next = new Map(assignment);
    fresh.forEach((ref, i) => next.set(ref, values[i]));
    freshFacts.forEach((ref, i) => next.set(ref, values[fresh.length + i]));
    const facts = {
      answer: (ref: string) => next.get(goal.scope + ref),
      confirmation: () => undefined,
      fact: (name: string) => next.get(`fact:${name}`) === true,
      region: () => String(next.get(REGION_REF) ?? 'other'),
    };
    if (evaluateCondition(goal.condition, facts) !== goal.wanted) continue;
    // An answer can only be given if its question is asked: its step and its own `when`.
    const needed: Goal[] = [];
    questions.forEach(({ task, question }, i) => {
      if (values[i] === undefined) return;
      needed.push(...task.conditions.map((c) => ({ condition: c.condition, scope: c.scope, wanted: true })));
      if (question.when) needed.push({ condition: question.when, scope: task.scope, wanted: true });
    });
    const solved = solve(tasks, [...needed, ...rest], next);
    if (solved) return solved;
  }
  return undefined;
}

/** Answers that make the guard `wanted`, with the step it guards a part of on screen. */
export function solveBranch(
  tasks: readonly WalkedTask[],
  guard: Guard,
  wanted: boolean,
): Assignment | undefined {
  const goals: Goal[] = [{ condition: guard.condition, scope: guard.scope, wanted }];
  // A hidden question must be hidden in a step the person does see; a hidden step just hidden.
  if (wanted || guard.target.kind !== 'steps') {
    goals.push(
      ...guard.witness.conditions
        .filter((c) => c.condition !== guard.condition)
        .map((c) => ({ condition: c.condition, scope: c.scope, wanted: true })),
    );
  }
  return solve(tasks, goals, new Map());
}

/** The one-line lists that set a list fact (the persona fills them unless told not to). */
function factSetters(tasks: readonly WalkedTask[], fact: string): string[] {
  return tasks.flatMap((t) =>
    (t.step.questions ?? [])
      .filter((q) => q.type === 'records' && q.fact === fact && q.entry === 'one-line')
      .map((q) => `${t.key}.${q.id}:list`),
  );
}

/** The prompt answers that give an assignment: prompt id → what the person picks or types. */
export function scriptFor(tasks: readonly WalkedTask[], assignment: Assignment): Record<string, string> {
  const script: Record<string, string> = {};
  for (const [ref, value] of assignment) {
    if (ref === REGION_REF) {
      // Not a prompt: the walk starts the case in this region.
      script[REGION_REF] = String(value);
      continue;
    }
    if (ref.startsWith('fact:')) {
      if (value !== true) for (const id of factSetters(tasks, ref.slice(5))) script[id] = '';
      continue;
    }
    const { question } = questionAt(tasks, ref);
    if (value === undefined)
      script[ref] = question.type === 'yesno' || question.type === 'choice' ? '__skip__' : '';
    else if (typeof value === 'boolean') script[ref] = value ? 'yes' : 'no';
    else script[ref] = value;
  }
  return script;
}

/**
 * A guard that tests a fact no question of this walk can set ("the orders are known", in
 * card-charges alone): its "known" branch is reached only in a case where another playbook
 * told the fact, and is walked there (fraud-order includes card-charges).
 */
export function needsAnotherPlaybook(tasks: readonly WalkedTask[], guard: Guard): boolean {
  return refsOf(guard.condition).some(
    (ref) => ref.startsWith('fact:') && factSetters(tasks, ref.slice(5)).length === 0,
  );
}
