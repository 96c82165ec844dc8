// Issue 8, item 12: a records question writes one small event per field, never the whole
// list again, so the journal grows linearly; replay gives the same list; journals that
// hold whole lists still load; runaway lists are refused with a clear line.
import { describe, expect, it } from 'vitest';
import { checkAnswersShape, MAX_ANSWER_ENTRIES } from '../../src/app/answers-file.js';
import { AnswersPrompter } from '../../src/app/answers-prompter.js';
import { runSession } from '../../src/app/session.js';
import {
  makeAnswer,
  makeCaseStarted,
  makeRecordField,
  MAX_RECORDS,
  parseEvent,
  type JournalEvent,
} from '../../src/core/journal/events.js';
import { walkTasks } from '../../src/core/playbook/walk.js';
import { replayJournal } from '../../src/core/session/state.js';
import { ScriptedPrompter } from '../helpers/scripted-prompter.js';
import { fraud, library } from './fixtures.js';

const NOW = new Date(2026, 10, 22, 9, 30);
const keys = new Set(walkTasks(fraud, library).map((t) => t.key));

function charges(n: number) {
  return Array.from({ length: n }, (_, i) => ({ date: '2026-11-20', amount: `${1000 + i} JPY` }));
}

async function journalFor(n: number): Promise<{ bytes: number; events: JournalEvent[] }> {
  const checked = checkAnswersShape(
    { steps: { orders: { answers: { charges: charges(n) }, outcome: 'later' } } },
    keys,
  );
  if ('problems' in checked) throw new Error(checked.problems.join('\n'));
  const events: JournalEvent[] = [
    makeCaseStarted(NOW, {
      case: 'c',
      playbook: 'fraud',
      playbookHash: `sha256:${'0'.repeat(64)}`,
      playbookFile: 'playbook.json',
      lang: 'en',
    }),
  ];
  await runSession(
    { caseId: 'c', playbook: fraud, library, events: [...events] },
    {
      prompter: new AnswersPrompter(checked.file),
      append: (event) => {
        events.push(event);
        return Promise.resolve();
      },
      now: () => NOW,
      lang: 'en',
    },
  );
  return { bytes: events.reduce((sum, e) => sum + JSON.stringify(e).length + 1, 0), events };
}

describe('records in the journal', () => {
  it('grow it linearly: 1,000 records stay under 1 MB, twice as many records about twice the bytes', async () => {
    const small = await journalFor(250);
    const large = await journalFor(1000);
    expect(large.bytes).toBeLessThan(1_000_000);
    expect(large.bytes / small.bytes).toBeLessThan(4.5); // quadratic growth would be ~16
    // Every event holds one field, and the replayed list is the one given.
    const list = replayJournal(large.events).answers.get('orders')?.get('charges');
    expect(list?.kind === 'records' ? list.value.length : 0).toBe(1000);
    expect(list?.kind === 'records' ? list.value[999] : undefined).toEqual({
      date: { kind: 'date', value: '2026-11-20' },
      amount: { kind: 'money', value: { amount: '1999', currency: 'JPY' } },
    });
    expect(large.events.filter((e) => e.type === 'record-field')).toHaveLength(2000);
  });

  it('an old journal holding whole lists still loads, and a field added later joins its list', () => {
    const date = { kind: 'date', value: '2026-11-20' } as const;
    const state = replayJournal([
      makeAnswer(NOW, {
        step: 'orders',
        question: 'charges',
        answer: { kind: 'records', value: [{ date }, { date }] },
      }),
      makeRecordField(NOW, {
        step: 'orders',
        question: 'charges',
        index: 2,
        field: 'date',
        value: { kind: 'date', value: '2026-11-21' },
      }),
      makeRecordField(NOW, {
        step: 'orders',
        question: 'charges',
        index: 1,
        field: 'amount',
        value: { kind: 'money', value: { amount: '5', currency: 'USD' } },
      }),
    ]);
    expect(state.answers.get('orders')?.get('charges')).toEqual({
      kind: 'records',
      value: [
        { date },
        { date, amount: { kind: 'money', value: { amount: '5', currency: 'USD' } } },
        { date: { kind: 'date', value: '2026-11-21' } },
      ],
    });
  });

  it('a record field event is checked like any other: no nesting, no negative or runaway index', () => {
    const good = makeRecordField(NOW, {
      step: 's',
      question: 'q',
      index: 0,
      field: 'f',
      value: { kind: 'text', value: 'card 4111 1111 1111 1111' },
    });
    expect(good).toMatchObject({ kind: 'text', value: 'card •••• 1111' });
    for (const bad of [
      { index: -1 },
      { index: 1.5 },
      { index: MAX_RECORDS },
      { kind: 'records', value: [] },
      { field: '' },
    ])
      expect(parseEvent({ ...good, ...bad }).ok).toBe(false);
  });

  it('refuses more records than a question keeps, or an answers file of runaway size, with a clear line', () => {
    const tooMany = checkAnswersShape(
      { steps: { orders: { answers: { charges: charges(MAX_RECORDS + 1) } } } },
      keys,
    );
    expect(tooMany).toEqual({
      problems: [
        `steps.orders.answers.charges: ${MAX_RECORDS + 1} entries; one question keeps at most ${MAX_RECORDS}`,
      ],
    });
    const huge = checkAnswersShape(
      {
        steps: {
          orders: {
            note: 'x',
            answers: Object.fromEntries(Array.from({ length: MAX_ANSWER_ENTRIES }, (_, i) => [`k${i}`, 'v'])),
          },
        },
      },
      keys,
    );
    expect(huge).toEqual({
      problems: [`the file holds more than ${MAX_ANSWER_ENTRIES} entries; a run never needs that many`],
    });
  });

  it('in a terminal, stops asking for more once a question holds as many records as it keeps', async () => {
    const more = Array.from({ length: MAX_RECORDS }, () => 'yes');
    const prompter = new ScriptedPrompter(
      { 'orders.charges:more': more, 'orders:outcome': 'later' },
      { takeDefaults: true },
    );
    const events: JournalEvent[] = [];
    await runSession(
      { caseId: 'c', playbook: fraud, library, events: [] },
      { prompter, append: (e) => (events.push(e), Promise.resolve()), now: () => NOW, lang: 'en' },
    );
    expect(prompter.said).toContain(
      `  That is ${MAX_RECORDS} entries, as many as one question keeps. Add anything more as a note.`,
    );
  });

  it('an entry left blank leaves no gap: the fields of the next entry stay together in one record, live and replayed', async () => {
    const prompter = new ScriptedPrompter(
      {
        'orders.charges:more': ['yes', 'yes', 'no'],
        'orders.charges[0].date': '',
        'orders.charges[0].amount': '',
        'orders.charges[1].date': '2026-11-20',
        'orders.charges[1].amount': '500 JPY',
        'orders:outcome': 'later',
      },
      { takeDefaults: true },
    );
    const events: JournalEvent[] = [];
    const { state } = await runSession(
      { caseId: 'c', playbook: fraud, library, events: [] },
      { prompter, append: (e) => (events.push(e), Promise.resolve()), now: () => NOW, lang: 'en' },
    );
    const expected = {
      kind: 'records',
      value: [
        {
          date: { kind: 'date', value: '2026-11-20' },
          amount: { kind: 'money', value: { amount: '500', currency: 'JPY' } },
        },
      ],
    };
    expect(state.answers.get('orders')?.get('charges')).toEqual(expected);
    expect(replayJournal(events).answers.get('orders')?.get('charges')).toEqual(expected);
  });
});
