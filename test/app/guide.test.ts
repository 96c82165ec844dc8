// "Say it once", walked with the scripted prompter: facts shared by the playbooks of a case,
// lists typed on one line and gone through record by record, one conversation per call,
// answers that are dates or choices, good news that is a "no", and nothing unconfirmed
// left without a date.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runSession } from '../../src/app/session.js';
import {
  makeCaseStarted,
  makeConfirmation,
  makeRecordField,
  type JournalEvent,
} from '../../src/core/journal/events.js';
import { confirmationFollowUps } from '../../src/core/session/follow-ups.js';
import { Playbook } from '../../src/core/playbook/schema.js';
import { openConfirmations, pendingFollowUps } from '../../src/core/session/plan.js';
import { replayJournal } from '../../src/core/session/state.js';
import { walkTasks } from '../../src/core/playbook/walk.js';
import { ScriptedPrompter, type Script } from '../helpers/scripted-prompter.js';
import { walkInMemory } from '../helpers/walk-in-memory.js';

const NOW = new Date(2026, 10, 22, 9, 30);

const book = (yaml: string) => Playbook.parse(parse(yaml));

const shipping = book(`
id: shipping
title: Stop the parcels
parties: [{id: merchant, name: The shop}]
steps:
  - id: shop
    title: Which shop
    questions:
      - {id: name, type: text, fact: shop.name, prompt: Which shop?}
  - id: none-known
    title: List the orders
    when: {fact: orders, known: false}
    questions:
      - {id: list, type: text, prompt: Which orders?}
  - id: ask-shop
    title: Ask the shop
    confirmations:
      - {id: cancel-too, party: merchant, topic: cancel, ask: Will you cancel every order?}
  - id: each-order
    title: Each order
    questions:
      - id: detail
        type: records
        for-each: orders
        item-name: order
        prompt: For each order
        fields:
          - {id: amount, type: money, currency: JPY, prompt: Amount}
          - id: status
            type: choice
            prompt: Shipped?
            options: [{id: unknown, label: Not sure}, {id: shipped, label: Shipped}, {id: not-shipped, label: Not shipped}]
          - {id: tracking, type: text, prompt: Tracking number, when: {field: status, is: shipped}}
`);

const root = book(`
id: incident
title: Orders I did not place
parties: [{id: merchant, name: The shop}]
steps:
  - id: first
    title: First things
    questions:
      - {id: shop, type: text, fact: shop.name, required: true, prompt: Which shop?}
      - id: orders
        type: records
        fact: orders
        entry: one-line
        item-name: order
        prompt: Order numbers
        fields: [{id: order-number, type: text, format: reference, prompt: Order number}]
      - {id: changed, type: yesno, expect: yes, prompt: Did you change the password?}
  - id: tell
    title: Tell the shop
    confirmations:
      - {id: cancel, party: merchant, topic: cancel, ask: Will you cancel them?}
      - {id: pay, party: merchant, expect: no, ask: Do I have to pay meanwhile?}
      - id: deadline
        party: merchant
        answer: date
        ask: By when must I dispute?
      - id: who-cancels
        party: merchant
        answer: choice
        options: [{id: shop, label: The shop}, {id: card, label: The card company}]
        ask: Who cancels the charge?
      - {id: cause, party: merchant, recheck: 1w, ask: How did they get in?}
  - id: parcels
    include: shipping
`);

const library = new Map([
  ['incident', root],
  ['shipping', shipping],
]);

const started = () =>
  makeCaseStarted(NOW, {
    case: 'c1',
    playbook: 'incident',
    playbookHash: `sha256:${'0'.repeat(64)}`,
    playbookFile: 'playbook.json',
    lang: 'en',
  });

async function run(script: Script, events: JournalEvent[] = [started()]) {
  const prompter = new ScriptedPrompter(script);
  const result = await runSession(
    { caseId: 'c1', playbook: root, library, events: [...events] },
    {
      prompter,
      append: (event) => {
        events.push(event);
        return Promise.resolve();
      },
      now: () => NOW,
      lang: 'en',
    },
  );
  return { ...result, events, prompter, state: replayJournal(events) };
}

const walk: Script = {
  'first.shop': 'Sakura Mall',
  'first.orders:list': 'A-1, A-2 A-3',
  'first.changed': 'yes',
  'first:outcome': 'done',
  'tell.cancel': 'yes',
  'tell.cancel:who-name': 'Sato',
  'tell.cancel:channel': 'chat',
  'tell.cancel:reference-new': 'INQ-1',
  'tell.cancel:at': '09:10',
  'tell.pay': 'no',
  'tell.deadline': 'answered',
  'tell.deadline:value': '2026-12-20',
  'tell.who-cancels': 'option:card',
  'tell.cause': 'unknown',
  'tell:outcome': 'waiting',
  'tell:due': '2026-11-23',
  'parcels/shop:outcome': 'done',
  'parcels/ask-shop:outcome': 'done',
  'parcels/each-order.detail[0].amount': '1980',
  'parcels/each-order.detail[0].status': 'shipped',
  'parcels/each-order.detail[0].tracking': 'T-99',
  'parcels/each-order.detail[1].amount': '500',
  'parcels/each-order.detail[1].status': 'not-shipped',
  'parcels/each-order.detail[2].amount': '',
  'parcels/each-order.detail[2].status': 'unknown',
  'parcels/each-order:outcome': 'done',
};

describe('say it once', () => {
  it('a fact told in one playbook is shown, not asked, in another of the case', async () => {
    const { prompter, state } = await run(walk);
    expect(prompter.unused()).toEqual([]);
    expect(prompter.asked.some((a) => a.id === 'parcels/shop.name')).toBe(false);
    expect(prompter.said).toContain('✔ Shop: Sakura Mall');
    expect(state.facts.get('shop.name')?.value).toEqual({ kind: 'text', value: 'Sakura Mall' });
  });

  it('order numbers typed on one line become the records every later step goes through', async () => {
    const { prompter, state, events } = await run(walk);
    const orders = state.facts.get('orders')?.value;
    expect(orders?.kind === 'records' ? orders.value : []).toEqual([
      {
        'order-number': { kind: 'text', value: 'A-1' },
        amount: { kind: 'money', value: { amount: '1980', currency: 'JPY' } },
        status: { kind: 'choice', value: 'shipped' },
        tracking: { kind: 'text', value: 'T-99' },
      },
      {
        'order-number': { kind: 'text', value: 'A-2' },
        amount: { kind: 'money', value: { amount: '500', currency: 'JPY' } },
        status: { kind: 'choice', value: 'not-shipped' },
      },
      { 'order-number': { kind: 'text', value: 'A-3' }, status: { kind: 'choice', value: 'unknown' } },
    ]);
    // Each record is headed by what is known of it; the order number is never retyped.
    expect(prompter.said).toContain('— order 1 of 3: A-1');
    expect(prompter.asked.filter((a) => a.id.endsWith('order-number'))).toEqual([]);
    // The tracking number is asked only for the order that shipped.
    expect(prompter.asked.filter((a) => a.id.endsWith('.tracking')).map((a) => a.id)).toEqual([
      'parcels/each-order.detail[0].tracking',
    ]);
    const fields = events.filter((e) => e.type === 'record-field');
    expect(fields.every((e) => e.fact === 'orders')).toBe(true);
  });

  it('a correction is a new answer: the case uses it, the journal keeps both', async () => {
    const { state, events, prompter } = await run({
      ...walk,
      'parcels/shop:outcome': ['correct', 'done'],
      'parcels/shop:correct': 'name',
      'parcels/shop.name:corrected': 'Sakura Mall Online',
    });
    expect(prompter.unused()).toEqual([]);
    expect(state.facts.get('shop.name')?.value).toEqual({ kind: 'text', value: 'Sakura Mall Online' });
    const told = events.filter((e) => e.type === 'answer' && e.fact === 'shop.name');
    expect(told.map((e) => (e.type === 'answer' ? [e.step, e.value] : []))).toEqual([
      ['first', 'Sakura Mall'],
      ['parcels/shop', 'Sakura Mall Online'],
    ]);
  });
});

describe('asked once across the playbooks of a case', () => {
  it('a promise already given on the same topic is shown as confirmed, not asked again', async () => {
    const { prompter, state } = await run(walk);
    expect(prompter.asked.some((a) => a.id.startsWith('parcels/ask-shop.'))).toBe(false);
    expect(prompter.said).toContain('✔ Already confirmed: “Will you cancel every order?” (Sato, INQ-1)');
    const open = openConfirmations(state, walkTasks(root, library)).map((o) => o.confirmation.id);
    expect(open).not.toContain('cancel-too');
  });

  it('a step for when a fact is not known yet is passed over once it is', async () => {
    const { prompter } = await run(walk);
    expect(prompter.asked.some((a) => a.id.startsWith('parcels/none-known'))).toBe(false);
    const none = await run({
      ...walk,
      'first.orders:list': '',
      'parcels/none-known.list': 'not sure',
      'parcels/none-known:outcome': 'done',
      'parcels/each-order.detail:more': 'no',
    });
    expect(none.prompter.asked.some((a) => a.id === 'parcels/none-known.list')).toBe(true);
  });
});

describe('one conversation, typed answers, good news', () => {
  it('who, channel, reference and time are asked once per conversation', async () => {
    const { state, prompter } = await run(walk);
    const asked = prompter.asked.filter((a) => a.id.startsWith('tell.')).map((a) => a.id);
    expect(asked).toEqual([
      'tell.cancel',
      'tell.cancel:who-name',
      'tell.cancel:channel',
      'tell.cancel:reference-new',
      'tell.cancel:at',
      'tell.pay',
      'tell.deadline',
      'tell.deadline:value',
      'tell.who-cancels',
      'tell.cause',
    ]);
    const all = [...state.confirmations.values()].flat();
    expect(new Set(all.map((c) => `${c.who}|${c.channel}|${c.reference}|${c.at}`)).size).toBe(1);
    expect(all[0]?.at).toMatch(/^2026-11-22T09:10/);
    // The conversation is named with the question, so the person can see which call it is.
    expect(prompter.asked.find((a) => a.id === 'tell.pay')?.message).toContain('Sato · Chat · INQ-1');
  });

  it('an answer from another conversation asks who, how and which reference again', async () => {
    const { state } = await run({
      ...walk,
      'tell.pay': 'other-conversation',
      'tell.pay:again': 'no',
      'tell.pay:who': '__new__',
      'tell.pay:who-name': 'Kato',
      'tell.pay:channel': 'phone',
      'tell.pay:reference': '__new__',
      'tell.pay:reference-new': 'CALL-2',
      'tell.pay:at': '',
      // The next question joins the latest conversation, the call with Kato.
    });
    expect(state.confirmations.get('tell.pay')?.at(-1)).toMatchObject({ who: 'Kato', reference: 'CALL-2' });
    expect(state.confirmations.get('tell.deadline')?.at(-1)).toMatchObject({ who: 'Kato' });
  });

  it('records what the party said: a date, a choice; expect: no makes a "no" good news', async () => {
    const { state } = await run(walk);
    expect(state.confirmations.get('tell.deadline')?.at(-1)?.value).toEqual({
      kind: 'date',
      value: '2026-12-20',
    });
    expect(state.confirmations.get('tell.who-cancels')?.at(-1)?.value).toEqual({
      kind: 'choice',
      value: 'card',
    });
    const open = openConfirmations(state, walkTasks(root, library)).map((o) => o.confirmation.id);
    expect(open).toEqual(['cause']);
  });

  it('"don\'t know" sets a date to ask again; a later good answer resolves it', async () => {
    const { state } = await run(walk);
    const recheck = pendingFollowUps(state, '2026-11-22').find((f) => f.set.id === 'tell.cause');
    expect(recheck?.set).toMatchObject({ due: '2026-11-29', origin: { recheck: true } });
    expect(recheck?.set.check).toContain('How did they get in?');
    // Days later the shop answered: the reminder to ask again is resolved, not left hanging.
    const task = walkTasks(root, library).find((t) => t.key === 'tell');
    const cause = task?.step.confirmations?.find((c) => c.id === 'cause');
    if (task === undefined || cause === undefined) throw new Error('no tell.cause');
    const answered = makeConfirmation(NOW, {
      step: 'tell',
      confirmation: 'cause',
      party: 'merchant',
      answer: 'yes',
      who: 'Sato',
      channel: 'email',
    });
    const later = confirmationFollowUps(task, cause, answered, state, 'en', NOW);
    expect(later).toMatchObject([{ type: 'follow-up-resolved', id: 'tell.cause' }]);
  });
});

describe('defaults that do not hope', () => {
  it('"done" is not the default after a no to a question that expects yes', async () => {
    const prompter = new ScriptedPrompter({ ...walk, 'first.changed': 'no' });
    const events: JournalEvent[] = [started()];
    let outcomeDefault: string | undefined;
    const original = prompter.choose.bind(prompter);
    prompter.choose = (request) => {
      if (request.id === 'first:outcome') outcomeDefault = request.default;
      return original(request);
    };
    await runSession(
      { caseId: 'c1', playbook: root, library, events: [...events] },
      { prompter, append: (e) => (events.push(e), Promise.resolve()), now: () => NOW, lang: 'en' },
    );
    expect(outcomeDefault).toBe('waiting');
  });

  it('"add another?" has no default, unless a count says how many to expect', async () => {
    const counted = book(`
id: counted
title: Counted
steps:
  - id: s
    title: S
    questions:
      - {id: mails, type: text, prompt: How many mails?}
      - id: list
        type: records
        count: s.mails
        prompt: Each
        fields: [{id: n, type: text, prompt: Number}]
`);
    const defaults: (string | undefined)[] = [];
    const prompter = new ScriptedPrompter({
      's.mails': '2 mails',
      's.list:more': ['yes', 'yes', 'no'],
      's.list[0].n': 'a',
      's.list[1].n': 'b',
      's:outcome': 'done',
    });
    const original = prompter.choose.bind(prompter);
    prompter.choose = (request) => {
      if (request.id === 's.list:more') defaults.push(request.default);
      return original(request);
    };
    await runSession(
      { caseId: 'c', playbook: counted, library: new Map([['counted', counted]]), events: [started()] },
      { prompter, append: () => Promise.resolve(), now: () => NOW, lang: 'en' },
    );
    expect(defaults).toEqual(['yes', 'yes', 'no']);
  });
});

describe('resuming inside a record', () => {
  const listing = book(`
id: listing
title: Listing
steps:
  - id: s
    title: S
    questions:
      - id: orders
        type: records
        fact: orders
        item-name: order
        prompt: Each order
        fields:
          - {id: number, type: text, prompt: Number}
          - {id: amount, type: text, prompt: Amount}
          - {id: item, type: text, prompt: Item}
`);

  it('shows the saved records and continues the one cut short, without saving it twice', async () => {
    const events: JournalEvent[] = [
      started(),
      makeRecordField(NOW, {
        step: 's',
        question: 'orders',
        index: 0,
        field: 'number',
        value: { kind: 'text', value: 'A-1' },
        fact: 'orders',
      }),
      makeRecordField(NOW, {
        step: 's',
        question: 'orders',
        index: 0,
        field: 'amount',
        value: { kind: 'text', value: '100' },
        fact: 'orders',
      }),
      makeRecordField(NOW, {
        step: 's',
        question: 'orders',
        index: 0,
        field: 'item',
        value: { kind: 'text', value: 'Shoes' },
        fact: 'orders',
      }),
      makeRecordField(NOW, {
        step: 's',
        question: 'orders',
        index: 1,
        field: 'number',
        value: { kind: 'text', value: 'A-2' },
        fact: 'orders',
      }),
    ];
    const prompter = new ScriptedPrompter({
      's.orders[1].amount': '200',
      's.orders[1].item': 'Hat',
      's.orders:more': 'no',
      's:outcome': 'done',
    });
    await runSession(
      { caseId: 'c', playbook: listing, library: new Map([['listing', listing]]), events: [...events] },
      { prompter, append: (e) => (events.push(e), Promise.resolve()), now: () => NOW, lang: 'en' },
    );
    expect(prompter.unused()).toEqual([]);
    expect(prompter.said.join('\n')).toContain('order 1: A-1 · 100 · Shoes');
    const orders = replayJournal(events).facts.get('orders')?.value;
    expect(orders?.kind === 'records' ? orders.value.length : 0).toBe(2);
    expect(orders?.kind === 'records' ? orders.value[1] : undefined).toEqual({
      number: { kind: 'text', value: 'A-2' },
      amount: { kind: 'text', value: '200' },
      item: { kind: 'text', value: 'Hat' },
    });
  });
});

describe('a step skipped on purpose', () => {
  it('closes its own confirmations, with the reason on record', async () => {
    const script: Script = Object.fromEntries(Object.entries(walk).filter(([id]) => !id.startsWith('tell')));
    const { state } = await run({
      ...script,
      'tell.cancel': 'not-asked',
      'tell.pay': 'not-asked',
      'tell.deadline': 'not-asked',
      'tell.who-cancels': 'not-asked',
      'tell.cause': 'not-asked',
      'tell:outcome': 'skipped',
      'tell:reason': 'The shop closed the account; the card company handles it',
      'parcels/ask-shop.cancel-too': 'not-asked',
    });
    // Only the question of a later step, not asked there either, is still open.
    expect(openConfirmations(state, walkTasks(root, library)).map((o) => o.confirmation.id)).toEqual([
      'cancel-too',
    ]);
  });
});

describe('a list asked at once (batch)', () => {
  const batched = book(`
id: batched
title: Orders
steps:
  - id: first
    title: Orders
    questions:
      - id: orders
        type: records
        fact: orders
        entry: one-line
        item-name: order
        prompt: Order numbers
        fields: [{id: order-number, type: text, format: reference, prompt: Order number}]
  - id: each
    title: Each order
    questions:
      - id: detail
        type: records
        for-each: orders
        batch: status
        item-name: order
        prompt: For each order
        fields:
          - id: status
            type: choice
            prompt: Shipped?
            options: [{id: unknown, label: Not sure}, {id: shipped, label: Shipped}, {id: not-shipped, label: Not shipped}]
          - {id: tracking, type: text, prompt: Tracking number, when: {field: status, is: shipped}}
`);

  const walkBatched = (script: Script) => walkInMemory(batched, script, NOW);

  it('asks the answer for most records, then each one that differs, and records every record', async () => {
    const { prompter, state } = await walkBatched({
      'first.orders:list': 'A-1 A-2 A-3 A-4',
      'first:outcome': 'done',
      'each.detail:status:most': 'not-shipped',
      'each.detail:status:except': '2',
      'each.detail[2].status': 'shipped',
      'each.detail[2].tracking': 'T-9',
      'each:outcome': 'done',
    });
    expect(prompter.unused()).toEqual([]);
    const orders = state.facts.get('orders')?.value;
    const statuses = (orders?.kind === 'records' ? orders.value : []).map((r) => r.status);
    expect(statuses).toEqual([
      { kind: 'choice', value: 'not-shipped' },
      { kind: 'choice', value: 'not-shipped' },
      { kind: 'choice', value: 'shipped' },
      { kind: 'choice', value: 'not-shipped' },
    ]);
    // 3 prompts for 4 statuses; the others are never asked one by one.
    expect(prompter.asked.filter((a) => a.id.includes('status')).map((a) => a.id)).toEqual([
      'each.detail:status:most',
      'each.detail:status:except',
      'each.detail[2].status',
    ]);
    // The cautious answer is the default, never the hopeful one.
    expect(prompter.asked.find((a) => a.id === 'each.detail:status:most')?.message).toContain(
      'the answer for most of the 4 orders',
    );
  });
});
