// Asks one playbook question with the prompt that fits its type and returns the typed
// value, or undefined when the person leaves it for now. Parsing lives in core; here the
// problems become the person's language.
import { localize, type Lang } from '../core/i18n.js';
import { formatLocalDate } from '../core/journal/timestamp.js';
import { MAX_RECORDS, type AnswerValue, type FieldValue } from '../core/journal/events.js';
import type { FieldQuestion, Question, TEXT_FORMATS } from '../core/playbook/schema.js';

type TextFormat = (typeof TEXT_FORMATS)[number];
import {
  parseDate,
  parseEmail,
  parseLast4,
  parseMoney,
  parsePhone,
  parseUrl,
  type Parsed,
} from '../core/session/parse-answer.js';
import { showDateValue } from '../core/session/parse-date.js';
import { describeValue } from '../core/report/timeline.js';
import { guideMessages } from './guide-messages.js';
import type { Prompter } from './prompter.js';
import { sessionMessages } from './session-messages.js';

export interface AskContext {
  readonly prompter: Prompter;
  readonly lang: Lang;
  /** Read at the moment each answer is parsed: a prompt may wait past midnight. */
  readonly now: () => Date;
  /** Whether a field's own `when` holds now, for this record; all do by default. */
  readonly fieldApplies?: (field: FieldQuestion, record: Readonly<Record<string, FieldValue>>) => boolean;
  /** How many records to expect (a count told earlier): "add another?" says yes until then. */
  readonly expected?: number;
  /** The records of the list a for-each question goes through. */
  readonly list?: readonly Readonly<Record<string, FieldValue>>[];
  /** The walk was resumed inside this step: a record cut short is continued, not begun again. */
  readonly resumed?: boolean;
}

type Records = Record<string, FieldValue>[];
/** Saves one field of record `index` the moment it is given. */
type OnRecordField = (index: number, field: string, value: FieldValue) => Promise<void>;

const SKIP = '__skip__';

export async function askQuestion(
  ctx: AskContext,
  id: string,
  question: Question,
  previous: AnswerValue | undefined,
  onRecordField?: OnRecordField,
): Promise<AnswerValue | undefined> {
  if (question.type !== 'records') return askField(ctx, id, question, previous);
  const save: OnRecordField = onRecordField ?? (() => Promise.resolve());
  const records = previous?.kind === 'records' ? [...previous.value] : [];
  const t = sessionMessages[ctx.lang];
  const item = localize(question['item-name'], ctx.lang) || t.itemDefault;
  let result: Records;
  if (question['for-each'] !== undefined && (ctx.list?.length ?? 0) > 0)
    result = await forEachRecord(ctx, id, question, item, ctx.list ?? [], save);
  else {
    if (question['for-each'] !== undefined) ctx.prompter.say(`  ${guideMessages[ctx.lang].noneYet(item)}`);
    result =
      question.entry === 'one-line'
        ? await oneLine(ctx, id, question, item, records, save)
        : await oneByOne(ctx, id, question, item, records, save);
  }
  return result.length > 0 ? { kind: 'records', value: result } : undefined;
}

/** A record's values in a line: "A-1001 · 1980 JPY". */
function recordLine(record: Readonly<Record<string, FieldValue>>, lang: Lang): string {
  return Object.values(record)
    .map((v) => describeValue(v, lang))
    .join(' · ');
}

/** Asks the fields of one record from field `from` on; returns what was given. */
async function askRecordFields(
  ctx: AskContext,
  id: string,
  fields: readonly FieldQuestion[],
  known: Readonly<Record<string, FieldValue>>,
  save: (field: string, value: FieldValue) => Promise<void>,
  from = 0,
): Promise<Record<string, FieldValue>> {
  const record: Record<string, FieldValue> = { ...known };
  for (const field of fields.slice(from)) {
    if (Object.hasOwn(record, field.id)) continue; // told already: shown, never retyped
    if (ctx.fieldApplies && !ctx.fieldApplies(field, record)) continue;
    const value = await askField(ctx, `${id}.${field.id}`, field, undefined);
    if (value === undefined) {
      ctx.prompter.settled?.();
      continue;
    }
    record[field.id] = value;
    // Saved field by field, one small event each: a crash in the middle of a charge keeps
    // what was typed, and the journal grows with the fields, not with their square.
    await save(field.id, value);
  }
  return record;
}

/** "Add another?" one record at a time; resuming continues a record cut short. */
async function oneByOne(
  ctx: AskContext,
  id: string,
  question: Extract<Question, { type: 'records' }>,
  item: string,
  records: Records,
  save: OnRecordField,
): Promise<Records> {
  const t = sessionMessages[ctx.lang];
  const g = guideMessages[ctx.lang];
  ctx.prompter.say(localize(question.prompt, ctx.lang));
  if (records.length > 0) {
    ctx.prompter.say(`  ${g.savedRecords(item, records.length)}`);
    records.forEach((r, i) =>
      ctx.prompter.say(`  ${t.recordNumber(item, i + 1)}: ${recordLine(r, ctx.lang)}`),
    );
    const last = records.length - 1;
    const lastRecord = records[last] ?? {};
    const lastField = Math.max(
      ...Object.keys(lastRecord).map((k) => question.fields.findIndex((f) => f.id === k)),
    );
    if (ctx.resumed === true && lastField < question.fields.length - 1) {
      ctx.prompter.say(g.continueRecord(item, last + 1));
      records[last] = await askRecordFields(
        ctx,
        `${id}[${last}]`,
        question.fields,
        lastRecord,
        (field, value) => save(last, field, value),
        lastField + 1,
      );
    }
  }
  for (let n = records.length; ; n++) {
    if (n >= MAX_RECORDS) {
      ctx.prompter.say(`  ${t.recordsFull(MAX_RECORDS)}`);
      break;
    }
    if (n > 0 || !question.required) {
      // No default that hopes: while fewer than the expected number are given, Enter adds
      // another; with no number to go by, there is no default at all.
      const expected = ctx.expected;
      const more = await ctx.prompter.choose({
        id: `${id}:more`,
        message: n === 0 ? `${localize(question.prompt, ctx.lang)}` : t.addAnother(item),
        choices: [
          { value: 'yes', label: t.yes },
          { value: 'no', label: t.no },
        ],
        default: n === 0 ? 'yes' : expected === undefined ? undefined : n < expected ? 'yes' : 'no',
      });
      ctx.prompter.settled?.(); // "add another?" saves nothing by itself
      if (more === 'no') break;
    }
    ctx.prompter.say(`— ${t.recordNumber(item, n + 1)}`);
    const index = records.length;
    const record = await askRecordFields(ctx, `${id}[${n}]`, question.fields, {}, (field, value) =>
      save(index, field, value),
    );
    // An entry left wholly blank is no entry: nothing was saved for it either.
    if (Object.keys(record).length > 0) records.push(record);
  }
  return records;
}

/** Every record's one field typed on one line: "A-1001, A-1002 A-1003". */
async function oneLine(
  ctx: AskContext,
  id: string,
  question: Extract<Question, { type: 'records' }>,
  item: string,
  records: Records,
  save: OnRecordField,
): Promise<Records> {
  const t = sessionMessages[ctx.lang];
  const g = guideMessages[ctx.lang];
  const field = question.fields[0];
  if (field === undefined || field.type !== 'text') return records;
  if (records.length > 0)
    ctx.prompter.say(
      `  ${g.savedRecords(item, records.length)}: ${records.map((r) => recordLine(r, ctx.lang)).join(', ')}`,
    );
  const parse = textParser(field.format);
  const typed = await ctx.prompter.text({
    id: `${id}:list`,
    message: `${localize(question.prompt, ctx.lang)}${question.help ? `\n  ${localize(question.help, ctx.lang)}` : ''} (${g.oneLineHint})`,
    required: question.required === true && records.length === 0,
    validate: (input) => {
      const parts = splitList(input);
      if (parts.length === 0)
        return question.required === true && records.length === 0 ? t.problems.required : undefined;
      if (records.length + parts.length > MAX_RECORDS) return t.recordsFull(MAX_RECORDS);
      const bad = parts.map(parse).find((p) => !p.ok);
      return bad === undefined || bad.ok ? undefined : t.problems[bad.problem];
    },
  });
  for (const part of splitList(typed)) {
    const parsed = parse(part);
    if (!parsed.ok || records.length >= MAX_RECORDS) continue;
    const value: FieldValue = { kind: 'text', value: parsed.value };
    await save(records.length, field.id, value);
    records.push({ [field.id]: value });
  }
  if (splitList(typed).length === 0) ctx.prompter.settled?.();
  return records;
}

/** Spaces, commas (also 、 and full-width ones) and new lines separate the entries. */
function splitList(input: string): string[] {
  return input
    .split(/[\s,、，;；]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** "For each order": the record's known fields shown, the others asked and added to it. */
async function forEachRecord(
  ctx: AskContext,
  id: string,
  question: Extract<Question, { type: 'records' }>,
  item: string,
  list: readonly Readonly<Record<string, FieldValue>>[],
  save: OnRecordField,
): Promise<Records> {
  const g = guideMessages[ctx.lang];
  ctx.prompter.say(localize(question.prompt, ctx.lang));
  const result: Records = [];
  for (const [index, known] of list.entries()) {
    const missing = question.fields.filter(
      (f) => !Object.hasOwn(known, f.id) && (ctx.fieldApplies?.(f, known) ?? true),
    );
    if (missing.length > 0)
      ctx.prompter.say(g.eachRecord(item, index + 1, list.length, recordLine(known, ctx.lang)));
    const record = await askRecordFields(ctx, `${id}[${index}]`, question.fields, known, (field, value) =>
      save(index, field, value),
    );
    result.push(record);
  }
  return result;
}

async function askField(
  ctx: AskContext,
  id: string,
  question: FieldQuestion,
  previous: AnswerValue | undefined,
): Promise<FieldValue | undefined> {
  const t = sessionMessages[ctx.lang];
  const message =
    localize(question.prompt, ctx.lang) + (question.help ? `\n  ${localize(question.help, ctx.lang)}` : '');
  const required = question.required === true;
  const skip = required ? [] : [{ value: SKIP, label: t.skipAnswer }];
  switch (question.type) {
    case 'yesno': {
      const before = previous?.kind === 'yesno' ? (previous.value ? 'yes' : 'no') : undefined;
      const answer = await ctx.prompter.choose({
        id,
        message,
        choices: [{ value: 'yes', label: t.yes }, { value: 'no', label: t.no }, ...skip],
        default: before ?? (required ? 'yes' : SKIP),
      });
      return answer === SKIP ? undefined : { kind: 'yesno', value: answer === 'yes' };
    }
    case 'choice': {
      const before = previous?.kind === 'choice' ? previous.value : undefined;
      const answer = await ctx.prompter.choose({
        id,
        message,
        choices: [
          ...question.options.map((o) => ({ value: o.id, label: localize(o.label, ctx.lang) })),
          ...skip,
        ],
        default: before ?? (required ? question.options[0]?.id : SKIP),
      });
      return answer === SKIP ? undefined : { kind: 'choice', value: answer };
    }
    case 'date': {
      // Any form people write a date in, with a time if they know it; the hint says so, and
      // the ✔ line shows how it was read (03/04/2026 → 2026-03-04).
      const before = previous?.kind === 'date' ? showDateValue(previous.value) : undefined;
      const parse = (s: string) => parseDate(s, formatLocalDate(ctx.now()), { withTime: true });
      const value = await askParsed(ctx, id, message, required, before, parse, {
        show: showDateValue,
        hint: sessionMessages[ctx.lang].dateHint,
      });
      return value === undefined ? undefined : { kind: 'date', value };
    }
    case 'money': {
      const currency = question.currency ?? (ctx.lang === 'ja' ? 'JPY' : undefined);
      const before =
        previous?.kind === 'money' ? `${previous.value.amount} ${previous.value.currency}` : undefined;
      const value = await askParsed(ctx, id, message, required, before, (s) => parseMoney(s, currency));
      return value === undefined ? undefined : { kind: 'money', value };
    }
    case 'text': {
      const before = previous?.kind === 'text' ? previous.value : undefined;
      const parse = textParser(question.format);
      const value = await askParsed(ctx, id, message, required, before, parse);
      return value === undefined ? undefined : { kind: 'text', value };
    }
  }
}

function textParser(format: TextFormat | undefined): (s: string) => Parsed<string> {
  switch (format) {
    case 'card-last4':
      return parseLast4;
    case 'email':
      return parseEmail;
    case 'phone':
      return parsePhone;
    case 'url':
      return parseUrl;
    case 'plain':
    case 'multiline':
    case 'reference':
    case undefined:
      return (s) => ({ ok: true, value: s.trim() });
  }
}

/** A text prompt whose answer must parse; empty means "leave it for now" unless required. */
async function askParsed<T>(
  ctx: AskContext,
  id: string,
  message: string,
  required: boolean,
  before: string | undefined,
  parse: (input: string) => Parsed<T>,
  /**
   * `show`: how the ✔ line shows an accepted answer that reads differently from what was
   * typed; `hint`: said after the question while it is asked.
   */
  extra: { show?: (value: T) => string; hint?: string } = {},
): Promise<T | undefined> {
  const { show, hint: forms } = extra;
  const t = sessionMessages[ctx.lang];
  const hint = required ? '' : ` (${t.optionalHint})`;
  const shown = (typed: string): string => {
    const parsed = show && typed.trim() !== '' ? parse(typed) : undefined;
    if (show === undefined || parsed?.ok !== true) return typed;
    const read = show(parsed.value);
    return read === typed.trim() ? read : `${read} (${typed.trim()})`;
  };
  const answer = await ctx.prompter.text({
    id,
    message: message + hint,
    default: before,
    required,
    ...(show === undefined ? {} : { shown }),
    ...(forms === undefined ? {} : { hint: forms }),
    validate: (input) => {
      if (input.trim() === '') return required ? t.problems.required : undefined;
      const parsed = parse(input);
      return parsed.ok ? undefined : t.problems[parsed.problem];
    },
  });
  if (answer.trim() === '') return undefined;
  const parsed = parse(answer);
  return parsed.ok ? parsed.value : undefined;
}
