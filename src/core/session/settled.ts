// When is a confirmation settled? When the party gave the answer that is good news: "yes"
// by default, "no" where the playbook says `expect: no` ("Do I have to pay while you
// investigate?"), and any answer at all for a confirmation whose answer is a text, a date,
// a choice or an amount (a deadline, who cancels the charge). Everything else stays open,
// visible, and with a date to ask again (lesson 2).
import type { Confirmation as ConfirmationEvent } from '../journal/events.js';
import type { Lang } from '../i18n.js';
import type { Confirmation } from '../playbook/schema.js';

export function isSettled(
  confirmation: Confirmation | undefined,
  event: ConfirmationEvent | undefined,
): boolean {
  if (event === undefined) return false;
  const kind = confirmation?.answer ?? 'yesno';
  if (kind !== 'yesno') return event.answer === 'yes' && event.value !== undefined;
  return event.answer === (confirmation?.expect ?? 'yes');
}

/** Days until a confirmation left open is asked again, when the playbook does not say. */
export const DEFAULT_RECHECK = '3d';

/** What the reminder to ask again says. */
export const RECHECK_TEXT: Record<Lang, (ask: string) => string> = {
  en: (ask) => `Still not confirmed: ask again, or ask who can. “${ask}”`,
  ja: (ask) => `まだ確認できていません。もう一度尋ねるか、誰ならできるかを尋ねます:「${ask}」`,
};
