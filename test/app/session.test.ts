import { describe, expect, it } from 'vitest';
import { runSession } from '../../src/app/session.js';
import { renderStepHeader } from '../../src/app/step-header.js';
import { makeCaseStarted, type JournalEvent } from '../../src/core/journal/events.js';
import { walkTasks } from '../../src/core/playbook/walk.js';
import { openConfirmations, pendingFollowUps } from '../../src/core/session/plan.js';
import { replayJournal } from '../../src/core/session/state.js';
import { ScriptedPrompter, type Script } from '../helpers/scripted-prompter.js';
import { fraud, library } from './fixtures.js';

const NOW = new Date(2026, 10, 22, 9, 30); // local time: 2026-11-22 09:30

function startEvents(): JournalEvent[] {
  return [
    makeCaseStarted(NOW, {
      case: 'c1',
      playbook: 'fraud',
      playbookHash: 'sha256:' + '0'.repeat(64),
      playbookFile: 'playbook.yaml',
      lang: 'en',
    }),
  ];
}

async function run(
  script: Script,
  options: {
    events?: JournalEvent[];
    takeDefaults?: boolean;
    lang?: 'en' | 'ja';
    savedContacts?: (step: { id: string }) => string | undefined;
  } = {},
) {
  const events = options.events ?? startEvents();
  const prompter = new ScriptedPrompter(script, {
    takeDefaults: options.takeDefaults,
    persisted: () => events.length,
  });
  const result = await runSession(
    { caseId: 'c1', playbook: fraud, library, events: [...events] },
    {
      prompter,
      append: (event) => {
        events.push(event);
        prompter.sequence.push(`saved ${event.type}`);
        return Promise.resolve();
      },
      now: () => NOW,
      lang: options.lang ?? 'en',
      savedContacts: options.savedContacts,
    },
  );
  return { ...result, events, prompter };
}

const fullRun: Script = {
  'orders.card': '4242 4242 4242 4242',
  'orders.note': 'bought with card 4111-1111-1111-1111 at night',
  'orders.kind': 'mail',
  'orders.charges[0].date': '2026/11/20',
  'orders.charges[0].amount': '1,980円',
  'orders.charges:more': ['yes', 'yes', 'no'],
  'orders.charges[1].date': '2026-11-21',
  'orders.charges[1].amount': '$12.50',
  'orders.statement': '2026-11-10',
  'orders.cancel': 'yes',
  'orders.cancel:who-name': 'Sato (ID 4411)',
  'orders.cancel:channel': 'phone',
  'orders.cancel:reference-new': 'R-123',
  'orders.cancel:at': '2026-11-22 09:05',
  // The same call: its who, channel, reference and time were given at the first question.
  'orders.charge': 'unknown',
  'orders:outcome': 'done',
  'stop/status.shipped': 'yes',
  'stop/status:outcome': 'done',
  'stop/call-carrier.tracking': '4455-6677-8899',
  'stop/call-carrier.refuse': 'yes',
  'stop/call-carrier.refuse:who-name': 'driver desk',
  'stop/call-carrier.refuse:channel': 'phone',
  'stop/call-carrier.refuse:reference-new': '',
  'stop/call-carrier.refuse:at': '',
  'stop/call-carrier:outcome': 'done',
  'password:outcome': 'done',
};

describe('runSession (scripted prompter)', () => {
  it('walks every step, records typed answers and masks a full card number', async () => {
    const { end, events, prompter } = await run(fullRun);
    expect(end).toBe('finished');
    expect(prompter.unused()).toEqual([]);
    const state = replayJournal(events);
    const orders = state.answers.get('orders');
    expect(orders?.get('card')).toEqual({ kind: 'text', value: '4242' });
    expect(orders?.get('note')).toEqual({ kind: 'text', value: 'bought with card •••• 1111 at night' });
    expect(orders?.get('charges')).toEqual({
      kind: 'records',
      value: [
        {
          date: { kind: 'date', value: '2026-11-20' },
          amount: { kind: 'money', value: { amount: '1980', currency: 'JPY' } },
        },
        {
          date: { kind: 'date', value: '2026-11-21' },
          amount: { kind: 'money', value: { amount: '12.50', currency: 'USD' } },
        },
      ],
    });
    expect(JSON.stringify(events)).not.toContain('4111-1111-1111-1111');
    expect(JSON.stringify(events)).not.toContain('4242 4242 4242 4242');
  });

  it('records who confirmed what, offers the same person and reference again', async () => {
    const { events, prompter } = await run(fullRun);
    const confirmations = events.filter((e) => e.type === 'confirmation');
    expect(confirmations.map((c) => [c.confirmation, c.answer, c.who, c.channel, c.reference])).toEqual([
      ['cancel', 'yes', 'Sato (ID 4411)', 'phone', 'R-123'],
      ['charge', 'unknown', 'Sato (ID 4411)', 'phone', 'R-123'],
      ['refuse', 'yes', 'driver desk', 'phone', undefined],
    ]);
    expect(confirmations[0]?.at).toBe('2026-11-22T09:05:00.000' + confirmations[0]?.ts.slice(23));
    // The second confirmation offered Sato as a choice rather than asking for the name again.
    expect(prompter.asked.some((a) => a.id === 'orders.charge:who-name')).toBe(false);
    expect(events.filter((e) => e.type === 'contact').map((c) => c.who)).toEqual([
      'Sato (ID 4411)',
      'driver desk',
    ]);
  });

  it('keeps "don\'t know" visible as an open confirmation', async () => {
    const { events } = await run(fullRun);
    const open = openConfirmations(replayJournal(events), walkTasks(fraud, library));
    expect(open.map((o) => o.confirmation.id)).toEqual(['charge']);
  });

  it('sets follow-ups: the dispute deadline from the statement date, and the carrier promise', async () => {
    const { events } = await run(fullRun);
    const pending = pendingFollowUps(replayJournal(events), '2026-11-22');
    expect(pending.map((f) => [f.set.id, f.set.due])).toEqual([
      ['stop/call-carrier.refuse', '2026-11-23'],
      // "Don't know" is never left without a date: ask again three days after the call.
      ['orders.charge', '2026-11-25'],
      ['orders', '2027-01-09'],
    ]);
  });

  it('passes over the carrier step when the order has not shipped', async () => {
    const { events, prompter } = await run({ 'stop/status.shipped': 'no' }, { takeDefaults: true });
    expect(prompter.asked.some((a) => a.id.startsWith('stop/call-carrier'))).toBe(false);
    expect(replayJournal(events).outcomes.has('password')).toBe(true);
  });

  it('writes every answer before the next prompt is shown', async () => {
    const { prompter } = await run(fullRun);
    const asked = prompter.asked;
    for (let i = 1; i < asked.length; i++) {
      const before = asked[i - 1];
      const at = asked[i];
      if (before?.id === 'orders.card') expect(at?.persistedBefore).toBeGreaterThan(before.persistedBefore);
      if (before?.id === 'orders.charges[0].date')
        expect(at?.persistedBefore).toBeGreaterThan(before.persistedBefore);
    }
  });

  it('stops at "come back later" and resumes at that very step', async () => {
    const first = await run({ 'orders:outcome': 'later' }, { takeDefaults: true });
    expect(first.end).toBe('later');
    const second = await run({}, { events: first.events, takeDefaults: true });
    expect(second.prompter.asked[0]?.id).toBe('orders.card');
    expect(second.end).toBe('finished');
  });

  it('goes back one step and asks it again with the earlier answers as defaults', async () => {
    const { events, prompter } = await run(
      {
        'orders.note': ['first try', ''],
        'password:outcome': ['back', 'done'],
        'stop/status.shipped': ['no', 'no'],
      },
      { takeDefaults: true },
    );
    expect(prompter.asked.filter((a) => a.id === 'stop/status.shipped')).toHaveLength(2);
    expect(
      events.some((e) => e.type === 'step-back' && e.from === 'password' && e.to === 'stop/status'),
    ).toBe(true);
  });

  it('records a skipped step with its reason, and a waiting step with its follow-up', async () => {
    const { events } = await run(
      {
        'orders:outcome': 'skipped',
        'orders:reason': 'did it by phone already',
        'password:outcome': 'waiting',
        'password:due': '2026-11-25',
        'stop/status.shipped': 'no',
      },
      { takeDefaults: true },
    );
    const state = replayJournal(events);
    expect(state.outcomes.get('orders')).toMatchObject({
      outcome: 'skipped',
      reason: 'did it by phone already',
    });
    expect(state.outcomes.get('password')).toMatchObject({ outcome: 'waiting', due: '2026-11-25' });
    expect(state.followUps.get('password')?.set.due).toBe('2026-11-25');
  });

  it('speaks Japanese when asked', async () => {
    const { prompter } = await run({}, { takeDefaults: true, lang: 'ja' });
    // 3 steps shown now, and one more (the carrier) while "has it shipped?" is not answered.
    expect(prompter.said.join('\n')).toContain('手順 1 / 約 4');
    expect(prompter.asked.find((a) => a.id === 'orders:outcome')?.message).toBe(
      'この手順はどうなりましたか?',
    );
  });

  it("wraps a step's text to the terminal width, bullets hanging under their text", () => {
    const [task] = walkTasks(
      {
        id: 'p',
        title: 'T',
        steps: [
          {
            id: 's',
            title: 'Check the order history, the hidden orders and the archived orders',
            why: 'Fraudsters hide orders on purpose, so an empty history proves nothing at all.',
            instructions:
              '- Type the address of the shop yourself, never the link in the mail.\n- Then look.',
          },
        ],
      },
      new Map(),
    );
    if (!task) throw new Error('no task');
    const lines = renderStepHeader(task, 1, 1, 'en', 40).split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(40);
    expect(lines).toContain('  - Type the address of the shop');
    expect(lines).toContain('    yourself, never the link in the');
    expect(lines.some((l) => l.startsWith('Why: Fraudsters'))).toBe(true);
  });

  it('shows the numbers saved on the contact card at the steps they fit', async () => {
    const { prompter } = await run(
      {},
      {
        takeDefaults: true,
        savedContacts: (step) => (step.id === 'orders' ? 'Saved: the shop 0120-000-000 (9-18)' : undefined),
      },
    );
    const said = prompter.said.join('\n');
    expect(said).toContain('Saved: the shop 0120-000-000 (9-18)');
    expect(said.split('Saved: the shop').length - 1).toBe(1);
  });

  it('says an answer is settled only once it is saved: a confirmation after its event is written', async () => {
    const { prompter } = await run(fullRun);
    const seq = prompter.sequence;
    // The four prompts of the "cancel" confirmation, then its event, then the settle.
    const at = seq.indexOf('ask orders.cancel:at');
    expect(seq.slice(seq.indexOf('ask orders.cancel'), at + 1).filter((s) => s === 'settled')).toEqual([]);
    expect(seq.slice(at + 1, at + 3)).toEqual(['saved confirmation', 'settled']);
    // Every answered question is saved before it is settled; nothing is asked in between.
    const card = seq.indexOf('ask orders.card');
    expect(seq.slice(card + 1, card + 3)).toEqual(['saved answer', 'settled']);
    // A question left for now needs no saving and settles at once.
    expect(seq.at(-1)).toBe('settled');
  });

  it('resuming in the middle of a step shows what was answered and asks only the rest', async () => {
    const first = await run({ 'orders.card': '4242', 'orders.note': 'first' }, { takeDefaults: true });
    // Cut the journal right after the two answers, as a killed terminal would leave it.
    const cut = first.events.slice(
      0,
      first.events.findIndex((e) => e.type === 'answer' && e.question === 'note') + 1,
    );
    const second = await run({}, { events: cut, takeDefaults: true });
    const ids = second.prompter.asked.map((a) => a.id);
    expect(ids).not.toContain('orders.card');
    expect(ids).not.toContain('orders.note');
    expect(ids[0]).toBe('orders.kind');
    expect(second.prompter.said.join('\n')).toContain('✔ Card (last 4) 4242');
  });

  it('says how to reach a party before the questions to put to it', async () => {
    const { prompter } = await run({}, { takeDefaults: true });
    const said = prompter.said.join('\n');
    expect(said).toContain('How to reach the shop: The number on your last invoice.');
    expect(said.indexOf('How to reach the shop')).toBeLessThan(said.indexOf('Kept open'));
  });

  it('keeps no entry for a record left wholly blank', async () => {
    const { events } = await run(
      { 'orders.charges:more': ['yes', 'no'], 'orders.charges[0].date': '', 'orders.charges[0].amount': '' },
      { takeDefaults: true },
    );
    expect(replayJournal(events).answers.get('orders')?.get('charges')).toBeUndefined();
  });
});
