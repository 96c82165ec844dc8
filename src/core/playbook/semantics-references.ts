// What every semantic rule shares: the findings so far, ids unique in their scope, and a
// reference to another step's answer (`step.question`), which must exist and come earlier.
import type { IdKind, Subject, ValidationTexts } from './messages.js';
import { isIncludeStep, type FollowUp, type Step, type TaskStep } from './schema.js';
import { suggest } from './suggest.js';
import type { Finding, Path } from './yaml-tree.js';

export interface Context {
  readonly t: ValidationTexts;
  readonly steps: readonly Step[];
  readonly stepIndex: ReadonlyMap<string, number>;
  readonly out: Finding[];
  /** The line of a path in the playbook's file, to say where the first of two ids is. */
  readonly lineOf: ((path: Path) => number) | undefined;
}

/** Where a condition stands: which step, and which question or confirmation of it. */
export interface Scope {
  readonly stepIndex: number;
  readonly subject: Subject;
  /** Index of the question or confirmation the condition belongs to. */
  readonly itemIndex: number;
  /** For a field of a records question: the record's fields, and which one asks. */
  readonly record?: { readonly fields: readonly string[]; readonly index: number; readonly open: boolean };
}

/** Every id after the first of its kind in one list is a finding that names where the first is. */
export function checkUnique(ctx: Context, kind: IdKind, items: readonly { id: string }[], base: Path): void {
  const { t, out, lineOf } = ctx;
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      out.push({
        path: [...base, i, 'id'],
        message: t.duplicateId(t.idKind[kind], item.id, lineOf?.([...base, first, 'id'])),
      });
  });
}

/**
 * The step a reference names, or a finding saying why it cannot be used: it does not
 * exist, it includes another playbook, or (for a condition, given its scope) it comes
 * later than, or is, the step asking.
 */
export function findStep(
  ctx: Context,
  ref: string,
  path: Path,
  scope?: Scope,
): { step: TaskStep; index: number; item: string } | undefined {
  const [stepId = '', item = ''] = ref.split('.');
  const index = ctx.stepIndex.get(stepId);
  const step = index === undefined ? undefined : ctx.steps[index];
  if (index === undefined || step === undefined) {
    ctx.out.push({ path, message: ctx.t.unknownStep(stepId, suggest(stepId, ctx.stepIndex.keys())) });
    return undefined;
  }
  if (isIncludeStep(step)) {
    ctx.out.push({ path, message: ctx.t.includeHasNoAnswers(stepId) });
    return undefined;
  }
  const { t } = ctx;
  if (scope === undefined) return { step, index, item };
  if (index > scope.stepIndex) {
    ctx.out.push({ path, message: t.laterStep(step.id, t.subject[scope.subject]) });
    return undefined;
  }
  if (index === scope.stepIndex && scope.subject === 'step') {
    ctx.out.push({ path, message: t.selfRef(t.subject[scope.subject]) });
    return undefined;
  }
  return { step, index, item };
}

/**
 * `count` and `counts-from` name an earlier answer: a number of mails, or the date a span
 * counts from (the letter's date), which must be a date question.
 */
export function checkEarlier(
  ctx: Context,
  ref: string,
  path: Path,
  scope: Scope,
  use: 'count' | 'counts-from',
): void {
  const found = findStep(ctx, ref, path, { ...scope, subject: 'question' });
  if (!found) return;
  const questions = found.step.questions ?? [];
  const index = questions.findIndex((q) => q.id === found.item);
  if (index < 0) unknownAnswer(ctx, found, path);
  else if (found.index === scope.stepIndex && index >= scope.itemIndex)
    ctx.out.push({ path, message: use === 'count' ? ctx.t.countLater(ref) : ctx.t.countsFromLater(ref) });
  else if (use === 'counts-from' && questions[index]?.type !== 'date')
    ctx.out.push({ path, message: ctx.t.countsFromNotDate(questions[index]?.type ?? '') });
}

/** The step a reference names has no question of that id: say so, with the nearest id it has. */
function unknownAnswer(ctx: Context, found: { step: TaskStep; item: string }, path: Path): void {
  const ids = (found.step.questions ?? []).map((q) => q.id);
  ctx.out.push({ path, message: ctx.t.unknownAnswer(found.step.id, found.item, suggest(found.item, ids)) });
}

/** A follow-up counted `from` an answer: a date question of this step or an earlier one. */
export function checkFollowUp(ctx: Context, followUp: FollowUp, path: Path, stepIndex: number): void {
  if (followUp.from === undefined) return;
  const fromPath = [...path, 'from'];
  const found = findStep(ctx, followUp.from, fromPath);
  if (!found) return;
  const questions = found.step.questions ?? [];
  const question = questions.find((q) => q.id === found.item);
  if (question === undefined) {
    unknownAnswer(ctx, found, fromPath);
  } else if (found.index > stepIndex) {
    ctx.out.push({ path: fromPath, message: ctx.t.fromLater(followUp.from) });
  } else if (question.type !== 'date') {
    ctx.out.push({ path: fromPath, message: ctx.t.fromNotDate(followUp.from) });
  }
}
