// A step's confirmations: put to a listed party, asked in a way their answer kind allows
// (`expect`, `counts-from`, `options`), with a follow-up counted from a real date.
import type { Confirmation } from './schema.js';
import { checkCondition } from './semantics-conditions.js';
import { checkEarlier, checkFollowUp, checkUnique, type Context } from './semantics-references.js';
import { suggest } from './suggest.js';
import type { Path } from './yaml-tree.js';

/** The rules of the confirmation at `steps[stepIndex].confirmations[c]`, in the order they are reported. */
export function checkConfirmation(
  ctx: Context,
  confirmation: Confirmation,
  base: Path,
  stepIndex: number,
  c: number,
  parties: readonly string[],
): void {
  const { t, out } = ctx;
  const cPath: Path = [...base, 'confirmations', c];
  if (!parties.includes(confirmation.party)) {
    const message =
      parties.length === 0
        ? t.noParties(confirmation.party)
        : t.unknownParty(confirmation.party, suggest(confirmation.party, parties));
    out.push({ path: [...cPath, 'party'], message });
  }
  if (confirmation.when)
    checkCondition(ctx, confirmation.when, [...cPath, 'when'], {
      stepIndex,
      subject: 'confirmation',
      itemIndex: c,
    });
  if (confirmation['follow-up'])
    checkFollowUp(ctx, confirmation['follow-up'], [...cPath, 'follow-up'], stepIndex);
  const kind = confirmation.answer ?? 'yesno';
  if (confirmation.expect !== undefined && kind !== 'yesno')
    out.push({ path: [...cPath, 'expect'], message: t.expectNotYesno(kind) });
  if (confirmation['counts-from'] !== undefined) {
    const path: Path = [...cPath, 'counts-from'];
    if (kind !== 'date') out.push({ path, message: t.countsFromNotDate(kind) });
    // Every question of a step is asked before its confirmations.
    else
      checkEarlier(
        ctx,
        confirmation['counts-from'],
        path,
        { stepIndex, subject: 'question', itemIndex: Infinity },
        'counts-from',
      );
  }
  if (confirmation.options !== undefined && kind !== 'choice')
    out.push({ path: [...cPath, 'options'], message: t.optionsNotChoice(kind) });
  if (kind === 'choice') {
    if (confirmation.options === undefined)
      out.push({ path: [...cPath, 'answer'], message: t.choiceWithoutOptions });
    else checkUnique(ctx, 'option', confirmation.options, [...cPath, 'options']);
  }
}
