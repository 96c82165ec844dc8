// Follow-ups that remind someone: `respond due` (exit 1 when something is due, for a login
// file or cron) and `respond calendar` (an iCalendar file, read back here with ical.js, an
// independent parser: one event per open follow-up, the same UIDs on every export).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

/** A stop-shipment case waiting on two things: one overdue since 2026-01-05, one far ahead. */
function caseWithFollowUps(): { home: string; id: string } {
  const home = makeHome();
  const answers = [
    'steps:',
    '  ask-merchant:',
    '    answers: { orders: A-1 }',
    '    outcome: { waiting: 2026-01-05 }',
    '  shipping-status:',
    '    answers: { shipped: none-shipped }',
    '    outcome: { waiting: 2099-06-01 }',
    '',
  ].join('\n');
  const started = runCli(['start', 'stop-shipment', '--answers', '-'], { home, input: answers });
  expect(started.stderr).toBe('');
  const [id = ''] = readdirSync(join(home, 'cases')).filter((f) => !f.startsWith('.'));
  return { home, id };
}

describe('respond due', () => {
  it('lists what is overdue with the command to go on, and exits 1', () => {
    const { home, id } = caseWithFollowUps();
    const due = runCli(['due'], { home });
    expect(due.code).toBe(1);
    expect(due.stdout).toContain('Due today or overdue:');
    expect(due.stdout).toContain(`respond resume ${id}`);
    expect(due.stdout).toMatch(/! 2026-01-05 \(overdue by \d+ days\)/);
    expect(due.stdout).not.toContain('2099-06-01');
    expect(due.stderr).toBe('');
  });

  it('says nothing is due, exit 0; with --quiet prints nothing at all', () => {
    const home = makeHome();
    expect(runCli(['due'], { home })).toMatchObject({ code: 0, stdout: 'Nothing is due today.\n' });
    expect(runCli(['due', '--quiet'], { home })).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('respond calendar', () => {
  it('writes one all-day event with an alarm per open follow-up; a second export keeps the UIDs', () => {
    const { home, id } = caseWithFollowUps();
    const file = join(home, 'followups.ics');
    const first = runCli(['calendar', '-o', file], { home, cwd: home });
    expect(first.code, first.stderr).toBe(0);
    const written = Number(/Wrote (\d+) follow-ups/.exec(first.stderr)?.[1]);
    const read = () => {
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')) as unknown[]);
      return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    };
    const events = read();
    // One event per open follow-up: the two waiting steps, and any question left to ask again.
    expect(events).toHaveLength(written);
    const days = events.map((e) => e.startDate.toString());
    expect(days).toContain('2026-01-05');
    expect(days).toContain('2099-06-01');
    for (const e of events) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.description).toContain(`respond resume ${id}`);
      expect(e.summary.startsWith('respond: ')).toBe(true);
      expect(e.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
    }
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(written);
    // Importing again updates the same events: the UIDs do not change.
    expect(runCli(['calendar', '-o', file, '--force'], { home, cwd: home }).code).toBe(0);
    expect(read().map((e) => e.uid)).toEqual(uids);
    // Private to the person, like every file respond writes.
    expect(runCli(['calendar', '-o', file], { home, cwd: home }).code).toBe(64);
  });
});
