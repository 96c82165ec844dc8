// Issue 8, item 21: "today" is the day the answer is read, not the day the step began.
// A prompt shown at 23:55 and answered after midnight belongs to the new day. And a time
// that lies in the future is refused with a line, never saved.
import { describe, expect, it } from 'vitest';
import { askConfirmation } from '../../src/app/ask-confirmation.js';
import { askQuestion } from '../../src/app/ask-question.js';
import type { ChooseRequest, Prompter, TextRequest } from '../../src/app/prompter.js';
import { makeCaseStarted, type JournalEvent } from '../../src/core/journal/events.js';
import { formatLocalTimestamp } from '../../src/core/journal/timestamp.js';
import { replayJournal } from '../../src/core/session/state.js';

/** The clock moves on while a prompt waits: it reads `before` until a text prompt is answered. */
function lateNight(answers: Record<string, string>) {
  let now = new Date(2026, 10, 22, 23, 55);
  const refused: string[] = [];
  const prompter: Prompter = {
    say: () => undefined,
    choose: <T extends string>(request: ChooseRequest<T>) =>
      Promise.resolve((answers[request.id] ?? request.default ?? request.choices[0]?.value) as T),
    text: (request: TextRequest) => {
      now = new Date(2026, 10, 23, 0, 45); // the person answers after midnight
      const typed = answers[request.id] ?? request.default ?? '';
      const problem = request.validate?.(typed);
      if (problem !== undefined) {
        refused.push(problem);
        return Promise.resolve(request.default ?? '');
      }
      return Promise.resolve(typed);
    },
  };
  return { prompter, now: () => now, refused };
}

describe('after midnight', () => {
  it('"today" typed at 00:45 for a prompt shown at 23:55 is the new day', async () => {
    const { prompter, now } = lateNight({ 'q.when': 'today' });
    const value = await askQuestion(
      { prompter, lang: 'en', now },
      'q.when',
      { id: 'when', type: 'date', prompt: 'When?' },
      undefined,
    );
    expect(value).toEqual({ kind: 'date', value: '2026-11-23' });
  });

  it('"00:05" typed at 00:45 is 00:05 of the new day; a time still to come is refused with a line', async () => {
    const events: JournalEvent[] = [
      makeCaseStarted(new Date(2026, 10, 22, 23, 0), {
        case: 'c',
        playbook: 'p',
        playbookHash: `sha256:${'0'.repeat(64)}`,
        playbookFile: 'playbook.json',
        lang: 'en',
      }),
    ];
    const ctx = (answers: Record<string, string>) => {
      const late = lateNight({ 's.c': 'yes', 's.c:who-name': 'Sato', ...answers });
      return {
        late,
        ctx: {
          prompter: late.prompter,
          lang: 'en' as const,
          now: late.now,
          parties: new Map(),
          record: (e: JournalEvent) => (events.push(e), Promise.resolve()),
          state: () => replayJournal(events),
        },
      };
    };
    const first = ctx({ 's.c:at': '00:05' });
    const recorded = await askConfirmation(first.ctx, 's', { id: 'c', party: 'shop', ask: 'Will you?' });
    expect(recorded?.at).toBe(formatLocalTimestamp(new Date(2026, 10, 23, 0, 5)));

    const future = ctx({ 's.c:at': '23:30' });
    await askConfirmation(future.ctx, 's', { id: 'c', party: 'shop', ask: 'Will you?' });
    expect(future.late.refused).toEqual(['That time has not come yet; please give when they answered.']);
  });
});
