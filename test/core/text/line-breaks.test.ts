// Japanese lines wrap between phrases: never inside a word, a number, a date or an id, and
// never with a 、 or a small kana at the start of a line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapPlain } from '../../../src/core/playbook/render-text.js';
import { displayWidth } from '../../../src/core/table.js';

const TEXTS = [
  'ショップに連絡して、注文をキャンセルしてもらえるか確認してください。',
  'いいえ、まだ届いていません。2026-12-01までに確認します。問い合わせ番号は INQ-1234 です。',
  'カード会社（クレジットカードの発行会社）に電話して、不正利用の補償について聞いてください。',
  '「いいえ」と言われたら、ショップの受付番号を控えて、2026-12-01 にもう一度確認してください。',
];
const WORDS = ['ショップ', 'いいえ', '2026-12-01', 'INQ-1234', 'キャンセル', 'クレジットカード'];
const NO_START = /^[、。，．！？」』）ー・…ぁぃぅぇぉっゃゅょァィゥェォッャュョ]/u;
const NO_END = /[「『（]$/u;

describe('wrapPlain, Japanese', () => {
  for (const text of TEXTS)
    it.each([14, 16, 20, 24, 30, 40])(`%i columns: ${text.slice(0, 12)}…`, (width) => {
      const lines = wrapPlain(text, width);
      for (const line of lines) {
        expect(displayWidth(line), line).toBeLessThanOrEqual(width);
        expect(line, 'kinsoku: line start').not.toMatch(NO_START);
        expect(line, 'kinsoku: line end').not.toMatch(NO_END);
      }
      // Words stay whole, where a line can hold one (with a bracket before it).
      for (const word of WORDS.filter((w) => displayWidth(w) + 2 <= width)) {
        const times = text.split(word).length - 1;
        expect(
          lines.reduce((n, l) => n + l.split(word).length - 1, 0),
          word,
        ).toBe(times);
      }
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    });

  it('breaks after a particle rather than inside a word', () => {
    expect(wrapPlain('ショップに連絡して、注文をキャンセルしてもらえるか確認してください。', 20)).toEqual([
      'ショップに連絡して、',
      '注文をキャンセルして',
      'もらえるか',
      '確認してください。',
    ]);
  });

  it('measures a wide character as two columns', () => {
    expect(wrapPlain('あいうえお', 9)).not.toEqual(['あいうえお']);
    expect(wrapPlain('あいうえお', 10)).toEqual(['あいうえお']);
  });
});

describe('wrapPlain, any text of phrases, words and numbers', () => {
  const piece = fc.constantFrom(
    'ショップに',
    '連絡して、',
    '注文を',
    'キャンセルして',
    'もらえるか',
    '確認してください。',
    'いいえ、',
    '「昨日」',
    '（至急）',
    // ASCII words stand apart, as in real text: one longer than the line overflows by design.
    ' 2026-12-01 ',
    ' INQ-1234 ',
    'までに',
    ' ',
    ' card ',
    'ー',
    'っ',
  );
  const texts = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => parts.join('').trim());

  it('fits every line in the width, and the lines join back to the text', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 12, max: 80 }), (text, width) => {
        const lines = wrapPlain(text, width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ +/g, '')).toBe(text.replace(/ +/g, ''));
        if (!text.includes(' ')) expect(lines.join('')).toBe(text);
      }),
    );
  });

  it('never splits a date or an id', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 12, max: 80 }), (text, width) => {
        const count = (s: string, w: string) => s.split(w).length - 1;
        const lines = wrapPlain(text, width);
        for (const word of ['2026-12-01', 'INQ-1234'])
          expect(lines.reduce((n, l) => n + count(l, word), 0)).toBe(count(text, word));
      }),
    );
  });
});
