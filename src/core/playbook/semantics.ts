// Rules a JSON Schema cannot say: ids unique in their scope, conditions that name real,
// earlier answers and compare them with values those answers can take, confirmations put to
// a listed party, follow-ups counted from a date. A condition that can never be true hides
// its step for good, so it is an error, not a warning.
import type { Lang } from '../i18n.js';
import { validationTexts, type IdKind, type Subject, type ValidationTexts } from './messages.js';
import {
  isIncludeStep,
  type Condition,
  type FollowUp,
  type Playbook,
  type Question,
  type Step,
  type TaskStep,
} from './schema.js';
import { describeFactType, FACT_NAMES, factFits, factSpec } from './facts.js';
import { suggest } from './suggest.js';
import type { Finding, Path } from './yaml-tree.js';

/** Where a condition stands: which step, and which question or confirmation of it. */
interface Scope {
  readonly stepIndex: number;
  readonly subject: Subject;
  /** Index of the question or confirmation the condition belongs to. */
  readonly itemIndex: number;
  /** For a field of a records question: the record's fields, and which one asks. */
  readonly record?: { readonly fields: readonly string[]; readonly index: number; readonly open: boolean };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Findings kept: only the first hundred are shown, and a hostile playbook can make a hundred thousand. */
const MAX_FINDINGS = 500;

/** An array that quietly stops growing when full, so every rule can push without counting. */
function cappedList<T>(max: number): T[] {
  const list: T[] = [];
  const push = list.push.bind(list);
  list.push = (...items: T[]) =>
    list.length >= max ? list.length : push(...items.slice(0, max - list.length));
  return list;
}

export function checkSemantics(playbook: Playbook, lang: Lang, lineOf?: (path: Path) => number): Finding[] {
  const t = validationTexts[lang];
  const out = cappedList<Finding>(MAX_FINDINGS);
  const steps = playbook.steps;
  const stepIndex = new Map<string, number>();

  const unique = (kind: IdKind, items: readonly { id: string }[], base: Path) => {
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
  };

  unique('step', steps, ['steps']);
  steps.forEach((step, i) => {
    if (!stepIndex.has(step.id)) stepIndex.set(step.id, i);
  });
  unique('party', playbook.parties ?? [], ['parties']);
  const parties = (playbook.parties ?? []).map((p) => p.id);

  const ctx: Context = { t, steps, stepIndex, out };
  steps.forEach((step, i) => {
    if (out.length >= MAX_FINDINGS) return;
    const base: Path = ['steps', i];
    if (step.when)
      checkCondition(ctx, step.when, [...base, 'when'], { stepIndex: i, subject: 'step', itemIndex: -1 });
    if (isIncludeStep(step)) return;
    const questions = step.questions ?? [];
    unique('question', questions, [...base, 'questions']);
    questions.forEach((question, q) => {
      const qPath: Path = [...base, 'questions', q];
      const scope: Scope = { stepIndex: i, subject: 'question', itemIndex: q };
      if (question.when) checkCondition(ctx, question.when, [...qPath, 'when'], scope);
      if (question.fact !== undefined) checkFact(ctx, question, [...qPath, 'fact']);
      if (question.type === 'choice') unique('option', question.options, [...qPath, 'options']);
      if (question.type === 'date' && question['counts-from'] !== undefined)
        checkEarlier(ctx, question['counts-from'], [...qPath, 'counts-from'], scope, 'counts-from');
      if (question.type === 'records') {
        unique('field', question.fields, [...qPath, 'fields']);
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
        if (question.count !== undefined)
          checkEarlier(ctx, question.count, [...qPath, 'count'], scope, 'count');
        question.fields.forEach((field, f) => {
          const fPath: Path = [...qPath, 'fields', f];
          // A for-each record also holds the fields asked where the list was made.
          const record = { fields, index: f, open: list !== undefined };
          if (field.when) checkCondition(ctx, field.when, [...fPath, 'when'], { ...scope, record });
          if (field.fact !== undefined) out.push({ path: [...fPath, 'fact'], message: t.factInRecord });
          if (field.type === 'choice') unique('option', field.options, [...fPath, 'options']);
          if (field.type === 'date' && field['counts-from'] !== undefined)
            checkEarlier(ctx, field['counts-from'], [...fPath, 'counts-from'], scope, 'counts-from');
        });
      }
    });
    const confirmations = step.confirmations ?? [];
    unique('confirmation', confirmations, [...base, 'confirmations']);
    confirmations.forEach((confirmation, c) => {
      const cPath: Path = [...base, 'confirmations', c];
      if (!parties.includes(confirmation.party)) {
        const message =
          parties.length === 0
            ? t.noParties(confirmation.party)
            : t.unknownParty(confirmation.party, suggest(confirmation.party, parties));
        out.push({ path: [...cPath, 'party'], message });
      }
      if (confirmation.when)
        checkCondition(ctx, confirmation.when, [...cPath, 'when'], {
          stepIndex: i,
          subject: 'confirmation',
          itemIndex: c,
        });
      if (confirmation['follow-up'])
        checkFollowUp(ctx, confirmation['follow-up'], [...cPath, 'follow-up'], i);
      const kind = confirmation.answer ?? 'yesno';
      if (confirmation.expect !== undefined && kind !== 'yesno')
        out.push({ path: [...cPath, 'expect'], message: t.expectNotYesno(kind) });
      if (confirmation['counts-from'] !== undefined) {
        const path: Path = [...cPath, 'counts-from'];
        if (kind !== 'date') out.push({ path, message: t.countsFromNotDate(kind) });
        // Every question of a step is asked before its confirmations.
        else
          checkEarlier(
            ctx,
            confirmation['counts-from'],
            path,
            { stepIndex: i, subject: 'question', itemIndex: Infinity },
            'counts-from',
          );
      }
      if (confirmation.options !== undefined && kind !== 'choice')
        out.push({ path: [...cPath, 'options'], message: t.optionsNotChoice(kind) });
      if (kind === 'choice') {
        if (confirmation.options === undefined)
          out.push({ path: [...cPath, 'answer'], message: t.choiceWithoutOptions });
        else unique('option', confirmation.options, [...cPath, 'options']);
      }
    });
    if (step['follow-up']) checkFollowUp(ctx, step['follow-up'], [...base, 'follow-up'], i);
  });
  return [...out];
}

interface Context {
  readonly t: ValidationTexts;
  readonly steps: readonly Step[];
  readonly stepIndex: ReadonlyMap<string, number>;
  readonly out: Finding[];
}

/**
 * The step a reference names, or a finding saying why it cannot be used: it does not
 * exist, it includes another playbook, or (for a condition, given its scope) it comes
 * later than, or is, the step asking.
 */
function findStep(
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

/**
 * `count` and `counts-from` name an earlier answer: a number of mails, or the date a span
 * counts from (the letter's date), which must be a date question.
 */
function checkEarlier(
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
  if (index < 0)
    ctx.out.push({
      path,
      message: ctx.t.unknownAnswer(
        found.step.id,
        found.item,
        suggest(
          found.item,
          questions.map((q) => q.id),
        ),
      ),
    });
  else if (found.index === scope.stepIndex && index >= scope.itemIndex)
    ctx.out.push({ path, message: use === 'count' ? ctx.t.countLater(ref) : ctx.t.countsFromLater(ref) });
  else if (use === 'counts-from' && questions[index]?.type !== 'date')
    ctx.out.push({ path, message: ctx.t.countsFromNotDate(questions[index]?.type ?? '') });
}

function checkCondition(ctx: Context, condition: Condition, path: Path, scope: Scope): void {
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

function checkFollowUp(ctx: Context, followUp: FollowUp, path: Path, stepIndex: number): void {
  if (followUp.from === undefined) return;
  const fromPath = [...path, 'from'];
  const found = findStep(ctx, followUp.from, fromPath);
  if (!found) return;
  const questions = found.step.questions ?? [];
  const question = questions.find((q) => q.id === found.item);
  if (question === undefined) {
    ctx.out.push({
      path: fromPath,
      message: ctx.t.unknownAnswer(
        found.step.id,
        found.item,
        suggest(
          found.item,
          questions.map((q) => q.id),
        ),
      ),
    });
  } else if (found.index > stepIndex) {
    ctx.out.push({ path: fromPath, message: ctx.t.fromLater(followUp.from) });
  } else if (question.type !== 'date') {
    ctx.out.push({ path: fromPath, message: ctx.t.fromNotDate(followUp.from) });
  }
}
