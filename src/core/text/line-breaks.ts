// Where a line of terminal text may break. English breaks at spaces; Japanese has none, and
// breaking it anywhere splits words (ショ/ップ, い/いえ) and leaves a 、 or a small kana at
// the start of a line. So: Japanese breaks between phrases (bunsetsu, found by BudouX's
// model, vendored in ./budoux), never inside a katakana or kanji run; an ASCII word, number,
// date or id (2026-12-01, INQ-1234) is never split; and the kinsoku rules hold: no line
// starts with closing punctuation, a prolonged sound mark or a small kana, and none ends
// with an opening bracket.
import { displayWidth } from '../table.js';
import { phraseBoundaries } from './budoux/parser.js';

// Characters drawn two columns wide, and written without spaces between words.
const WIDE = /[\u2e80-\u303f\u3040-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]/u;
const HIRAGANA = /[\u3041-\u309f]/u;
const KATAKANA = /[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]/u;
/** No line starts with these (kinsoku shori): closing marks, ー, small kana, iteration marks. */
const NO_START =
  /[、。，．,.!?！？:：;；」』）)］\]｝}】〕〉》〙〗ー・…‥ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ-ㇿ〜～%％]/u;
/** No line ends with these: opening brackets. */
const NO_END = /[「『（(［[｛{【〔〈《〘〖]/u;

const isWide = (ch: string): boolean => WIDE.test(ch);

/**
 * `text` cut into tokens for wrapping: "\n", runs of spaces (a break that drops the space),
 * and pieces between which a line may break without a space. A piece wider than `maxWidth`
 * (a whole phrase that fits no line) is cut further between characters, still keeping
 * ASCII words whole and the kinsoku rules.
 */
export function breakTokens(text: string, maxWidth: number): string[] {
  const tokens: string[] = [];
  for (const part of text.match(/\n|[ \t]+|[^\s]+/gu) ?? []) {
    if (part === '\n' || /^[ \t]+$/.test(part)) tokens.push(part);
    else
      for (const phrase of splitAt(part, phraseBreaks(part)))
        for (const piece of narrower(phrase, maxWidth, scriptBreaks))
          for (const run of narrower(piece, maxWidth, scriptChanges))
            tokens.push(...narrower(run, maxWidth, charBreaks));
  }
  return tokens;
}

/** Positions in a run without spaces where a line may break: phrase boundaries. */
function phraseBreaks(run: string): number[] {
  if (![...run].some(isWide)) return [];
  return phraseBoundaries(run).filter((i) => {
    const before = run[i - 1] ?? '';
    const after = run[i] ?? '';
    if ((KANJI.test(before) && KANJI.test(after)) || (KATAKANA.test(before) && KATAKANA.test(after)))
      return false;
    return mayBreak(before, after);
  });
}

/** `piece` cut at `breaks` when it is wider than a line, else whole. */
function narrower(piece: string, maxWidth: number, breaks: (run: string) => number[]): string[] {
  return displayWidth(piece) > maxWidth ? splitAt(piece, breaks(piece)) : [piece];
}

/** Inside a phrase too long for a line: before a kanji or katakana run that follows hiragana. */
function scriptBreaks(run: string): number[] {
  const breaks: number[] = [];
  for (let i = 1; i < run.length; i++) {
    const before = run[i - 1] ?? '';
    const after = run[i] ?? '';
    if (HIRAGANA.test(before) && (KANJI.test(after) || KATAKANA.test(after)) && mayBreak(before, after))
      breaks.push(i);
  }
  return breaks;
}

/** Still too long: wherever the script changes (キャンセル|して, 2026-12-01|までに). */
function scriptChanges(run: string): number[] {
  const script = (ch: string) =>
    HIRAGANA.test(ch) ? 'h' : KATAKANA.test(ch) ? 'k' : KANJI.test(ch) ? 'c' : isWide(ch) ? 'w' : 'a';
  const breaks: number[] = [];
  for (let i = 1; i < run.length; i++) {
    const before = run[i - 1] ?? '';
    const after = run[i] ?? '';
    if (script(before) !== script(after) && mayBreak(before, after)) breaks.push(i);
  }
  return breaks;
}

/** Every position where a line may break at all: the last resort for a run still too long. */
function charBreaks(run: string): number[] {
  const breaks: number[] = [];
  for (let i = 1; i < run.length; i++) if (mayBreak(run[i - 1] ?? '', run[i] ?? '')) breaks.push(i);
  return breaks;
}

function mayBreak(before: string, after: string): boolean {
  // Never inside a surrogate pair, an ASCII word, a number, a date or an id.
  if (/[\udc00-\udfff]/.test(after)) return false;
  if (!isWide(before) && !isWide(after)) return false;
  return !NO_START.test(after) && !NO_END.test(before);
}

function splitAt(text: string, breaks: readonly number[]): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const i of breaks) {
    pieces.push(text.slice(start, i));
    start = i;
  }
  pieces.push(text.slice(start));
  return pieces.filter((p) => p !== '');
}
