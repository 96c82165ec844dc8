// A playbook as a person in one region meets it (`respond show --region jp`): the steps,
// questions, confirmations and record fields whose `when` the region alone rules out are
// left out; everything that depends on answers stays, with its condition.
import { helpline } from '../helplines/directory.js';
import { couldHoldIn } from '../session/conditions.js';
import { orderForRegion, type Region } from '../region.js';
// Not schema.js's isIncludeStep: importing schema.js loads zod, which `start` does not need.
import type { FieldQuestion, Playbook, Question } from './schema.js';

export function forRegion(playbook: Playbook, region: Region): Playbook {
  const fits = (item: { readonly when?: Parameters<typeof couldHoldIn>[0] }) =>
    couldHoldIn(item.when, region);
  // A choice of card brands in the region's order (JCB early in Japan, Discover in the US).
  const ordered = <Q extends Question | FieldQuestion>(q: Q): Q =>
    q.type === 'choice' ? { ...q, options: orderForRegion(q.options, region) } : q;
  const question = (q: Question): Question =>
    q.type === 'records' ? { ...q, fields: q.fields.filter(fits).map(ordered) } : ordered(q);
  return {
    ...playbook,
    steps: playbook.steps.filter(fits).map((step) =>
      'include' in step
        ? step
        : (({ helplines, ...rest }) => {
            // Only the region's own helplines; none left, no list.
            const own = helplines?.filter((id) => helpline(id)?.region === region) ?? [];
            return {
              ...rest,
              ...(step.questions ? { questions: step.questions.filter(fits).map(question) } : {}),
              ...(step.confirmations ? { confirmations: step.confirmations.filter(fits) } : {}),
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
