// `respond start <playbook> --answers FILE`: the same walk-through, driven by a file
// instead of a person, so scripts and tests write exactly the journal a person would.
// Each answer is checked against its question's type; a bad one stops the run with
// AnswerRejected (exit 65) naming it. Anything the file leaves out takes the default
// that Enter would take.
//
//   what-happened: [order-mails, gave-away]   # `respond start` without a playbook: the situations
//   which: { order-mails: my-shop }           # when several playbooks answer one situation
//   steps:
//     <step-key>:                         # "check-orders", or "stop-it/ask-merchant" inside an include
//       answers: { <question-id>: value } # records: a list of maps of field id → value
//       confirmations:
//         <confirmation-id>: { answer: yes|no|unknown, who: ..., channel: phone, reference: ..., at: "2026-11-20 14:05" }
//       note: text
//       outcome: done | later | { skipped: reason } | { waiting: YYYY-MM-DD }
// yaml is imported statically: this module is itself loaded lazily, and a dynamic
// import('yaml') of that CommonJS package yields only its default export once bundled.
import { parseDocument } from 'yaml';
import { MAX_RECORDS } from '../core/journal/events.js';
import { maskCardNumbers } from '../core/mask.js';
import { SITUATIONS } from '../core/playbook/situations.js';
import {
  AnswerRejected,
  type ChooseManyRequest,
  type ChooseRequest,
  type Prompter,
  type TextRequest,
} from './prompter.js';

/** A tag ("!shout") the file uses: nothing in an answers file needs one. */
export class UnsupportedTag extends Error {
  constructor(
    readonly tag: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(`line ${line}, column ${col}: the tag ${tag} is not supported`);
    this.name = 'UnsupportedTag';
  }
}

/**
 * Parses an answers file (YAML, so JSON too); aliases are refused, duplicate keys are
 * errors, and so is an unknown tag, which yaml's parse() would only print as a Node
 * warning block on stderr while keeping the text.
 */
export function parseAnswersText(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true });
  const [error] = doc.errors;
  if (error) throw error;
  const [warning] = doc.warnings;
  if (warning) {
    const at = warning.linePos?.[0] ?? { line: 1, col: 1 };
    if (warning.code === 'TAG_RESOLVE_FAILED')
      throw new UnsupportedTag(/Unresolved tag: (\S+)/.exec(warning.message)?.[1] ?? '?', at.line, at.col);
    throw new Error(warning.message);
  }
  return withoutPrototypes(doc.toJS({ maxAliasCount: 0 }));
}

/**
 * Maps as objects without a prototype: ids are the file's keys, and a step or question
 * named "constructor" must find only what the file says, never Object.prototype's.
 */
function withoutPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypes);
  if (value === null || typeof value !== 'object') return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, inner] of Object.entries(value)) out[key] = withoutPrototypes(inner);
  return out;
}

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

export interface StepAnswers {
  readonly answers?: Readonly<Record<string, unknown>>;
  readonly confirmations?: Readonly<Record<string, Readonly<Record<string, unknown>> | null>>;
  readonly note?: string;
  readonly outcome?: string | Readonly<Record<string, unknown>>;
}

export interface AnswersFile {
  readonly steps: Readonly<Record<string, StepAnswers>>;
  readonly 'what-happened'?: string | readonly string[];
  readonly which?: Readonly<Record<string, string>>;
}

/** The prompt id of "What happened?"; "what-happened:<situation>" asks which playbook of several. */
export const TRIAGE_ID = 'what-happened';

/** Entries (map keys and list items, at any depth) one answers file may hold. */
export const MAX_ANSWER_ENTRIES = 50_000;

/** Counts map keys and list items, stopping as soon as there are more than `limit`. */
function countEntries(data: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0 && count <= limit) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    const children: unknown[] = Array.isArray(value)
      ? (value as unknown[])
      : Object.values(value as Record<string, unknown>);
    count += children.length;
    stack.push(...children.slice(0, limit + 1));
  }
  return count;
}

/**
 * Checks the file's shape; returns one problem per bad entry ("steps.x.outcome: ..."). The
 * step keys are checked only when known (the triage decides them after the file is read).
 */
export function checkAnswersShape(
  data: unknown,
  stepKeys: ReadonlySet<string> | undefined,
): { file: AnswersFile } | { problems: string[] } {
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { problems: ['the file must be a map with a "steps" key'] };
  if (countEntries(data, MAX_ANSWER_ENTRIES) > MAX_ANSWER_ENTRIES)
    return {
      problems: [`the file holds more than ${MAX_ANSWER_ENTRIES} entries; a run never needs that many`],
    };
  const steps = (data as Record<string, unknown>).steps;
  if (typeof steps !== 'object' || steps === null || Array.isArray(steps))
    return { problems: ['"steps" must be a map of step keys'] };
  const situations = (data as Record<string, unknown>)[TRIAGE_ID];
  const known = new Set<string>(SITUATIONS);
  if (
    situations !== undefined &&
    !(
      (typeof situations === 'string' && known.has(situations)) ||
      (Array.isArray(situations) && situations.every((s) => typeof s === 'string' && known.has(s)))
    )
  )
    problems.push(`${TRIAGE_ID}: must be a list of: ${SITUATIONS.join(', ')}`);
  const which = (data as Record<string, unknown>).which;
  if (
    which !== undefined &&
    (typeof which !== 'object' ||
      which === null ||
      Array.isArray(which) ||
      Object.entries(which).some(([k, v]) => !known.has(k) || typeof v !== 'string'))
  )
    problems.push(`which: must map a situation to a playbook id, e.g. "order-mails: fraud-order"`);
  for (const [key, value] of Object.entries(steps as Record<string, unknown>)) {
    // Keys are echoed on stderr: a full card number typed as one is shown as its last 4.
    const shown = maskCardNumbers(key);
    if (stepKeys !== undefined && !stepKeys.has(key))
      problems.push(
        `steps.${shown}: no step has this key (known: ${[...stepKeys].slice(0, 6).join(', ')}${stepKeys.size > 6 ? ', …' : ''})`,
      );
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`steps.${shown}: must be a map (answers, confirmations, note, outcome)`);
      continue;
    }
    for (const field of Object.keys(value)) {
      if (!['answers', 'confirmations', 'note', 'outcome'].includes(field))
        problems.push(
          `steps.${shown}.${maskCardNumbers(field)}: unknown key (use answers, confirmations, note or outcome)`,
        );
    }
    const answers = (value as Record<string, unknown>).answers;
    if (typeof answers === 'object' && answers !== null && !Array.isArray(answers)) {
      for (const [question, list] of Object.entries(answers)) {
        if (Array.isArray(list) && list.length > MAX_RECORDS)
          problems.push(
            `steps.${shown}.answers.${maskCardNumbers(question)}: ${list.length} entries; one question keeps at most ${MAX_RECORDS}`,
          );
      }
    }
    // Only outcomes that move on: "back" or "note" as an outcome would ask the same step forever.
    const outcome = (value as Record<string, unknown>).outcome;
    const validOutcome =
      outcome === undefined ||
      outcome === null ||
      outcome === 'done' ||
      outcome === 'later' ||
      (typeof outcome === 'object' &&
        !Array.isArray(outcome) &&
        Object.keys(outcome).length === 1 &&
        ('skipped' in outcome || 'waiting' in outcome));
    if (!validOutcome)
      problems.push(
        `steps.${shown}.outcome: must be done, later, { skipped: why } or { waiting: YYYY-MM-DD }`,
      );
  }
  return problems.length > 0 ? { problems } : { file: data as AnswersFile };
}

export class AnswersPrompter implements Prompter {
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
