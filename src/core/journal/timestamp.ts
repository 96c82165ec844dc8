// Journal times are ISO-8601 with the local UTC offset, never bare UTC: the person, the
// card company and the police read "20:41 +09:00" as the moment it happened where the person
// was, and the offset still lets anyone convert it exactly. Pure: the offset is passed in,
// so tests can cover every zone and DST edge without touching the machine's clock.

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * `date` as `YYYY-MM-DDTHH:mm:ss.sss±hh:mm`, seen from a zone `offsetMinutes` east of UTC
 * (+540 for Japan, -300 for New York in winter: the negation of Date#getTimezoneOffset).
 */
export function formatTimestamp(date: Date, offsetMinutes: number): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('formatTimestamp: invalid date');
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > 18 * 60) {
    throw new RangeError(`formatTimestamp: offset out of range: ${offsetMinutes}`);
  }
  // Shift the instant, then read the UTC fields: they are now the local wall-clock fields.
  const local = new Date(ms + offsetMinutes * 60_000);
  const year = local.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError('formatTimestamp: year out of range');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(year, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `.${pad(local.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The offset in force at `date` in the process's time zone (DST included). */
export function localOffsetMinutes(date: Date): number {
  // `|| 0` turns -0 (UTC) into 0 so the sign is "+".
  return -date.getTimezoneOffset() || 0;
}

export function formatLocalTimestamp(date: Date): string {
  return formatTimestamp(date, localOffsetMinutes(date));
}

/** The local calendar date, YYYY-MM-DD: what a person means by "today". */
export function formatLocalDate(date: Date): string {
  return formatLocalTimestamp(date).slice(0, 10);
}

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** An ISO-8601 date-time with seconds and an explicit offset (Z or ±hh:mm). */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = TIMESTAMP.exec(value);
  if (m === null) return false;
  const [, y, mo, d, h, mi, s, , oh, om] = m;
  if (!isCalendarDate(Number(y), Number(mo), Number(d))) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return false;
  return oh === undefined || (Number(oh) <= 18 && Number(om) <= 59);
}

/** A calendar date, YYYY-MM-DD. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A date question's answer: a calendar date, or one with the wall-clock time it was told (`YYYY-MM-DDTHH:MM`). */
export function isDateValue(value: unknown): value is string {
  if (isDate(value)) return true;
  if (typeof value !== 'string') return false;
  const m = DATE_TIME.exec(value);
  return m !== null && isDate(value.slice(0, 10)) && Number(m[4]) <= 23 && Number(m[5]) <= 59;
}
