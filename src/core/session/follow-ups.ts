// Lesson 4, never hand it all over: a "yes" from a party is a promise to check. One rule for
// every path that records a confirmation (the walk-through, `respond note --confirm`): a yes
// to a confirmation with a follow-up sets it, counted from when the party said yes.
import { localize, type Lang } from '../i18n.js';
import {
  makeFollowUpSet,
  type Confirmation as ConfirmationEvent,
  type FollowUpSet,
} from '../journal/events.js';
import type { Confirmation } from '../playbook/schema.js';
import type { WalkedTask } from '../playbook/walk.js';
import { followUpDue } from './plan.js';
import type { CaseState } from './state.js';

/** The follow-up a recorded confirmation sets: none unless it was a yes and the playbook asks for one. */
export function confirmationFollowUps(
  task: WalkedTask,
  confirmation: Confirmation,
  event: ConfirmationEvent,
  state: CaseState,
  lang: Lang,
  now: Date,
): FollowUpSet[] {
  const followUp = confirmation['follow-up'];
  if (event.answer !== 'yes' || followUp === undefined) return [];
  // `at` is local wall-clock time with its offset: its date and hour are the person's own.
  const day = event.at.slice(0, 10);
  const hour = Number(event.at.slice(11, 13));
  const due = followUpDue(followUp, state, task.scope, day, hour);
  return [
    makeFollowUpSet(now, {
      id: `${task.key}.${confirmation.id}`,
      due,
      check: localize(followUp.check, lang),
      origin: { step: task.key, confirmation: confirmation.id },
    }),
  ];
}
