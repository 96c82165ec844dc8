import { describe, expect, it } from 'vitest';
import { parseJournalText } from '../../../src/core/journal/lines.js';

const note = (text: string) =>
  JSON.stringify({ v: 1, type: 'note', ts: '2026-11-22T20:41:07.123+09:00', text });

describe('parseJournalText', () => {
  it.each([
    ['empty file', '', { events: 0, warnings: [], tornTail: false, unterminated: false }],
    [
      'clean',
      `${note('a')}\n${note('b')}\n`,
      { events: 2, warnings: [], tornTail: false, unterminated: false },
    ],
    [
      'blank lines are ignored',
      `\n${note('a')}\n\n`,
      { events: 1, warnings: [], tornTail: false, unterminated: false },
    ],
    [
      'CRLF endings still read',
      `${note('a')}\r\n${note('b')}\r\n`,
      { events: 2, warnings: [], tornTail: false, unterminated: false },
    ],
    [
      'torn tail',
      `${note('a')}\n{"v":1,"ty`,
      { events: 1, warnings: [['torn', 2]], tornTail: true, unterminated: false },
    ],
    [
      'whole last event without newline',
      `${note('a')}\n${note('b')}`,
      { events: 2, warnings: [], tornTail: false, unterminated: true },
    ],
    [
      'corrupt middle',
      `${note('a')}\nnot json\n${note('b')}\n`,
      { events: 2, warnings: [['corrupt', 2]], tornTail: false, unterminated: false },
    ],
    [
      'newer version at the end is kept on disk, not cut',
      `${note('a')}\n{"v":2,"type":"note"}`,
      { events: 1, warnings: [['corrupt', 2]], tornTail: false, unterminated: true },
    ],
    [
      'both at once',
      `x\n${note('a')}\n{"v`,
      {
        events: 1,
        warnings: [
          ['corrupt', 1],
          ['torn', 3],
        ],
        tornTail: true,
        unterminated: false,
      },
    ],
  ])('%s', (_name, text, expected) => {
    const parsed = parseJournalText(text);
    expect(parsed.events).toHaveLength(expected.events);
    expect(parsed.warnings.map((w) => [w.kind, w.line])).toEqual(expected.warnings);
    expect(parsed.tornTail).toBe(expected.tornTail);
    expect(parsed.unterminated).toBe(expected.unterminated);
    for (const w of parsed.warnings) expect(w.message).toMatch(new RegExp(`^line ${w.line}: `));
  });
});
