// The chain check as a property: in a chained record of any length, every change, removal,
// swap of two neighbours or insertion of a line is found, and an intact record never shows
// a problem. The one thing the chain alone cannot see, a change to the very last line, is
// what the last hash printed on a report and in an export's manifest is for.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChain, type ChainLine } from '../../../src/core/journal/chain.js';

const hash = (text: string) => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** The lines a chaining writer makes: case-started, then notes, each linked to the one before. */
function chained(texts: readonly string[]): string[] {
  const lines = [JSON.stringify({ v: 1, type: 'case-started', ts: '2026-11-22T10:00:00+09:00', seq: 1 })];
  texts.forEach((text, i) =>
    lines.push(
      JSON.stringify({
        v: 1,
        type: 'note',
        ts: '2026-11-22T10:01:00+09:00',
        text,
        seq: i + 2,
        prev: hash(lines[i] ?? ''),
      }),
    ),
  );
  return lines;
}

const asLines = (texts: readonly string[]): ChainLine[] =>
  texts.map((text, i) => ({ line: i + 1, text, hash: hash(text) }));

const record = fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 30 }).map(chained);

describe('checkChain', () => {
  it('finds nothing wrong in an intact record, and names its last line', () => {
    fc.assert(
      fc.property(record, (lines) => {
        const result = checkChain(asLines(lines));
        expect(result.problems).toEqual([]);
        expect(result).toMatchObject({ events: lines.length, chainedFrom: 1, torn: false });
        expect(result.last?.hash).toBe(hash(lines.at(-1) ?? ''));
      }),
    );
  });

  it('finds every change to a line but the last, at that line', () => {
    fc.assert(
      fc.property(record, fc.nat(), (lines, n) => {
        const at = n % (lines.length - 1);
        const changed = [...lines];
        changed[at] = (changed[at] ?? '').replace('"v":1', '"v":1 ');
        expect(checkChain(asLines(changed)).problems).toContainEqual({ kind: 'changed', line: at + 1 });
      }),
    );
  });

  it('finds every removed line but the last, and every swapped pair, and every inserted line', () => {
    fc.assert(
      fc.property(record, fc.nat(), fc.nat(), (lines, n, m) => {
        const at = 1 + (n % (lines.length - 1));
        const removed = lines.filter((_, i) => i !== at);
        if (at < lines.length - 1) expect(checkChain(asLines(removed)).problems).not.toEqual([]);
        const swap = m % (lines.length - 1);
        const swapped = [...lines];
        [swapped[swap], swapped[swap + 1]] = [swapped[swap + 1] ?? '', swapped[swap] ?? ''];
        expect(checkChain(asLines(swapped)).problems).not.toEqual([]);
        const inserted = [...lines];
        inserted.splice(
          at,
          0,
          JSON.stringify({ v: 1, type: 'note', ts: '2026-11-22T10:02:00+09:00', text: 'added' }),
        );
        expect(checkChain(asLines(inserted)).problems).not.toEqual([]);
      }),
    );
  });

  it('reads a record written before the chain as not chained, without a problem', () => {
    const old = chained(['a', 'b']).map((l) =>
      JSON.stringify({ ...(JSON.parse(l) as object), seq: undefined, prev: undefined }),
    );
    expect(checkChain(asLines(old))).toMatchObject({ chainedFrom: undefined, problems: [] });
  });
});
