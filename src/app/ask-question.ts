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
import type { Prompter } from './prompter.js';
import { sessionMessages } from './session-messages.js';

export interface AskContext {
  readonly prompter: Prompter;
  readonly lang: Lang;
  /** Read at the moment each answer is parsed: a prompt may wait past midnight. */
  readonly now: () => Date;
  /** Whether a field's own `when` holds now (a records question's fields); all do by default. */
  readonly fieldApplies?: (field: FieldQuestion) => boolean;
}

const SKIP = '__skip__';

export async function askQuestion(
  ctx: AskContext,
  id: string,
  question: Question,
  previous: AnswerValue | undefined,
  /** Saves one field of record `index` the moment it is given. */
  onRecordField?: (index: number, field: string, value: FieldValue) => Promise<void>,
): Promise<AnswerValue | undefined> {
  if (question.type !== 'records') return askField(ctx, id, question, previous);
  const t = sessionMessages[ctx.lang];
  const item = localize(question['item-name'], ctx.lang) || t.itemDefault;
  const records = previous?.kind === 'records' ? [...previous.value] : [];
  ctx.prompter.say(localize(question.prompt, ctx.lang));
  for (let n = records.length; ; n++) {
    if (n >= MAX_RECORDS) {
      ctx.prompter.say(`  ${t.recordsFull(MAX_RECORDS)}`);
      break;
    }
    if (n > 0 || !question.required) {
      const more = await ctx.prompter.choose({
        id: `${id}:more`,
        message: n === 0 ? `${localize(question.prompt, ctx.lang)}` : t.addAnother(item),
        choices: [
          { value: 'yes', label: t.yes },
          { value: 'no', label: t.no },
        ],
        default: n === 0 ? 'yes' : 'no',
      });
      ctx.prompter.settled?.(); // "add another?" saves nothing by itself
      if (more === 'no') break;
    }
    ctx.prompter.say(`— ${t.recordNumber(item, n + 1)}`);
    const record: Record<string, FieldValue> = {};
    for (const field of question.fields) {
      if (ctx.fieldApplies && !ctx.fieldApplies(field)) continue;
      const value = await askField(ctx, `${id}[${n}].${field.id}`, field, undefined);
      if (value === undefined) {
        ctx.prompter.settled?.();
        continue;
      }
      record[field.id] = value;
      // Saved field by field, one small event each: a crash in the middle of a charge keeps
      // what was typed, and the journal grows with the fields, not with their square.
      await onRecordField?.(records.length, field.id, value);
    }
    // An entry left wholly blank is no entry: nothing was saved for it either.
    if (Object.keys(record).length > 0) records.push(record);
  }
  return records.length > 0 ? { kind: 'records', value: records } : undefined;
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
