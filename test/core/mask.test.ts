import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLuhnValid, maskCardNumbers, maskStretch, OUTPUT_MASK } from '../../src/core/mask.js';

describe('maskCardNumbers', () => {
  it.each([
    ['4242424242424242', '•••• 4242'],
    ['card 4242 4242 4242 4242, thanks', 'card •••• 4242, thanks'],
    ['4242-4242-4242-4242', '•••• 4242'],
    ['Amex 3782 822463 10005', 'Amex •••• 0005'], // 15 digits
    ['Diners 3056 9309 0259 04', 'Diners •••• 5904'], // 14 digits
    ['4222222222222', '•••• 2222'], // 13 digits
    ['6011 0009 9013 9424 124', '•••• 4124'], // 19 digits
    ['6011 0009 9013 9424 123', '•••• 9424 123'], // 19 digits fail Luhn; the first 16 pass
    ['x4111111111111111y', 'x•••• 1111y'],
    ['4111 1111 1111 1111 09 27', '•••• 1111 09 27'], // card typed with its expiry
    ['4111111111111111 / 5555555555554444', '•••• 1111 / •••• 4444'],
    ['4111 1111 1111 1111 5555 5555 5555 4444', '•••• 1111 •••• 4444'], // two cards in one run
    ['カード番号は4242424242424242です', 'カード番号は•••• 4242です'],
    // The forms a hostile run found stored in full (issue 8, item 7).
    ['4111  1111  1111  1111', '•••• 1111'],
    ['4111.1111.1111.1111', '•••• 1111'],
    ['4111/1111/1111/1111', '•••• 1111'],
    ['4111\u00a01111\u00a01111\u00a01111', '•••• 1111'],
    ['４１１１　１１１１　１１１１　１１１１', '•••• 1111'],
    ['４１１１－１１１１－１１１１－１１１１', '•••• 1111'],
    ['4111\u200b1111\u200b1111\u200b1111', '•••• 1111'],
    ['4111\t1111\t1111\t1111', '•••• 1111'],
    ['4111_1111_1111_1111', '•••• 1111'],
    ['4111 - 1111 - 1111 - 1111', '•••• 1111'],
    ['Amex 3782  822463  10005.', 'Amex •••• 0005.'],
    [
      '\u0664\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661',
      '•••• 1111',
    ],
    [
      '\u06f4\u06f2\u06f4\u06f2\u06f4\u06f2\u06f4\u06f2\u06f4\u06f2\u06f4\u06f2\u06f4\u06f2\u06f4\u06f2',
      '•••• 4242',
    ],
    ['\u{1d7d2}\u{1d7cf}\u{1d7cf}\u{1d7cf}1111\u2009111111\u200d11', '•••• 1111'],
    ['カード ４２４２ ４２４２ ４２４２ ４２４２ です', 'カード •••• 4242 です'],
    ['line one\n4242424242424242\nline three', 'line one\n•••• 4242\nline three'],
  ])('masks %j', (input, expected) => {
    expect(maskCardNumbers(input)).toBe(expected);
  });

  it.each([
    ['order 249-5551234-7654321'], // an order number that fails Luhn
    ['4242424242424241'], // one digit off: fails Luhn
    ['tel +81 90 1234 5678'],
    ['(555) 123-4567'],
    ['2026-11-22 20:41'],
    ['¥1,980,000 and $12,345.67'],
    ['424242424242'], // 12 digits
    ['42424242424242424242'], // 20 digits, passes Luhn but too long for a card
    ['tracking 1Z999AA10123456784'],
    ['０９０－１２３４－５６７８'], // a full-width phone number
    ['order 249-5551234-7654321 / 2026.11.22'],
    ['4242 4242\n4242 4242'], // two lines are two numbers
    ['•••• 4242'], // already masked
    [''],
  ])('leaves %j alone', (input) => {
    expect(maskCardNumbers(input)).toBe(input);
  });

  it('is idempotent', () => {
    const once = maskCardNumbers('4242 4242 4242 4242 and 5555555555554444');
    expect(maskCardNumbers(once)).toBe(once);
  });
});

/** Appends the Luhn check digit to `body`. */
function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (isLuhnValid(body + String(d))) return body + String(d);
  throw new Error('unreachable');
}

// Every way the digits of one card number may be written: ASCII, full-width (an IME),
// Arabic-Indic, extended Arabic-Indic, Devanagari, mathematical bold.
const DIGIT_ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x1d7ce];
// Every separator people or input methods put between digits, alone or in runs.
const SEPARATORS = [
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u3000',
  '\u2009',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '.',
  '/',
  '_',
  '-',
  ' - ',
  ' / ',
  '\u2013',
  '－',
  '．',
  '／',
];

describe('maskCardNumbers property', () => {
  const digit = fc.integer({ min: 0, max: 9 }).map(String);
  const cardNumber = fc
    .integer({ min: 12, max: 18 })
    .chain((n) => fc.array(digit, { minLength: n, maxLength: n }))
    .map((ds) => withCheckDigit(ds.join('')));
  const separator = fc.oneof(
    fc.constant(''),
    fc.constantFrom(...SEPARATORS),
    fc.array(fc.constantFrom(...SEPARATORS), { minLength: 2, maxLength: 4 }).map((s) => s.join('')),
  );
  const script = fc.constantFrom(...DIGIT_ZEROS);
  // Random text around the number, digits and separators included; a letter on each side
  // keeps the card number a token of its own (otherwise it is part of a longer number).
  const text = fc.string({
    unit: fc.oneof(fc.constantFrom('a', 'お', '円', ':', ',', '\n', ...SEPARATORS), digit),
  });

  it('never leaves the full number in any form, keeps the last 4, and leaves the text around it as typed', () => {
    fc.assert(
      fc.property(
        cardNumber.chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.tuple(separator, script), { minLength: n.length, maxLength: n.length }),
            text,
            text,
          ),
        ),
        ([num, looks, pre, post]) => {
          const typed = [...num]
            .map(
              (d, i) =>
                String.fromCodePoint((looks[i]?.[1] ?? 0x30) + Number(d)) +
                (i < num.length - 1 ? (looks[i]?.[0] ?? '') : ''),
            )
            .join('');
          const before = `${pre}a`;
          const after = `a${post}`;
          const out = maskCardNumbers(before + typed + after);
          // Read back the way a person would: every digit as ASCII, separators gone.
          const digitsOnly = (s: string) =>
            [...s.normalize('NFKC')]
              .map((c) =>
                /\p{Nd}/u.test(c) ? String(digitValue(c)) : /[\p{L}\p{S}:,\n]/u.test(c) ? '|' : '',
              )
              .join('');
          expect(digitsOnly(out)).not.toContain(num);
          expect(out).toContain(`•••• ${num.slice(-4)}`);
          // No 13+ digit Luhn-valid run of the output's digit groups is left.
          expect(maskCardNumbers(out)).toBe(out);
          if (maskCardNumbers(before) === before && maskCardNumbers(after) === after)
            expect(out).toBe(`${before}•••• ${num.slice(-4)}${after}`);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/** The value of one decimal digit of any script (they come in runs of ten, 0 to 9). */
function digitValue(c: string): number {
  const cp = c.codePointAt(0) ?? 0;
  const zero = DIGIT_ZEROS.find((z) => cp >= z && cp < z + 10);
  return zero === undefined ? Number.NaN : cp - zero;
}

describe('maskCardNumbers reads only the stretches that can hold a card', () => {
  // Cards in every script and grouping, inside letters, kana, ideographs, rules and the
  // characters next to the skipped ranges (ー and ・ separate; the ideographic space is a space).
  const digit = fc
    .constantFrom(...DIGIT_ZEROS)
    .chain((zero) => fc.integer({ min: 0, max: 9 }).map((d) => String.fromCodePoint(zero + d)));
  const unit = fc.oneof(
    digit,
    digit,
    fc.constantFrom(...SEPARATORS, 'a', 'Z', ':', ',', '\n', '(', '~', '\x7f', '\x0b'),
    fc.constantFrom('お', 'ン', 'ー', '・', '円', '─', '┃', '\u3000', '\u200b', '①', '²', 'é', '😀'),
  );
  it('masks exactly what reading every character masks, on input and on output', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), fc.boolean(), (units, output) => {
        const text = units.join('');
        const options = output ? OUTPUT_MASK : {};
        expect(maskCardNumbers(text, options)).toBe(maskStretch(text, options));
      }),
      { numRuns: 3000 },
    );
  });

  it('a card number among kana, ideographs and rules is still masked', () => {
    expect(maskCardNumbers('カード番号は４１１１　１１１１　１１１１　１１１１です─────', OUTPUT_MASK)).toBe(
      'カード番号は•••• 1111です─────',
    );
  });
});

describe('the output side (OUTPUT_MASK): the terminal and text read back from disk', () => {
  it.each([
    // Each is 16 digits passing Luhn: what a person types would be masked.
    ['2026-11-20  2026-11-28', 'two dates side by side, as a table prints them'],
    ['2026-11-22 - 2026-11-26', 'a range of dates'],
  ])('leaves %s alone (%s)', (text) => {
    expect(maskCardNumbers(text)).not.toBe(text);
    expect(maskCardNumbers(text, OUTPUT_MASK)).toBe(text);
  });

  it.each([
    '4111 1111 1111 1111',
    '4111-1111-1111-1111',
    '4111111111111111',
    '3782 822463 10005',
    '4111\u00a01111\u00a01111\u00a01111',
    '\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11',
  ])('still masks %s', (card) => {
    expect(maskCardNumbers(`paid with ${card}.`, OUTPUT_MASK)).toMatch(/^paid with •••• \d{4}\.$/);
  });
});
