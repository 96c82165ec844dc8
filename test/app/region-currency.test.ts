// An amount typed without a currency is in the money of where the person lives, not of the
// language they read: a US reader's "501.18" is dollars, a UK reader's pounds, an English
// speaker in Japan types yen; with no region known (other), the person is asked to add it.
import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../src/core/playbook/schema.js';
import { walkInMemory } from '../helpers/walk-in-memory.js';

const playbook: Playbook = {
  id: 'money-demo',
  title: 'Money',
  steps: [
    {
      id: 'lost',
      title: 'What was lost',
      questions: [{ id: 'amount', type: 'money', required: true, prompt: 'How much?' }],
    },
  ],
};
const now = new Date(2026, 11, 1, 10, 0);

const amountOf = async (region: string | undefined, lang: 'en' | 'ja', typed: string[]) => {
  const { state, prompter } = await walkInMemory(
    playbook,
    { 'lost.amount': typed, 'lost:outcome': 'done' },
    now,
    { region, lang },
  );
  const answer = state.answers.get('lost')?.get('amount');
  return { value: answer?.kind === 'money' ? answer.value : undefined, prompter };
};

describe('the currency of an amount typed without one', () => {
  it.each([
    ['us', 'en', 'USD'],
    ['uk', 'en', 'GBP'],
    ['jp', 'en', 'JPY'],
    ['us', 'ja', 'USD'],
  ] as const)('is the region’s money (%s, read in %s): %s', async (region, lang, currency) => {
    const { value } = await amountOf(region, lang, ['501.18']);
    expect(value).toEqual({ amount: '501.18', currency });
  });

  it('is asked for where no region is known, and the sign or code typed wins anywhere', async () => {
    // (The scripted prompter stops at an answer the prompt refuses, saying why.)
    await expect(amountOf('other', 'en', ['501.18'])).rejects.toThrow(/Please add the currency/);
    expect((await amountOf('other', 'en', ['501.18 EUR'])).value).toEqual({
      amount: '501.18',
      currency: 'EUR',
    });
    expect((await amountOf('jp', 'en', ['$25.00'])).value).toEqual({ amount: '25.00', currency: 'USD' });
    // A Japanese case from before regions keeps yen.
    expect((await amountOf(undefined, 'ja', ['1980'])).value).toEqual({ amount: '1980', currency: 'JPY' });
  });
});
