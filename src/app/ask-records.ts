// A records question, three ways: "add another?" one record at a time (resuming a record cut
// short), every record's one field on one line (order numbers), or for each record of a list
// fact, asking only the fields still missing. Each field is saved the moment it is given.
import { localize, type Lang } from '../core/i18n.js';
import { MAX_RECORDS, type AnswerValue, type FieldValue } from '../core/journal/events.js';
import type { FieldQuestion, Question } from '../core/playbook/schema.js';

import { describeValue } from '../core/report/timeline.js';
import { guideMessages } from './guide-messages.js';
import { sessionMessages } from './session-messages.js';

import { askField, textParser, type AskContext } from './ask-field.js';

type Records = Record<string, FieldValue>[];
/** Saves one field of record `index` the moment it is given. */
export type OnRecordField = (index: number, field: string, value: FieldValue) => Promise<void>;

export async function askRecords(
  ctx: AskContext,
  id: string,
  question: Extract<Question, { type: 'records' }>,
  previous: AnswerValue | undefined,
  onRecordField: OnRecordField | undefined,
): Promise<AnswerValue | undefined> {
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
  const batched = await askBatch(ctx, id, question, item, list, save);
  const result: Records = [];
  for (const [index, known] of batched.entries()) {
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

/**
 * `batch: status`: one field asked for the whole list, as a person would answer it for 8
 * orders: the answer for most of them, then a tick for the ones that differ, which the
 * record-by-record walk then asks. Returns the list with the batched answers joined. Only
 * where a person answers (an answers file gives each record's own) and from 3 records on.
 */
async function askBatch(
  ctx: AskContext,
  id: string,
  question: Extract<Question, { type: 'records' }>,
  item: string,
  list: readonly Readonly<Record<string, FieldValue>>[],
  save: OnRecordField,
): Promise<readonly Readonly<Record<string, FieldValue>>[]> {
  const field = question.fields.find((f) => f.id === question.batch);
  if (field === undefined || (field.type !== 'choice' && field.type !== 'yesno')) return list;
  if (ctx.prompter.recordByRecord === true || ctx.prompter.chooseMany === undefined) return list;
  const open = [...list.keys()].filter((i) => {
    const known = list[i] ?? {};
    return !Object.hasOwn(known, field.id) && (ctx.fieldApplies?.(field, known) ?? true);
  });
  if (open.length < 3) return list;
  const t = sessionMessages[ctx.lang];
  const g = guideMessages[ctx.lang];
  const options =
    field.type === 'choice'
      ? field.options.map((o) => ({ value: o.id, label: localize(o.label, ctx.lang) }))
      : [
          { value: 'yes', label: t.yes },
          { value: 'no', label: t.no },
        ];
  // No default that hopes: the first option, which the playbooks make the cautious one.
  const most = await ctx.prompter.choose({
    id: `${id}:${field.id}:most`,
    message: g.batchMost(localize(field.prompt, ctx.lang), item, open.length),
    choices: options,
    default: options[0]?.value,
  });
  const label = options.find((o) => o.value === most)?.label ?? most;
  const except = await ctx.prompter.chooseMany({
    id: `${id}:${field.id}:except`,
    message: g.batchExcept(item, label),
    choices: open.map((i) => ({
      value: String(i),
      label: `${i + 1}. ${recordLine(list[i] ?? {}, ctx.lang)}`,
    })),
    default: [],
  });
  const value: FieldValue =
    field.type === 'choice' ? { kind: 'choice', value: most } : { kind: 'yesno', value: most === 'yes' };
  const joined = [...list];
  for (const i of open) {
    if (except.includes(String(i))) continue;
    await save(i, field.id, value);
    joined[i] = { ...(list[i] ?? {}), [field.id]: value };
  }
  return joined;
}
