// The blank checklist as plain data: every text localized, cleaned of control characters,
// and every condition worded for a person. render.ts prints it as text or Markdown, so both
// formats say exactly the same thing.
import { helplineLines } from '../helplines/directory.js';
import { collectParties } from './parties.js';
import { localize, type Lang, type Text } from '../i18n.js';
import { renderTexts } from './render-messages.js';
import type { Confirmation, FieldQuestion, Party, Playbook, Question } from './schema.js';
import { walkPlaybook, type ScopedCondition, type WalkedStep } from './walk.js';
import { clean, describeCondition, describeFollowUp, partyName } from './describe-condition.js';

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
