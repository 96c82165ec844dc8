// Issue 8, item 23: `when` on a field of a records question is applied: the field is asked
// only while its condition holds.
import { describe, expect, it } from 'vitest';
import { runSession } from '../../src/app/session.js';
import type { JournalEvent } from '../../src/core/journal/events.js';
import type { Playbook } from '../../src/core/playbook/schema.js';
import { replayJournal } from '../../src/core/session/state.js';
import { ScriptedPrompter, type Script } from '../helpers/scripted-prompter.js';

const orders: Playbook = {
  id: 'orders',
  title: 'Orders',
  steps: [
    {
      id: 's',
      title: 'Write down the orders',
      questions: [
        { id: 'shipped', type: 'yesno', required: true, prompt: 'Has anything shipped?' },
        {
          id: 'orders',
          type: 'records',
          required: true,
          prompt: 'Orders',
          fields: [
            { id: 'number', type: 'text', prompt: 'Order number' },
            {
              id: 'tracking',
              type: 'text',
              prompt: 'Tracking number',
              when: { answer: 's.shipped', is: true },
            },
          ],
        },
      ],
    },
  ],
};

async function run(script: Script) {
  const prompter = new ScriptedPrompter({ ...script, 's.orders:more': 'no', 's:outcome': 'done' });
  const events: JournalEvent[] = [];
  await runSession(
    { caseId: 'c', playbook: orders, library: new Map(), events: [] },
    {
      prompter,
      append: (e) => (events.push(e), Promise.resolve()),
      now: () => new Date(2026, 10, 22, 10),
      lang: 'en',
    },
  );
  return {
    asked: prompter.asked.map((a) => a.id),
    orders: replayJournal(events).answers.get('s')?.get('orders'),
  };
}

describe('a records field with `when`', () => {
  it('is not asked while its condition does not hold', async () => {
    const { asked, orders: list } = await run({ 's.shipped': 'no', 's.orders[0].number': 'A-1' });
    expect(asked).not.toContain('s.orders[0].tracking');
    expect(list).toEqual({ kind: 'records', value: [{ number: { kind: 'text', value: 'A-1' } }] });
  });

  it('is asked when it holds', async () => {
    const { asked, orders: list } = await run({
      's.shipped': 'yes',
      's.orders[0].number': 'A-1',
      's.orders[0].tracking': 'T-9',
    });
    expect(asked).toContain('s.orders[0].tracking');
    expect(list).toEqual({
      kind: 'records',
      value: [{ number: { kind: 'text', value: 'A-1' }, tracking: { kind: 'text', value: 'T-9' } }],
    });
  });
});
