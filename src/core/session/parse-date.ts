// Dates and times as people write them, in their own forms: ISO (2026-11-29 09:15), the
// US way (11/29/2026 7:30am, Nov 29, 2026), the Japanese way (2026年11月29日 9時15分,
// 午後3時半, full-width digits), words (yesterday, 昨日, おととい, 3 days ago, 3日前), and spans
// the way deadlines are told: "in 14 days", "2 weeks", "14日以内", "1か月後", "within 14 days of
// the letter". A span counts from today, or from the date the question counts from (the
// letter's date, `counts-from` in a playbook) unless it says "from today" (in 2 weeks, 今日から).
// A frightened person should not have to learn a format to say when something happened.
// Pure: `today` and `now` are passed in.
import { formatLocalDate } from '../journal/timestamp.js';
import { normalizeWidth, type Parsed } from './parse-answer.js';
import { addDays } from './plan.js';

export interface DateOptions {
  /** A date after today is refused ("when did you notice it?"). */
  readonly notAfterToday?: boolean;
  /** A time typed with the date is kept: the value becomes `YYYY-MM-DDTHH:MM`. */
  readonly withTime?: boolean;
  /**
   * 4/3/2026 is the 4th of March (the UK). Slash forms are read by the case's region when it
   * is known; otherwise by the language, and both English (the US way) and Japanese
   * (年/月/日, 11/29) put the month before the day. A day over 12 decides by itself.
   */
  readonly dayFirst?: boolean;
  /**
   * The day a span counts from ("14 days", "within 14 days of the letter", "14日以内"): the
   * letter's date, when the question counts from it. Without it, or with "in", "from today",
   * "今日から", "後" after a bare number, a span counts from today.
   */
  readonly from?: string;
}

interface DayAndTime {
  readonly day: string;
  readonly time?: { readonly hours: number; readonly minutes: number };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A calendar date, optionally with a time (kept only `withTime`): see the file's head for
 * the forms. `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when a time was typed and is kept.
 */
export function parseDate(input: string, today: string, options: DateOptions = {}): Parsed<string> {
  const read = readDayAndTime(input, today, options);
  if (read === undefined) return { ok: false, problem: 'date' };
  if (options.notAfterToday === true && read.day > today) return { ok: false, problem: 'date-future' };
  const { day, time } = read;
  return {
    ok: true,
    value: options.withTime === true && time ? `${day}T${pad(time.hours)}:${pad(time.minutes)}` : day,
  };
}

/**
 * When a party answered: "14:05" today, "2026-11-20 14:05", "yesterday 3pm", or a bare date
 * (00:00 of it: noon would be a guess). Local wall-clock time: the person reads the clock on
 * their wall. "Today" is the day of `now`, the moment the answer is read, so "00:05" typed
 * at 00:45 is today's. A time the clock skipped (a DST gap) or one still to come is refused.
 */
export function parseWhen(
  input: string,
  now: Date,
  options: Pick<DateOptions, 'dayFirst'> = {},
): Parsed<Date> {
  const read = readDayAndTime(input, formatLocalDate(now), { ...options, notAfterToday: true });
  if (read === undefined) return { ok: false, problem: 'date' };
  const [y = 1970, mo = 1, d = 1] = read.day.split('-').map(Number);
  const { hours, minutes } = read.time ?? { hours: 0, minutes: 0 };
  const when = new Date(y, mo - 1, d, hours, minutes);
  // Years 0-99 mean 1900-1999 to Date; setFullYear keeps the year as written.
  when.setFullYear(y, mo - 1, d);
  if (when.getHours() !== hours || when.getMinutes() !== minutes || when.getDate() !== d)
    return { ok: false, problem: 'time-gap' };
  if (when.getTime() > now.getTime()) return { ok: false, problem: 'time-future' };
  return { ok: true, value: when };
}

/** How a date value reads on screen and in reports: `2026-11-29 09:15` (the journal keeps a T). */
export function showDateValue(value: string): string {
  return value.replace('T', ' ');
}

function readDayAndTime(input: string, today: string, options: DateOptions): DayAndTime | undefined {
  const text = normalizeWidth(input).toLowerCase().replace(/[：]/g, ':').replace(/\s+/g, ' ').trim();
  const split = splitTime(text);
  if (split === undefined) return undefined;
  const rest = split.rest.replace(/(,|\bat|の)$/, '').trim();
  const day = rest === '' && split.time ? today : readDay(rest, today, options);
  if (day === undefined) return undefined;
  return split.time ? { day, time: split.time } : { day };
}

/** A time at the end of the text, and what is before it. Undefined: a time that cannot be. */
function splitTime(text: string): { rest: string; time?: DayAndTime['time'] } | undefined {
  // 9時, 9時15分, 9時半, 午前9時, 午後3時半, 午後3:30
  const ja =
    /(午前|午後)?\s*(\d{1,2})\s*時\s*(?:(\d{1,2})\s*分|(半))?$/.exec(text) ??
    /(午前|午後)\s*(\d{1,2}):(\d{2})()$/.exec(text);
  if (ja) {
    const hours = twelveHour(Number(ja[2]), ja[1] === '午前' ? 'am' : ja[1] === '午後' ? 'pm' : undefined);
    const minutes = ja[4] === '半' ? 30 : Number(ja[3] ?? 0);
    return checked(text.slice(0, ja.index), hours, minutes);
  }
  // 09:15, 9:15:00, 7:30am, 7:30 p.m., after a space, a T (ISO) or the start
  const clock = /(?:^|[\st,])(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
  if (clock)
    return checked(
      text.slice(0, clock.index),
      twelveHour(Number(clock[1]), ampm(clock[3])),
      Number(clock[2]),
    );
  // 7am, 7 pm
  const bare = /(?:^|\s)(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)$/.exec(text);
  if (bare) return checked(text.slice(0, bare.index), twelveHour(Number(bare[1]), ampm(bare[2])), 0);
  return { rest: text };
}

function checked(rest: string, hours: number | undefined, minutes: number): ReturnType<typeof splitTime> {
  if (hours === undefined || hours > 23 || minutes > 59) return undefined;
  return { rest: rest.trim(), time: { hours, minutes } };
}

function ampm(word: string | undefined): 'am' | 'pm' | undefined {
  return word === undefined ? undefined : word.startsWith('a') ? 'am' : 'pm';
}

/** 12am is midnight, 12pm noon; 午後0時 is noon too. Without am/pm, a 24-hour clock. */
function twelveHour(hours: number, half: 'am' | 'pm' | undefined): number | undefined {
  if (half === undefined) return hours;
  if (hours > 12) return undefined;
  return (hours % 12) + (half === 'pm' ? 12 : 0);
}

function readDay(text: string, today: string, options: DateOptions): string | undefined {
  if (['today', '今日', 'きょう', '本日'].includes(text)) return today;
  if (['yesterday', '昨日', 'きのう'].includes(text)) return addDays(today, -1);
  if (['おととい', '一昨日', 'おとつい', 'the day before yesterday'].includes(text))
    return addDays(today, -2);
  const ago = /^(\d{1,4}) ?(?:days? ago|日前)$/.exec(text);
  if (ago) return addDays(today, -Number(ago[1]));
  const span = readSpan(text, today, options.from);
  if (span !== undefined) return span;

  const thisYear = Number(today.slice(0, 4));
  // 2026-11-29, 2026/11/29, 2026.11.29, 2026年11月29日
  const ymd = /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?日?$/.exec(text);
  if (ymd) return calendar(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  // 11月29日
  const md = /^(\d{1,2}) ?月 ?(\d{1,2}) ?日?$/.exec(text);
  if (md) return yearless(Number(md[1]), Number(md[2]), thisYear, today, options);
  // 11/29/2026, 29/11/2026, 11-29-26, 11/29
  const slash = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(text);
  if (slash && (slash[4] !== undefined || slash[2] === '/')) {
    const [a, b] = [Number(slash[1]), Number(slash[3])];
    const dayFirst = a > 12 && b <= 12 ? true : b > 12 && a <= 12 ? false : options.dayFirst === true;
    const [month, day] = dayFirst ? [b, a] : [a, b];
    const year = slash[4];
    if (year === undefined) return yearless(month, day, thisYear, today, options);
    return calendar(year.length === 2 ? 2000 + Number(year) : Number(year), month, day);
  }
  // Nov 29, November 29th 2026, 29 Nov 2026
  const named =
    /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(text) ??
    swap(/^(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?,?(?: (\d{4}))?$/.exec(text));
  if (named) {
    const word = named[1] ?? '';
    const month = MONTHS.findIndex((m) => m.startsWith(word) || (word === 'sept' && m === 'september')) + 1;
    if (month === 0) return undefined;
    const day = Number(named[2]);
    return named[3] === undefined
      ? yearless(month, day, thisYear, today, options)
      : calendar(Number(named[3]), month, day);
  }
  return undefined;
}

const UNITS: Readonly<Record<string, 'day' | 'week' | 'month'>> = {
  day: 'day',
  days: 'day',
  日: 'day',
  日間: 'day',
  week: 'week',
  weeks: 'week',
  週間: 'week',
  週: 'week',
  month: 'month',
  months: 'month',
  か月: 'month',
  ヶ月: 'month',
  ケ月: 'month',
  カ月: 'month',
  ヵ月: 'month',
  箇月: 'month',
};

/**
 * A span of days, weeks or months, as a deadline is told: "tomorrow", "in 2 weeks", "14
 * days", "within 14 days (of the letter)", "14 days after it was sent", "14日以内", "2週間後",
 * "手紙から14日". It counts from `from` when given, except where the words say today ("in",
 * "from now", "from today", "今日から", "明日"); a number of days and no more ("14日") is a
 * day of the month in Japanese, so it needs 以内, 後 or 間 to be a span.
 */
function readSpan(text: string, today: string, from: string | undefined): string | undefined {
  if (['tomorrow', '明日', 'あした', 'あす'].includes(text)) return addDays(today, 1);
  if (['the day after tomorrow', '明後日', 'あさって'].includes(text)) return addDays(today, 2);
  const en =
    /^(in |within )?(\d{1,4}) ?(days?|weeks?|months?)( (?:from (?:now|today)|later))?(?: (?:after|from|of|since) .+)?$/.exec(
      text,
    );
  if (en) {
    const fromToday = en[1] === 'in ' || en[4] !== undefined;
    return addSpan(fromToday ? today : (from ?? today), Number(en[2]), UNITS[en[3] ?? ''] ?? 'day');
  }
  const ja =
    /^(?:(.+?)から ?)?(\d{1,4}) ?(日間|日|週間|週|か月|ヶ月|ケ月|カ月|ヵ月|箇月)(以内|後|のうち|まで)?$/.exec(
      text,
    );
  if (ja && (ja[4] !== undefined || ja[1] !== undefined || ja[3] !== '日')) {
    const fromToday = ja[1] === '今日' || ja[1] === '本日' || ja[1] === 'きょう';
    return addSpan(fromToday ? today : (from ?? today), Number(ja[2]), UNITS[ja[3] ?? ''] ?? 'day');
  }
  return undefined;
}

function addSpan(day: string, n: number, unit: 'day' | 'week' | 'month'): string {
  if (unit === 'day') return addDays(day, n);
  if (unit === 'week') return addDays(day, 7 * n);
  // A month later is the same day of the month, or the month's last day (Jan 31 + 1 month).
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return formatDay(new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))));
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "29 Nov" read as "Nov 29": the month word first. */
function swap(m: RegExpExecArray | null): (string | undefined)[] | null {
  return m ? [m[0], m[2], m[1], m[3]] : null;
}

/** A date typed without its year: this year, or last year's when it must not be in the future. */
function yearless(month: number, day: number, year: number, today: string, options: DateOptions) {
  const date = calendar(year, month, day);
  if (date !== undefined && options.notAfterToday === true && date > today)
    return calendar(year - 1, month, day) ?? date;
  return date;
}

function calendar(y: number, mo: number, d: number): string | undefined {
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${String(y).padStart(4, '0')}-${pad(mo)}-${pad(d)}`;
}
