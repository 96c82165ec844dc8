// The step counter a person sees: the position only grows, even when an answer opens a step
// placed before the ones already walked, and the total says "about" while it may change.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runSession } from '../../../src/app/session.js';
import { makeCaseStarted, type JournalEvent } from '../../../src/core/journal/events.js';
import { Playbook } from '../../../src/core/playbook/schema.js';
import { ScriptedPrompter } from '../../helpers/scripted-prompter.js';

const NOW = new Date(2026, 11, 1, 10, 0);

// "card-stopped" sits before "tell" but only shows once "tell" has told the card.
const book = Playbook.parse(
  parse(`
id: counter
title: Counter
steps:
  - id: first
    title: First
    questions: [{id: q, type: yesno, prompt: Q?}]
  - id: card-stopped
    title: Card stopped
    when: {fact: card.last4, known: true}
    questions: [{id: stopped, type: yesno, prompt: Stopped?}]
  - id: tell
    title: Tell
    questions: [{id: last4, type: text, format: card-last4, fact: card.last4, prompt: Last 4?}]
  - id: last
    title: Last
    questions: [{id: z, type: yesno, prompt: Z?}]
`),
);

async function headers(last4: string): Promise<string[]> {
  const events: JournalEvent[] = [
    makeCaseStarted(NOW, {
      case: 'c1',
      playbook: 'counter',
      playbookHash: `sha256:${'0'.repeat(64)}`,
      playbookFile: 'playbook.json',
      lang: 'en',
    }),
  ];
  const prompter = new ScriptedPrompter(
    {
      'first.q': 'yes',
      'tell.last4': last4,
      'card-stopped.stopped': 'yes',
      'last.z': 'yes',
    },
    { takeDefaults: true },
  );
  await runSession(
    { caseId: 'c1', playbook: book, library: new Map([['counter', book]]), events: [...events] },
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
  return prompter.said.flatMap((s) => /Step (\d+) of (about )?(\d+)/.exec(s)?.slice(0, 1) ?? []);
}

describe('the step counter', () => {
  it('never shows a position twice when an answer opens a step placed earlier', async () => {
    const shown = await headers('1234');
    expect(shown).toEqual(['Step 1 of about 4', 'Step 2 of about 4', 'Step 3 of 4', 'Step 4 of 4']);
  });

  it('comes down, never up, when the step that might open stays closed', async () => {
    const shown = await headers('');
    expect(shown).toEqual(['Step 1 of about 4', 'Step 2 of about 4', 'Step 3 of 3']);
  });
});
