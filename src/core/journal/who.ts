// Who answered a confirmation. A chat bot, or a call where no name was given, is a normal
// thing: the answer, channel, reference and time still count, and the record says plainly
// that no name was given rather than leaving a blank a reader could take for a mistake.
import type { Lang, Messages } from '../i18n.js';

const notGiven: Messages<string> = { en: 'name not given', ja: '名前は聞けていません' };

/** The name as recorded, or "name not given" in the reader's language. */
export function whoLabel(who: string | undefined, lang: Lang): string {
  const name = who?.trim() ?? '';
  return name === '' ? notGiven[lang] : name;
}
