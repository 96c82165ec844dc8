// Dates and times in the forms people write them: each form read to the same journal value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, parseWhen } from '../../../src/core/session/parse-answer.js';

const TODAY = '2026-12-01';
const keep = { withTime: true };

describe('parseDate', () => {
  it.each([
    // ISO, with and without a time
    ['2026-11-29', '2026-11-29'],
    ['2026-11-29 09:15', '2026-11-29T09:15'],
    ['2026-11-29T09:15', '2026-11-29T09:15'],
    ['2026/11/29', '2026-11-29'],
    ['2026.11.29 9:15:30', '2026-11-29T09:15'],
    // the US way
    ['11/29/2026', '2026-11-29'],
    ['11/29/2026 7:30am', '2026-11-29T07:30'],
    ['11/29/2026 7:30 PM', '2026-11-29T19:30'],
    ['11/29 7:30 pm', '2026-11-29T19:30'],
    ['11/29/26', '2026-11-29'],
    ['Nov 29', '2026-11-29'],
    ['nov. 29th', '2026-11-29'],
    ['November 29, 2026', '2026-11-29'],
    ['Nov 29, 2026 7:30am', '2026-11-29T07:30'],
    ['Nov 29, 2026 at 7am', '2026-11-29T07:00'],
    ['29 Nov 2026', '2026-11-29'],
    ['Sept 3 2026', '2026-09-03'],
    ['12/01 12am', '2026-12-01T00:00'],
    ['12/01 12pm', '2026-12-01T12:00'],
    // the Japanese way
    ['2026年11月29日', '2026-11-29'],
    ['11月29日', '2026-11-29'],
    ['2026年11月29日 9時15分', '2026-11-29T09:15'],
    ['2026年11月29日9時', '2026-11-29T09:00'],
    ['9時15分', '2026-12-01T09:15'],
    ['午前9時', '2026-12-01T09:00'],
    ['午後3時半', '2026-12-01T15:30'],
    ['午後0時', '2026-12-01T12:00'],
    ['昨日 午後3:30', '2026-11-30T15:30'],
    ['２０２６年１１月２９日', '2026-11-29'],
    ['１１／２９　１９：３０', '2026-11-29T19:30'],
    // words
    ['today', '2026-12-01'],
    ['Yesterday', '2026-11-30'],
    ['yesterday 3pm', '2026-11-30T15:00'],
    ['今日', '2026-12-01'],
    ['昨日', '2026-11-30'],
    ['おととい', '2026-11-29'],
    ['3 days ago', '2026-11-28'],
    ['1 day ago', '2026-11-30'],
    ['3日前', '2026-11-28'],
    // a day over 12 decides the order by itself; else month first (en and ja)
    ['29/11/2026', '2026-11-29'],
    ['03/04/2026', '2026-03-04'],
    ['2/29/2028', '2028-02-29'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input, TODAY, keep)).toEqual({ ok: true, value: expected });
  });

  it.each([
    '2026-02-30',
    '2/29/2027',
    '13/13/2026',
    'Nob 29',
    '11/29 25:00',
    '11/29 13pm',
    '午後13時',
    '9時60分',
    'soon',
    '',
    '11-29',
  ])('refuses %j', (input) => {
    expect(parseDate(input, TODAY, keep)).toEqual({ ok: false, problem: 'date' });
  });

  it('reads 03/04/2026 day first where the region does (the UK)', () => {
    expect(parseDate('03/04/2026', TODAY, { dayFirst: true })).toEqual({ ok: true, value: '2026-04-03' });
    expect(parseDate('11/29/2026', TODAY, { dayFirst: true })).toEqual({ ok: true, value: '2026-11-29' });
  });

  it('keeps only the day unless a time is wanted', () => {
    expect(parseDate('2026-11-29 09:15', TODAY)).toEqual({ ok: true, value: '2026-11-29' });
  });

  it('refuses a future date where one cannot be, and reads a date without its year as the last one', () => {
    expect(parseDate('2026-12-02', TODAY, { notAfterToday: true })).toEqual({
      ok: false,
      problem: 'date-future',
    });
    expect(parseDate('Dec 24', TODAY, { notAfterToday: true })).toEqual({ ok: true, value: '2025-12-24' });
    expect(parseDate('Dec 24', TODAY)).toEqual({ ok: true, value: '2026-12-24' });
  });
});

describe('parseWhen', () => {
  const now = new Date(2026, 11, 1, 12, 0);
  it.each([
    ['午前9時', new Date(2026, 11, 1, 9, 0)],
    ['11/29 7:30 pm', new Date(2026, 10, 29, 19, 30)],
    ['2026年11月29日 9時15分', new Date(2026, 10, 29, 9, 15)],
    ['Nov 30', new Date(2026, 10, 30, 0, 0)],
    ['3日前', new Date(2026, 10, 28, 0, 0)],
  ])('%s', (input, expected) => {
    expect(parseWhen(input, now)).toEqual({ ok: true, value: expected });
  });
  it('refuses a time still to come', () => {
    expect(parseWhen('3pm', now)).toEqual({ ok: false, problem: 'time-future' });
  });
});

const FULL = '０１２３４５６７８９';
const fullWidth = (s: string) => s.replace(/\d/g, (d) => FULL[Number(d)] ?? d);
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

describe('every valid date, written in each form, reads back to itself', () => {
  const dates = fc
    .record({
      when: fc.date({
        min: new Date(Date.UTC(1970, 0, 1)),
        max: new Date(Date.UTC(2099, 11, 31)),
        noInvalidDate: true,
      }),
      hours: fc.integer({ min: 0, max: 23 }),
      minutes: fc.integer({ min: 0, max: 59 }),
    })
    .map(({ when, hours, minutes }) => ({
      y: when.getUTCFullYear(),
      m: when.getUTCMonth() + 1,
      d: when.getUTCDate(),
      hours,
      minutes,
    }));

  it('day only', () => {
    fc.assert(
      fc.property(dates, ({ y, m, d }) => {
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        const forms = [
          iso,
          `${m}/${d}/${y}`,
          `${MONTH[m - 1]} ${d}, ${y}`,
          `${d} ${MONTH[m - 1]} ${y}`,
          `${y}年${m}月${d}日`,
          fullWidth(`${y}年${m}月${d}日`),
        ];
        for (const form of forms)
          expect(parseDate(form, TODAY, keep), form).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('with a time', () => {
    fc.assert(
      fc.property(dates, ({ y, m, d, hours, minutes }) => {
        const value = `${y}-${pad(m)}-${pad(d)}T${pad(hours)}:${pad(minutes)}`;
        const h12 = hours % 12 === 0 ? 12 : hours % 12;
        const half = hours < 12 ? 'am' : 'pm';
        const forms = [
          value,
          value.replace('T', ' '),
          `${m}/${d}/${y} ${h12}:${pad(minutes)}${half}`,
          `${MONTH[m - 1]} ${d}, ${y} ${h12}:${pad(minutes)} ${half.toUpperCase()}`,
          `${y}年${m}月${d}日 ${hours}時${minutes}分`,
          `${y}年${m}月${d}日 ${hours < 12 ? '午前' : '午後'}${hours % 12}時${minutes}分`,
          fullWidth(`${y}年${m}月${d}日 ${hours}時${minutes}分`),
        ];
        for (const form of forms) expect(parseDate(form, TODAY, keep), form).toEqual({ ok: true, value });
      }),
    );
  });
});

describe('parseDate: spans, as deadlines are told', () => {
  const LETTER = '2026-11-20';
  it.each([
    ['tomorrow', undefined, '2026-12-02'],
    ['明日', undefined, '2026-12-02'],
    ['あさって', undefined, '2026-12-03'],
    ['14 days', undefined, '2026-12-15'],
    ['in 14 days', undefined, '2026-12-15'],
    ['in 2 weeks', undefined, '2026-12-15'],
    ['1 month', undefined, '2027-01-01'],
    ['14日以内', undefined, '2026-12-15'],
    ['2週間後', undefined, '2026-12-15'],
    ['１か月後', undefined, '2027-01-01'],
    // counted from the date the question counts from (the letter's date)
    ['14 days', LETTER, '2026-12-04'],
    ['within 14 days', LETTER, '2026-12-04'],
    ['within 14 days of the letter', LETTER, '2026-12-04'],
    ['14 days after it was sent', LETTER, '2026-12-04'],
    ['2 weeks', LETTER, '2026-12-04'],
    ['14日以内', LETTER, '2026-12-04'],
    ['手紙から14日以内', LETTER, '2026-12-04'],
    ['届いてから2週間', LETTER, '2026-12-04'],
    // ... unless the words say today
    ['in 14 days', LETTER, '2026-12-15'],
    ['14 days from now', LETTER, '2026-12-15'],
    ['今日から14日', LETTER, '2026-12-15'],
    ['tomorrow', LETTER, '2026-12-02'],
  ])('%s (from %s) → %s', (input, from, expected) => {
    expect(parseDate(input, TODAY, { from })).toEqual({ ok: true, value: expected });
  });

  it('a month later keeps the day of the month, or the last day of a shorter month', () => {
    expect(parseDate('1 month', '2027-01-31').ok && parseDate('1 month', '2027-01-31')).toEqual({
      ok: true,
      value: '2027-02-28',
    });
    expect(parseDate('3か月後', '2026-11-30')).toEqual({ ok: true, value: '2027-02-28' });
  });

  it('"14日" alone (a day of the month in Japanese) is not read as a span', () => {
    expect(parseDate('14日', TODAY)).toEqual({ ok: false, problem: 'date' });
  });

  it('a span into the future is refused where the date must not be after today', () => {
    expect(parseDate('in 3 days', TODAY, { notAfterToday: true })).toEqual({
      ok: false,
      problem: 'date-future',
    });
  });
});
