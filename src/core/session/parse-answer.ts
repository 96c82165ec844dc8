// What a person types, turned into the typed value the journal stores, or the reason it
// cannot be. Forgiving where that is safe: "11/20 3pm", "1,980円", "$12.50" all work.
// Pure: `today` is passed in.
import type { Money } from '../journal/events.js';

// Dates and times have a file of their own (every form people write them in).
export { parseDate, parseWhen } from './parse-date.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ParseProblem };
export type ParseProblem =
  | 'date'
  | 'date-future'
  | 'time-gap'
  | 'time-future'
  | 'money'
  | 'currency'
  | 'last4'
  | 'email'
  | 'phone'
  | 'url'
  | 'yesno'
  | 'choice';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(problem: ParseProblem): Parsed<T> => ({ ok: false, problem });

/** Full-width digits and separators (common in Japanese input methods) become ASCII. */
export function normalizeWidth(input: string): string {
  return input
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[／]/g, '/')
    .replace(/[－ー]/g, '-')
    .replace(/[，]/g, ',')
    .replace(/[．]/g, '.')
    .replace(/\u3000/g, ' ')
    .trim();
}

const SYMBOLS: Record<string, string> = {
  '¥': 'JPY',
  '￥': 'JPY',
  円: 'JPY',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
};

/** An amount with an optional currency: "1980", "1,980円", "¥1,980", "$12.50", "12.50 USD". */
export function parseMoney(input: string, defaultCurrency: string | undefined): Parsed<Money> {
  let text = normalizeWidth(input).replace(/\s+/g, ' ');
  let currency: string | undefined;
  const code = /(?:^|\s)([A-Za-z]{3})(?:\s|$)/.exec(text);
  if (code?.[1]) {
    currency = code[1].toUpperCase();
    text = text.replace(code[1], '');
  }
  for (const [symbol, iso] of Object.entries(SYMBOLS)) {
    if (text.includes(symbol)) {
      currency ??= iso;
      text = text.replace(symbol, '');
    }
  }
  text = text.replace(/[\s,]/g, '');
  if (!/^\d+(?:\.\d{1,2})?$/.test(text)) return fail('money');
  currency ??= defaultCurrency;
  if (currency === undefined || !/^[A-Z]{3}$/.test(currency)) return fail('currency');
  const amount = text.replace(/^0+(?=\d)/, '');
  // The journal keeps at most 12 digits before the point: more is a typo, not an amount.
  if ((amount.split('.')[0] ?? '').length > 12) return fail('money');
  return ok({ amount, currency });
}

/** The last 4 digits of a card. A full card number typed by mistake is cut to its last 4. */
export function parseLast4(input: string): Parsed<string> {
  const digits = normalizeWidth(input).replace(/[\s-]/g, '');
  if (/^\d{4}$/.test(digits)) return ok(digits);
  if (/^\d{13,19}$/.test(digits)) return ok(digits.slice(-4));
  // "•••• 4242" or "**** **** **** 4242", as cards and statements print it.
  const masked = /^[•*xX\s-]+(\d{4})$/.exec(normalizeWidth(input));
  return masked?.[1] ? ok(masked[1]) : fail('last4');
}

export function parseEmail(input: string): Parsed<string> {
  const text = input.trim();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? ok(text) : fail('email');
}

/** A phone number as people write it: digits with spaces, dashes, dots, brackets, a leading + or #. */
export function parsePhone(input: string): Parsed<string> {
  const text = normalizeWidth(input);
  const digits = text.replace(/\D/g, '');
  return /^[+#]?[\d\s\-().]+$/.test(text) && digits.length >= 3 && digits.length <= 20
    ? ok(text)
    : fail('phone');
}

export function parseUrl(input: string): Parsed<string> {
  const text = input.trim();
  return /^(https?:\/\/)?[^\s/$.?#][^\s]*\.[^\s]{2,}$/i.test(text) ? ok(text) : fail('url');
}
