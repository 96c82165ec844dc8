// `respond start <playbook> --answers FILE`: the same walk-through, driven by a file
// instead of a person, so scripts and tests write exactly the journal a person would.
// Each answer is checked against its question's type; a bad one stops the run with
// AnswerRejected (exit 65) naming it. Anything the file leaves out takes the default
// that Enter would take.
// The file's format and its checks: answers-file.ts.
import { maskCardNumbers } from '../core/mask.js';
import { SITUATIONS } from '../core/playbook/situations.js';
import {
  AnswerRejected,
  type ChooseManyRequest,
  type ChooseRequest,
  type Prompter,
  type TextRequest,
} from './prompter.js';

import { type AnswersFile, type StepAnswers, TRIAGE_ID } from './answers-file.js';

/** `map[key]` when the map itself holds it, whatever its prototype. */
function own<T>(map: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return map !== null && map !== undefined && typeof map === 'object' && Object.hasOwn(map, key)
    ? map[key]
    : undefined;
}

const CONFIRMATION_PARTS = new Map([
  ['', 'answer'],
  ['again', 'answer'],
  // A confirmation whose answer is a text, a date or an amount: the file gives the value as the answer.
  ['value', 'answer'],
  ['who', 'who'],
  ['who-name', 'who'],
  ['channel', 'channel'],
  ['reference', 'reference'],
  ['reference-new', 'reference'],
  ['at', 'at'],
]);

export class AnswersPrompter implements Prompter {
  /** The file gives each record's fields: `batch` questions are asked record by record. */
  readonly recordByRecord = true;
  private readonly recordsStarted = new Map<string, number>();
  private readonly noted = new Set<string>();

  constructor(
    private readonly file: AnswersFile,
    private readonly output: (text: string) => void = () => {},
  ) {}

  say(text: string): void {
    this.output(text);
  }

  choose<T extends string>(request: ChooseRequest<T>): Promise<T> {
    const raw = this.lookup(request.id) ?? undefined; // an empty entry (null) counts as left out
    const values = request.choices.map((c) => c.value as string);
    // Who, how, a reference or a time given for a confirmation: a conversation of its own,
    // recorded as the file says, not folded into the one going on.
    if (values.includes('other-conversation') && !request.id.includes(':') && this.hasDetails(request.id))
      return Promise.resolve('other-conversation' as T);
    if (raw === undefined) {
      if (request.id.endsWith(':more')) return Promise.resolve(this.moreRecords(request.id) as T);
      return Promise.resolve((request.default ?? request.choices[0]?.value) as T);
    }
    const wanted = normalizeChoice(raw, values);
    if (wanted !== undefined) return Promise.resolve(wanted as T);
    // A person or reference not offered yet: take the "someone else" entry, typed next.
    if (values.includes('__new__') && /:(who|reference)$/.test(request.id))
      return Promise.resolve('__new__' as T);
    // The value is echoed on stderr: a full card number typed there is shown as its last 4.
    return Promise.reject(
      new AnswerRejected(
        request.id,
        `"${maskCardNumbers(stringify(raw))}" is not one of: ${values.filter((v) => !v.startsWith('__')).join(', ')}`,
      ),
    );
  }

  chooseMany<T extends string>(request: ChooseManyRequest<T>): Promise<T[]> {
    const raw = this.lookup(request.id) ?? undefined;
    const values = request.choices.map((c) => c.value as string);
    const listed = raw === undefined ? (request.default ?? []) : Array.isArray(raw) ? raw : [raw];
    const picked: string[] = [];
    for (const item of listed) {
      const wanted = normalizeChoice(item, values);
      if (wanted === undefined)
        return Promise.reject(
          new AnswerRejected(
            request.id,
            `"${maskCardNumbers(stringify(item))}" is not one of: ${values.join(', ')}`,
          ),
        );
      picked.push(wanted);
    }
    if (request.required && picked.length === 0)
      return Promise.reject(new AnswerRejected(request.id, `name at least one of: ${values.join(', ')}`));
    return Promise.resolve(values.filter((v) => picked.includes(v)) as T[]);
  }

  text(request: TextRequest): Promise<string> {
    const raw = this.lookup(request.id) ?? undefined;
    const typed = raw === undefined ? (request.default ?? '') : stringify(raw);
    const problem =
      request.validate?.(typed) ??
      (request.required && typed.trim() === '' ? 'an answer is needed' : undefined);
    if (problem !== undefined) return Promise.reject(new AnswerRejected(request.id, problem));
    return Promise.resolve(typed);
  }

  /** Finds the file's value for a prompt id; see the id forms in src/app/session.ts. */
  private lookup(id: string): unknown {
    const colon = id.indexOf(':');
    const base = colon === -1 ? id : id.slice(0, colon);
    const suffix = colon === -1 ? '' : id.slice(colon + 1);
    if (base === TRIAGE_ID && suffix === '') return this.file[TRIAGE_ID];
    if (base === TRIAGE_ID && (SITUATIONS as readonly string[]).includes(suffix))
      return own(this.file.which, suffix);
    const record = /^(.*)\.([a-z0-9-]+)\[(\d+)\]\.([a-z0-9-]+)$/.exec(base);
    if (record) {
      const [, step = '', question = '', index = '0', field = ''] = record;
      this.recordsStarted.set(`${step}.${question}`, Number(index) + 1);
      const list = own(this.step(step)?.answers, question);
      return Array.isArray(list)
        ? own(list[Number(index)] as Record<string, unknown> | undefined, field)
        : undefined;
    }
    if (suffix === 'outcome' || suffix === 'reason' || suffix === 'due' || suffix === 'note')
      return this.outcomePart(base, suffix);
    if (suffix === 'evidence') return evidencePaths(this.step(base)?.evidence);
    const dot = base.lastIndexOf('.');
    const stepKey = base.slice(0, dot);
    const id2 = base.slice(dot + 1);
    const step = this.step(stepKey);
    if (!step) return undefined;
    const confirmation = own(step.confirmations, id2);
    if (confirmation !== undefined) {
      if (confirmation === null) return undefined;
      const part = CONFIRMATION_PARTS.get(suffix);
      return part === undefined ? undefined : own(confirmation, part);
    }
    if (suffix === 'more') return undefined;
    const value = own(step.answers, id2);
    // entry: one-line takes the records as a list ("[A-1, A-2]"), a line, or a list of maps.
    if (suffix === 'list' && Array.isArray(value))
      return value
        .map((entry: unknown) =>
          entry !== null && typeof entry === 'object' ? stringify(Object.values(entry)[0]) : stringify(entry),
        )
        .join(', ');
    return value;
  }

  private outcomePart(stepKey: string, part: string): unknown {
    const step = this.step(stepKey);
    if (!step) return undefined;
    if (part === 'note') return step.note;
    const outcome = step.outcome;
    if (part === 'outcome') {
      // A note is written first, through the outcome menu's "add a note", then the outcome.
      if (step.note !== undefined && !this.noted.has(stepKey)) {
        this.noted.add(stepKey);
        return 'note';
      }
      if (outcome === undefined || typeof outcome === 'string') return outcome;
      return Object.keys(outcome)[0];
    }
    if (typeof outcome === 'object') return part === 'reason' ? outcome.skipped : outcome.waiting;
    return undefined;
  }

  private step(key: string): StepAnswers | undefined {
    return own(this.file.steps, key);
  }

  offersFiles(id: string): boolean {
    return this.lookup(id) !== undefined;
  }

  decidesOutcome(id: string): boolean {
    const step = this.step(id.slice(0, id.lastIndexOf(':')));
    return step?.outcome !== undefined && step.outcome !== null ? true : step?.note !== undefined;
  }

  private hasDetails(id: string): boolean {
    const dot = id.lastIndexOf('.');
    const entry = own(this.step(id.slice(0, dot))?.confirmations, id.slice(dot + 1));
    return ['who', 'channel', 'reference', 'at'].some((key) => own(entry, key) !== undefined);
  }

  private moreRecords(id: string): string {
    const key = id.slice(0, id.indexOf(':'));
    const dot = key.lastIndexOf('.');
    const list = own(this.step(key.slice(0, dot))?.answers, key.slice(dot + 1));
    const count = Array.isArray(list) ? list.length : 0;
    return (this.recordsStarted.get(key) ?? 0) < count ? 'yes' : 'no';
  }
}

function normalizeChoice(raw: unknown, values: readonly string[]): string | undefined {
  if (typeof raw === 'boolean') return [raw ? 'yes' : 'no'].find((v) => values.includes(v));
  const text = stringify(raw).trim();
  if (values.includes(text)) return text;
  const lower = text.toLowerCase();
  if (lower === "don't know" || lower === 'dont-know')
    return values.includes('unknown') ? 'unknown' : undefined;
  const found = values.find((v) => v.toLowerCase() === lower || v === `option:${text}`);
  // A confirmation answered with a text, a date or an amount: the value is asked next.
  if (found === undefined && text !== '' && values.includes('answered')) return 'answered';
  return found;
}

function stringify(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (typeof raw === 'object' && raw !== null && 'amount' in raw) {
    const money = raw as { amount: unknown; currency?: unknown };
    return `${String(money.amount)} ${typeof money.currency === 'string' ? money.currency : ''}`.trim();
  }
  return JSON.stringify(raw) ?? String(raw);
}

/** The file's `evidence:` (a path, or a list of them) as one line of paths, each quoted as a terminal would. */
function evidencePaths(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const paths = list.map((p) => stringify(p)).filter((p) => p.trim() !== '');
  return paths.length === 0 ? undefined : paths.map((p) => `"${p.replace(/["\\$`]/g, '\\$&')}"`).join(' ');
}
