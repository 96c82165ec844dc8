import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../../src/core/playbook/schema.js';
import { scopeRef, walkPlaybook, walkTasks } from '../../../src/core/playbook/walk.js';

const task = (id: string, extra: object = {}) => ({ id, title: id, ...extra });
const book = (id: string, steps: Playbook['steps']): Playbook => ({ id, title: id, steps });
const lib = (...books: Playbook[]) => new Map(books.map((b) => [b.id, b]));

const shipped = { answer: 'check.shipped', is: true } as const;
const inner = book('stop-shipment', [
  task('check', { when: { answer: 'call.ok', answered: true } }),
  task('refuse'),
]);
const deep = book('outer', [task('a'), { id: 'nested', include: 'stop-shipment' }]);
const selfish = book('selfish', [task('x'), { id: 'again', include: 'selfish' }]);

describe('walkPlaybook', () => {
  const cases: {
    name: string;
    root: Playbook;
    library: Map<string, Playbook>;
    keys: string[];
    depths: number[];
  }[] = [
    {
      name: 'plain steps, in order',
      root: book('p', [task('one'), task('two')]),
      library: lib(),
      keys: ['one', 'two'],
      depths: [0, 0],
    },
    {
      name: 'an include lists its header, then its steps under include-id/step-id',
      root: book('fraud', [task('first'), { id: 'stop-it', include: 'stop-shipment' }, task('last')]),
      library: lib(inner),
      keys: ['first', 'stop-it', 'stop-it/check', 'stop-it/refuse', 'last'],
      depths: [0, 0, 1, 1, 0],
    },
    {
      name: 'includes nest: outer-include/inner-include/step-id',
      root: book('root', [{ id: 'o', include: 'outer' }]),
      library: lib(deep, inner),
      keys: ['o', 'o/a', 'o/nested', 'o/nested/check', 'o/nested/refuse'],
      depths: [0, 1, 1, 2, 2],
    },
    {
      name: 'the same playbook included twice gets distinct keys',
      root: book('twice', [
        { id: 'first', include: 'stop-shipment' },
        { id: 'second', include: 'stop-shipment' },
      ]),
      library: lib(inner),
      keys: ['first', 'first/check', 'first/refuse', 'second', 'second/check', 'second/refuse'],
      depths: [0, 1, 1, 0, 1, 1],
    },
    {
      name: 'a missing include is a header without steps',
      root: book('m', [{ id: 'gone', include: 'nowhere' }, task('b')]),
      library: lib(),
      keys: ['gone', 'b'],
      depths: [0, 0],
    },
    {
      name: 'a cycle is not followed forever',
      root: selfish,
      library: lib(selfish),
      keys: ['x', 'again'],
      depths: [0, 0],
    },
  ];

  it.each(cases)('$name', ({ root, library, keys, depths }) => {
    const walked = walkPlaybook(root, library);
    expect(walked.map((s) => s.key)).toEqual(keys);
    expect(walked.map((s) => s.depth)).toEqual(depths);
  });

  it('says where each step came from, and its scope', () => {
    const walked = walkPlaybook(book('fraud', [{ id: 'stop-it', include: 'stop-shipment' }]), lib(inner));
    expect(walked.map((s) => [s.key, s.playbookId, s.scope, s.parentKey])).toEqual([
      ['stop-it', 'fraud', '', undefined],
      ['stop-it/check', 'stop-shipment', 'stop-it/', 'stop-it'],
      ['stop-it/refuse', 'stop-shipment', 'stop-it/', 'stop-it'],
    ]);
  });

  it("carries conditions: its own, and every enclosing include step's, outermost first", () => {
    const root = book('fraud', [task('check'), { id: 'stop-it', include: 'stop-shipment', when: shipped }]);
    const walked = walkPlaybook(root, lib(inner));
    const check = walked.find((s) => s.key === 'stop-it/check');
    expect(check?.condition).toEqual({ answer: 'call.ok', answered: true });
    expect(check?.conditions).toEqual([
      { condition: shipped, scope: '', playbookId: 'fraud' },
      { condition: { answer: 'call.ok', answered: true }, scope: 'stop-it/', playbookId: 'stop-shipment' },
    ]);
    const refuse = walked.find((s) => s.key === 'stop-it/refuse');
    expect(refuse?.condition).toBeUndefined();
    expect(refuse?.conditions).toHaveLength(1);
  });

  it('reports why an include has no steps', () => {
    const [missing] = walkPlaybook(book('m', [{ id: 'gone', include: 'nowhere' }]), lib());
    expect(missing).toMatchObject({ kind: 'include', problem: 'missing', included: undefined });
    const again = walkPlaybook(selfish, lib(selfish)).find((s) => s.key === 'again');
    expect(again).toMatchObject({ kind: 'include', problem: 'cycle' });
  });
});

describe('walkTasks', () => {
  it('leaves out include headers', () => {
    const root = book('fraud', [task('first'), { id: 'stop-it', include: 'stop-shipment' }]);
    expect(walkTasks(root, lib(inner)).map((s) => s.key)).toEqual([
      'first',
      'stop-it/check',
      'stop-it/refuse',
    ]);
  });
});

describe('scopeRef', () => {
  it.each([
    ['', 'check.shipped', 'check.shipped'],
    ['stop-it/', 'check.shipped', 'stop-it/check.shipped'],
    ['o/nested/', 'check.shipped', 'o/nested/check.shipped'],
  ])('in scope %j, %s is %s', (scope, ref, key) => {
    expect(scopeRef(scope, ref)).toBe(key);
  });
});
