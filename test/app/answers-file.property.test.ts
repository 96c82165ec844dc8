// Whatever an answers file says, a run without a terminal ends: it finishes, stops at
// "later", or refuses one answer (AnswerRejected). It never loops.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltinLibrary } from '../helpers/builtins.js';
import { AnswerRejected, type Prompter } from '../../src/app/prompter.js';
import { AnswersPrompter, checkAnswersShape } from '../../src/app/answers-prompter.js';
import { runSession } from '../../src/app/session.js';
import { walkTasks } from '../../src/core/playbook/walk.js';

const library = await loadBuiltinLibrary();
const root = library.get('fraud-order');
if (!root) throw new Error('fraud-order missing');
const tasks = walkTasks(root, library);
const keys = tasks.map((t) => t.key);

const anyValue = fc.oneof(
  fc.constantFrom('yes', 'no', 'unknown', "don't know", true, false, '2026-11-20', '2026-13-45', '1980 JPY', '¥1,980', '4242 4242 4242 4242', 'phone', 'later', 'done', ''),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.constant(null),
);
const answersFor = (key: string) => {
  const task = tasks.find((t) => t.key === key);
  const questionIds = (task?.step.questions ?? []).map((q) => q.id);
  const confirmationIds = (task?.step.confirmations ?? []).map((c) => c.id);
  return fc.record(
    {
      answers: fc.dictionary(fc.constantFrom('x', ...questionIds), anyValue, { maxKeys: 4 }),
      confirmations: fc.dictionary(fc.constantFrom('x', ...confirmationIds), fc.record({ answer: anyValue, who: anyValue, channel: anyValue, reference: anyValue, at: anyValue }, { requiredKeys: [] }), { maxKeys: 3 }),
      note: fc.string({ maxLength: 10 }),
      outcome: fc.oneof(fc.constantFrom('done', 'later'), fc.record({ skipped: fc.string({ maxLength: 8 }) }), fc.record({ waiting: fc.constantFrom('2026-12-01', 'soon') })),
    },
    { requiredKeys: [] },
  );
};
const answersFile = fc.uniqueArray(fc.constantFrom(...keys), { maxLength: 12 }).chain((chosen) => fc.tuple(...chosen.map((k) => answersFor(k).map((v) => [k, v] as const))).map((entries) => ({ steps: Object.fromEntries(entries) })));

describe('runs driven by an answers file', () => {
  it('always end: finished, later, or one refused answer; never a loop', async () => {
    await fc.assert(
      fc.asyncProperty(answersFile, async (data) => {
        const checked = checkAnswersShape(data, new Set(keys));
        if ('problems' in checked) return; // refused up front, before any run
        const inner = new AnswersPrompter(checked.file);
        let prompts = 0;
        const counted: Prompter = {
          say: () => undefined,
          choose: (request) => (++prompts > 5_000 ? Promise.reject(new Error('looping')) : inner.choose(request)),
          text: (request) => (++prompts > 5_000 ? Promise.reject(new Error('looping')) : inner.text(request)),
        };
        try {
          const { end } = await runSession(
            { caseId: 'c', playbook: root, library, events: [] },
            { prompter: counted, append: () => Promise.resolve(), now: () => new Date(2026, 10, 22, 10), lang: 'en' },
          );
          expect(['finished', 'later']).toContain(end);
        } catch (error) {
          expect(error).toBeInstanceOf(AnswerRejected);
        }
      }),
      { numRuns: 150 },
    );
  });
});
