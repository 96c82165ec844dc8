// A playbook's conditions and follow-ups worded for a person ("Only if: …", "3 days after …"),
// and the lookups that name a step's question, a party or an answer by its label. Part of the
// blank checklist's view (render-view.ts).
import { REGION_NAMES } from '../region.js';
import { localize, type Lang } from '../i18n.js';
import { stripControl } from '../sanitize.js';
import { renderTexts, type DurationUnit } from './render-messages.js';
import type { Condition, Confirmation, FieldQuestion, FollowUp, Playbook, Question } from './schema.js';

const DURATION = /^([0-9]+)([hdw])$/;

export function describeFollowUp(followUp: FollowUp, playbook: Playbook | undefined, lang: Lang): string {
  const t = renderTexts[lang];
  const match = DURATION.exec(followUp.after);
  const after = match ? t.duration(Number(match[1]), match[2] as DurationUnit) : clean(followUp.after);
  const from = followUp.from ? subjectOf(followUp.from, playbook, lang) : undefined;
  return `${t.followUp(after, from)} ${clean(localize(followUp.check, lang))}`;
}

/** A condition in words: the referenced question's prompt and option labels, never ids when avoidable. */
export function describeCondition(condition: Condition, playbook: Playbook | undefined, lang: Lang): string {
  const t = renderTexts[lang];
  const group = (list: readonly Condition[], joiner: string) =>
    list
      .map((c) =>
        isCompound(c) && list.length > 1
          ? `(${describeCondition(c, playbook, lang)})`
          : describeCondition(c, playbook, lang),
      )
      .join(joiner);
  if ('all' in condition) return group(condition.all, t.cond.allJoin);
  if ('any' in condition) return group(condition.any, t.cond.anyJoin);
  if ('none' in condition)
    return condition.none.length === 1
      ? t.cond.notThis(group(condition.none, ''))
      : t.cond.none(group(condition.none, '; '));
  if ('confirmation' in condition) {
    const found = findConfirmation(condition.confirmation, playbook);
    const party = found ? partyName(found.party, playbook, lang) : '?';
    const ask = t.cond.quote(found ? clean(localize(found.ask, lang)) : clean(condition.confirmation));
    const answers = listOf(condition.is).map((a) => (a === 'yes' ? t.yes : a === 'no' ? t.no : t.unknown));
    return t.cond.confirmation(party, ask, answers.join(t.cond.or));
  }
  if ('fact' in condition) {
    const subject = t.cond.quote(condition.fact);
    return condition.known ? t.cond.answered(subject) : t.cond.notAnswered(subject);
  }
  if ('field' in condition) {
    const values = listOf('is' in condition ? condition.is : condition.not)
      .map(String)
      .join(t.cond.or);
    const subject = t.cond.quote(condition.field);
    return 'is' in condition ? t.cond.is(subject, values) : t.cond.not(subject, values);
  }
  if ('region' in condition)
    return t.cond.region(
      listOf(condition.region)
        .map((r) => REGION_NAMES[lang][r])
        .join(t.cond.or),
    );
  const subject = subjectOf(condition.answer, playbook, lang);
  if ('answered' in condition)
    return condition.answered ? t.cond.answered(subject) : t.cond.notAnswered(subject);
  const question = findQuestion(condition.answer, playbook);
  const values = listOf('is' in condition ? condition.is : condition.not)
    .map((v) => valueOf(v, question, lang))
    .join(t.cond.or);
  return 'is' in condition ? t.cond.is(subject, values) : t.cond.not(subject, values);
}

/** all and any read as a unit only in parentheses; none already reads as one ("not (...)"). */
function isCompound(condition: Condition): boolean {
  return 'all' in condition || 'any' in condition || ('none' in condition && condition.none.length > 1);
}

function listOf<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function subjectOf(ref: string, playbook: Playbook | undefined, lang: Lang): string {
  const question = findQuestion(ref, playbook);
  return renderTexts[lang].cond.quote(question ? clean(localize(question.prompt, lang)) : clean(ref));
}

function valueOf(
  value: string | number | boolean,
  question: Question | FieldQuestion | undefined,
  lang: Lang,
): string {
  const t = renderTexts[lang];
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  // Authors may write `is: yes` for a yes/no question, as the session engine accepts.
  if (question?.type === 'yesno' && (value === 'yes' || value === 'no'))
    return value === 'yes' ? t.yes : t.no;
  if (question?.type === 'choice') {
    const option = question.options.find((o) => o.id === value);
    if (option) return t.cond.quote(clean(localize(option.label, lang)));
  }
  return typeof value === 'string' ? t.cond.quote(clean(value)) : String(value);
}

function splitRef(ref: string): [string, string] {
  const dot = ref.indexOf('.');
  return dot < 0 ? [ref, ''] : [ref.slice(0, dot), ref.slice(dot + 1)];
}

function findTaskStep(stepId: string, playbook: Playbook | undefined) {
  const step = playbook?.steps.find((s) => s.id === stepId);
  return step && !('include' in step) ? step : undefined;
}

function findQuestion(ref: string, playbook: Playbook | undefined): Question | FieldQuestion | undefined {
  const [stepId, questionId] = splitRef(ref);
  for (const question of findTaskStep(stepId, playbook)?.questions ?? []) {
    if (question.id === questionId) return question;
    if (question.type === 'records') {
      const field = question.fields.find((f) => f.id === questionId);
      if (field) return field;
    }
  }
  return undefined;
}

function findConfirmation(ref: string, playbook: Playbook | undefined): Confirmation | undefined {
  const [stepId, confirmationId] = splitRef(ref);
  return findTaskStep(stepId, playbook)?.confirmations?.find((c) => c.id === confirmationId);
}

export function partyName(id: string, playbook: Playbook | undefined, lang: Lang): string {
  const party = playbook?.parties?.find((p) => p.id === id);
  return party ? clean(localize(party.name, lang)) : clean(id);
}

/** Playbook text may come from anywhere: no escape sequences reach the terminal or the page. */
export function clean(text: string): string {
  return stripControl(text).trim();
}
