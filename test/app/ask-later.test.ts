// `respond note <case> shipment|loss|call|charge` asked at a terminal: each later event is
// asked with the walk-through's own typed prompts and becomes the facts the walk-through
// records, so reports and drafts read them like any other answer.
import { describe, expect, it } from 'vitest';
import { eventsFor } from '../../src/app/add-to-case.js';
import { askLaterEvent } from '../../src/app/ask-later.js';
import type { LoadedCase } from '../../src/app/cases.js';
import { makeCaseStarted, makeRecordField, type JournalEvent } from '../../src/core/journal/events.js';
import { walkTasks } from '../../src/core/playbook/walk.js';
import { replayJournal } from '../../src/core/session/state.js';
import { loadBuiltinLibrary } from '../helpers/builtins.js';
import { ScriptedPrompter, type Script } from '../helpers/scripted-prompter.js';

const now = new Date(2026, 10, 30, 10, 0);

async function caseWith(events: JournalEvent[]): Promise<LoadedCase> {
  const library = await loadBuiltinLibrary();
  const playbook = library.get('fraud-order');
  if (playbook === undefined) throw new Error('no fraud-order');
  const all = [
    makeCaseStarted(new Date(2026, 10, 29, 9, 0), {
      case: 'c',
      playbook: 'fraud-order',
      playbookHash: `sha256:${'0'.repeat(64)}`,
      playbookFile: 'playbook.json',
      lang: 'ja',
    }),
    ...events,
  ];
  return {
    id: 'c',
    dir: '',
    journalPath: '',
    events: all,
    warnings: [],
    playbook,
    library,
    tasks: walkTasks(playbook, library),
    state: replayJournal(all),
  };
}

/** Asks the later event with the script, records it, and returns the case after it. */
async function ask(loaded: LoadedCase, kind: 'shipment' | 'loss' | 'call' | 'charge', script: Script) {
  const prompter = new ScriptedPrompter(script);
  const addition = await askLaterEvent({ prompter, lang: 'ja', now: () => now }, kind, loaded);
  if (addition === undefined) return { prompter, events: [], state: loaded.state };
  const events = eventsFor(loaded, addition, now);
  return { prompter, events, state: replayJournal([...loaded.events, ...events]) };
}

const order = (index: number, number: string) =>
  makeRecordField(now, {
    step: 'report-to-merchant',
    question: 'orders',
    index,
    field: 'order-number',
    value: { kind: 'text', value: number },
    fact: 'orders',
  });

describe('later events asked at a terminal', () => {
  it('a parcel joins the shipments fact; the same tracking number later changes its status', async () => {
    const first = await ask(await caseWith([]), 'shipment', {
      'note:shipment.carrier': 'ヤマト運輸',
      'note:shipment.tracking': '1234-5678-9012',
      'note:shipment.status': 'shipped',
      'note:shipment.order': '1003',
    });
    // The tracking number first: it is what finds a parcel already listed.
    expect(first.prompter.asked.map((a) => a.id)).toEqual([
      'note:shipment.tracking',
      'note:shipment.carrier',
      'note:shipment.status',
      'note:shipment.order',
    ]);
    // In the case's language, as the walk-through asks.
    expect(first.prompter.asked[0]?.message).toContain('追跡番号');
    const again = await ask(await caseWith([...first.events]), 'shipment', {
      'note:shipment.carrier': '',
      'note:shipment.tracking': '1234 5678 9012',
      'note:shipment.status': 'refused',
      'note:shipment.order': '',
    });
    const shipments = again.state.facts.get('shipments')?.value;
    expect(shipments).toEqual({
      kind: 'records',
      value: [
        {
          carrier: { kind: 'text', value: 'ヤマト運輸' },
          tracking: { kind: 'text', value: '1234 5678 9012' },
          status: { kind: 'choice', value: 'refused' },
          order: { kind: 'text', value: '1003' },
        },
      ],
    });
  });

  it('a loss is an amount in the losses fact, typed as the person writes it', async () => {
    const { state } = await ask(await caseWith([]), 'loss', {
      'note:loss.what': 'ギフト券',
      'note:loss.amount': '10,000円',
      'note:loss.when': '2026-11-29',
    });
    expect(state.facts.get('losses')?.value).toEqual({
      kind: 'records',
      value: [
        {
          what: { kind: 'text', value: 'ギフト券' },
          amount: { kind: 'money', value: { amount: '10000', currency: 'JPY' } },
          when: { kind: 'date', value: '2026-11-29' },
        },
      ],
    });
  });

  it('a call back keeps who, how, the reference and what they said', async () => {
    const { events, prompter } = await ask(await caseWith([]), 'call', {
      'note:call.party': 'carrier',
      'note:call.who': '鈴木',
      'note:call.channel': 'phone',
      'note:call.reference': '1234-5678-9012',
      'note:call.said': '差出人に返送します',
    });
    expect(prompter.asked.find((a) => a.id === 'note:call.party')?.message).toBe(
      '連絡してきた・答えた相手は?',
    );
    expect(events).toMatchObject([
      { type: 'contact', party: 'carrier', who: '鈴木', channel: 'phone', reference: '1234-5678-9012' },
      { type: 'note', text: '差出人に返送します' },
    ]);
  });

  it('a charge reversed or not is a field of that order; with nothing listed, nothing is asked', async () => {
    const loaded = await caseWith([order(0, '1001'), order(1, '1002')]);
    const { state, prompter } = await ask(loaded, 'charge', {
      'note:charge.which': '1',
      'note:charge.reversed': 'no',
    });
    expect(prompter.asked.map((a) => a.id)).toEqual(['note:charge.which', 'note:charge.reversed']);
    const orders = state.facts.get('orders')?.value;
    expect(orders?.kind === 'records' ? orders.value[1] : undefined).toEqual({
      'order-number': { kind: 'text', value: '1002' },
      reversed: { kind: 'yesno', value: false },
    });
    const empty = await ask(await caseWith([]), 'charge', {});
    expect(empty.events).toEqual([]);
    expect(empty.prompter.said).toEqual(['このケースにはまだ請求も注文も記録されていません。']);
  });
});
