// A damaged line of a case's journal, told to the person in their language: what happened
// to the line, that the rest of the record is safe, and where cut bytes were kept.
import type { Lang, Messages } from '../i18n.js';
import type { JournalWarning } from './lines.js';

const texts: Messages<{
  torn: (line: number) => string;
  cut: (bytes: number, keptIn: string) => string;
  corrupt: (line: number, detail: string) => string;
}> = {
  en: {
    torn: (line) =>
      `line ${line}: the last entry was cut short (the program stopped while writing it) and is skipped; everything before it is safe`,
    cut: (bytes, keptIn) => `; its ${bytes} bytes were cut from the journal and kept in ${keptIn}`,
    corrupt: (line, detail) =>
      `line ${line} cannot be read (${detail}) and is skipped; the other lines are read`,
  },
  ja: {
    torn: (line) =>
      `${line} 行目: 最後の記録が途中で切れています (書き込み中にプログラムが止まりました)。この行は読み飛ばします。それより前の記録は無事です`,
    cut: (bytes, keptIn) => `。切り取った ${bytes} バイトは ${keptIn} に残しました`,
    corrupt: (line, detail) => `${line} 行目は読めないため読み飛ばします (${detail})。ほかの行は読み込みます`,
  },
};

/** The warning as one line for the person (after "respond: <journal>:<line>: "). */
export function describeWarning(warning: JournalWarning, lang: Lang): string {
  const t = texts[lang];
  if (warning.kind === 'corrupt') return t.corrupt(warning.line, warning.detail ?? warning.message);
  return t.torn(warning.line) + (warning.cut ? t.cut(warning.cut.bytes, warning.cut.keptIn) : '');
}
