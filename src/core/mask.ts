// A full card number must never reach the disk or the screen, wherever a person types it:
// a note, a contact's name, a reference field. What is kept is what the card company asks
// for anyway: the last 4 digits.
//
// The masked form is "•••• 4242": it does not pretend to know the card's length, carries
// no digits but the last 4 (so masking twice changes nothing), and, unlike "****", means
// nothing to Markdown when a report is rendered.
//
// What counts as a card number: 13 to 19 digits, optionally grouped by single spaces or
// dashes, passing the Luhn check. Anything else (order numbers, phone numbers, dates,
// amounts) is left alone unless it happens to have that length and pass Luhn, which no
// filter can tell apart from a real card.

export const MASK_PREFIX = '•••• ';

// A run of digits, each pair joined by nothing or one space or dash.
const DIGIT_RUN = /\d(?:[ -]?\d)*/g;
const MIN = 13;
const LONG_ENOUGH = /\d(?:[ -]?\d){12}/;
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

export function maskCardNumber(digits: string): string {
  return MASK_PREFIX + digits.slice(-4);
}

/**
 * Masks one run of digits and separators. The whole run is tried first; failing that,
 * windows of whole groups, longest first, so "4111 1111 1111 1111 09 27" (a card typed
 * with its expiry) is still caught while an ungrouped 20-digit tracking number is not
 * searched for card-shaped slices.
 */
function maskRun(run: string): string {
  const digits = run.replace(/[ -]/g, '');
  if (digits.length < MIN) return run;
  if (isCardNumber(digits)) return maskCardNumber(digits);
  // Groups with the separator that follows each one ('' after the last).
  const groups: { text: string; sep: string }[] = [];
  for (const m of run.matchAll(/(\d+)([ -]?)/g)) groups.push({ text: m[1] ?? '', sep: m[2] ?? '' });
  if (groups.length < 2) return run;
  const joinGroups = (gs: typeof groups): string => gs.map((g, i) => g.text + (i < gs.length - 1 ? g.sep : '')).join('');
  for (let len = groups.length - 1; len >= 1; len--) {
    for (let start = 0; start + len <= groups.length; start++) {
      const found = groups.slice(start, start + len).map((g) => g.text).join('');
      if (!isCardNumber(found)) continue;
      const head = groups.slice(0, start);
      const tail = groups.slice(start + len);
      // The rest of the run may hide a second card (two cards typed in one line).
      const headText = head.length > 0 ? maskRun(joinGroups(head)) + (head[head.length - 1]?.sep ?? '') : '';
      const tailText = tail.length > 0 ? (groups[start + len - 1]?.sep ?? '') + maskRun(joinGroups(tail)) : '';
      return headText + maskCardNumber(found) + tailText;
    }
  }
  return run;
}

/** `text` with every full card number replaced by its masked last 4 digits. */
export function maskCardNumbers(text: string): string {
  // Fast path: most strings are names and short notes without a long digit run.
  if (!LONG_ENOUGH.test(text)) return text;
  return text.replace(DIGIT_RUN, maskRun);
}
