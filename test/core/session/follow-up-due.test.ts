// When a follow-up falls due, and how `cases` / `due` mark it: the day boundary between
// "overdue", "due today" and "upcoming", and hour-long waits that cross midnight.
import { describe, expect, it } from 'vitest';
import {
  makeAnswer,
  makeCaseStarted,
  makeFollowUpResolved,
  makeFollowUpSet,
} from '../../../src/core/journal/events.js';
import { followUpDue, pendingFollowUps } from '../../../src/core/session/plan.js';
import { replayJournal } from '../../../src/core/session/state.js';

const now = new Date('2026-11-22T09:00:00Z');
const started = makeCaseStarted(now, {
  case: '2026-11-22-x-0001',
  playbook: 'x',
  playbookHash: `sha256:${'a'.repeat(64)}`,
  playbookFile: 'playbook.json',
  lang: 'en',
});
const followUp = (id: string, due: string) =>
  makeFollowUpSet(now, { id, due, check: `check ${id}`, origin: { step: id } });

describe('pendingFollowUps: the day a follow-up turns from upcoming to due to overdue', () => {
  const today = '2026-11-22';
  it.each([
    ['2026-11-21', 'overdue'],
    ['2026-11-22', 'due-today'],
    ['2026-11-23', 'upcoming'],
    // A due time keeps its own calendar day, whatever the hour.
    ['2026-11-21T23:59:00.000+09:00', 'overdue'],
    ['2026-11-22T00:00:00.000+09:00', 'due-today'],
    ['2026-11-22T23:59:59.999-08:00', 'due-today'],
    ['2026-11-23T00:00:00.000-08:00', 'upcoming'],
    // Month and year ends compare as days, not as text of another length.
    ['2026-10-31', 'overdue'],
    ['2027-01-01', 'upcoming'],
  ])('due %s is %s on %s', (due, status) => {
    const [pending] = pendingFollowUps(replayJournal([started, followUp('a', due)]), today);
    expect(pending?.status).toBe(status);
  });

  it('lists the soonest first and leaves out the ones already checked', () => {
    const state = replayJournal([
      started,
      followUp('later', '2026-12-01'),
      followUp('done', '2026-11-20'),
      followUp('sooner', '2026-11-21'),
      makeFollowUpResolved(now, { id: 'done', result: 'done' }),
    ]);
    expect(pendingFollowUps(state, today).map((f) => [f.set.id, f.status])).toEqual([
      ['sooner', 'overdue'],
      ['later', 'upcoming'],
    ]);
  });
});

describe('followUpDue: the calendar day a wait ends', () => {
  const state = replayJournal([
    started,
    makeAnswer(now, { step: 'orders', question: 'noticed', answer: { kind: 'date', value: '2026-11-19' } }),
  ]);
  it.each([
    // [after, hour of the day it was set, the day it falls due]
    ['12h', 0, '2026-11-22'],
    ['12h', 11, '2026-11-22'],
    ['12h', 12, '2026-11-23'], // 12:00 + 12 h is midnight: the next day
    ['12h', 23, '2026-11-23'],
    ['24h', 0, '2026-11-23'],
    ['36h', 11, '2026-11-23'],
    ['36h', 12, '2026-11-24'],
    ['48h', 23, '2026-11-24'],
    ['1d', 23, '2026-11-23'],
    ['60d', 0, '2027-01-21'],
    ['2w', 5, '2026-12-06'],
  ])('%s set at %i:00 on 2026-11-22 is due %s', (after, hour, due) => {
    expect(followUpDue({ after, check: 'x' }, state, '', '2026-11-22', hour)).toBe(due);
  });

  it('counts from a date answered earlier when the playbook says `from`', () => {
    expect(followUpDue({ after: '60d', from: 'orders.noticed', check: 'x' }, state, '', '2026-11-22')).toBe(
      '2027-01-18',
    );
  });

  it('counts from today when the `from` question was never answered', () => {
    expect(
      followUpDue({ after: '3d', from: 'orders.no-such-question', check: 'x' }, state, '', '2026-11-22'),
    ).toBe('2026-11-25');
  });
});
