// A date question takes the date the way the person writes it, keeps a time told with it,
// and everything that reads the answer (follow-ups, the journal check, reports) still works.
import { describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/app/ask-question.js';
import type { Prompter, TextRequest } from '../../src/app/prompter.js';
import { runSession } from '../../src/app/session.js';
import { makeCaseStarted, type JournalEvent } from '../../src/core/journal/events.js';
import { parseEvent } from '../../src/core/journal/validate.js';
import { walkTasks } from '../../src/core/playbook/walk.js';
import { describeField } from '../../src/core/report/facts.js';
import { pendingFollowUps } from '../../src/core/session/plan.js';
import { replayJournal } from '../../src/core/session/state.js';
import { ScriptedPrompter, type Script } from '../helpers/scripted-prompter.js';
import { fraud, library } from './fixtures.js';

const NOW = new Date(2026, 10, 22, 9, 30);

async function walk(script: Script, lang: 'en' | 'ja' = 'en') {
  const events: JournalEvent[] = [
    makeCaseStarted(NOW, {
      case: 'c1',
      playbook: 'fraud',
      playbookHash: 'sha256:' + '0'.repeat(64),
      playbookFile: 'playbook.yaml',
      lang,
    }),
  ];
  const prompter = new ScriptedPrompter(script, { takeDefaults: true });
  await runSession(
    { caseId: 'c1', playbook: fraud, library, events: [...events] },
    {
      prompter,
      append: (event) => {
        events.push(event);
        return Promise.resolve();
      },
      now: () => NOW,
      lang,
    },
  );
  return { events, prompter };
}

describe('a date question', () => {
  it('keeps the time told with the date, and counts follow-ups from its day', async () => {
    const { events } = await walk({ 'orders.statement': '11/10/2026 7:30am', 'orders:outcome': 'done' });
    const answered = events.find((e) => e.type === 'answer' && e.question === 'statement');
    expect(answered).toMatchObject({ kind: 'date', value: '2026-11-10T07:30' });
    // The journal line it becomes is read back as valid.
    expect(parseEvent(JSON.parse(JSON.stringify(answered))).ok).toBe(true);
    const state = replayJournal(events);
    const due = pendingFollowUps(state, '2026-11-22').find((f) => f.set.id === 'orders')?.set.due;
    expect(due).toBe('2027-01-09'); // 60 days from 2026-11-10
    // Reports show it as a date and a time, not as the journal's T.
    const question = walkTasks(fraud, library)[0]?.step.questions?.find((q) => q.id === 'statement');
    expect(question && describeField(question, { kind: 'date', value: '2026-11-10T07:30' }, 'en')).toBe(
      '2026-11-10 07:30',
    );
  });

  it('says in its prompt which forms it takes, in the person’s language', async () => {
    const en = await walk({ 'orders.statement': 'yesterday', 'orders:outcome': 'done' });
    expect(en.prompter.asked.find((a) => a.id === 'orders.statement')?.message).toContain(
      "e.g. 11/29/2026 7:30am, or 'yesterday'",
    );
    const ja = await walk({ 'orders.statement': '昨日', 'orders:outcome': 'done' }, 'ja');
    expect(ja.prompter.asked.find((a) => a.id === 'orders.statement')?.message).toContain(
      '例: 2026年11月29日 9時15分、「昨日」',
    );
    const answered = ja.events.find((e) => e.type === 'answer' && e.question === 'statement');
    expect(answered).toMatchObject({ kind: 'date', value: '2026-11-21' });
  });

  it('shows on the ✔ line how an ambiguous date was read: 03/04/2026 is March 4 in English', async () => {
    const requests: TextRequest[] = [];
    const prompter: Prompter = {
      choose: () => Promise.reject(new Error('no choice expected')),
      text: (request) => {
        requests.push(request);
        return Promise.resolve('03/04/2026');
      },
      say: () => undefined,
    };
    const question = { id: 'when', type: 'date', prompt: { en: 'When?', ja: 'いつ?' } } as const;
    const value = await askQuestion({ prompter, lang: 'en', now: () => NOW }, 's.when', question, undefined);
    expect(value).toEqual({ kind: 'date', value: '2026-03-04' });
    expect(requests[0]?.shown?.('03/04/2026')).toBe('2026-03-04 (03/04/2026)');
    expect(requests[0]?.shown?.('2026-03-04')).toBe('2026-03-04');
  });
});
