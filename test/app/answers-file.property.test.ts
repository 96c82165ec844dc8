// Whatever an answers file says, a run without a terminal ends: it finishes, stops at
// "later", or refuses one answer (AnswerRejected). It never loops, never fails any other
// way, and every event it writes is one the journal reader takes back. The files are
// mostly well-formed (a value of the right type for every question, confirmations with or
// without a name), with a wrong value here and there, so that runs go deep into every
// built-in playbook, through its confirmations, and not only to the first required answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltinLibrary } from '../helpers/builtins.js';
import { AnswerRejected, type Prompter } from '../../src/app/prompter.js';
import { checkAnswersShape } from '../../src/app/answers-file.js';
import { AnswersPrompter } from '../../src/app/answers-prompter.js';
import { runSession } from '../../src/app/session.js';
import type { JournalEvent } from '../../src/core/journal/events.js';
import { parseEvent } from '../../src/core/journal/validate.js';
import { CHANNELS } from '../../src/core/journal/channels.js';
import type { FieldQuestion, Question } from '../../src/core/playbook/schema.js';
import { walkTasks, type WalkedTask } from '../../src/core/playbook/walk.js';

const library = await loadBuiltinLibrary();
const ROOTS = [
  'fraud-order',
  'card-charges',
  'account-takeover',
  'data-leak-notice',
  'police-report',
  'support-escalation',
];

const anyValue = fc.oneof(
  fc.constantFrom(
    'yes',
    'no',
    'unknown',
    "don't know",
    true,
    false,
    '2026-11-20',
    '2026-13-45',
    '1980 JPY',
    '¥1,980',
    '4242 4242 4242 4242',
    'phone',
    'later',
    'done',
    '',
    ' ',
  ),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.constant(null),
);
/** In a noisy file one value in ten is anything at all; in a clean file each fits its question. */
const mostly = <T>(good: fc.Arbitrary<T>, noisy: boolean) =>
  noisy ? fc.oneof({ weight: 9, arbitrary: good }, { weight: 1, arbitrary: anyValue }) : good;

const TEXT_BY_FORMAT: Record<string, fc.Arbitrary<string>> = {
  phone: fc.constantFrom('03-1234-5678', '+1 415 555 0100', '0120-123-456'),
  email: fc.constantFrom('support@example.com', 'a.b@example.jp'),
  url: fc.constantFrom('https://example.com/orders', 'https://shop.example.jp'),
  'card-last4': fc.constantFrom('1234', '0042', '4242 4242 4242 4242'),
  reference: fc.constantFrom('CS-7788', 'REF 12', '受付-001'),
};
const plainText = fc.oneof(
  fc.constantFrom('Sato', '佐藤', 'order 123 for ¥19,800', 'gift card 10000 JPY'),
  fc.string({ minLength: 1, maxLength: 30 }),
);

function fieldValue(q: FieldQuestion): fc.Arbitrary<unknown> {
  switch (q.type) {
    case 'yesno':
      return fc.constantFrom('yes', 'no', true, false);
    case 'choice':
      return fc.constantFrom(...q.options.map((o) => o.id));
    case 'date':
      return fc.constantFrom('2026-11-20', '2026-11-21', 'today', 'yesterday');
    case 'money':
      return fc.constantFrom('1980 JPY', '501.18 USD', '10000 JPY', { amount: '19.99', currency: 'GBP' });
    case 'text':
      return TEXT_BY_FORMAT[q.format ?? 'plain'] ?? plainText;
  }
}

function questionValue(q: Question, noisy: boolean): fc.Arbitrary<unknown> {
  if (q.type !== 'records') return mostly(fieldValue(q), noisy);
  const record = fc.record(Object.fromEntries(q.fields.map((f) => [f.id, mostly(fieldValue(f), noisy)])), {
    requiredKeys: q.fields.filter((f) => f.required === true).map((f) => f.id),
  });
  return mostly(fc.array(record, { maxLength: 3 }), noisy);
}

const confirmation = (noisy: boolean) =>
  fc.record(
    {
      answer: mostly(fc.constantFrom('yes', 'no', 'unknown', "don't know"), noisy),
      // No name is a normal answer: a chat bot, or "I did not get the name".
      who: fc.oneof(
        fc.constantFrom('Sato (ID 4411)', 'Kimura', '', 'the chat bot'),
        fc.string({ maxLength: 12 }),
      ),
      channel: mostly(fc.constantFrom(...CHANNELS), noisy),
      reference: fc.oneof(fc.constantFrom('CS-7788', '', 'TRK-99'), fc.string({ maxLength: 12 })),
      at: mostly(fc.constantFrom('2026-11-22 10:15', '2026-11-21 23:50', 'now'), noisy),
    },
    { requiredKeys: [] },
  );

function stepAnswers(task: WalkedTask, noisy: boolean) {
  const questions = task.step.questions ?? [];
  const confirmations = task.step.confirmations ?? [];
  return fc.record(
    {
      answers: fc.record(Object.fromEntries(questions.map((q) => [q.id, questionValue(q, noisy)])), {
        requiredKeys: questions.filter((q) => q.required === true).map((q) => q.id),
      }),
      confirmations: fc.record(Object.fromEntries(confirmations.map((c) => [c.id, confirmation(noisy)])), {
        requiredKeys: [],
      }),
      note: fc.string({ maxLength: 10 }),
      outcome: fc.oneof(
        { weight: 28, arbitrary: fc.constant('done') },
        { weight: 1, arbitrary: fc.constant('later') },
        {
          weight: 1,
          arbitrary: fc.oneof(
            fc.record({ skipped: fc.string({ maxLength: 8 }) }),
            fc.record({ waiting: fc.constantFrom('2026-12-01', 'soon') }),
          ),
        },
      ),
    },
    { requiredKeys: ['answers', 'confirmations'] },
  );
}

describe.each(ROOTS)('runs of %s driven by an answers file', (id) => {
  const root = library.get(id);
  if (!root) throw new Error(`${id} missing`);
  const tasks = walkTasks(root, library);
  const keys = tasks.map((t) => t.key);
  const fileOf = (noisy: boolean) =>
    fc.tuple(...tasks.map((t): fc.Arbitrary<unknown> => stepAnswers(t, noisy))).map((all: unknown[]) => ({
      steps: Object.fromEntries(all.map((a, i): [string, unknown] => [keys[i] ?? '', a])),
    }));
  const answersFile = fc.oneof(
    { weight: 2, arbitrary: fileOf(false) },
    { weight: 1, arbitrary: fileOf(true) },
  );

  it('always end (finished, later, or one refused answer), and write only events the journal takes back', async () => {
    let reachedConfirmation = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(answersFile, async (data) => {
        const checked = checkAnswersShape(data, new Set(keys));
        if ('problems' in checked) return; // refused up front, before any run
        runs++;
        const inner = new AnswersPrompter(checked.file);
        let prompts = 0;
        const counted: Prompter = {
          say: () => undefined,
          choose: (request) =>
            ++prompts > 5_000 ? Promise.reject(new Error('looping')) : inner.choose(request),
          text: (request) => (++prompts > 5_000 ? Promise.reject(new Error('looping')) : inner.text(request)),
        };
        const written: JournalEvent[] = [];
        const append = (event: JournalEvent) => {
          written.push(event);
          return Promise.resolve();
        };
        try {
          const { end } = await runSession(
            { caseId: 'c', playbook: root, library, events: [] },
            { prompter: counted, append, now: () => new Date(2026, 10, 23, 10), lang: 'en' },
          );
          expect(['finished', 'later']).toContain(end);
        } catch (error) {
          if (!(error instanceof AnswerRejected)) throw error;
          if (process.env.DEBUG_PROP) console.log(id, error.message);
        }
        for (const event of written) {
          const back = parseEvent(JSON.parse(JSON.stringify(event)));
          expect(back.ok ? 'ok' : back.error).toBe('ok');
        }
        if (written.some((e) => e.type === 'confirmation')) reachedConfirmation++;
      }),
      { numRuns: 60 },
    );
    // The files are meant to go deep: most runs record a confirmation before they end.
    expect(
      reachedConfirmation,
      `${reachedConfirmation} of ${runs} runs reached a confirmation`,
    ).toBeGreaterThan(runs * 0.3);
  });
});
