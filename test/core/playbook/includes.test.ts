import { describe, expect, it } from 'vitest';
import { checkIncludes, MAX_INCLUDE_ISSUES } from '../../../src/core/playbook/includes.js';
import type { Playbook } from '../../../src/core/playbook/schema.js';

const playbook = (id: string, ...includes: string[]): Playbook => ({
  id,
  title: id,
  steps: [{ id: 'first', title: 'First' }, ...includes.map((include, i) => ({ id: `inc-${i}`, include }))],
});

const library = (...books: Playbook[]) => {
  const byId = new Map(books.map((b) => [b.id, b]));
  return (id: string) => byId.get(id);
};

describe('checkIncludes', () => {
  it('accepts includes that exist, including a diamond', () => {
    const lookup = library(playbook('b', 'd'), playbook('c', 'd'), playbook('d'));
    expect(checkIncludes(playbook('a', 'b', 'c'), lookup, 'en')).toEqual([]);
  });

  it('names an unknown include at the include step, with a did-you-mean', () => {
    const findings = checkIncludes(
      playbook('fraud-order', 'stop-shipmnt'),
      library(playbook('stop-shipment')),
      'en',
      ['stop-shipment'],
    );
    expect(findings).toEqual([
      {
        path: ['steps', 1, 'include'],
        message: expect.stringContaining(
          'no playbook called "stop-shipmnt" to include. Did you mean "stop-shipment"?',
        ) as string,
      },
    ]);
  });

  it('names the chain that leads to an unknown include deeper down', () => {
    const findings = checkIncludes(playbook('a', 'b'), library(playbook('b', 'zz')), 'en');
    expect(findings[0]?.message).toContain('a → b: there is no playbook called "zz"');
    expect(findings[0]?.path).toEqual(['steps', 1, 'include']);
  });

  it('names a cycle as a chain, a → b → a', () => {
    const a = playbook('a', 'b');
    const findings = checkIncludes(a, library(a, playbook('b', 'a')), 'en');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('(a → b → a)');
  });

  it('finds a playbook that includes itself, and a cycle not through the root', () => {
    expect(checkIncludes(playbook('a', 'a'), library(), 'en')[0]?.message).toContain('(a → a)');
    const findings = checkIncludes(playbook('a', 'b'), library(playbook('b', 'c'), playbook('c', 'b')), 'ja');
    expect(findings[0]?.message).toContain('(b → c → b)');
  });

  it('prefers the root itself over a catalog playbook of the same id', () => {
    const root = playbook('a');
    expect(checkIncludes(root, library(playbook('a', 'a')), 'en')).toEqual([]);
  });

  it('lists at most a hundred problems, then says that only those are shown', () => {
    const ids = Array.from({ length: 2500 }, (_, i) => `missing-${i}`);
    const findings = checkIncludes(playbook('a', ...ids), library(), 'en', ids.slice(0, 10));
    expect(findings).toHaveLength(MAX_INCLUDE_ISSUES + 1);
    expect(findings[0]?.message).toContain('"missing-0"');
    expect(findings.at(-1)?.message).toBe(
      'Only the first 100 problems are shown: fix these, then check again.',
    );
  });
});
