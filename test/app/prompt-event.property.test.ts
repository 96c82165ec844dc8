// Issue 8, item 1: whatever a prompt (or an answers file, which goes through the same
// prompts) accepts, the event constructor accepts too. Otherwise an answer the person saw
// accepted crashes the walk-through and is lost. Every question type and format, and
// every field of a confirmation, with arbitrary typed text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askConfirmation } from '../../src/app/ask-confirmation.js';
import { askQuestion } from '../../src/app/ask-question.js';
import type { ChooseRequest, Prompter, TextRequest } from '../../src/app/prompter.js';
import {
  makeAnswer,
  makeCaseStarted,
  makeRecordField,
  type JournalEvent,
} from '../../src/core/journal/events.js';
import {
  TEXT_FORMATS,
  type Confirmation,
  type FieldQuestion,
  type Question,
} from '../../src/core/playbook/schema.js';
import { replayJournal } from '../../src/core/session/state.js';

const NOW = new Date(2026, 10, 22, 9, 30);

const fields: FieldQuestion[] = [
  { id: 'yn', type: 'yesno', prompt: 'Yes or no' },
  {
    id: 'ch',
    type: 'choice',
    prompt: 'Which',
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  },
  { id: 'dt', type: 'date', prompt: 'When' },
  { id: 'mo', type: 'money', prompt: 'How much' },
  { id: 'mj', type: 'money', prompt: 'How much (yen)', currency: 'JPY' },
  ...TEXT_FORMATS.map((format): FieldQuestion => ({
    id: `t-${format}`,
    type: 'text',
    format,
    prompt: format,
  })),
];
const questions: Question[] = [
  ...fields.flatMap((f) => [f, { ...f, id: `${f.id}-req`, required: true }]),
  { id: 'rec', type: 'records', prompt: 'Records', fields },
];

// What a person may type: anything, plus forms that sit on the parsers' edges.
const typed = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    'today',
    '昨日',
    '0100-01-01',
    '9999-12-31',
    '2026-02-29',
    '99999999999999',
    '1234567890123.5',
    '0.001',
    '¥1,980',
    '12.50 usd',
    '4111 1111 1111 1111',
    '•••• 4242',
    '+81 3-1234-5678',
    'a@b.co',
    'example.com',
    'now',
    '00:00',
    '23:59',
    '2026-11-20 14:05',
    '0099-01-01 10:00',
    '1 1:1',
  ),
  fc.stringMatching(/^[\d ,.¥$円-]{0,20}$/),
);

/** Answers each text prompt with the next typed string the prompt's own check accepts. */
function prompter(texts: string[], choices: number[]): Prompter {
  return {
    say: () => undefined,
    choose<T extends string>(request: ChooseRequest<T>): Promise<T> {
      const values = request.choices.map((c) => c.value);
      const next = choices.shift();
      // Once the script runs out, Enter: the default (which ends "add another?").
      return Promise.resolve(
        (next === undefined ? (request.default ?? values[0]) : values[next % values.length]) as T,
      );
    },
    text(request: TextRequest): Promise<string> {
      for (;;) {
        const next = texts.shift();
        if (next === undefined) return Promise.resolve(request.default ?? '');
        const empty = next.trim() === '';
        if (request.validate?.(next) === undefined && !(request.required && empty))
          return Promise.resolve(next);
      }
    },
  };
}

describe('a prompt and its event accept the same values', () => {
  it('every question type and text format: an accepted answer always makes a valid answer event', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...questions),
        fc.array(typed, { maxLength: 40 }),
        fc.array(fc.nat(5), { maxLength: 40 }),
        async (question, texts, choices) => {
          const made: JournalEvent[] = [];
          const value = await askQuestion(
            { prompter: prompter([...texts], [...choices]), lang: 'en', now: () => NOW },
            `s.${question.id}`,
            question,
            undefined,
            (index, field, fieldValue) => {
              made.push(
                makeRecordField(NOW, { step: 's', question: question.id, index, field, value: fieldValue }),
              );
              return Promise.resolve();
            },
          );
          if (value !== undefined)
            expect(() => makeAnswer(NOW, { step: 's', question: question.id, answer: value })).not.toThrow();
        },
      ),
      { numRuns: 600 },
    );
  });

  it('every confirmation field (answer, who, channel, reference, when): an accepted one always makes a valid event', async () => {
    const confirmation: Confirmation = { id: 'cancel', party: 'shop', ask: 'Will you cancel it?' };
    await fc.assert(
      fc.asyncProperty(
        fc.array(typed, { maxLength: 12 }),
        fc.array(fc.nat(7), { maxLength: 12 }),
        async (texts, choices) => {
          const events: JournalEvent[] = [
            makeCaseStarted(NOW, {
              case: 'c',
              playbook: 'p',
              playbookHash: `sha256:${'0'.repeat(64)}`,
              playbookFile: 'playbook.json',
              lang: 'en',
            }),
          ];
          const answer = await askConfirmation(
            {
              prompter: prompter([...texts], [...choices]),
              lang: 'en',
              now: () => NOW,
              parties: new Map([['shop', { id: 'shop', name: 'The shop' }]]),
              record: (event) => {
                events.push(event);
                return Promise.resolve();
              },
              state: () => replayJournal(events),
            },
            'ask',
            confirmation,
          );
          if (answer !== undefined) expect(events.some((e) => e.type === 'confirmation')).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });
});
