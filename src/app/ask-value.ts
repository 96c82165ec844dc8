// A value a party told, asked as a question of its type (text, date, amount, yes/no), and
// when a conversation happened: shared by the confirmations of the walk and `respond note`.
import { defaultCurrency } from '../core/region.js';
import type { FieldValue } from '../core/journal/events.js';
import { formatLocalDate } from '../core/journal/timestamp.js';
import { parseDate, parseMoney, parseWhen, type ParseProblem } from '../core/session/parse-answer.js';
import { guideMessages } from './guide-messages.js';
import { sessionMessages } from './session-messages.js';
import type { ConfirmContext } from './ask-confirmation.js';

/** What a prompt for a told value needs: whom to ask, in which language, and the clock. */
export type AskLike = Pick<ConfirmContext, 'prompter' | 'lang' | 'now' | 'region'>;

/** The text, date or amount a party told (also `respond note`): empty leaves it untold. */
export async function askValue(
  ctx: AskLike,
  id: string,
  kind: 'text' | 'date' | 'money' | 'yesno' | 'choice',
  previous: FieldValue | undefined,
  from?: string,
): Promise<FieldValue | undefined> {
  const t = sessionMessages[ctx.lang];
  const message = guideMessages[ctx.lang].typeTheirAnswer;
  const today = formatLocalDate(ctx.now());
  const parse = (input: string): FieldValue | ParseProblem => {
    if (kind === 'date') {
      const parsed = parseDate(input, today, { from });
      return parsed.ok ? { kind: 'date', value: parsed.value } : parsed.problem;
    }
    if (kind === 'money') {
      const parsed = parseMoney(input, defaultCurrency(undefined, ctx.region, ctx.lang));
      return parsed.ok ? { kind: 'money', value: parsed.value } : parsed.problem;
    }
    return { kind: 'text', value: input.trim() };
  };
  const before =
    previous === undefined || previous.kind === 'yesno'
      ? undefined
      : previous.kind === 'money'
        ? `${previous.value.amount} ${previous.value.currency}`
        : previous.value;
  const typed = await ctx.prompter.text({
    id,
    message: `${message} (${t.optionalHint})`,
    ...(kind === 'date' ? { hint: from === undefined ? t.dueHint : t.dateSpanHint(from) } : {}),
    default: before,
    validate: (input) => {
      if (input.trim() === '') return undefined;
      const parsed = parse(input);
      return typeof parsed === 'string' ? t.problems[parsed] : undefined;
    },
  });
  if (typed.trim() === '') return undefined;
  const parsed = parse(typed);
  return typeof parsed === 'string' ? undefined : parsed;
}

/** When a party said it (also `respond note`): Enter for now. */
export async function askWhen(ctx: AskLike, id: string): Promise<Date | undefined> {
  const t = sessionMessages[ctx.lang];
  // Enter takes "now" (the default shown); the word itself is accepted in either language.
  const isNow = (input: string) =>
    ['', 'now', '今', 'いま', t.confirmAtHint].includes(input.trim().toLowerCase());
  const typed = await ctx.prompter.text({
    id: `${id}:at`,
    message: t.confirmAt,
    default: t.confirmAtHint,
    validate: (input) => {
      if (isNow(input)) return undefined;
      const parsed = parseWhen(input, ctx.now());
      return parsed.ok ? undefined : t.problems[parsed.problem];
    },
  });
  if (isNow(typed)) return undefined;
  const parsed = parseWhen(typed, ctx.now());
  return parsed.ok ? parsed.value : undefined;
}
