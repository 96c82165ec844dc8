// Examples and choices follow where the person lives, not the language (issue 11, section
// 1): a phone question's example is a number written as people write one there (0120-… is
// Japanese), and the card brands come in the region's order (JCB early in Japan; Visa,
// Mastercard, Amex, Discover in the US; Visa, Mastercard, Amex in the UK), in the walk and in
// the checklist `respond show --region` prints.
import { describe, expect, it } from 'vitest';
import { askField, type AskContext } from '../../src/app/ask-field.js';
import type { ChooseRequest, Prompter, TextRequest } from '../../src/app/prompter.js';
import type { Lang } from '../../src/core/i18n.js';
import { forRegion, libraryForRegion } from '../../src/core/playbook/for-region.js';
import { renderChecklist } from '../../src/core/playbook/render.js';
import type { FieldQuestion } from '../../src/core/playbook/schema.js';
import type { Region } from '../../src/core/region.js';
import { loadBuiltinLibrary } from '../helpers/builtins.js';

const builtins = await loadBuiltinLibrary();
const cardCharges = builtins.get('card-charges');
if (!cardCharges) throw new Error('no card-charges');
const brandQuestion = cardCharges.steps
  .flatMap((s) => ('questions' in s ? (s.questions ?? []) : []))
  .find((q) => q.id === 'card-brand');
if (brandQuestion?.type !== 'choice') throw new Error('no card-brand choice');

/** What a person in `region` is shown when the walk asks `question`, and what they type. */
async function asked(question: FieldQuestion, region: Region | undefined, lang: Lang, typed: string[] = []) {
  const seen: { choices?: string[]; text?: TextRequest; problems: string[] } = { problems: [] };
  const prompter: Prompter = {
    choose<T extends string>(request: ChooseRequest<T>): Promise<T> {
      seen.choices = request.choices.map((c) => c.label);
      return Promise.resolve(request.choices[0]?.value as T);
    },
    text(request: TextRequest): Promise<string> {
      seen.text = request;
      for (const answer of typed) {
        const problem = request.validate?.(answer);
        if (problem === undefined) return Promise.resolve(answer);
        seen.problems.push(problem);
      }
      return Promise.resolve('');
    },
    say: () => undefined,
  };
  const ctx: AskContext = {
    prompter,
    lang,
    now: () => new Date(2026, 11, 1, 10),
    ...(region ? { region } : {}),
  };
  await askField(ctx, 'q', question, undefined);
  return seen;
}

const phone: FieldQuestion = {
  id: 'phone',
  type: 'text',
  format: 'phone',
  prompt: { en: 'Phone', ja: '電話番号' },
};

describe("a phone question's example is from where the person lives", () => {
  it.each([
    ['jp', 'ja', '例: 0120-000-000'],
    ['jp', 'en', 'e.g. 0120-000-000'],
    ['us', 'en', 'e.g. (201) 555-0123'],
    ['us', 'ja', '例: (201) 555-0123'],
    ['uk', 'en', 'e.g. 020 7946 0123'],
  ] as const)('%s, read in %s: %s', async (region, lang, hint) => {
    const seen = await asked(phone, region, lang, ['not a number', '03-1234-5678']);
    expect(seen.text?.hint).toBe(hint);
    // A number that does not parse is refused with the same example.
    expect(seen.problems).toEqual([expect.stringContaining(hint)]);
  });

  it('a US or UK reader never sees a Japanese 0120 number; elsewhere, the form in words', async () => {
    for (const region of ['us', 'uk', 'other'] as const)
      for (const lang of ['en', 'ja'] as const)
        expect((await asked(phone, region, lang)).text?.hint).not.toContain('0120');
    expect((await asked(phone, 'other', 'en')).text?.hint).toBe(
      'digits, with spaces or dashes; a number abroad starts with + and its country code',
    );
    expect((await asked(phone, 'other', 'ja')).text?.hint).toMatch(/^数字で。.*国番号/);
  });
});

describe('the card brands come in the order of where the person lives', () => {
  const ORDER: Record<Region, string[]> = {
    jp: ['JCB', 'Visa', 'Mastercard', 'American Express', 'Diners Club', 'Discover', 'Another brand'],
    us: ['Visa', 'Mastercard', 'American Express', 'Discover', 'JCB', 'Diners Club', 'Another brand'],
    uk: ['Visa', 'Mastercard', 'American Express', 'JCB', 'Diners Club', 'Discover', 'Another brand'],
    other: ['Visa', 'Mastercard', 'JCB', 'American Express', 'Diners Club', 'Discover', 'Another brand'],
  };

  it.each(Object.entries(ORDER))('%s, in the walk', async (region, labels) => {
    const seen = await asked(brandQuestion, region as Region, 'en');
    expect(seen.choices?.slice(0, labels.length)).toEqual(labels);
  });

  it.each(Object.entries(ORDER))('%s, in the checklist it is shown', (region, labels) => {
    const text = renderChecklist(
      forRegion(cardCharges, region as Region),
      libraryForRegion(builtins, region as Region),
      { format: 'text', lang: 'en' },
    );
    const at = labels.map((label) => text.indexOf(label, text.indexOf('Card brand')));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('in Japanese too: JCB first for a Japanese case', async () => {
    expect((await asked(brandQuestion, 'jp', 'ja')).choices?.[0]).toBe('JCB');
  });
});
