// One incident, one case: a protective action done in one playbook of the case (the card
// stopped, the password changed) is not walked again in another. Within one playbook, steps
// with the same action are all walked: the author put the second there on purpose (the shop
// was asked to stop the shipment; if it shipped anyway, the person calls the carrier).
import type { WalkedTask } from '../playbook/walk.js';
import type { CaseState } from './state.js';

/** The step of another playbook of the case that already did this step's action, if any. */
export function doneElsewhere(
  task: WalkedTask,
  tasks: readonly WalkedTask[],
  state: CaseState,
): WalkedTask | undefined {
  const action = task.step.action;
  if (action === undefined) return undefined;
  return tasks.find(
    (other) =>
      other.caseRoot !== task.caseRoot &&
      other.step.action === action &&
      state.outcomes.get(other.key)?.outcome === 'done',
  );
}
