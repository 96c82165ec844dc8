// A full card number must never reach the disk or the screen, wherever a person types it:
// a note, a contact's name, a reference field. What is kept is what the card company asks
// for anyway: the last 4 digits.
//
// The masked form is "•••• 4242": it does not pretend to know the card's length, carries
// no digits but the last 4 (so masking twice changes nothing), and, unlike "****", means
// nothing to Markdown when a report is rendered.
//
// What counts as a card number: 13 to 19 digits passing the Luhn check, however they were
// typed. People and input methods write digits in many ways: full-width (４１１１, what a
// Japanese IME types), Arabic-Indic or other scripts, grouped by double spaces, NBSP,
// ideographic spaces, tabs, zero-width characters, '.', '/', '_' or dashes with spaces
// around them. So each character is read as NFKC would read it, every Unicode decimal
// digit counts as its ASCII digit, and any run of separators between two digit groups
// counts as one separator. Anything else (order numbers, phone numbers, dates, amounts) is
// left as typed unless it happens to have a card's length and pass Luhn, which no filter
// can tell apart from a real card. Line breaks end a number: two numbers on two lines are
// two numbers.

const MASK_PREFIX = '•••• ';

const MIN = 13;
const MAX = 19;

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function isCardNumber(digits: string): boolean {
  return digits.length >= MIN && digits.length <= MAX && isLuhnValid(digits);
}

function maskCardNumber(digits: string): string {
  return MASK_PREFIX + digits.slice(-4);
}

const DECIMAL = /^\p{Nd}$/u;
// Spaces of every kind (NBSP, ideographic space, tab...), invisible format characters
// (zero-width space and joiners, word joiner, BOM, soft hyphen, bidi marks), and the
// punctuation people group digits with. Line breaks are not among them.
const SEPARATOR = /^(?:(?![\n\r\u2028\u2029\v\f])\s|\p{Cf}|[._/\-\u2010-\u2015\u2212\u30fc\u00b7\u30fb])$/u;

const NOT_DIGIT = -1;
const digitCache = new Map<number, number>();

/** The digit a character stands for (0-9), or -1. */
function digitOf(ch: string, cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128) return NOT_DIGIT;
  const cached = digitCache.get(cp);
  if (cached !== undefined) return cached;
  let value = NOT_DIGIT;
  const nfkc = ch.normalize('NFKC');
  if (nfkc.length === 1 && nfkc >= '0' && nfkc <= '9') value = nfkc.charCodeAt(0) - 48;
  else if (DECIMAL.test(ch)) {
    // Unicode keeps every set of decimal digits as ten consecutive code points, 0 to 9, so
    // a digit's value is its distance from the start of its run of decimal digits, mod 10.
    let start = cp;
    while (start > 0 && DECIMAL.test(String.fromCodePoint(start - 1))) start--;
    value = (cp - start) % 10;
  }
  digitCache.set(cp, value);
  return value;
}

const separatorCache = new Map<number, boolean>();

function isSeparator(ch: string, cp: number): boolean {
  if (cp < 128) return cp === 32 || cp === 9 || cp === 46 || cp === 47 || cp === 95 || cp === 45;
  const cached = separatorCache.get(cp);
  if (cached !== undefined) return cached;
  const value = SEPARATOR.test(ch) || SEPARATOR.test(ch.normalize('NFKC'));
  separatorCache.set(cp, value);
  return value;
}

/** A group of digits as typed: its ASCII digits and where it lies in the text. */
interface Group {
  digits: string;
  start: number;
  end: number;
}

interface Cut {
  start: number;
  end: number;
  text: string;
}

/**
 * The card numbers in one run of digit groups. Left to right, the longest window of whole
 * groups that is a card number is masked, so "4111 1111 1111 1111 09 27" (a card typed
 * with its expiry) is still caught while an ungrouped 20-digit tracking number is not
 * searched for card-shaped slices. A window never holds more than 19 digits, so the work
 * stays linear in the run's length.
 */
function cutsOfRun(groups: readonly Group[], cuts: Cut[]): void {
  // All the run's digits in one string; group k's digits start at offsets[k].
  const offsets = [0];
  for (const g of groups) offsets.push((offsets.at(-1) ?? 0) + g.digits.length);
  const all = groups.map((g) => g.digits).join('');
  if (all.length < MIN) return;
  const offset = (k: number) => offsets[k] ?? all.length;
  let i = 0;
  while (i < groups.length) {
    // The last group a window from i may end at without passing MAX digits.
    let last = i;
    while (last + 1 < groups.length && offset(last + 2) - offset(i) <= MAX) last++;
    let found = -1;
    for (let end = last; end >= i && found < 0 && offset(end + 1) - offset(i) >= MIN; end--)
      if (isCardNumber(all.slice(offset(i), offset(end + 1)))) found = end;
    const first = groups[i];
    const lastGroup = groups[found];
    if (found >= 0 && first !== undefined && lastGroup !== undefined) {
      cuts.push({
        start: first.start,
        end: lastGroup.end,
        text: maskCardNumber(all.slice(offset(i), offset(found + 1))),
      });
      i = found + 1;
    } else i++;
  }
}

export interface MaskOptions {
  /**
   * Digit groups shorter than this break a number. 1 (the default) is for what a person
   * types: any grouping is caught. The safety nets on output (the terminal, text read back
   * from disk) use 3, so that dates and times respond itself writes side by side
   * ("2026-11-20  2026-11-21", "20-09-03-186") are never taken for a card, while every card
   * grouping (4-4-4-4, 4-6-5, 4-6-4, none) still is.
   */
  readonly minGroup?: number;
}

/** The output side's masking: see MaskOptions.minGroup. */
export const OUTPUT_MASK: MaskOptions = { minGroup: 3 };

// What always ends a run of digit groups (see maskCardNumbers): an ASCII character that is
// neither a digit nor one of the separators (space, tab, . / _ -), a box-drawing rule, kana
// (not ー or ・, which separate) or a CJK ideograph: none is a digit, whatever its
// compatibility form, nor a separator. Every other character may belong to a run, so a card
// number lies inside a stretch of at least MIN (13) of them.
// Control characters end a run: they are listed on purpose.
const CAN_HOLD_CARD =
  // eslint-disable-next-line no-control-regex
  /[^\x00-\x08\x0A-\x1F\x21-\x2C\x3A-\x5E\x60-\x7F\u2500-\u257F\u3041-\u3096\u30A1-\u30FA\u4E00-\u9FFF]{13,}/g;

/** `text` with every full card number replaced by its masked last 4 digits. */
export function maskCardNumbers(text: string, options: MaskOptions = {}): string {
  if (text.length < MIN) return text;
  // Only the stretches that can hold a card are read character by character: on a screen of
  // English, a few dates and rules instead of every letter (this runs on all output).
  let out = '';
  let at = 0;
  for (const match of text.matchAll(CAN_HOLD_CARD)) {
    const masked = maskStretch(match[0], options);
    if (masked === match[0]) continue;
    out += text.slice(at, match.index) + masked;
    at = match.index + match[0].length;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** The same, reading every character of `text`: what the stretches above must agree with. */
export function maskStretch(text: string, options: MaskOptions = {}): string {
  const minGroup = options.minGroup ?? 1;
  const cuts: Cut[] = [];
  let groups: Group[] = [];
  let group: Group | undefined;
  // After a group, separators may continue the run; anything else ends it.
  let inSeparators = false;
  const endRun = () => {
    if (group !== undefined) groups.push(group);
    if (minGroup <= 1) {
      if (groups.length > 0) cutsOfRun(groups, cuts);
    } else {
      // A short group splits the run: only runs of long enough groups are searched.
      let part: Group[] = [];
      for (const g of [...groups, undefined]) {
        if (g !== undefined && g.digits.length >= minGroup) part.push(g);
        else {
          if (part.length > 0) cutsOfRun(part, cuts);
          part = [];
        }
      }
    }
    groups = [];
    group = undefined;
    inSeparators = false;
  };
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 1 ? text.charAt(i) : text.slice(i, i + 2);
    const digit = digitOf(ch, cp);
    if (digit !== NOT_DIGIT) {
      if (group === undefined) group = { digits: '', start: i, end: i };
      group.digits += String(digit);
      group.end = i + width;
      inSeparators = false;
    } else if ((group !== undefined || inSeparators) && isSeparator(ch, cp)) {
      if (group !== undefined) groups.push(group);
      group = undefined;
      inSeparators = true;
    } else endRun();
    i += width;
  }
  endRun();
  if (cuts.length === 0) return text;
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    out += text.slice(at, cut.start) + cut.text;
    at = cut.end;
  }
  return out + text.slice(at);
}

/**
 * Every free-text string of a value read back from disk, masked: a card number typed into a
 * journal or a playbook by hand (never by respond) still never reaches a screen, a report or
 * another file. `keep` names the keys whose strings are identifiers, times or hashes, where
 * a run of digits is not a card and must stay byte for byte.
 */
export function maskCardNumbersDeep<T>(value: T, keep: ReadonlySet<string> = new Set()): T {
  if (typeof value === 'string') return maskCardNumbers(value, OUTPUT_MASK) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => maskCardNumbersDeep(v, keep)) as T;
  if (value !== null && typeof value === 'object') {
    let changed: Record<string, unknown> | undefined;
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (keep.has(key)) continue;
      const masked = maskCardNumbersDeep(inner, keep);
      if (masked !== inner) (changed ??= { ...(value as Record<string, unknown>) })[key] = masked;
    }
    return (changed ?? value) as T;
  }
  return value;
}
