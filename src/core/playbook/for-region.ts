// A playbook as a person in one region meets it (`respond show --region jp`): the steps,
// questions, confirmations and record fields whose `when` the region alone rules out are
// left out; everything that depends on answers stays, with its condition, and the part of a
// condition the region settles is said no more (no "Only if: you live in the United Kingdom
// or another country" in a checklist for elsewhere: it names countries and always holds).
import { helpline } from '../helplines/directory.js';
import { couldHoldIn } from '../session/conditions.js';
import { orderForRegion, type Region } from '../region.js';
// Not schema.js's isIncludeStep: importing schema.js loads zod, which `start` does not need.
import type { Condition, FieldQuestion, Playbook, Question } from './schema.js';

/** The condition with the region put in: true or false when that decides it, else what is left. */
function settleRegion(condition: Condition, region: Region): Condition | boolean {
  if ('region' in condition)
    return (Array.isArray(condition.region) ? condition.region : [condition.region]).includes(region);
  const settle = (list: readonly Condition[]) => list.map((c) => settleRegion(c, region));
  const one = (left: Condition[], join: (list: Condition[]) => Condition) =>
    left.length === 1 && left[0] !== undefined ? left[0] : join(left);
  if ('all' in condition) {
    const parts = settle(condition.all);
    if (parts.includes(false)) return false;
    const left = parts.filter((p): p is Condition => p !== true);
    return left.length === 0 ? true : one(left, (all) => ({ all }));
  }
  if ('any' in condition) {
    const parts = settle(condition.any);
    if (parts.includes(true)) return true;
    const left = parts.filter((p): p is Condition => p !== false);
    return left.length === 0 ? false : one(left, (any) => ({ any }));
  }
  if ('none' in condition) {
    const parts = settle(condition.none);
    if (parts.includes(true)) return false;
    const left = parts.filter((p): p is Condition => p !== false);
    return left.length === 0 ? true : { none: left };
  }
  return condition;
}

export function forRegion(playbook: Playbook, region: Region): Playbook {
  const fits = (item: { readonly when?: Parameters<typeof couldHoldIn>[0] }) =>
    couldHoldIn(item.when, region);
  /** An item that fits, with only what its condition still asks of the answers. */
  const settled = <T extends { readonly when?: Condition }>(item: T): T => {
    if (item.when === undefined) return item;
    const left = settleRegion(item.when, region);
    if (typeof left !== 'boolean') return { ...item, when: left };
    // The region alone makes it hold: shown with no condition at all.
    return Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'when')) as T;
  };
  // A choice of card brands in the region's order (JCB early in Japan, Discover in the US).
  const ordered = <Q extends Question | FieldQuestion>(q: Q): Q =>
    q.type === 'choice' ? { ...q, options: orderForRegion(q.options, region) } : q;
  const question = (q: Question): Question =>
    q.type === 'records' ? { ...q, fields: q.fields.filter(fits).map(settled).map(ordered) } : ordered(q);
  return {
    ...playbook,
    steps: playbook.steps
      .filter(fits)
      .map(settled)
      .map((step) =>
        'include' in step
          ? step
          : (({ helplines, ...rest }) => {
              // Only the region's own helplines; none left, no list.
              const own = helplines?.filter((id) => helpline(id)?.region === region) ?? [];
              return {
                ...rest,
                ...(step.questions
                  ? { questions: step.questions.filter(fits).map(settled).map(question) }
                  : {}),
                ...(step.confirmations
                  ? { confirmations: step.confirmations.filter(fits).map(settled) }
                  : {}),
                ...(own.length > 0 ? { helplines: own } : {}),
              };
            })(step),
      ),
  };
}

/** Every playbook of a library, as met in one region. */
export function libraryForRegion(
  library: ReadonlyMap<string, Playbook>,
  region: Region,
): Map<string, Playbook> {
  return new Map([...library].map(([id, playbook]) => [id, forRegion(playbook, region)]));
}
