// The walk-through: shows each step, asks its questions and confirmations, records the
// outcome. Every event is written (and fsynced, by the journal) before the next question
// is shown, so stopping at any moment loses nothing. State is the journal replayed.
import { caseRegion } from '../core/region.js';
import { collectParties } from '../core/playbook/parties.js';
import { localize, type Lang } from '../core/i18n.js';
import { formatLocalDate } from '../core/journal/timestamp.js';
import {
  makeAnswer,
  makeFollowUpResolved,
  makeRecordField,
  makeStepOutcome,
  type AnswerValue,
  type JournalEvent,
} from '../core/journal/events.js';
import type { FieldValue } from '../core/journal/events.js';
import { factSpec } from '../core/playbook/facts.js';
import type { FieldQuestion, Playbook, Question, TaskStep } from '../core/playbook/schema.js';
import { wrapPlain } from '../core/playbook/render-text.js';
import { describeValue } from '../core/report/timeline.js';
import { walkTasks, type WalkedTask } from '../core/playbook/walk.js';
import {
  countsFromDay,
  expectedCount,
  forEachList,
  isFieldVisible,
  knownFact,
  isQuestionVisible,
  nextTask,
  settledElsewhere,
} from '../core/session/plan.js';
import { confirmationFollowUps } from '../core/session/follow-ups.js';
import { isSettled } from '../core/session/settled.js';
import { doneElsewhere } from '../core/session/done-elsewhere.js';
import { applyEvent, replayJournal, type CaseState } from '../core/session/state.js';
import { askConfirmation } from './ask-confirmation.js';
import { askQuestion } from './ask-question.js';
import type { Prompter } from './prompter.js';
import { guideMessages } from './guide-messages.js';
import { sessionMessages } from './session-messages.js';
import { askOutcome, setFollowUp, wentWellByItself } from './step-outcome.js';
import { countSteps } from '../core/session/step-count.js';
import type { EvidenceOffer } from './attach.js';
import { renderStepHeader, renderSummary } from './step-header.js';

export interface SessionDeps {
  readonly prompter: Prompter;
  /** Writes one event durably; resolves only once it is on disk. */
  readonly append: (event: JournalEvent) => Promise<void>;
  readonly now: () => Date;
  readonly lang: Lang;
  /** How the person types respond (`respond` or `npx respond`), for the commands the end names. */
  readonly cmd?: string;
  /** Columns to wrap the step's text to (the terminal's width). */
  readonly width?: number;
  /** Numbers from the emergency contact card that fit this step, so none is looked up twice. */
  readonly savedContacts?: (step: TaskStep) => string | undefined;
  /** Offers to attach a file at a step marked `evidence:` (a screenshot it says to take). */
  readonly evidence?: EvidenceOffer;
  /** Run once a step has ended: the emergency contact card offers what the step recorded. */
  readonly afterStep?: (task: WalkedTask, state: CaseState, prompter: Prompter) => Promise<void>;
}

export interface SessionInput {
  readonly caseId: string;
  readonly playbook: Playbook;
  readonly library: ReadonlyMap<string, Playbook>;
  readonly events: readonly JournalEvent[];
}

export type SessionEnd = 'finished' | 'later';

export async function runSession(
  input: SessionInput,
  deps: SessionDeps,
): Promise<{ end: SessionEnd; state: CaseState }> {
  const tasks = walkTasks(input.playbook, input.library);
  const parties = collectParties(input.playbook, input.library);
  let state = replayJournal(input.events);
  const today = () => formatLocalDate(deps.now());
  const record = async (event: JournalEvent): Promise<void> => {
    await deps.append(event);
    state = applyEvent(state, event);
    deps.prompter.settled?.();
  };

  // Resuming in the middle of a step: what was answered before the stop is shown, not asked
  // again. (Going back one step, by contrast, asks everything again with the answers as defaults.)
  let resumedKey = input.events.length > 1 ? nextTask(state, tasks)?.key : undefined;

  for (let task = nextTask(state, tasks); task !== undefined; task = nextTask(state, tasks)) {
    const doneBy = doneElsewhere(task, tasks, state);
    if (doneBy !== undefined) {
      deps.prompter.say(sessionMessages[deps.lang].alreadyDone(localize(doneBy.step.title, deps.lang)));
      await record(makeStepOutcome(deps.now(), { step: task.key, outcome: 'done' }));
      continue;
    }
    const resumed = task.key === resumedKey;
    resumedKey = undefined;
    // Counts what the person has been through, never backwards; "about" while branches are open.
    const count = countSteps(state, tasks, task);
    deps.prompter.say(
      renderStepHeader(
        task,
        count.position,
        count.total,
        deps.lang,
        deps.width,
        count.about,
        caseRegion(state.started),
      ),
    );
    const saved = deps.savedContacts?.(task.step);
    if (saved !== undefined) deps.prompter.say(saved);

    for (const question of task.step.questions ?? []) {
      if (!isQuestionVisible(task, question, state)) continue;
      const key = task.key;
      const id = `${key}.${question.id}`;
      const previous = state.answers.get(key)?.get(question.id);
      // Say it once: a fact the case already knows is shown, and can be corrected at the end of the step.
      const known = previous === undefined ? knownFact(state, task, question) : undefined;
      if (known !== undefined) {
        deps.prompter.say(describeKnownFact(question, known.value, deps.lang));
        continue;
      }
      if (resumed && previous !== undefined && previous.kind !== 'records') {
        const shown =
          question.type === 'choice' && previous.kind === 'choice'
            ? localize(question.options.find((o) => o.id === previous.value)?.label, deps.lang) ||
              previous.value
            : describeValue(previous, deps.lang);
        deps.prompter.say(`✔ ${localize(question.prompt, deps.lang)} ${shown}`);
        continue;
      }
      const ctx = {
        prompter: deps.prompter,
        lang: deps.lang,
        now: deps.now,
        fieldApplies: (field: FieldQuestion, rec: Readonly<{ [field: string]: FieldValue }>) =>
          isFieldVisible(task, field, rec, state),
        expected: expectedCount(task, question, state),
        list: forEachList(state, question),
        resumed,
        countsFrom: (ref: string | undefined) => countsFromDay(state, task, ref),
        region: caseRegion(state.started),
      };
      const listFact = question.type === 'records' ? (question['for-each'] ?? question.fact) : undefined;
      const value = await askQuestion(ctx, id, question, previous, (index, field, fieldValue) =>
        record(
          makeRecordField(deps.now(), {
            step: key,
            question: question.id,
            index,
            field,
            value: fieldValue,
            fact: listFact,
          }),
        ),
      );
      if (value === undefined)
        deps.prompter.settled?.(); // left for now: nothing to save
      else if (value.kind !== 'records')
        await record(
          makeAnswer(deps.now(), { step: key, question: question.id, answer: value, fact: question.fact }),
        );
    }

    // Lesson 3: how to reach whoever this step asks, before the questions to put to them.
    const asked = new Set(
      (task.step.confirmations ?? []).filter((c) => isQuestionVisible(task, c, state)).map((c) => c.party),
    );
    for (const party of asked) {
      const known = parties.get(party);
      if (known?.contact)
        deps.prompter.say(
          wrapPlain(
            localize(known.contact, deps.lang),
            deps.width ?? 80,
            `${sessionMessages[deps.lang].reach(localize(known.name, deps.lang))} `,
            '  ',
          ).join('\n'),
        );
    }

    for (const confirmation of task.step.confirmations ?? []) {
      if (!isQuestionVisible(task, confirmation, state)) continue;
      if (resumed && state.confirmations.has(`${task.key}.${confirmation.id}`)) continue;
      const already = settledElsewhere(state, tasks, task, confirmation);
      if (already !== undefined) {
        deps.prompter.say(
          guideMessages[deps.lang].alreadyConfirmed(
            localize(confirmation.ask, deps.lang),
            [already.who, already.reference].filter((s) => s !== undefined && s !== '').join(', '),
          ),
        );
        continue;
      }
      const current = task;
      const recorded = await askConfirmation(
        {
          prompter: deps.prompter,
          lang: deps.lang,
          now: deps.now,
          parties,
          record,
          state: () => state,
          countsFrom: (ref: string | undefined) => countsFromDay(state, current, ref),
          region: caseRegion(state.started),
        },
        current.key,
        confirmation,
      );
      if (recorded === undefined) continue;
      // A topic settled here closes the reminders to ask again that the same question left elsewhere.
      if (isSettled(confirmation, recorded) && confirmation.topic !== undefined)
        for (const other of tasks)
          for (const c of other.step.confirmations ?? []) {
            const id = `${other.key}.${c.id}`;
            const pending = state.followUps.get(id);
            if (
              c.topic !== confirmation.topic ||
              c.party !== confirmation.party ||
              id === `${current.key}.${confirmation.id}`
            )
              continue;
            if (pending?.resolved === undefined && pending?.set.origin.recheck === true)
              await record(
                makeFollowUpResolved(deps.now(), { id, result: `${current.key}.${confirmation.id}` }),
              );
          }
      for (const followUp of confirmationFollowUps(
        current,
        confirmation,
        recorded,
        state,
        deps.lang,
        deps.now(),
      )) {
        await record(followUp);
        if (followUp.type === 'follow-up-set')
          deps.prompter.say(`  ${sessionMessages[deps.lang].followUpSet(followUp.due, followUp.check)}`);
      }
    }

    // The screenshot the step said to take, kept now, while it is at hand; not offered again
    // on resume once this step has kept one, and only where a file can be given (a terminal).
    const kind = task.step.evidence;
    if (
      kind !== undefined &&
      deps.evidence !== undefined &&
      deps.prompter.offersFiles?.(`${task.key}:evidence`) === true &&
      !state.evidence.some((e) => e.step === task?.key)
    )
      await deps.evidence.offer(kind, task.key, deps.prompter, record);

    // A step whose answers all went well is done by itself: a guide does not ask "how did it
    // go?" after a yes to every question. "Go back" and notes stay on the next step's menu.
    if (
      wentWellByItself(task, state, tasks) &&
      deps.prompter.decidesOutcome?.(`${task.key}:outcome`) !== true
    ) {
      await record(makeStepOutcome(deps.now(), { step: task.key, outcome: 'done' }));
      deps.prompter.say(`  ${guideMessages[deps.lang].doneByItself(localize(task.step.title, deps.lang))}`);
      if (task.step['follow-up'])
        await setFollowUp(record, deps, state, task, task.key, task.step['follow-up'], today());
      await deps.afterStep?.(task, state, deps.prompter);
      continue;
    }
    const end = await askOutcome(task, tasks, () => state, deps, record, today);
    if (end === 'later') return { end, state };
    if (state.outcomes.has(task.key)) await deps.afterStep?.(task, state, deps.prompter);
  }

  deps.prompter.say(renderSummary(input.caseId, state, tasks, deps.lang, today(), deps.cmd));
  return { end: 'finished', state };
}

/** "✔ Shop: さくらモール", "✔ Orders: 8 (A-1 · A-2 · A-3, …)". */
function describeKnownFact(question: Question, value: AnswerValue, lang: Lang): string {
  const g = guideMessages[lang];
  const fact = question.fact ?? '';
  const label = localize(factSpec(fact)?.label, lang) || fact;
  // A choice fact (card.kind) reads as its label, never as the option id.
  if (value.kind === 'choice' && question.type === 'choice')
    return g.known(
      label,
      localize(question.options.find((o) => o.id === value.value)?.label, lang) || value.value,
    );
  if (value.kind !== 'records') return g.known(label, describeValue(value, lang));
  const sample = value.value
    .slice(0, 3)
    .map((r) => Object.values(r).map((v) => describeValue(v, lang))[0] ?? '')
    .join(', ');
  return g.known(label, g.listSummary(value.value.length, value.value.length > 3 ? `${sample}, …` : sample));
}
