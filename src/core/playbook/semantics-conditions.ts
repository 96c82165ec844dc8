// Conditions (`when:`): each names a real fact, field, confirmation or earlier answer, and
// compares it with a value that answer can take. A condition that can never be true hides
// its step for good, so it is an error, not a warning.
import type { ValidationTexts } from './messages.js';
import type { Condition, Question } from './schema.js';
import { FACT_NAMES, factSpec } from './facts.js';
import { findStep, type Context, type Scope } from './semantics-references.js';
import { suggest } from './suggest.js';
import type { Path } from './yaml-tree.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkCondition(ctx: Context, condition: Condition, path: Path, scope: Scope): void {
  const { t, out } = ctx;
  if ('fact' in condition) {
    if (factSpec(condition.fact) === undefined)
      out.push({
        path: [...path, 'fact'],
        message: t.unknownFact(condition.fact, suggest(condition.fact, FACT_NAMES)),
      });
    return;
  }
  if ('field' in condition) {
    const fieldPath = [...path, 'field'];
    if (scope.record === undefined) out.push({ path: fieldPath, message: t.fieldOutsideRecord });
    else {
      const at = scope.record.fields.indexOf(condition.field);
      if (at === scope.record.index) out.push({ path: fieldPath, message: t.selfField });
      else if (at < 0 && !scope.record.open)
        out.push({
          path: fieldPath,
          message: t.unknownField(
            condition.field,
            scope.record.fields,
            suggest(condition.field, scope.record.fields),
          ),
        });
      else if (at > scope.record.index) out.push({ path: fieldPath, message: t.selfField });
    }
    return;
  }
  if ('all' in condition || 'any' in condition || 'none' in condition) {
    const [group, list] =
      'all' in condition
        ? ['all', condition.all]
        : 'any' in condition
          ? ['any', condition.any]
          : ['none', condition.none];
    list.forEach((inner, i) => checkCondition(ctx, inner, [...path, group, i], scope));
    return;
  }
  if ('confirmation' in condition) {
    const refPath = [...path, 'confirmation'];
    const found = findStep(ctx, condition.confirmation, refPath, scope);
    if (!found) return;
    const confirmations = (found.step.confirmations ?? []).map((c) => c.id);
    const index = confirmations.indexOf(found.item);
    if (index < 0) {
      out.push({
        path: refPath,
        message: t.unknownConfirmation(found.step.id, found.item, suggest(found.item, confirmations)),
      });
      return;
    }
    if (found.index === scope.stepIndex) {
      // Within a step, questions come before confirmations; a confirmation sees earlier ones.
      if (scope.subject === 'confirmation' && index === scope.itemIndex)
        out.push({ path: refPath, message: t.selfRef(t.subject[scope.subject]) });
      else if (scope.subject === 'question' || index > scope.itemIndex)
        out.push({
          path: refPath,
          message: t.laterQuestion(condition.confirmation, t.subject[scope.subject]),
        });
    }
    return;
  }
  if ('region' in condition) return; // the schema knows the regions
  const refPath = [...path, 'answer'];
  const found = findStep(ctx, condition.answer, refPath, scope);
  if (!found) return;
  const questions = found.step.questions ?? [];
  const index = questions.findIndex((q) => q.id === found.item);
  const question = questions[index];
  if (question === undefined) {
    out.push({
      path: refPath,
      message: t.unknownAnswer(
        found.step.id,
        found.item,
        suggest(
          found.item,
          questions.map((q) => q.id),
        ),
      ),
    });
    return;
  }
  if (found.index === scope.stepIndex && scope.subject === 'question') {
    if (index === scope.itemIndex) out.push({ path: refPath, message: t.selfRef(t.subject[scope.subject]) });
    else if (index > scope.itemIndex)
      out.push({ path: refPath, message: t.laterQuestion(condition.answer, t.subject[scope.subject]) });
  }
  if ('answered' in condition) return;
  const [key, raw] = 'is' in condition ? ['is', condition.is] : ['not', condition.not];
  const values = Array.isArray(raw) ? raw : [raw];
  values.forEach((value, i) => {
    const message = compareProblem(t, question, condition.answer, value);
    if (message !== undefined)
      out.push({ path: Array.isArray(raw) ? [...path, key, i] : [...path, key], message });
  });
}

// These follow how session/conditions.ts compares (sameValue): a value it can never match
// hides the step for good.
function compareProblem(
  t: ValidationTexts,
  question: Question,
  ref: string,
  value: unknown,
): string | undefined {
  const text = typeof value === 'string' ? value : String(value);
  const numeric =
    typeof value === 'number' ||
    (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)));
  switch (question.type) {
    case 'yesno':
      return typeof value === 'boolean' || value === 'yes' || value === 'no'
        ? undefined
        : t.notBoolean(text, ref);
    case 'choice': {
      const options = question.options.map((o) => o.id);
      return options.includes(text) && typeof value !== 'boolean'
        ? undefined
        : t.unknownOption(text, ref, options, suggest(text, options));
    }
    case 'money':
      return numeric ? undefined : t.notNumber(text, ref);
    case 'text':
      return typeof value === 'boolean' ? t.notString(text, ref) : undefined;
    case 'date':
      return typeof value === 'string' && DATE.test(value) ? undefined : t.notDate(text, ref);
    case 'records':
      // A number compares with how many records were given.
      return numeric ? undefined : t.recordsCompare(ref);
  }
}
