// How a step ends: done by itself when every answer went well, else the outcome the person
// picks (done, skipped with a reason, waiting with a date, later, a note, a correction, back),
// and the follow-up it sets. The walk-through (session.ts) calls it once per step.
import { caseRegion } from '../core/region.js';
import { localize } from '../core/i18n.js';
import {
  makeAnswer,
  makeFollowUpSet,
  makeNote,
  makeStepBack,
  makeStepOutcome,
  type AnswerValue,
  type JournalEvent,
} from '../core/journal/events.js';
import type { FollowUp, Question } from '../core/playbook/schema.js';
import { describeValue } from '../core/report/timeline.js';
import { type WalkedTask } from '../core/playbook/walk.js';
import {
  addDays,
  knownFact,
  followUpDue,
  isQuestionVisible,
  settledElsewhere,
  visibleTasks,
} from '../core/session/plan.js';
import { isSettled } from '../core/session/settled.js';
import { parseDate } from '../core/session/parse-answer.js';
import { type CaseState } from '../core/session/state.js';
import { askQuestion } from './ask-question.js';
import { guideMessages } from './guide-messages.js';
import { sessionMessages } from './session-messages.js';

import type { SessionDeps } from './session.js';

export type Record = (event: JournalEvent) => Promise<void>;

export async function askOutcome(
  task: WalkedTask,
  tasks: readonly WalkedTask[],
  current: () => CaseState,
  deps: SessionDeps,
  record: Record,
  today: () => string,
): Promise<'next' | 'later'> {
  const t = sessionMessages[deps.lang];
  const g = guideMessages[deps.lang];
  const previousTask = visibleTasks(current(), tasks)
    .filter((v) => tasks.indexOf(v) < tasks.indexOf(task))
    .at(-1);
  for (;;) {
    const correctable = correctableQuestions(task, current());
    const outcome = await deps.prompter.choose({
      id: `${task.key}:outcome`,
      message: t.outcomeQuestion,
      choices: [
        { value: 'done', label: t.outcomeDone },
        { value: 'skipped', label: t.outcomeSkipped },
        { value: 'waiting', label: t.outcomeWaiting },
        { value: 'later', label: t.outcomeLater },
        { value: 'note', label: t.outcomeNote },
        ...(correctable.length > 0 ? [{ value: 'correct' as const, label: g.outcomeCorrect }] : []),
        ...(previousTask ? [{ value: 'back' as const, label: t.outcomeBack }] : []),
      ],
      // The default follows the answers: after a "no", a "leave it for now" or a promise
      // not made, Enter does not say "done".
      default: stepWentWell(task, current(), tasks) ? 'done' : 'waiting',
    });
    switch (outcome) {
      case 'correct': {
        await correctAnswer(task, correctable, current(), deps, record);
        continue;
      }
      case 'note': {
        const text = await deps.prompter.text({ id: `${task.key}:note`, message: t.noteText });
        if (text.trim() !== '') {
          await record(makeNote(deps.now(), { text: text.trim(), step: task.key }));
          deps.prompter.say(`  ${t.noteSaved}`);
        } else deps.prompter.settled?.();
        continue;
      }
      case 'back':
        if (previousTask) await record(makeStepBack(deps.now(), { from: task.key, to: previousTask.key }));
        return 'next';
      case 'later':
        await record(makeStepOutcome(deps.now(), { step: task.key, outcome: 'later' }));
        return 'later';
      case 'skipped': {
        const reason = await deps.prompter.text({
          id: `${task.key}:reason`,
          message: t.skippedWhy,
          required: true,
          validate: (s) => (s.trim() === '' ? t.problems.required : undefined),
        });
        await record(
          makeStepOutcome(deps.now(), { step: task.key, outcome: 'skipped', reason: reason.trim() }),
        );
        return 'next';
      }
      case 'waiting': {
        const suggested = task.step['follow-up']
          ? followUpDue(task.step['follow-up'], current(), task.scope, today())
          : undefined;
        const typed = await deps.prompter.text({
          id: `${task.key}:due`,
          message: t.waitingUntil,
          hint: t.dueHint,
          default: suggested ?? addDays(today(), 1),
          required: true,
          validate: (s) => {
            const parsed = parseDate(s, today());
            return parsed.ok ? undefined : t.problems[parsed.problem];
          },
        });
        const parsed = parseDate(typed, today());
        const due = parsed.ok ? parsed.value : addDays(today(), 1);
        await record(makeStepOutcome(deps.now(), { step: task.key, outcome: 'waiting', due }));
        const check = task.step['follow-up']
          ? localize(task.step['follow-up'].check, deps.lang)
          : localize(task.step.title, deps.lang);
        await record(makeFollowUpSet(deps.now(), { id: task.key, due, check, origin: { step: task.key } }));
        deps.prompter.say(`  ${t.followUpSet(due, check)}`);
        return 'next';
      }
      case 'done':
        await record(makeStepOutcome(deps.now(), { step: task.key, outcome: 'done' }));
        if (task.step['follow-up'])
          await setFollowUp(record, deps, current(), task, task.key, task.step['follow-up'], today());
        return 'next';
    }
  }
}

/** The step's questions that hold a value (its own answer, or a fact told elsewhere): what "correct an answer" offers. */
function correctableQuestions(task: WalkedTask, state: CaseState): Exclude<Question, { type: 'records' }>[] {
  return (task.step.questions ?? []).filter(
    (q): q is Exclude<Question, { type: 'records' }> =>
      q.type !== 'records' && isQuestionVisible(task, q, state) && currentValue(task, q, state) !== undefined,
  );
}

function currentValue(task: WalkedTask, question: Question, state: CaseState): AnswerValue | undefined {
  return state.answers.get(task.key)?.get(question.id) ?? knownFact(state, task, question)?.value;
}

/**
 * Whether Enter may say "done": every question of the step answered (none left for now),
 * no yes/no answered against its `expect`, and every confirmation of the step settled.
 */
function stepWentWell(task: WalkedTask, state: CaseState, tasks: readonly WalkedTask[]): boolean {
  for (const question of task.step.questions ?? []) {
    if (!isQuestionVisible(task, question, state)) continue;
    const value = currentValue(task, question, state);
    if (value === undefined) return false;
    if (question.type === 'yesno' && question.expect !== undefined && value.kind === 'yesno')
      if (value.value !== (question.expect === 'yes')) return false;
  }
  return (task.step.confirmations ?? []).every(
    (c) =>
      !isQuestionVisible(task, c, state) ||
      isSettled(c, state.confirmations.get(`${task.key}.${c.id}`)?.at(-1)) ||
      settledElsewhere(state, tasks, task, c) !== undefined,
  );
}

/** Went well, and had something to answer: a step of instructions alone is still asked how it went. */
export function wentWellByItself(task: WalkedTask, state: CaseState, tasks: readonly WalkedTask[]): boolean {
  const asks =
    (task.step.questions ?? []).some((q) => isQuestionVisible(task, q, state)) ||
    (task.step.confirmations ?? []).some((c) => isQuestionVisible(task, c, state));
  return asks && stepWentWell(task, state, tasks);
}

/** A correction is a new answer: the journal keeps the old one and its time, the case uses the new one. */
async function correctAnswer(
  task: WalkedTask,
  questions: readonly Exclude<Question, { type: 'records' }>[],
  state: CaseState,
  deps: SessionDeps,
  record: Record,
): Promise<void> {
  const g = guideMessages[deps.lang];
  const picked = await deps.prompter.choose({
    id: `${task.key}:correct`,
    message: g.correctWhich,
    choices: questions.map((q) => {
      const value = currentValue(task, q, state);
      return {
        value: q.id,
        label: `${localize(q.prompt, deps.lang)} (${value === undefined ? '—' : describeValue(value, deps.lang)})`,
      };
    }),
  });
  deps.prompter.settled?.();
  const question = questions.find((q) => q.id === picked);
  if (question === undefined) return;
  const value = await askQuestion(
    { prompter: deps.prompter, lang: deps.lang, now: deps.now, region: caseRegion(state.started) },
    `${task.key}.${question.id}:corrected`,
    question,
    currentValue(task, question, state),
  );
  if (value === undefined || value.kind === 'records') {
    deps.prompter.settled?.();
    return;
  }
  await record(
    makeAnswer(deps.now(), { step: task.key, question: question.id, answer: value, fact: question.fact }),
  );
  deps.prompter.say(`  ${g.corrected}`);
}

export async function setFollowUp(
  record: Record,
  deps: SessionDeps,
  state: CaseState,
  task: WalkedTask,
  id: string,
  followUp: FollowUp,
  today: string,
): Promise<void> {
  const due = followUpDue(followUp, state, task.scope, today, deps.now().getHours());
  const check = localize(followUp.check, deps.lang);
  await record(makeFollowUpSet(deps.now(), { id, due, check, origin: { step: task.key } }));
  deps.prompter.say(`  ${sessionMessages[deps.lang].followUpSet(due, check)}`);
}
