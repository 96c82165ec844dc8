// Conditions are data, never code: a step or question is shown when earlier answers meet
// its `when`. An unanswered question makes `is` and `not` false, so a branch is only taken
// on what the person actually said.
import type { Condition, ConfirmationAnswer } from '../playbook/schema.js';

type Scalar = string | number | boolean;

export interface ConditionFacts {
  /** The answer to "step-id.question-id", or undefined when not (yet) answered. */
  answer(ref: string): unknown;
  /** The latest answer to the confirmation "step-id.confirmation-id". */
  confirmation(ref: string): ConfirmationAnswer | undefined;
  /** Another field of the record being asked (only for the fields of a records question). */
  field?(id: string): unknown;
  /** Whether the case knows a fact (facts.ts), told in any of its playbooks. */
  fact?(name: string): boolean;
  /** Where the person lives (core/region.ts); `other` when not known. */
  region?(): string;
}

export function evaluateCondition(condition: Condition | undefined, facts: ConditionFacts): boolean {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, facts));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, facts));
  if ('none' in condition) return !condition.none.some((c) => evaluateCondition(c, facts));
  if ('confirmation' in condition) {
    const given = facts.confirmation(condition.confirmation);
    return given !== undefined && asList(condition.is).includes(given);
  }
  if ('fact' in condition) return (facts.fact?.(condition.fact) ?? false) === condition.known;
  if ('region' in condition) return asList<string>(condition.region).includes(facts.region?.() ?? 'other');
  const value = 'field' in condition ? facts.field?.(condition.field) : facts.answer(condition.answer);
  const answered = value !== undefined && value !== null && value !== '';
  if ('answered' in condition) return answered === condition.answered;
  if (!answered) return false;
  if ('is' in condition) return asList(condition.is).some((expected) => sameValue(value, expected));
  return !asList(condition.not).some((expected) => sameValue(value, expected));
}

function asList<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/** Playbook authors write `is: yes` for a yes/no question; YAML reads that as `true`. */
function sameValue(actual: unknown, expected: Scalar): boolean {
  if (actual === expected) return true;
  if (typeof actual === 'boolean') return (expected === 'yes' && actual) || (expected === 'no' && !actual);
  if (typeof actual === 'number' || typeof expected === 'number')
    return Number(actual) === Number(expected) && String(actual).trim() !== '';
  if (Array.isArray(actual)) return actual.length === Number(expected);
  return typeof actual === 'string' && typeof expected === 'string' && actual === expected;
}

/**
 * Whether a condition can still hold when only the region is known (`respond show --region`):
 * false only when the region alone makes it false. Every other part may go either way.
 */
export function couldHoldIn(condition: Condition | undefined, region: string): boolean {
  return condition === undefined || regionTruth(condition, region) !== false;
}

/** true / false when the region alone decides the condition, undefined when answers still may. */
function regionTruth(condition: Condition, region: string): boolean | undefined {
  if ('region' in condition) return asList<string>(condition.region).includes(region);
  const parts = (list: readonly Condition[]) => list.map((c) => regionTruth(c, region));
  if ('all' in condition) {
    const truths = parts(condition.all);
    return truths.includes(false) ? false : truths.every((t) => t === true) ? true : undefined;
  }
  if ('any' in condition) {
    const truths = parts(condition.any);
    return truths.includes(true) ? true : truths.every((t) => t === false) ? false : undefined;
  }
  if ('none' in condition) {
    const truths = parts(condition.none);
    return truths.includes(true) ? false : truths.every((t) => t === false) ? true : undefined;
  }
  return undefined;
}
