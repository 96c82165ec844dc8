// Columns as a terminal draws them: a wide character and an emoji take two, a combining mark
// none, a joined emoji (a family) two in all, so tables with ✅ or 🚚 in them still line up;
// and a table given a width fits it, the columns named to shrink cut with "…".
import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable, truncate } from '../../src/core/table.js';

describe('displayWidth', () => {
  it.each([
    ['plain ASCII', 'INQ-1234', 8],
    ['kana and kanji', 'カード会社', 10],
    ['full-width digits', '１２３', 6],
    ['check mark emoji', '✅', 2],
    ['stop sign', '🛑', 2],
    ['warning sign with its emoji selector', '⚠️', 2],
    ['delivery truck', '🚚', 2],
    ['a family (joined by zero-width joiners)', '👨‍👩‍👧', 2],
    ['a flag', '🇯🇵', 2],
    ['e with a combining accent', 'e\u0301', 1],
    ['a zero-width space', 'a\u200bb', 2],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('renderTable', () => {
  it('lines columns up after emoji and Japanese', () => {
    const table = renderTable([
      ['✅', 'done'],
      ['🚚', 'shipped'],
      ['未', 'open'],
      ['x', 'other'],
    ]);
    const starts = table.split('\n').map((line) => {
      const cell = line.split(/\s{2,}/)[1] ?? '';
      return displayWidth(line.slice(0, line.lastIndexOf(cell)));
    });
    expect(new Set(starts).size).toBe(1);
  });
});

describe('a table fitted to a width', () => {
  const rows = [
    ['ID', 'TITLE', 'STEPS'],
    ['account-takeover', 'メールなどのアカウントが乗っ取られた、またはほかのアカウントにも入られた', '40'],
    ['card-charges', 'Card charges you did not make', '15'],
  ];

  it('cuts only the column that may shrink, with an ellipsis, and never a row past the width', () => {
    const lines = renderTable(rows, { maxWidth: 50, shrink: [1] }).split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    expect(lines[1]).toMatch(/^account-takeover {2}メール.*… +40$/);
    expect(lines[2]).toContain('card-charges');
  });

  it('keeps the heading and the minimum asked for, and leaves a table that fits alone', () => {
    const lines = renderTable(rows, { maxWidth: 10, shrink: [{ column: 1, min: 20 }] }).split('\n');
    expect(lines[0]).toContain('TITLE');
    // 20 columns: nine wide characters and the ellipsis, then a space of padding.
    expect(displayWidth(lines[1]?.split('  ')[1] ?? '')).toBe(19);
    expect(displayWidth(lines[1] ?? '')).toBe(displayWidth('account-takeover') + 2 + 20 + 2 + 2);
    expect(renderTable(rows, { maxWidth: 500, shrink: [1] })).toBe(renderTable(rows));
  });

  it('cuts between graphemes, never inside an emoji or a wide character', () => {
    expect(truncate('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 5)).toBe('👨‍👩‍👧👨‍👩‍👧…');
    expect(truncate('カード会社', 6)).toBe('カー…');
    expect(truncate('short', 10)).toBe('short');
  });
});
