// A person walking a built-in playbook: answers what a walk scripts (by prompt id), and
// everything else the way a person in a hurry would: Enter where Enter is enough, a
// plausible value where the question needs one, "yes, with a name and a reference" for
// every confirmation. It keeps what it answered, so a test can compare the journal with
// what was actually typed, and it fails on any prompt it cannot place.
import type { EvidenceOffer } from '../../src/app/attach.js';
import type { ChooseManyRequest, ChooseRequest, Prompter, TextRequest } from '../../src/app/prompter.js';
import type { AnswerValue, FieldValue } from '../../src/core/journal/events.js';
import type { Confirmation, FieldQuestion, Question } from '../../src/core/playbook/schema.js';
import type { WalkedTask } from '../../src/core/playbook/walk.js';

/** Who answers for each party the first time (later confirmations offer them again). */
const PEOPLE: Readonly<Record<string, string>> = {
  merchant: 'Sato (ID 4411)',
  carrier: 'Driver desk, Kimura',
  'card-issuer': 'Tanaka',
  processor: 'Payments support #77',
  police: 'Officer Ito',
};

const SKIP = '__skip__';

export interface GivenConfirmation {
  readonly key: string;
  readonly id: string;
  readonly party: string;
  readonly answer: 'yes' | 'no' | 'unknown';
  readonly who: string;
  readonly reference: string;
}

type Located =
  | { kind: 'question'; task: WalkedTask; question: Question }
  | { kind: 'field'; task: WalkedTask; question: Question; field: FieldQuestion; index: number }
  | { kind: 'confirmation'; task: WalkedTask; confirmation: Confirmation };

/** A value a person would type for a question of this type (always valid for it). */
function typedValueFor(question: FieldQuestion, id: string): string {
  switch (question.type) {
    case 'date':
      return '2026-11-20';
    case 'money':
      return '1980 JPY';
    case 'text':
      switch (question.format) {
        case 'card-last4':
          return '4242';
        case 'email':
          return 'me@example.com';
        case 'phone':
          return '03-1234-5678';
        case 'url':
          return 'https://shop.example.com/help';
        default:
          return `typed for ${id}`;
      }
    case 'yesno':
    case 'choice':
      throw new Error(`${id}: not a text question`);
  }
}

/** What the journal should hold for an answer given at a prompt (inputs are canonical). */
function expectedValue(question: FieldQuestion, answer: string): FieldValue | undefined {
  if (answer === SKIP || answer.trim() === '') return undefined;
  switch (question.type) {
    case 'yesno':
      return { kind: 'yesno', value: answer === 'yes' };
    case 'choice':
      return { kind: 'choice', value: answer };
    case 'date':
      return { kind: 'date', value: answer };
    case 'money': {
      const [amount = '', currency = ''] = answer.split(' ');
      return { kind: 'money', value: { amount, currency } };
    }
    case 'text':
      return { kind: 'text', value: answer.trim() };
  }
}

export class PersonaPrompter implements Prompter {
  readonly asked: { id: string; answer: string }[] = [];
  readonly said: string[] = [];
  /** step key → question id → the value the journal should hold. */
  readonly expectedAnswers = new Map<string, Map<string, AnswerValue>>();
  readonly confirmations: GivenConfirmation[] = [];
  /** party → who answered and the reference of the conversation going on with them. */
  private readonly conversations = new Map<string, { who: string; reference: string }>();
  private readonly byKey: ReadonlyMap<string, WalkedTask>;
  private pending:
    { key: string; id: string; party: string; answer: 'yes' | 'no' | 'unknown'; who?: string } | undefined;

  constructor(
    tasks: readonly WalkedTask[],
    private readonly script: Readonly<Record<string, string>> = {},
    private readonly confirmationAnswer: (id: string) => 'yes' | 'no' | 'unknown' | 'not-asked' = () => 'yes',
  ) {
    this.byKey = new Map(tasks.map((t) => [t.key, t]));
  }

  decidesOutcome(id: string): boolean {
    return this.script[id] !== undefined;
  }

  /** A person at a terminal: a step marked `evidence:` offers a file (the walks below press Enter). */
  offersFiles(): boolean {
    return true;
  }

  askedIds(): Set<string> {
    return new Set(this.asked.map((a) => a.id));
  }

  say(text: string): void {
    this.said.push(text);
  }

  choose<T extends string>(request: ChooseRequest<T>): Promise<T> {
    const answer = this.script[request.id] ?? this.chooseFor(request);
    if (!request.choices.some((c) => c.value === answer))
      throw new Error(
        `prompt ${request.id}: "${answer}" is not a choice (${request.choices.map((c) => c.value).join(', ')})`,
      );
    this.remember(
      request.id,
      answer,
      request.choices.some((c) => c.value === 'other-conversation'),
    );
    const batch = /:([a-z0-9-]+):most$/.exec(request.id);
    if (batch) this.batchMost = { field: batch[1] ?? '', value: answer };
    return Promise.resolve(answer as T);
  }

  /**
   * `batch`: the answer for most records, then the ones that differ (a comma list of record
   * indices in the script; none by default). The batched value joins each other record.
   */
  chooseMany<T extends string>(request: ChooseManyRequest<T>): Promise<T[]> {
    const scripted = this.script[request.id];
    const picked =
      scripted === undefined ? [...(request.default ?? [])] : scripted.split(',').filter((s) => s !== '');
    for (const p of picked)
      if (!request.choices.some((c) => c.value === p))
        throw new Error(`prompt ${request.id}: "${p}" is not a choice`);
    this.asked.push({ id: request.id, answer: picked.join(',') });
    const [base, suffix] = splitId(request.id);
    const most = this.batchMost;
    const located = this.locate(base);
    if (
      suffix.endsWith(':except') &&
      most !== undefined &&
      located?.kind === 'question' &&
      located.question.type === 'records'
    ) {
      const field = located.question.fields.find((f) => f.id === most.field);
      const value = field === undefined ? undefined : expectedValue(field, most.value);
      const step = this.expectedAnswers.get(located.task.key) ?? new Map<string, AnswerValue>();
      this.expectedAnswers.set(located.task.key, step);
      const before = step.get(located.question.id);
      const next = [...(before?.kind === 'records' ? before.value : [])];
      for (const c of request.choices) {
        if (picked.includes(c.value) || value === undefined) continue;
        const i = Number(c.value);
        next[i] = { ...(next[i] ?? {}), [most.field]: value };
      }
      step.set(located.question.id, { kind: 'records', value: next });
    }
    return Promise.resolve(picked as T[]);
  }

  private batchMost: { field: string; value: string } | undefined;

  text(request: TextRequest): Promise<string> {
    const answer = this.script[request.id] ?? this.textFor(request);
    const problem = request.validate?.(answer);
    if (problem !== undefined) throw new Error(`prompt ${request.id}: "${answer}" was refused: ${problem}`);
    this.remember(request.id, answer);
    return Promise.resolve(answer);
  }

  private chooseFor<T extends string>(request: ChooseRequest<T>): string {
    const [base, suffix] = splitId(request.id);
    if (suffix === 'outcome') return 'done';
    if (suffix === 'more') return this.asked.some((a) => a.id.startsWith(`${base}[0].`)) ? 'no' : 'yes';
    if (suffix === 'channel') return 'phone';
    if (suffix === 'reference') return '__new__';
    if (suffix === 'who') return request.default ?? '__new__';
    const located = this.locate(base);
    if (located?.kind === 'confirmation' && (suffix === '' || suffix === 'again')) {
      const answer = this.confirmationAnswer(request.id);
      // A confirmation whose answer is a text, a date or a choice: "yes" is "they told me".
      const typed = request.choices.find((c) => c.value === 'answered' || c.value.startsWith('option:'));
      return answer === 'yes' && typed !== undefined ? typed.value : answer;
    }
    return request.default ?? request.choices[0]?.value ?? '';
  }

  private textFor(request: TextRequest): string {
    const [base, suffix] = splitId(request.id);
    const located = this.locate(base);
    if (suffix === 'who-name' && located?.kind === 'confirmation')
      return PEOPLE[located.confirmation.party] ?? 'someone';
    if (suffix === 'reference-new' && located?.kind === 'confirmation') return `R-${located.confirmation.id}`;
    if (suffix === 'at') return '';
    if (suffix === 'list') return 'A-1001, A-1002';
    if (suffix === 'value' && located?.kind === 'confirmation')
      return located.confirmation.answer === 'date'
        ? '2026-12-20'
        : located.confirmation.answer === 'money'
          ? '1980 JPY'
          : `told for ${request.id}`;
    if (suffix !== '') return request.default ?? '';
    if (located?.kind === 'question' && located.question.type !== 'records')
      return typedValueFor(located.question, request.id);
    if (located?.kind === 'field') return typedValueFor(located.field, request.id);
    throw new Error(`cannot place the text prompt ${request.id}`);
  }

  private remember(id: string, answer: string, inConversation = false): void {
    this.asked.push({ id, answer });
    const [base, suffix] = splitId(id);
    const located = this.locate(base);
    if (located?.kind === 'confirmation') {
      this.rememberConfirmation(located, suffix, answer, inConversation);
      return;
    }
    if (suffix === 'list' && located?.kind === 'question' && located.question.type === 'records') {
      // entry: one-line: every record's one field, typed at once.
      const field = located.question.fields[0]?.id ?? '';
      const parts = answer.split(/[\s,、，;；]+/u).filter((p) => p !== '');
      if (parts.length === 0) return;
      const step = this.expectedAnswers.get(located.task.key) ?? new Map<string, AnswerValue>();
      this.expectedAnswers.set(located.task.key, step);
      step.set(located.question.id, {
        kind: 'records',
        value: parts.map((p) => ({ [field]: { kind: 'text', value: p } })),
      });
      return;
    }
    if (suffix !== '' || located === undefined) return;
    const step = this.expectedAnswers.get(located.task.key) ?? new Map<string, AnswerValue>();
    this.expectedAnswers.set(located.task.key, step);
    if (located.kind === 'question' && located.question.type !== 'records') {
      const value = expectedValue(located.question, answer);
      if (value) step.set(located.question.id, value);
    } else if (located.kind === 'field') {
      const value = expectedValue(located.field, answer);
      const before = step.get(located.question.id);
      const records = before?.kind === 'records' ? before.value : [];
      // A field left for now saves nothing: no record is begun for it.
      if (value === undefined && records[located.index] === undefined) return;
      const record = { ...(records[located.index] ?? {}) };
      if (value) record[located.field.id] = value;
      const next = [...records];
      next[located.index] = record;
      step.set(located.question.id, { kind: 'records', value: next });
    }
  }

  private rememberConfirmation(
    located: Extract<Located, { kind: 'confirmation' }>,
    suffix: string,
    answer: string,
    inConversation: boolean,
  ): void {
    const { task, confirmation } = located;
    const conversation = this.conversations.get(confirmation.party);
    if (answer === 'answered' || answer.startsWith('option:')) answer = 'yes';
    if (suffix === '' && inConversation && conversation !== undefined && answer !== 'not-asked') {
      // The same call or chat: its who and reference were given at its first confirmation.
      this.pending = undefined;
      this.confirmations.push({
        key: task.key,
        id: confirmation.id,
        party: confirmation.party,
        answer: answer as 'yes' | 'no' | 'unknown',
        ...conversation,
      });
      return;
    }
    if (suffix === '') {
      this.pending =
        answer === 'not-asked'
          ? undefined
          : {
              key: task.key,
              id: confirmation.id,
              party: confirmation.party,
              answer: answer as 'yes' | 'no' | 'unknown',
            };
    } else if ((suffix === 'who' && answer !== '__new__') || suffix === 'who-name') {
      if (this.pending) this.pending.who = answer;
    } else if ((suffix === 'reference' && answer !== '__new__') || suffix === 'reference-new') {
      if (this.pending) {
        this.confirmations.push({ ...this.pending, who: this.pending.who ?? '', reference: answer });
        this.conversations.set(this.pending.party, { who: this.pending.who ?? '', reference: answer });
      }
    }
  }

  /** The question, record field or confirmation a prompt id names. */
  private locate(base: string): Located | undefined {
    const record = /^(.+)\.([a-z0-9-]+)\[(\d+)\]\.([a-z0-9-]+)$/.exec(base);
    if (record) {
      const [, key = '', questionId = '', index = '0', fieldId = ''] = record;
      const task = this.byKey.get(key);
      const question = task?.step.questions?.find((q) => q.id === questionId);
      const field = question?.type === 'records' ? question.fields.find((f) => f.id === fieldId) : undefined;
      return task && question && field
        ? { kind: 'field', task, question, field, index: Number(index) }
        : undefined;
    }
    const dot = base.lastIndexOf('.');
    const task = this.byKey.get(base.slice(0, dot));
    const id = base.slice(dot + 1);
    const question = task?.step.questions?.find((q) => q.id === id);
    if (task && question) return { kind: 'question', task, question };
    const confirmation = task?.step.confirmations?.find((c) => c.id === id);
    return task && confirmation ? { kind: 'confirmation', task, confirmation } : undefined;
  }
}

function splitId(id: string): [string, string] {
  const colon = id.indexOf(':');
  return colon === -1 ? [id, ''] : [id.slice(0, colon), id.slice(colon + 1)];
}

/**
 * The walk-through's offer of a file, as a person with nothing at hand meets it: one prompt,
 * Enter. The persona figures count it as the terminal shows it.
 */
export const ENTER_AT_EVIDENCE: EvidenceOffer = {
  offer: async (_kind, step, prompter) => {
    await prompter.text({ id: `${step}:evidence`, message: 'Keep the screenshot with this case?' });
  },
};
