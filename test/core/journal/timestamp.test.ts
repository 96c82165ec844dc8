import { afterEach, describe, expect, it } from 'vitest';
import {
  formatLocalTimestamp,
  formatTimestamp,
  isDate,
  isTimestamp,
  localOffsetMinutes,
} from '../../../src/core/journal/timestamp.js';

describe('formatTimestamp', () => {
  const instant = new Date('2026-11-22T11:41:07.123Z');
  it.each([
    [540, '2026-11-22T20:41:07.123+09:00'],
    [0, '2026-11-22T11:41:07.123+00:00'],
    [-300, '2026-11-22T06:41:07.123-05:00'],
    [-210, '2026-11-22T08:11:07.123-03:30'], // Newfoundland
    [345, '2026-11-22T17:26:07.123+05:45'], // Nepal
    [825, '2026-11-23T01:26:07.123+13:45'], // Chatham, summer: crosses midnight
    [-600, '2026-11-22T01:41:07.123-10:00'],
    [840, '2026-11-23T01:41:07.123+14:00'], // Kiribati
    [-720, '2026-11-21T23:41:07.123-12:00'],
  ])('offset %i → %s', (offset, expected) => {
    const text = formatTimestamp(instant, offset);
    expect(text).toBe(expected);
    expect(Date.parse(text)).toBe(instant.getTime());
    expect(isTimestamp(text)).toBe(true);
  });

  it('crosses a year boundary and pads milliseconds', () => {
    expect(formatTimestamp(new Date('2026-12-31T23:00:00.005Z'), 540)).toBe('2027-01-01T08:00:00.005+09:00');
    expect(formatTimestamp(new Date('2027-01-01T02:00:00Z'), -300)).toBe('2026-12-31T21:00:00.000-05:00');
  });

  it('handles a leap day', () => {
    expect(formatTimestamp(new Date('2028-02-29T20:00:00Z'), 540)).toBe('2028-03-01T05:00:00.000+09:00');
  });

  it('refuses an invalid date or offset', () => {
    expect(() => formatTimestamp(new Date(Number.NaN), 0)).toThrow(RangeError);
    expect(() => formatTimestamp(new Date(), 19 * 60)).toThrow(RangeError);
    expect(() => formatTimestamp(new Date(), 1.5)).toThrow(RangeError);
  });
});

describe('formatLocalTimestamp across DST edges', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  // Node re-reads TZ when it changes, so each case sees its own zone.
  it.each([
    ['America/New_York', '2026-03-08T06:59:59.999Z', '2026-03-08T01:59:59.999-05:00'],
    ['America/New_York', '2026-03-08T07:00:00.000Z', '2026-03-08T03:00:00.000-04:00'],
    ['America/New_York', '2026-11-01T05:30:00.000Z', '2026-11-01T01:30:00.000-04:00'],
    ['America/New_York', '2026-11-01T06:30:00.000Z', '2026-11-01T01:30:00.000-05:00'], // the repeated hour
    ['Europe/Berlin', '2026-03-29T00:59:59.000Z', '2026-03-29T01:59:59.000+01:00'],
    ['Europe/Berlin', '2026-03-29T01:00:00.000Z', '2026-03-29T03:00:00.000+02:00'],
    ['Europe/Berlin', '2026-10-25T00:30:00.000Z', '2026-10-25T02:30:00.000+02:00'],
    ['Europe/Berlin', '2026-10-25T01:30:00.000Z', '2026-10-25T02:30:00.000+01:00'],
    ['Australia/Lord_Howe', '2026-04-04T14:59:00.000Z', '2026-04-05T01:59:00.000+11:00'], // 30-minute DST
    ['Australia/Lord_Howe', '2026-04-04T15:00:00.000Z', '2026-04-05T01:30:00.000+10:30'],
    ['Asia/Tokyo', '2026-11-22T11:41:07.123Z', '2026-11-22T20:41:07.123+09:00'],
    ['UTC', '2026-11-22T11:41:07.123Z', '2026-11-22T11:41:07.123+00:00'],
  ])('%s at %s', (tz, iso, expected) => {
    process.env.TZ = tz;
    const date = new Date(iso);
    expect(formatLocalTimestamp(date)).toBe(expected);
    expect(Date.parse(expected)).toBe(date.getTime());
  });

  it('writes UTC as +00:00, never -00:00', () => {
    process.env.TZ = 'UTC';
    expect(Object.is(localOffsetMinutes(new Date()), 0)).toBe(true);
  });
});

describe('isTimestamp and isDate', () => {
  it.each([
    ['2026-11-22T20:41:07.123+09:00', true],
    ['2026-11-22T20:41:07Z', true],
    ['2026-11-22T20:41:07', false], // no offset: ambiguous
    ['2026-02-30T20:41:07+09:00', false],
    ['2026-11-22T24:00:00+09:00', false],
    ['2026-11-22', false],
  ])('isTimestamp(%s) = %s', (text, ok) => expect(isTimestamp(text)).toBe(ok));

  it.each([
    ['2026-11-22', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['26-11-22', false],
  ])('isDate(%s) = %s', (text, ok) => expect(isDate(text)).toBe(ok));
});
