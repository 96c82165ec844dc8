import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadBuiltinLibrary } from '../../helpers/builtins.js';
import { checkAnswersShape } from '../../../src/app/answers-file.js';
import { AnswersPrompter } from '../../../src/app/answers-prompter.js';
import { renderAnswersTemplate } from '../../../src/core/playbook/answers-template.js';
import { walkTasks } from '../../../src/core/playbook/walk.js';

const library = await loadBuiltinLibrary();

describe('renderAnswersTemplate (show --format answers)', () => {
  it.each([...library.keys()])(
    '%s: a valid answers file naming every step, question and confirmation',
    (id) => {
      const root = library.get(id);
      if (!root) throw new Error(id);
      const tasks = walkTasks(root, library);
      for (const lang of ['en', 'ja'] as const) {
        const data = parse(renderAnswersTemplate(root, library, lang)) as unknown;
        const checked = checkAnswersShape(data, new Set(tasks.map((t) => t.key)));
        expect('problems' in checked ? checked.problems : []).toEqual([]);
        const steps = (
          data as {
            steps: Record<
              string,
              { answers?: Record<string, unknown>; confirmations?: Record<string, unknown> }
            >;
          }
        ).steps;
        expect(Object.keys(steps)).toEqual(tasks.map((t) => t.key));
        for (const task of tasks) {
          expect(Object.keys(steps[task.key]?.answers ?? {})).toEqual(
            (task.step.questions ?? []).map((q) => q.id),
          );
          expect(Object.keys(steps[task.key]?.confirmations ?? {})).toEqual(
            (task.step.confirmations ?? []).map((c) => c.id),
          );
        }
      }
    },
  );

  it('treats the blanks it leaves as "left out", not as the text "null"', async () => {
    const prompter = new AnswersPrompter({
      steps: { s: { answers: { q: null }, confirmations: { c: null } } },
    });
    expect(await prompter.text({ id: 's.q', message: 'q', default: '' })).toBe('');
    expect(
      await prompter.choose({
        id: 's.c',
        message: 'c',
        choices: [
          { value: 'yes', label: 'Yes' },
          { value: 'not-asked', label: 'Not asked' },
        ],
        default: 'not-asked',
      }),
    ).toBe('not-asked');
  });
});

describe('checkAnswersShape', () => {
  it('refuses outcomes that would ask the same step again forever (back, note) and unknown ones', () => {
    const keys = new Set(['a']);
    for (const outcome of ['back', 'note', 'finished', ['done'], { skipped: 'x', waiting: '2026-11-30' }]) {
      const checked = checkAnswersShape({ steps: { a: { outcome } } }, keys);
      expect('problems' in checked ? checked.problems : [], JSON.stringify(outcome)).toEqual([
        'steps.a.outcome: must be done, later, { skipped: why } or { waiting: YYYY-MM-DD }',
      ]);
    }
    for (const outcome of [
      'done',
      'later',
      { skipped: 'did it by phone' },
      { waiting: '2026-11-30' },
      null,
    ]) {
      expect('file' in checkAnswersShape({ steps: { a: { outcome } } }, keys), JSON.stringify(outcome)).toBe(
        true,
      );
    }
  });
});
