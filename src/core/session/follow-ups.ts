// Lesson 4, never hand it all over: a good answer from a party is a promise to check, and a
// "don't know" or a bad answer is a question to ask again. One rule for every path that
// records a confirmation (the walk-through, `respond note --confirm`): the good answer sets
// the playbook's follow-up, counted from when the party gave it; any other answer sets a
// reminder to ask again after `recheck` (3 days unless the playbook says), so nothing
// unconfirmed is left without a date. A later good answer without a follow-up of its own
// resolves that reminder.
import { localize, type Lang } from '../i18n.js';
import {
  makeFollowUpResolved,
  makeFollowUpSet,
  type Confirmation as ConfirmationEvent,
  type FollowUpResolved,
  type FollowUpSet,
} from '../journal/events.js';
import type { Confirmation } from '../playbook/schema.js';
import type { WalkedTask } from '../playbook/walk.js';
import { followUpDue } from './plan.js';
import { DEFAULT_RECHECK, isSettled, RECHECK_TEXT } from './settled.js';
import type { CaseState } from './state.js';

/** The follow-up a recorded confirmation sets (or resolves). */
export function confirmationFollowUps(
  task: WalkedTask,
  confirmation: Confirmation,
  event: ConfirmationEvent,
  state: CaseState,
  lang: Lang,
  now: Date,
): (FollowUpSet | FollowUpResolved)[] {
  const id = `${task.key}.${confirmation.id}`;
  // `at` is local wall-clock time with its offset: its date and hour are the person's own.
  const day = event.at.slice(0, 10);
  const hour = Number(event.at.slice(11, 13));
  const origin = { step: task.key, confirmation: confirmation.id };
  const followUp = confirmation['follow-up'];
  if (isSettled(confirmation, event)) {
    if (followUp !== undefined)
      return [
        makeFollowUpSet(now, {
          id,
          due: followUpDue(followUp, state, task.scope, day, hour),
          check: localize(followUp.check, lang),
          origin,
        }),
      ];
    const pending = state.followUps.get(id);
    return pending !== undefined && pending.resolved === undefined
      ? [makeFollowUpResolved(now, { id, result: event.answer })]
      : [];
  }
  const recheck = { check: '', after: confirmation.recheck ?? DEFAULT_RECHECK };
  return [
    makeFollowUpSet(now, {
      id,
      due: followUpDue(recheck, state, task.scope, day, hour),
      check: RECHECK_TEXT[lang](localize(confirmation.ask, lang)),
      origin: { ...origin, recheck: true },
    }),
  ];
}
