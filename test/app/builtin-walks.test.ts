// Every branch of every built-in playbook, walked through the real session engine: for each
// `when` (a step's, an include's, a question's, a confirmation's), one walk where the
// answers make it true and one where they make it false. Each walk checks what the person
// saw (which steps, which questions) and that the journal replays to exactly what was
// typed: answers, who confirmed what by which channel with which reference, and follow-ups
// due on the days the playbook promises, counted from a fixed clock.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSession } from '../../src/app/session.js';
import { localize } from '../../src/core/i18n.js';
import { makeCaseStarted, type AnswerValue, type JournalEvent } from '../../src/core/journal/events.js';
import { formatLocalTimestamp } from '../../src/core/journal/timestamp.js';
import type { FollowUp, Playbook } from '../../src/core/playbook/schema.js';
import { walkTasks, type WalkedTask } from '../../src/core/playbook/walk.js';
import { latestConfirmation, replayJournal } from '../../src/core/session/state.js';
import { readPlaybookFile } from '../../src/io/playbooks.js';
import { CHECKLISTS_DIR } from '../checklists/inspect.js';
import { guardsOf, scriptFor, solveBranch, type Guard } from './walk-branches.js';
import { PersonaPrompter } from './walk-persona.js';

const NOW = new Date(2026, 10, 22, 9, 30); // local time: Sunday 2026-11-22 09:30
const TODAY = '2026-11-22';
const BUILTINS = ['fraud-order', 'stop-shipment', 'card-charges', 'emergency-contact'] as const;

// Read and validated by the same reader the CLI uses; every built-in may include any other.
const library = new Map<string, Playbook>();
for (const id of BUILTINS) {
  const read = await readPlaybookFile(join(CHECKLISTS_DIR, `${id}.yaml`), 'built-in', 'en');
  if ('issues' in read) throw new Error(`${id}.yaml does not validate: ${JSON.stringify(read.issues)}`);
  library.set(id, read.playbook);
}

function resolved(id: string): { root: Playbook; library: ReadonlyMap<string, Playbook> } {
  const root = library.get(id);
  if (!root) throw new Error(`no built-in ${id}`);
  return { root, library };
}

type ConfirmationChoice = 'yes' | 'no' | 'unknown' | 'not-asked';

async function walk(id: string, script: Record<string, string>, confirm?: (promptId: string) => ConfirmationChoice) {
  const { root, library } = resolved(id);
  const tasks = walkTasks(root, library);
  const events: JournalEvent[] = [makeCaseStarted(NOW, { case: 'walk', playbook: id, playbookHash: `sha256:${'0'.repeat(64)}`, playbookFile: 'playbook.json', lang: 'en' })];
  const prompter = new PersonaPrompter(tasks, script, confirm);
  const result = await runSession(
    { caseId: 'walk', playbook: root, library, events: [...events] },
    {
      prompter,
      append: (event) => {
        events.push(event);
        return Promise.resolve();
      },
      now: () => NOW,
      lang: 'en',
    },
  );
  const asked = prompter.askedIds();
  const shown = tasks.filter((t) => asked.has(`${t.key}:outcome`));
  return { end: result.end, events, prompter, tasks, shown, state: replayJournal(events) };
}

type Walk = Awaited<ReturnType<typeof walk>>;

/** "2026-11-22" + "1w" → "2026-11-29": counted here by hand, not by the code under test. */
function dueAfter(from: string, after: string): string {
  const m = /^(\d+)([dw])$/.exec(after);
  if (!m) throw new Error(`a built-in follow-up after "${after}": teach this test its unit`);
  const days = Number(m[1]) * (m[2] === 'w' ? 7 : 1);
  const [y = 0, mo = 1, d = 1] = from.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
}

function plain(map: ReadonlyMap<string, ReadonlyMap<string, AnswerValue>>): Record<string, Record<string, AnswerValue>> {
  return Object.fromEntries([...map].filter(([, answers]) => answers.size > 0).map(([step, answers]) => [step, Object.fromEntries(answers)]));
}

/** The follow-ups a person should find after this walk, id → [due, what to check]. */
function expectedFollowUps(w: Walk): Record<string, [string, string]> {
  const expected: Record<string, [string, string]> = {};
  const put = (id: string, task: WalkedTask, followUp: FollowUp) => {
    let base = TODAY;
    if (followUp.from !== undefined) {
      const ref = task.scope + followUp.from;
      const dot = ref.lastIndexOf('.');
      const given = w.prompter.expectedAnswers.get(ref.slice(0, dot))?.get(ref.slice(dot + 1));
      if (given?.kind === 'date') base = given.value;
    }
    expected[id] = [dueAfter(base, followUp.after), localize(followUp.check, 'en')];
  };
  for (const task of w.shown) {
    for (const given of w.prompter.confirmations.filter((c) => c.key === task.key && c.answer === 'yes')) {
      const followUp = task.step.confirmations?.find((c) => c.id === given.id)?.['follow-up'];
      if (followUp) put(`${task.key}.${given.id}`, task, followUp);
    }
    if (task.step['follow-up']) put(task.key, task, task.step['follow-up']);
  }
  return expected;
}

/** The journal replays to exactly what the person gave, and nothing else. */
function expectJournalMatches(w: Walk): void {
  expect(w.end).toBe('finished');
  expect(plain(w.state.answers)).toEqual(plain(w.prompter.expectedAnswers));
  expect(Object.fromEntries([...w.state.outcomes].map(([k, o]) => [k, o.outcome]))).toEqual(Object.fromEntries(w.shown.map((t) => [t.key, 'done'])));
  expect(w.events.filter((e) => e.type === 'confirmation')).toHaveLength(w.prompter.confirmations.length);
  for (const given of w.prompter.confirmations) {
    expect(latestConfirmation(w.state, `${given.key}.${given.id}`), `${given.key}.${given.id}`).toMatchObject({
      party: given.party,
      answer: given.answer,
      who: given.who,
      channel: 'phone',
      reference: given.reference,
      at: formatLocalTimestamp(NOW),
    });
  }
  const people = new Set(w.prompter.confirmations.map((c) => `${c.party}: ${c.who}`));
  expect(new Set(w.state.contacts.map((c) => `${c.party}: ${c.who}`))).toEqual(people);
  const followUps = Object.fromEntries([...w.state.followUps].map(([id, f]) => [id, [f.set.due, f.set.check]]));
  expect(followUps).toEqual(expectedFollowUps(w));
  const summary = w.prompter.said.at(-1) ?? '';
  expect(summary).toContain('You have gone through every step.');
  expect(summary).toContain(`${w.shown.length} of ${w.shown.length} steps finished.`);
}

function promptIdsFor(guard: Guard): (id: string) => boolean {
  const { target } = guard;
  if (target.kind === 'steps') return (id) => target.keys.some((key) => id === `${key}:outcome`);
  const base = `${target.key}.${target.id}`;
  return (id) => id === base || id.startsWith(`${base}[`) || id.startsWith(`${base}:`);
}

for (const id of BUILTINS) {
  describe(`${id}: every branch, walked`, () => {
    const { root, library } = resolved(id);
    const tasks = walkTasks(root, library);
    const guards = guardsOf(root, library);
    const cases = guards.flatMap((guard) => [true, false].map((wanted) => ({ name: `${guard.label} ${wanted ? 'taken' : 'passed over'}: ${JSON.stringify(guard.condition)}`, guard, wanted })));

    it('has branches to walk', () => {
      expect(guards.length).toBeGreaterThan(0);
    });

    it.each(cases)('$name', async ({ guard, wanted }) => {
      const assignment = solveBranch(tasks, guard, wanted);
      expect(assignment, 'no answers a person could give take this branch').toBeDefined();
      const w = await walk(id, scriptFor(tasks, assignment ?? new Map()));
      const seen = w.prompter.asked.map((a) => a.id).filter(promptIdsFor(guard));
      if (wanted) {
        expect(seen.length).toBeGreaterThan(0);
        expect(w.prompter.said.join('\n')).toContain(localize(guard.witness.step.title, 'en'));
      } else {
        expect(seen).toEqual([]);
        // A question or confirmation passed over inside a step the person does see.
        if (guard.target.kind !== 'steps') expect(w.shown.map((t) => t.key)).toContain(guard.witness.key);
      }
      expectJournalMatches(w);
    });
  });
}
