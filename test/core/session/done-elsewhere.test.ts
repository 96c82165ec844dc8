import { describe, expect, it } from 'vitest';
import { makeAnswer, makeCaseStarted, makeStepOutcome } from '../../../src/core/journal/events.js';
import type { Playbook } from '../../../src/core/playbook/schema.js';
import { canAddRoot, combineRoots, walkTasks } from '../../../src/core/playbook/walk.js';
import { doneElsewhere } from '../../../src/core/session/done-elsewhere.js';
import { conditionsHold, isStepVisible } from '../../../src/core/session/plan.js';
import { replayJournal } from '../../../src/core/session/state.js';

const now = new Date('2026-11-22T10:00:00Z');
const shop: Playbook = {
  id: 'shop',
  title: 'Orders',
  steps: [
    { id: 'password', title: 'Change the shop password', action: 'change-password' },
    { id: 'report', title: 'Tell the shop', action: 'stop-shipment' },
    { id: 'carrier', title: 'Call the carrier', action: 'stop-shipment' },
    { id: 'cards', include: 'card' },
  ],
};
const card: Playbook = {
  id: 'card',
  title: 'Card',
  steps: [{ id: 'call', title: 'Call the card company', action: 'stop-card' }],
};
const mail: Playbook = {
  id: 'mail',
  title: 'Mail',
  steps: [
    { id: 'first', title: 'First', when: { answer: 'first.x', answered: true } },
    { id: 'new-password', title: 'New password', action: 'change-password' },
    { id: 'card-call', title: 'Card', action: 'stop-card' },
  ],
};
const library = new Map([
  ['shop', shop],
  ['card', card],
  ['mail', mail],
]);

const started = makeCaseStarted(now, {
  case: 'c',
  playbook: 'shop',
  playbookHash: `sha256:${'0'.repeat(64)}`,
  playbookFile: 'playbook.json',
  lang: 'en',
});

describe('combineRoots', () => {
  it('keeps the first root’s keys and prefixes a later root’s with its id', () => {
    const tasks = walkTasks(combineRoots([shop, mail]), library);
    expect(tasks.map((t) => [t.key, t.caseRoot])).toEqual([
      ['password', 'shop'],
      ['report', 'shop'],
      ['carrier', 'shop'],
      ['cards/call', 'shop'],
      ['mail/first', 'mail'],
      ['mail/new-password', 'mail'],
      ['mail/card-call', 'mail'],
    ]);
    // A later root's conditions name its own answers, under its prefix.
    expect(tasks[4]?.conditions[0]?.scope).toBe('mail/');
    expect(walkTasks(combineRoots([shop]), library).map((t) => t.key)).toEqual(
      walkTasks(shop, library).map((t) => t.key),
    );
  });

  it('walks a playbook two roots include once, under the first', () => {
    const alsoCard: Playbook = {
      ...mail,
      id: 'also',
      steps: [
        { id: 'x', title: 'X' },
        { id: 'c', include: 'card' },
      ],
    };
    const both = new Map([...library, ['also', alsoCard]]);
    const tasks = walkTasks(combineRoots([shop, alsoCard]), both);
    const state = replayJournal([started]);
    expect(tasks.filter((t) => isStepVisible(t, state)).map((t) => t.key)).toEqual([
      'password',
      'report',
      'carrier',
      'cards/call',
      'also/x',
    ]);
    // One playbook alone still walks an include it makes twice, as before.
    const twice: Playbook = {
      ...shop,
      steps: [
        { id: 'a', include: 'card' },
        { id: 'b', include: 'card' },
      ],
    };
    expect(walkTasks(twice, library).map((t) => t.key)).toEqual(['a/call', 'b/call']);
  });

  it('refuses a playbook the case already runs or includes', () => {
    expect(canAddRoot([shop], library, 'mail')).toBe(true);
    expect(canAddRoot([shop], library, 'card')).toBe(false);
    expect(canAddRoot([shop, mail], library, 'mail')).toBe(false);
    expect(canAddRoot([shop], library, 'shop')).toBe(false);
  });

  // phishing-clicked includes bank-transfer only when bank details were typed; a person who
  // also ticked "money left my bank" must be walked through bank-transfer whatever they answer.
  const paid: Playbook = {
    id: 'paid',
    title: 'Paid',
    steps: [
      {
        id: 'what',
        title: 'What did you type?',
        questions: [{ id: 'card', type: 'yesno', prompt: 'A card number?' }],
      },
      { id: 'card', include: 'card', when: { answer: 'what.card', is: true } },
    ],
  };
  const withPaid = new Map([...library, ['paid', paid]]);

  it('adds a playbook an earlier root includes only on a condition, keyed apart from that step', () => {
    expect(canAddRoot([paid], withPaid, 'card')).toBe(true);
    const tasks = walkTasks(combineRoots([paid, card]), withPaid);
    expect(tasks.map((t) => t.key)).toEqual(['what', 'card/call', 'card-2/call']);
    const ask = (answer: boolean) =>
      replayJournal([
        started,
        makeAnswer(now, { step: 'what', question: 'card', answer: { kind: 'yesno', value: answer } }),
      ]);
    // Typed a card number: the call is walked inside the first playbook, once.
    expect(tasks.filter((t) => isStepVisible(t, ask(true))).map((t) => t.key)).toEqual(['what', 'card/call']);
    // Did not: it is still walked, as the root the person asked for.
    expect(tasks.filter((t) => isStepVisible(t, ask(false))).map((t) => t.key)).toEqual([
      'what',
      'card-2/call',
    ]);
  });

  it('does not offer to add to a case a playbook its answers already walk', () => {
    const state = replayJournal([
      started,
      makeAnswer(now, { step: 'what', question: 'card', answer: { kind: 'yesno', value: true } }),
    ]);
    expect(canAddRoot([paid], withPaid, 'card', conditionsHold(state))).toBe(false);
    expect(canAddRoot([paid], withPaid, 'card', conditionsHold(replayJournal([started])))).toBe(true);
  });
});

describe('doneElsewhere', () => {
  const tasks = walkTasks(combineRoots([shop, mail]), library);
  const task = (key: string) => {
    const found = tasks.find((t) => t.key === key);
    if (!found) throw new Error(key);
    return found;
  };

  it('names the step of another playbook of the case that did the same action', () => {
    const state = replayJournal([started, makeStepOutcome(now, { step: 'password', outcome: 'done' })]);
    expect(doneElsewhere(task('mail/new-password'), tasks, state)?.key).toBe('password');
    // Its own playbook's include counts as the same playbook of the case.
    const card = replayJournal([started, makeStepOutcome(now, { step: 'cards/call', outcome: 'done' })]);
    expect(doneElsewhere(task('mail/card-call'), tasks, card)?.key).toBe('cards/call');
  });

  it('leaves alone a step of the same playbook, one not done, and one without an action', () => {
    const reported = replayJournal([started, makeStepOutcome(now, { step: 'report', outcome: 'done' })]);
    expect(doneElsewhere(task('carrier'), tasks, reported)).toBeUndefined();
    const skipped = replayJournal([
      started,
      makeStepOutcome(now, { step: 'password', outcome: 'skipped', reason: 'no' }),
    ]);
    expect(doneElsewhere(task('mail/new-password'), tasks, skipped)).toBeUndefined();
    expect(doneElsewhere(task('mail/first'), tasks, reported)).toBeUndefined();
  });
});

describe('the built-ins name the account a password protects', () => {
  it("fraud-order's shop password does not stand for account-takeover's mail password; a card stopped is stopped", async () => {
    const { loadBuiltinLibrary } = await import('../../helpers/builtins.js');
    const builtins = await loadBuiltinLibrary();
    const roots = ['fraud-order', 'account-takeover', 'data-leak-notice'].map((id) => {
      const root = builtins.get(id);
      if (root === undefined) throw new Error(`no built-in ${id}`);
      return root;
    });
    const tasks = walkTasks(combineRoots(roots), builtins);
    const task = (key: string) => {
      const found = tasks.find((t) => t.key === key);
      if (found === undefined) throw new Error(`no step ${key}`);
      return found;
    };
    const state = replayJournal([
      started,
      makeStepOutcome(now, { step: 'lock-them-out', outcome: 'done' }),
      makeStepOutcome(now, { step: 'charges/call-issuer', outcome: 'done' }),
    ]);
    expect(doneElsewhere(task('account-takeover/new-password'), tasks, state)).toBeUndefined();
    expect(doneElsewhere(task('data-leak-notice/change-passwords'), tasks, state)).toBeUndefined();
    // Positive control: the card company called in fraud-order is not called again.
    const stopCard = tasks.filter((t) => t.caseRoot === 'data-leak-notice' && t.step.action === 'stop-card');
    expect(stopCard.length).toBeGreaterThan(0);
    for (const t of stopCard) expect(doneElsewhere(t, tasks, state)?.key).toBe('charges/call-issuer');
  });
});
