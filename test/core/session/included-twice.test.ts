// A guide included twice (phishing-clicked includes card-charges, and account-takeover,
// which it also includes, includes card-charges again) is walked once, where it comes first
// while that inclusion holds; only when the first inclusion does not apply is the second
// walked. The real case: a card number and a code both typed.
import { describe, expect, it } from 'vitest';
import { makeAnswer, makeCaseStarted, type JournalEvent } from '../../../src/core/journal/events.js';
import type { Playbook } from '../../../src/core/playbook/schema.js';
import { combineRoots, walkTasks } from '../../../src/core/playbook/walk.js';
import { visibleTasks } from '../../../src/core/session/plan.js';
import { replayJournal } from '../../../src/core/session/state.js';
import { loadBuiltinLibrary } from '../../helpers/builtins.js';

const now = new Date(2026, 11, 1, 10, 0);
const started = makeCaseStarted(now, {
  case: 'c',
  playbook: 'outer',
  playbookHash: `sha256:${'0'.repeat(64)}`,
  playbookFile: 'playbook.json',
  lang: 'en',
});
const yes = (step: string, question: string, value: boolean): JournalEvent =>
  makeAnswer(now, { step, question, answer: { kind: 'yesno', value } });

const guide: Playbook = {
  id: 'guide',
  title: 'Guide',
  steps: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
  ],
};
const middle: Playbook = {
  id: 'middle',
  title: 'Middle',
  steps: [
    { id: 'm', title: 'M' },
    { id: 'g', include: 'guide' },
  ],
};
const outer: Playbook = {
  id: 'outer',
  title: 'Outer',
  steps: [
    { id: 'ask', title: 'Ask', questions: [{ id: 'card', type: 'yesno', prompt: 'Card?' }] },
    { id: 'first', include: 'guide', when: { answer: 'ask.card', is: true } },
    { id: 'mid', include: 'middle' },
  ],
};
const library = new Map([guide, middle, outer].map((p) => [p.id, p]));
const tasks = walkTasks(outer, library);
const shown = (events: JournalEvent[]) =>
  visibleTasks(replayJournal([started, ...events]), tasks).map((t) => t.key);

describe('a guide included twice', () => {
  it('is walked where it comes first while that inclusion holds', () => {
    expect(shown([yes('ask', 'card', true)])).toEqual(['ask', 'first/a', 'first/b', 'mid/m']);
  });

  it('is walked in its second place when the first does not apply', () => {
    expect(shown([yes('ask', 'card', false)])).toEqual(['ask', 'mid/m', 'mid/g/a', 'mid/g/b']);
  });

  it('phishing-clicked with a card number and a code typed walks card-charges once', async () => {
    const builtins = await loadBuiltinLibrary();
    const root = builtins.get('phishing-clicked');
    if (root === undefined) throw new Error('no phishing-clicked');
    const all = walkTasks(root, builtins);
    const charges = all.filter((t) => t.playbookId === 'card-charges');
    const copies = new Set(charges.map((t) => t.scope));
    expect(copies.size).toBeGreaterThan(1);
    // Every copy but the first knows the one before it.
    expect(charges.filter((t) => t.earlier === undefined).map((t) => t.scope)).toEqual(
      charges.filter((t) => t.scope === charges[0]?.scope).map((t) => t.scope),
    );
  });

  it('"money left my bank" and "I clicked a link": bank-transfer first, and its steps once', async () => {
    const builtins = await loadBuiltinLibrary();
    const roots = ['bank-transfer', 'phishing-clicked'].map((id) => builtins.get(id));
    if (roots.some((r) => r === undefined)) throw new Error('no built-in');
    const both = walkTasks(combineRoots(roots as Playbook[]), builtins);
    const answered = replayJournal([
      started,
      yes('phishing-clicked/bank-typed', 'bank', true),
      yes('phishing-clicked/bank-checked', 'money-left', true),
    ]);
    const walked = visibleTasks(answered, both);
    const bankSteps = walked.filter((t) => t.playbookId === 'bank-transfer');
    expect(bankSteps[0]?.key).toBe(walked[0]?.key);
    // Each step of bank-transfer is walked once, as the first root, never again inside phishing-clicked.
    expect(bankSteps.map((t) => t.key).every((k) => !k.startsWith('phishing-clicked/'))).toBe(true);
    expect(new Set(bankSteps.map((t) => t.step.id)).size).toBe(bankSteps.length);
    expect(walked.some((t) => t.key.startsWith('phishing-clicked/'))).toBe(true);
  });
});
