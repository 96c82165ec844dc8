// Whatever bytes arrive, the validator answers with a playbook or with problems that each
// have a place and a message; it never throws (checkPlaybookText has no safety net).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Playbook } from '../../../src/core/playbook/schema.js';
import { checkPlaybookText } from '../../../src/core/playbook/validate.js';

const VALID = readFileSync(join(import.meta.dirname, 'fixtures', 'valid-everything.yaml'), 'utf8');
const encode = (s: string) => new TextEncoder().encode(s);

function assertClean(bytes: Uint8Array): void {
  const result = checkPlaybookText(bytes, 'p.yaml', 'en');
  if ('issues' in result) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.col).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(issue.line) && Number.isInteger(issue.col)).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
    }
  } else {
    expect(Playbook.safeParse(result.playbook).success).toBe(true);
    expect(JSON.stringify(result.playbook)).not.toMatch(/\\u00(?:1b|07|9b)/);
  }
}

const yamlish = fc.string({
  unit: fc.constantFrom(
    '-',
    ' ',
    '  ',
    ':',
    ': ',
    '[',
    ']',
    '{',
    '}',
    ',',
    '\n',
    '\r\n',
    '\t',
    '"',
    "'",
    '#',
    '&a',
    '*a',
    '!',
    '!!str',
    '|',
    '>',
    '?',
    '%',
    '---',
    '...',
    '\\',
    'é',
    'あ',
    '\u001b[2J',
    '\ufeff',
    'id',
    'title',
    'steps',
    'when',
    'answer',
    'is',
    'include',
    'questions',
    'type',
    'yesno',
    'choice',
    'options',
    'x',
    'a.b',
    '1',
    'true',
    'null',
    '__proto__',
  ),
  maxLength: 200,
});

type Mutation = {
  kind: 'delete' | 'insert' | 'duplicate' | 'swap';
  at: number;
  length: number;
  piece: string;
};
const mutation = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate', 'swap'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
  piece: fc.constantFrom(
    ' ',
    '\t',
    '- ',
    ': ',
    '[',
    '}',
    '"',
    '\n',
    'x',
    'when: {answer: a.b, is: 1}',
    '  ',
    '&a ',
    '*a',
    '---\n',
    'check-orders',
    '.',
    'id: ',
    '\u0000',
  ),
});

function mutate(source: string, mutations: readonly Mutation[]): string {
  let text = source;
  for (const m of mutations) {
    const at = m.at % (text.length + 1);
    const lines = text.split('\n');
    const line = m.at % lines.length;
    if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
    else if (m.kind === 'insert') text = text.slice(0, at) + m.piece + text.slice(at);
    else if (m.kind === 'duplicate')
      text = [...lines.slice(0, line + 1), lines[line] ?? '', ...lines.slice(line + 1)].join('\n');
    else {
      const other = (line + m.length) % lines.length;
      [lines[line], lines[other]] = [lines[other] ?? '', lines[line] ?? ''];
      text = lines.join('\n');
    }
  }
  return text;
}

describe('validator properties', () => {
  it('answers any YAML-ish text cleanly', () => {
    fc.assert(
      fc.property(yamlish, (s) => assertClean(encode(s))),
      { numRuns: 1500 },
    );
  });

  it('answers any mutation of a valid playbook cleanly', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) =>
        assertClean(encode(mutate(VALID, ms))),
      ),
      { numRuns: 400 },
    );
  });

  it('answers random bytes cleanly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => assertClean(bytes)),
      { numRuns: 1500 },
    );
  });

  it('answers deep but small nesting of every kind cleanly', () => {
    const opener = fc.constantFrom('[', '{a: ', '- ', '? ', 'a:\n  ', '- - ', '[{', '"', 'a: |\n  ');
    fc.assert(
      fc.property(fc.array(opener, { maxLength: 120 }), (parts) => assertClean(encode(parts.join('')))),
      { numRuns: 500 },
    );
  });
});

// Not only "did not throw": a wrong value is reported on the line where it is written. Every
// `type:`, `after:`, `format:`, `currency:` and `required:` value of the valid playbook, in
// block or flow style, is replaced in turn by a wrong one.
const SPOTS = [...VALID.matchAll(/\b(type|after|format|currency|required): ([A-Za-z0-9-]+)/g)].map((m) => ({
  key: m[1] ?? '',
  start: (m.index ?? 0) + (m[1]?.length ?? 0) + 2,
  end: (m.index ?? 0) + m[0].length,
  line: VALID.slice(0, m.index).split('\n').length,
}));
const WRONG: Record<string, string> = {
  type: 'yes-or-no',
  after: 'soon',
  format: 'shouting',
  currency: 'yen',
  required: 'maybe',
};

describe('where the validator points', () => {
  it('has values to spoil', () => {
    expect(SPOTS.length).toBeGreaterThan(10);
  });

  it.each(SPOTS.map((s) => [`${s.key} on line ${s.line}`, s] as const))(
    'a wrong %s is reported on that line',
    (_name, spot) => {
      const text = VALID.slice(0, spot.start) + (WRONG[spot.key] ?? 'x') + VALID.slice(spot.end);
      const result = checkPlaybookText(encode(text), 'p.yaml', 'en');
      expect('issues' in result).toBe(true);
      const lines = 'issues' in result ? result.issues.map((i) => i.line) : [];
      expect(lines).toContain(spot.line);
    },
  );
});
