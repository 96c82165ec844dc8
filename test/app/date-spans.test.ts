// Deadlines as people are told them: "14 days", "within 2 weeks of the letter". A date
// question that counts from an earlier date (`counts-from`) reads a span from that date,
// says so in its hint, and records the calendar date it means.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Playbook } from '../../src/core/playbook/schema.js';
import type { Script } from '../helpers/scripted-prompter.js';
import { walkInMemory } from '../helpers/walk-in-memory.js';

const NOW = new Date(2026, 11, 1, 10, 0);

const book = Playbook.parse(
  parse(`
id: letter
title: A letter came
parties: [{id: company, name: The company}]
steps:
  - id: letter
    title: The letter
    questions:
      - {id: sent, type: date, prompt: When was the letter dated?}
      - {id: reply-by, type: date, counts-from: letter.sent, prompt: By when must you answer?}
    confirmations:
      - id: refund-by
        party: company
        answer: date
        counts-from: letter.sent
        ask: By when will you refund me?
`),
);

const run = (script: Script) => walkInMemory(book, script, NOW);

const base: Script = {
  'letter.sent': '11/20/2026',
  'letter.refund-by': 'answered',
  'letter.refund-by:who-name': 'Sato',
  'letter.refund-by:channel': 'phone',
  'letter.refund-by:reference-new': '',
  'letter.refund-by:at': '09:40',
  'letter:outcome': 'done',
};

describe('a date that counts from an earlier one', () => {
  it('reads "within 14 days of the letter" as 14 days after the letter, and the hint says from when', async () => {
    const { prompter, state } = await run({
      ...base,
      'letter.reply-by': 'within 14 days of the letter',
      'letter.refund-by:value': '30 days',
    });
    expect(prompter.unused()).toEqual([]);
    expect(state.answers.get('letter')?.get('reply-by')).toEqual({ kind: 'date', value: '2026-12-04' });
    const asked = prompter.asked.find((a) => a.id === 'letter.reply-by');
    expect(asked?.message).toContain('a span from 2026-11-20');
    // A date the company tells counts from the letter too.
    const told = state.confirmations.get('letter.refund-by')?.at(-1);
    expect(told?.value).toEqual({ kind: 'date', value: '2026-12-20' });
  });

  it('counts from today when the earlier date was left for later, or when the words say so', async () => {
    const { state } = await run({
      ...base,
      'letter.sent': '',
      'letter.reply-by': '14 days',
      'letter.refund-by:value': 'in 2 weeks',
    });
    expect(state.answers.get('letter')?.get('reply-by')).toEqual({ kind: 'date', value: '2026-12-15' });
    expect(state.confirmations.get('letter.refund-by')?.at(-1)?.value).toEqual({
      kind: 'date',
      value: '2026-12-15',
    });
  });
});
