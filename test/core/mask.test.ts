import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLuhnValid, maskCardNumbers } from '../../src/core/mask.js';

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

describe('maskCardNumbers property', () => {
  const digit = fc.integer({ min: 0, max: 9 }).map(String);
  const cardNumber = fc
    .integer({ min: 12, max: 18 })
    .chain((n) => fc.array(digit, { minLength: n, maxLength: n }))
    .map((ds) => withCheckDigit(ds.join('')));
  const separators = (n: number) => fc.array(fc.constantFrom('', '', ' ', '-'), { minLength: n, maxLength: n });
  // Any text, but a card number is a token of its own: what touches it is not a digit, and
  // not a separator followed by a digit (that would make it part of a longer number).
  const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', ' ', '-', '/', '\n', ':', '.', 'お', '円'), fc.integer({ min: 0, max: 9 }).map(String)) });
  const before = text.map((t) => t.replace(/[\d -]+$/, '') + ' ');
  const after = text.map((t) => '.' + t);

  it('never leaves the full number, always keeps the last 4', () => {
    fc.assert(
      fc.property(cardNumber.chain((n) => fc.tuple(fc.constant(n), separators(n.length - 1), before, after)), ([num, seps, pre, post]) => {
        const typed = [...num].map((d, i) => d + (seps[i] ?? '')).join('');
        const out = maskCardNumbers(pre + typed + post);
        expect(out.replace(/[ -]/g, '')).not.toContain(num);
        expect(out).toContain(num.slice(-4));
      }),
      { numRuns: 2000 },
    );
  });
});
