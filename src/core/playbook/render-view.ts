// The blank checklist as plain data: every text localized, cleaned of control characters,
// and every condition worded for a person. render.ts prints it as text or Markdown, so both
// formats say exactly the same thing.
import { helplineLines } from '../helplines/directory.js';
import { REGION_NAMES } from '../region.js';
import { collectParties } from './parties.js';
import { localize, type Lang, type Text } from '../i18n.js';
import { stripControl } from '../sanitize.js';
import { renderTexts, type DurationUnit } from './render-messages.js';
import type {
  Condition,
  Confirmation,
  FieldQuestion,
  FollowUp,
  Party,
  Playbook,
  Question,
} from './schema.js';
import { walkPlaybook, type ScopedCondition, type WalkedStep } from './walk.js';

export interface ChecklistView {
  readonly title: string;
  readonly summary: string;
  readonly parties: readonly PartyView[];
  readonly steps: readonly StepView[];
}

interface PartyView {
  readonly name: string;
  readonly role: string;
  readonly contact: string;
}

export interface StepView {
  readonly number: string;
  readonly depth: number;
  readonly title: string;
  readonly onlyIf: string;
  /** Set for an include step: the section its inner steps belong to. */
  readonly include?: { readonly note: string; readonly problem: boolean };
  readonly why: string;
  readonly how: string;
  readonly questions: readonly QuestionView[];
  readonly confirmations: readonly ConfirmationView[];
  readonly followUp: string;
}

export interface QuestionView {
  readonly prompt: string;
  readonly help: string;
  /** "yes/no", "choose one", "date", "amount in JPY", ... plus "required". */
  readonly kind: string;
  /** What to tick or fill in: ["yes", "no"] or the choice labels; empty for a blank line. */
  readonly boxes: readonly string[];
  readonly onlyIf: string;
  /** For a list of records: the fields of one entry. */
  readonly fields: readonly {
    readonly prompt: string;
    readonly kind: string;
    readonly boxes: readonly string[];
  }[];
}

export interface ConfirmationView {
  readonly party: string;
  readonly ask: string;
  readonly why: string;
  readonly onlyIf: string;
  readonly followUp: string;
}

export function buildChecklistView(
  root: Playbook,
  library: ReadonlyMap<string, Playbook>,
  lang: Lang,
): ChecklistView {
  const t = renderTexts[lang];
  const text = (value: Text | undefined) => clean(localize(value, lang));
  const lib = new Map(library);
  if (!lib.has(root.id)) lib.set(root.id, root);
  const word = (scoped: readonly ScopedCondition[]) =>
    scoped.map((s) => describeCondition(s.condition, lib.get(s.playbookId), lang)).join(t.cond.allJoin);

  const numbers: number[] = [];
  const steps = walkPlaybook(root, lib).map((walked): StepView => {
    numbers.length = walked.depth + 1;
    numbers[walked.depth] = (numbers[walked.depth] ?? 0) + 1;
    const number = numbers.join('.');
    const playbook = lib.get(walked.playbookId);
    // An included step repeats its section's condition; show only its own.
    const onlyIf = word(walked.conditions.slice(walked.conditions.length - (walked.condition ? 1 : 0)));
    return viewStep(walked, number, onlyIf, playbook, lang);
  });

  return {
    title: text(root.title),
    summary: text(root.summary),
    parties: partiesOf(root, lib).map((p) => ({
      name: text(p.name),
      role: text(p.role),
      contact: text(p.contact),
    })),
    steps,
  };
}

/** The root's parties first, then those only an included playbook names. */
function partiesOf(root: Playbook, library: ReadonlyMap<string, Playbook>): Party[] {
  return [...collectParties(root, library).values()];
}

function viewStep(
  walked: WalkedStep,
  number: string,
  onlyIf: string,
  playbook: Playbook | undefined,
  lang: Lang,
): StepView {
  const t = renderTexts[lang];
  const text = (value: Text | undefined) => clean(localize(value, lang));
  if (walked.kind === 'include') {
    const id = walked.step.include;
    const note =
      walked.problem === 'missing'
        ? t.includeMissing(id)
        : walked.problem === 'cycle'
          ? t.includeCycle(id)
          : t.included(id);
    const title = walked.step.title
      ? text(walked.step.title)
      : walked.included
        ? text(walked.included.title)
        : id;
    return {
      number,
      depth: walked.depth,
      title,
      onlyIf,
      include: { note, problem: walked.problem !== undefined },
      why: '',
      how: '',
      questions: [],
      confirmations: [],
      followUp: '',
    };
  }
  const step = walked.step;
  return {
    number,
    depth: walked.depth,
    title: text(step.title),
    onlyIf,
    why: text(step.why),
    how: [
      text(step.instructions),
      ...(step.helplines
        ? [
            `${t.helplines}:\n${helplineLines(step.helplines, undefined, lang)
              .map((l) => `- ${clean(l)}`)
              .join('\n')}`,
          ]
        : []),
    ]
      .filter(Boolean)
      .join('\n\n'),
    questions: (step.questions ?? []).map((q) => viewQuestion(q, playbook, lang)),
    confirmations: (step.confirmations ?? []).map((c) => viewConfirmation(c, playbook, lang)),
    followUp: step['follow-up'] ? describeFollowUp(step['follow-up'], playbook, lang) : '',
  };
}

function viewQuestion(question: Question, playbook: Playbook | undefined, lang: Lang): QuestionView {
  const t = renderTexts[lang];
  const fields =
    question.type === 'records'
      ? question.fields.map((f) => ({ prompt: clean(localize(f.prompt, lang)), ...kindOf(f, lang) }))
      : [];
  const { kind, boxes } = kindOf(question, lang);
  return {
    prompt: clean(localize(question.prompt, lang)),
    help: clean(localize(question.help, lang)),
    kind: question.required ? `${kind}${t.listSep}${t.required}` : kind,
    boxes,
    onlyIf: question.when ? describeCondition(question.when, playbook, lang) : '',
    fields,
  };
}

function kindOf(question: Question | FieldQuestion, lang: Lang): { kind: string; boxes: string[] } {
  const t = renderTexts[lang];
  switch (question.type) {
    case 'yesno':
      return { kind: t.types.yesno, boxes: [t.yes, t.no] };
    case 'choice':
      return { kind: t.types.choice, boxes: question.options.map((o) => clean(localize(o.label, lang))) };
    case 'text':
      return { kind: t.formats[question.format ?? 'plain'], boxes: [] };
    case 'date':
      return { kind: t.types.date, boxes: [] };
    case 'money':
      return { kind: question.currency ? t.amountIn(question.currency) : t.types.money, boxes: [] };
    case 'records':
      return {
        kind: (question['for-each'] !== undefined
          ? t.forEachOf
          : question.entry === 'one-line'
            ? t.oneLineOf
            : t.recordsOf)(question['item-name'] ? clean(localize(question['item-name'], lang)) : undefined),
        boxes: [],
      };
  }
}

function viewConfirmation(
  confirmation: Confirmation,
  playbook: Playbook | undefined,
  lang: Lang,
): ConfirmationView {
  return {
    party: partyName(confirmation.party, playbook, lang),
    ask: clean(localize(confirmation.ask, lang)),
    why: clean(localize(confirmation.why, lang)),
    onlyIf: confirmation.when ? describeCondition(confirmation.when, playbook, lang) : '',
    followUp: confirmation['follow-up'] ? describeFollowUp(confirmation['follow-up'], playbook, lang) : '',
  };
}

const DURATION = /^([0-9]+)([hdw])$/;

function describeFollowUp(followUp: FollowUp, playbook: Playbook | undefined, lang: Lang): string {
  const t = renderTexts[lang];
  const match = DURATION.exec(followUp.after);
  const after = match ? t.duration(Number(match[1]), match[2] as DurationUnit) : clean(followUp.after);
  const from = followUp.from ? subjectOf(followUp.from, playbook, lang) : undefined;
  return `${t.followUp(after, from)} ${clean(localize(followUp.check, lang))}`;
}

/** A condition in words: the referenced question's prompt and option labels, never ids when avoidable. */
function describeCondition(condition: Condition, playbook: Playbook | undefined, lang: Lang): string {
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

function partyName(id: string, playbook: Playbook | undefined, lang: Lang): string {
  const party = playbook?.parties?.find((p) => p.id === id);
  return party ? clean(localize(party.name, lang)) : clean(id);
}

/** Playbook text may come from anywhere: no escape sequences reach the terminal or the page. */
function clean(text: string): string {
  return stripControl(text).trim();
}
