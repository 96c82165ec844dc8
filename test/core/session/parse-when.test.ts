// When a party answered, as typed: local wall-clock time, read against the moment it is typed.
import { afterAll, describe, expect, it } from 'vitest';
import { parseWhen } from '../../../src/core/session/parse-answer.js';

// Set before any Date below is made: clocks jump 02:00 → 03:00 there on 2026-03-08.
const saved = process.env.TZ;
process.env.TZ = 'America/Los_Angeles';
afterAll(() => {
  process.env.TZ = saved;
});

describe('parseWhen', () => {
  const now = new Date(2026, 2, 9, 12, 0); // 2026-03-09 12:00 local

  it.each([
    ['14:05', undefined, 'time-future'],
    ['09:30', new Date(2026, 2, 9, 9, 30), undefined],
    ['2026-03-08 01:59', new Date(2026, 2, 8, 1, 59), undefined],
    ['2026-03-08 03:00', new Date(2026, 2, 8, 3, 0), undefined],
    ['2026-03-08 02:30', undefined, 'time-gap'],
    ['2026-03-08', new Date(2026, 2, 8, 0, 0), undefined],
    ['2026-03-10 08:00', undefined, 'time-future'],
    ['2026-03-08 24:00', undefined, 'date'],
    ['yesterday 10:00', new Date(2026, 2, 8, 10, 0), undefined],
  ])('%s', (input, expected, problem) => {
    const parsed = parseWhen(input, now);
    if (problem === undefined) expect(parsed).toEqual({ ok: true, value: expected });
    else expect(parsed).toEqual({ ok: false, problem });
  });
});
