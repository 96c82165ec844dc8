// A step's questions: the fact an answer carries fits its type, and a records question's
// list (`for-each`), batch, one-line entry and fields hold together.
import type { Question } from './schema.js';
import { describeFactType, FACT_NAMES, factFits, factSpec } from './facts.js';
import { checkCondition } from './semantics-conditions.js';
import { checkEarlier, checkUnique, type Context, type Scope } from './semantics-references.js';
import { suggest } from './suggest.js';
import type { Path } from './yaml-tree.js';

/** The rules of the question at `steps[stepIndex].questions[q]`, in the order they are reported. */
export function checkQuestion(
  ctx: Context,
  question: Question,
  base: Path,
  stepIndex: number,
  q: number,
): void {
  const { t, out } = ctx;
  const qPath: Path = [...base, 'questions', q];
  const scope: Scope = { stepIndex, subject: 'question', itemIndex: q };
  if (question.when) checkCondition(ctx, question.when, [...qPath, 'when'], scope);
  if (question.fact !== undefined) checkFact(ctx, question, [...qPath, 'fact']);
  if (question.type === 'choice') checkUnique(ctx, 'option', question.options, [...qPath, 'options']);
  if (question.type === 'date' && question['counts-from'] !== undefined)
    checkEarlier(ctx, question['counts-from'], [...qPath, 'counts-from'], scope, 'counts-from');
  if (question.type === 'records') {
    checkUnique(ctx, 'field', question.fields, [...qPath, 'fields']);
    const fields = question.fields.map((f) => f.id);
    const list = question['for-each'];
    if (list !== undefined) {
      const spec = factSpec(list);
      if (spec === undefined)
        out.push({
          path: [...qPath, 'for-each'],
          message: t.unknownFact(list, suggest(list, FACT_NAMES)),
        });
      else if (spec.of.type !== 'records')
        out.push({
          path: [...qPath, 'for-each'],
          message: t.forEachNotList(list, describeFactType(list)),
        });
    }
    if (
      question.entry === 'one-line' &&
      (question.fields.length !== 1 || question.fields[0]?.type !== 'text')
    )
      out.push({ path: [...qPath, 'entry'], message: t.oneLineFields });
    if (question.batch !== undefined) {
      const batched = question.fields.find((f) => f.id === question.batch);
      const bPath: Path = [...qPath, 'batch'];
      if (list === undefined) out.push({ path: bPath, message: t.batchWithoutForEach });
      else if (batched === undefined)
        out.push({
          path: bPath,
          message: t.unknownField(question.batch, fields, suggest(question.batch, fields)),
        });
      else if (batched.type !== 'choice' && batched.type !== 'yesno')
        out.push({ path: bPath, message: t.batchNotChoice(batched.type) });
    }
    if (question.count !== undefined) checkEarlier(ctx, question.count, [...qPath, 'count'], scope, 'count');
    question.fields.forEach((field, f) => {
      const fPath: Path = [...qPath, 'fields', f];
      // A for-each record also holds the fields asked where the list was made.
      const record = { fields, index: f, open: list !== undefined };
      if (field.when) checkCondition(ctx, field.when, [...fPath, 'when'], { ...scope, record });
      if (field.fact !== undefined) out.push({ path: [...fPath, 'fact'], message: t.factInRecord });
      if (field.type === 'choice') checkUnique(ctx, 'option', field.options, [...fPath, 'options']);
      if (field.type === 'date' && field['counts-from'] !== undefined)
        checkEarlier(ctx, field['counts-from'], [...fPath, 'counts-from'], scope, 'counts-from');
    });
  }
}

/** A question that says a fact gives an answer that fact can hold. */
function checkFact(ctx: Context, question: Question, path: Path): void {
  const name = question.fact ?? '';
  const spec = factSpec(name);
  if (spec === undefined) {
    ctx.out.push({ path, message: ctx.t.unknownFact(name, suggest(name, FACT_NAMES)) });
    return;
  }
  const format = question.type === 'text' ? question.format : undefined;
  if (!factFits(name, question.type, format)) {
    const given =
      format === undefined || format === 'plain' ? question.type : `${question.type} (format: ${format})`;
    ctx.out.push({ path, message: ctx.t.factType(name, describeFactType(name), given) });
  }
}
