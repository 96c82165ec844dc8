// Asks one field-type question (yes/no, text, choice, date, money) with the prompt that fits
// its type, and returns the typed value, or undefined when the person leaves it for now.
// Parsing lives in core; here the problems become the person's language.
import { defaultCurrency, orderForRegion, PHONE_EXAMPLES, type Region } from '../core/region.js';
import { localize, type Lang } from '../core/i18n.js';
import { formatLocalDate } from '../core/journal/timestamp.js';
import { type AnswerValue, type FieldValue } from '../core/journal/events.js';
import type { FieldQuestion, TEXT_FORMATS } from '../core/playbook/schema.js';

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
  /** Whether a field's own `when` holds now, for this record; all do by default. */
  readonly fieldApplies?: (field: FieldQuestion, record: Readonly<Record<string, FieldValue>>) => boolean;
  /** How many records to expect (a count told earlier): "add another?" says yes until then. */
  readonly expected?: number;
  /** The records of the list a for-each question goes through. */
  readonly list?: readonly Readonly<Record<string, FieldValue>>[];
  /** The walk was resumed inside this step: a record cut short is continued, not begun again. */
  readonly resumed?: boolean;
  /** The day a date question's spans count from (its `counts-from`), when that date is known. */
  readonly countsFrom?: (ref: string | undefined) => string | undefined;
  /** Where the case's person lives: an amount typed without a currency is in its money. */
  readonly region?: Region;
}

const SKIP = '__skip__';

export async function askField(
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
      // Card brands in the order of where the person lives (JCB early in Japan).
      const options = orderForRegion(question.options, ctx.region);
      const answer = await ctx.prompter.choose({
        id,
        message,
        choices: [...options.map((o) => ({ value: o.id, label: localize(o.label, ctx.lang) })), ...skip],
        default: before ?? (required ? options[0]?.id : SKIP),
      });
      return answer === SKIP ? undefined : { kind: 'choice', value: answer };
    }
    case 'date': {
      // Any form people write a date in, with a time if they know it; the hint says so, and
      // the ✔ line shows how it was read (03/04/2026 → 2026-03-04).
      const before = previous?.kind === 'date' ? showDateValue(previous.value) : undefined;
      const from = ctx.countsFrom?.(question['counts-from']);
      const parse = (s: string) => parseDate(s, formatLocalDate(ctx.now()), { withTime: true, from });
      const value = await askParsed(ctx, id, message, required, before, parse, {
        show: showDateValue,
        hint: from === undefined ? t.dateHint : t.dateSpanHint(from),
      });
      return value === undefined ? undefined : { kind: 'date', value };
    }
    case 'money': {
      const currency = defaultCurrency(question.currency, ctx.region, ctx.lang);
      const before =
        previous?.kind === 'money' ? `${previous.value.amount} ${previous.value.currency}` : undefined;
      const value = await askParsed(ctx, id, message, required, before, (s) => parseMoney(s, currency));
      return value === undefined ? undefined : { kind: 'money', value };
    }
    case 'text': {
      const before = previous?.kind === 'text' ? previous.value : undefined;
      const parse = textParser(question.format);
      // A phone number's example is one from where the person lives (0120-… is Japanese).
      const hint =
        question.format === 'phone'
          ? t.phoneHint(ctx.region === undefined ? undefined : PHONE_EXAMPLES[ctx.region])
          : undefined;
      const value = await askParsed(
        ctx,
        id,
        message,
        required,
        before,
        parse,
        hint === undefined ? {} : { hint },
      );
      return value === undefined ? undefined : { kind: 'text', value };
    }
  }
}

export function textParser(format: TextFormat | undefined): (s: string) => Parsed<string> {
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
      if (parsed.ok) return undefined;
      // "Not a phone number" says the form it expects, as the hint did.
      return parsed.problem === 'phone' && forms !== undefined
        ? `${t.problems.phone} (${forms})`
        : t.problems[parsed.problem];
    },
  });
  if (answer.trim() === '') return undefined;
  const parsed = parse(answer);
  return parsed.ok ? parsed.value : undefined;
}
