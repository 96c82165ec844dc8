// The real binary without a terminal, as a script or a cron job runs it: it never waits for
// input that cannot come, takes a whole run from an answers file (or refuses it, leaving
// nothing behind), and the case commands read and add to what was recorded.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue, JournalEvent } from '../../src/core/journal/events.js';
import { replayJournal } from '../../src/core/session/state.js';
import { makeHome } from '../helpers/run-cli.js';
import { respondBinary, respondEnv, runRespond as runCli, type RunResult } from './binary.js';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');

/** Runs with stdin an open pipe that never ends: a hang shows as a timeout, not a green test. */
function runWithOpenStdin(
  args: readonly string[],
  home: string,
  limitMs: number,
): Promise<RunResult & { ms: number }> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const child = spawn(process.execPath, [respondBinary(), ...args], {
      env: respondEnv(home),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`respond ${args.join(' ')} was still waiting after ${limitMs} ms: ${stdout}${stderr}`));
    }, limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

function casesIn(home: string): string[] {
  const dir = join(home, 'cases');
  return existsSync(dir) ? readdirSync(dir) : [];
}

function readEvents(home: string, id: string): JournalEvent[] {
  return readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JournalEvent);
}

const text = (value: string): AnswerValue => ({ kind: 'text', value });
const date = (value: string): AnswerValue => ({ kind: 'date', value });
const choice = (value: string): AnswerValue => ({ kind: 'choice', value });
const yes: AnswerValue = { kind: 'yesno', value: true };
const yen = (amount: string) => ({ kind: 'money' as const, value: { amount, currency: 'JPY' } });

describe('no terminal, no answers file', () => {
  it('start exits 64 at once with the hint, even with stdin left open, and creates no case', async () => {
    const home = makeHome();
    const result = await runWithOpenStdin(['start', 'fraud-order'], home, 8_000);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('this is not a terminal');
    // The hint is a command that works as it is: with the playbook named.
    expect(result.stderr).toContain('respond start fraud-order --answers answers.yaml');
    expect(result.stdout).toBe('');
    expect(casesIn(home)).toEqual([]);
  });

  it('start with stdin at its end (/dev/null, a closed pipe) says the same', () => {
    const home = makeHome();
    const result = runCli(['start', 'fraud-order'], home);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('--answers');
  });
});

describe('bad answers files are refused whole: exit 65, naming the answer, and no case', () => {
  it.each([
    ['bad-date.answers.yaml', 'first-minutes.noticed-date', '2026-11-29'],
    ['bad-option.answers.yaml', 'check-directly.orders-found', '"carrier-pigeon" is not one of: in-history'],
    ['bad-step.answers.yaml', 'steps.report-to-merchnat', 'no step has this key'],
  ])('%s', (file, names, says) => {
    const home = makeHome();
    const result = runCli(['start', 'fraud-order', '--answers', join(FIXTURES, file)], home);
    expect(result.code, result.stderr).toBe(65);
    expect(result.stderr).toContain(names);
    expect(result.stderr).toContain(says);
    expect(casesIn(home)).toEqual([]);
  });

  it('a missing answers file is "not found" (66)', () => {
    const home = makeHome();
    const result = runCli(['start', 'fraud-order', '--answers', join(FIXTURES, 'no-such.yaml')], home);
    expect(result.code).toBe(66);
    expect(result.stderr).toContain('no such file');
    expect(casesIn(home)).toEqual([]);
  });
});

describe('a case recorded from an answers file, then looked after without a terminal', () => {
  const home = makeHome();
  let id = '';

  beforeAll(() => {
    // The region is given: guessed from the machine, it would pick each region's own
    // deadline step (charges/deadline-jp, -us) and the run would depend on where it ran.
    const result = runCli(
      ['start', 'fraud-order', '--region', 'other', '--answers', join(FIXTURES, 'fraud-order.answers.yaml')],
      home,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    id = casesIn(home)[0] ?? '';
    expect(result.stdout).toContain(`Case ${id} recorded from`);
    expect(result.stdout).toContain(`respond log ${id}`);
  });

  it('writes a journal equal to what the answers say', () => {
    const events = readEvents(home, id);
    const state = replayJournal(events);
    const answers = Object.fromEntries([...state.answers].map(([step, a]) => [step, Object.fromEntries(a)]));
    expect(answers).toEqual({
      'first-minutes': { 'noticed-date': date('2026-11-20'), site: text('Example Shop') },
      'check-directly': {
        'could-sign-in': yes,
        'orders-found': choice('hidden'),
        'card-used': choice('yes'),
      },
      // The order numbers on one line; each order's details later, on the same records.
      'report-to-merchant': {
        orders: {
          kind: 'records',
          value: [{ 'order-number': text('112-4455') }, { 'order-number': text('112-4456') }],
        },
      },
      // A full card number typed by mistake is kept as its last 4 digits only.
      'charges/call-issuer': { 'card-last4': text('4242') },
      'charges/look-at-statement': { 'statement-date': date('2026-11-10') },
      'order-details': {
        details: {
          kind: 'records',
          value: [
            {
              items: text('Two game consoles'),
              amount: yen('98000'),
              status: choice('shipped'),
              'tracking-number': text('TRK-99'),
              'delivery-address': text('1-2-3 Nowhere, Osaka'),
            },
            { amount: yen('5000'), status: choice('digital') },
          ],
        },
        physical: yes,
      },
      'shipments/shipping-status': {
        each: { kind: 'records', value: [{ carrier: text('Example Express') }] },
        shipped: choice('some-shipped'),
        'delivery-to': choice('other-address'),
        'unknown-address': text('1-2-3 Nowhere, Osaka'),
      },
      'shipments/call-carrier': { action: choice('return-to-sender') },
    });
    // The case's facts gather the orders from every step that added to them.
    const orders = state.facts.get('orders')?.value;
    expect(orders?.kind === 'records' ? orders.value[0] : undefined).toEqual({
      'order-number': text('112-4455'),
      items: text('Two game consoles'),
      amount: yen('98000'),
      status: choice('shipped'),
      'tracking-number': text('TRK-99'),
      'delivery-address': text('1-2-3 Nowhere, Osaka'),
      carrier: text('Example Express'),
    });
    expect(readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')).not.toContain('4242 4242');

    const confirmations = events
      .filter((e) => e.type === 'confirmation')
      .map((c) => [`${c.step}.${c.confirmation}`, c.answer, c.who, c.channel, c.reference]);
    expect(confirmations).toEqual([
      ['report-to-merchant.cancel-orders', 'yes', 'Sato (ID 4411)', 'phone', 'CS-7788'],
      // Only an answer given: the same conversation, its person and reference.
      ['report-to-merchant.stop-shipment', 'no', 'Sato (ID 4411)', 'phone', 'CS-7788'],
      ['report-to-merchant.charge', 'unknown', 'Sato (ID 4411)', 'phone', 'CS-7788'],
      ['shipments/call-carrier.stop-delivery', 'yes', 'Kimura', 'phone', 'TRK-99'],
    ]);
    // "2026-11-22 10:15" is the person's own clock: stored as typed, with the zone's offset.
    const offset =
      { 'Asia/Tokyo': '+09:00', 'America/Los_Angeles': '-08:00' }[process.env.RESPOND_TEST_TZ ?? ''] ??
      '+00:00';
    expect(events.find((e) => e.type === 'confirmation')?.at).toBe(`2026-11-22T10:15:00.000${offset}`);
    expect(state.notes.map((n) => [n.step, n.text])).toEqual([
      ['report-to-merchant', 'Sato said the consoles left the warehouse yesterday.'],
    ]);
    expect(state.outcomes.get('police')).toMatchObject({ outcome: 'skipped', reason: 'I will go on Monday' });
    expect(state.outcomes.get('follow-through')).toMatchObject({ outcome: 'waiting', due: '2026-12-01' });
    expect(state.followUps.get('charges/deadline')?.set.due).toBe('2026-12-10'); // statement date + 30 days
    expect(state.followUps.get('follow-through')?.set.due).toBe('2026-12-01');
  });

  it('cases --json lists it with its id and progress', () => {
    const result = runCli(['cases', '--json'], home);
    expect(result.code).toBe(0);
    const cases = JSON.parse(result.stdout) as {
      id: string;
      playbook: string;
      progress: { finished: number; total: number };
      openConfirmations: number;
      closed: boolean;
    }[];
    expect(Array.isArray(cases)).toBe(true);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      id,
      playbook: 'fraud-order',
      progress: { finished: 23, total: 23 },
      closed: false,
    });
    expect(cases[0]?.openConfirmations).toBeGreaterThan(0);
  });

  it('log --json is the timeline, every entry with its type, time and text', () => {
    const result = runCli(['log', id, '--json'], home);
    expect(result.code).toBe(0);
    const lines = JSON.parse(result.stdout) as { type: string; ts: string; text: string }[];
    expect(lines).toHaveLength(readEvents(home, id).length);
    expect(lines[0]?.type).toBe('case-started');
    expect(lines.every((l) => typeof l.ts === 'string' && typeof l.text === 'string' && l.text !== '')).toBe(
      true,
    );
    expect(lines.find((l) => l.type === 'confirmation')?.text).toContain('Sato (ID 4411)');
    // The shop is named as the case's own playbook names it (as the walk-through asked), not as an included one does.
    expect(lines.find((l) => l.type === 'contact')?.text).toContain('The shop or site (merchant)');
  });

  it('a mistyped reference in note is a usage error (64) naming what the case has, and nothing is written', () => {
    const before = readEvents(home, id).length;
    for (const args of [
      ['--confirm', 'report-to-merchant.stop-shipmnet', '--answer', 'yes'],
      ['--resolve', 'report-to-merchant.cancel', 'done'],
      ['--step', 'polise', 'a note on a step that does not exist'],
    ]) {
      const result = runCli(['note', id, ...args], home);
      expect(result.code, args.join(' ')).toBe(64);
      expect(result.stderr).toMatch(/is not in this case\. Known: .*report-to-merchant/);
      expect(result.stderr).not.toContain('unexpected');
    }
    expect(readEvents(home, id)).toHaveLength(before);
  });

  it('note by flags, with a prefix of the id; close refuses while items are open, then --force closes', () => {
    const prefix = id.slice(0, -3);
    const note = runCli(['note', prefix, 'The card company called back: the card is blocked.'], home);
    expect([note.code, note.stdout.trim()]).toEqual([0, 'Saved: A note']);
    const confirm = runCli(
      [
        'note',
        prefix,
        '--confirm',
        'report-to-merchant.stop-shipment',
        '--answer',
        'yes',
        '--who',
        'Suzuki',
        '--reference',
        'CS-7790',
      ],
      home,
    );
    expect(confirm.code).toBe(0);
    expect(confirm.stdout).toMatch(
      /^Saved: An answer to an open question\nReminder set for \d{4}-\d{2}-\d{2}: Did a shipping notice arrive anyway\?/,
    );
    const resolved = runCli(
      ['note', prefix, '--resolve', 'report-to-merchant.cancel-orders', 'All orders show as cancelled'],
      home,
    );
    expect(resolved.code).toBe(0);

    const state = replayJournal(readEvents(home, id));
    expect(state.notes.at(-1)?.text).toBe('The card company called back: the card is blocked.');
    expect(state.confirmations.get('report-to-merchant.stop-shipment')?.at(-1)).toMatchObject({
      answer: 'yes',
      who: 'Suzuki',
      reference: 'CS-7790',
      channel: 'phone',
    });
    expect(state.followUps.get('report-to-merchant.cancel-orders')?.resolved?.result).toBe(
      'All orders show as cancelled',
    );

    const refused = runCli(['close', prefix], home);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`case ${id} still has open items:`);
    expect(refused.stderr).toContain('(report-to-merchant.charge)');
    expect(refused.stderr).toContain('(charges/deadline)');
    // What was settled no longer blocks; the late yes set its follow-up, which does (issue 8, item 22).
    expect(refused.stderr).not.toContain('not confirmed: Will you stop the shipment of each order');
    expect(refused.stderr).toMatch(
      /follow-up \d{4}-\d{2}-\d{2}: Did a shipping notice arrive anyway\?.*\(report-to-merchant\.stop-shipment\)/,
    );
    expect(refused.stderr).not.toContain('(report-to-merchant.cancel-orders)');
    expect(replayJournal(readEvents(home, id)).closed).toBeUndefined();

    const forced = runCli(['close', prefix, '--force'], home);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`Case ${id} is closed.`);
    expect(replayJournal(readEvents(home, id)).closed).toMatchObject({ forced: true });
    expect(JSON.parse(runCli(['cases', '--json'], home).stdout)).toEqual([]);
    expect(JSON.parse(runCli(['cases', '--json', '--all'], home).stdout)).toMatchObject([
      { id, closed: true },
    ]);
  });

  it('an unknown case is "not found" (66) for every case command', () => {
    for (const args of [
      ['log', 'no-such-case'],
      ['note', 'no-such-case', 'text'],
      ['close', 'no-such-case'],
      ['resume', 'no-such-case'],
    ]) {
      const result = runCli(args, home);
      expect(result.code, args.join(' ')).toBe(66);
      expect(result.stderr).toContain('no case called "no-such-case"');
    }
  });

  it('keeps everything private: folders 0700, files 0600, and no lock left behind', () => {
    const found: string[] = [];
    const visit = (path: string) => {
      const info = statSync(path);
      found.push(
        `${(info.mode & 0o777).toString(8)} ${info.isDirectory() ? 'dir' : 'file'} ${path.slice(home.length)}`,
      );
      if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    };
    visit(join(home, 'cases'));
    expect(found.sort()).toEqual(
      [
        `700 dir /cases`,
        `700 dir /cases/${id}`,
        `600 file /cases/${id}/journal.jsonl`,
        `600 file /cases/${id}/playbook.json`,
      ].sort(),
    );
  });
});
