// The step counter a person sees: the position only grows, even when an answer opens a step
// placed before the ones already walked, and the total says "about" while it may change.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Playbook } from '../../../src/core/playbook/schema.js';
import { walkInMemory } from '../../helpers/walk-in-memory.js';

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
  const script = { 'first.q': 'yes', 'tell.last4': last4, 'card-stopped.stopped': 'yes', 'last.z': 'yes' };
  const { prompter } = await walkInMemory(book, script, NOW, { takeDefaults: true });
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

  it('drops an included guide from the total once the answer that includes it is no', async () => {
    // "guide" has a step that waits on its own answer: it must not keep the total up once
    // the include itself is ruled out.
    const guide = Playbook.parse(
      parse(`
id: guide
title: Guide
steps:
  - id: ask
    title: Ask
    questions: [{id: more, type: yesno, prompt: More?}]
  - id: more
    title: More
    when: {answer: ask.more, is: true}
  - id: end
    title: End
`),
    );
    const root = Playbook.parse(
      parse(`
id: root
title: Root
steps:
  - id: first
    title: First
    questions: [{id: need, type: yesno, prompt: Need the guide?}]
  - id: guided
    include: guide
    when: {none: [{answer: first.need, is: false}]}
  - id: last
    title: Last
    questions: [{id: z, type: yesno, prompt: Z?}]
`),
    );
    const { prompter } = await walkInMemory(root, { 'first.need': 'no', 'last.z': 'yes' }, NOW, {
      takeDefaults: true,
      library: new Map([['guide', guide]]),
    });
    const shown = prompter.said.flatMap((s) => /Step (\d+) of (about )?(\d+)/.exec(s)?.slice(0, 1) ?? []);
    expect(shown).toEqual(['Step 1 of about 5', 'Step 2 of 2']);
  });

  it('drops a step that waits on the answer of a step already out of the walk', async () => {
    const book = Playbook.parse(
      parse(`
id: chain
title: Chain
steps:
  - id: first
    title: First
    questions: [{id: need, type: yesno, prompt: Need details?}]
  - id: detail
    title: Detail
    when: {answer: first.need, is: true}
    questions: [{id: x, type: yesno, prompt: X?}]
  - id: after
    title: After
    when: {answer: detail.x, is: true}
  - id: last
    title: Last
    questions: [{id: z, type: yesno, prompt: Z?}]
`),
    );
    const { prompter } = await walkInMemory(book, { 'first.need': 'no', 'last.z': 'yes' }, NOW, {
      takeDefaults: true,
    });
    const shown = prompter.said.flatMap((s) => /Step (\d+) of (about )?(\d+)/.exec(s)?.slice(0, 1) ?? []);
    expect(shown).toEqual(['Step 1 of about 4', 'Step 2 of 2']);
  });
});
