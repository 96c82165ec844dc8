// Playbooks built to be slow: each one just under the 1 MiB limit, in a shape a hostile
// or clumsy author could write and that once took the validator seconds (issue 8, item 13).
// Pure: the test (test/core/playbook/hostile.test.ts) validates each under a time budget,
// and `node scripts/hostile-playbooks.mjs DIR` writes them for `respond validate` and the bench.

export interface HostilePlaybook {
  readonly name: string;
  readonly text: string;
}

/** Just under the size limit, so the size check alone refuses none of them. */
const BUDGET = 1024 * 1024 - 4096;
/** Just under the validator's entry limit (MAX_ENTRIES, 10,000), so the prescan refuses none of the "-full" ones. */
export const ENTRY_BUDGET = 9_800;

const HEAD = 'version: 1\nid: hostile\ntitle: Hostile\n';
const STEP = '  - id: s\n    title: S\n';

/** Entries as the prescan counts them, roughly: lines, flow items and flow openings. */
function entriesOf(text: string): number {
  let n = 0;
  for (const c of text) if (c === '\n' || c === ',' || c === '[' || c === '{') n++;
  return n;
}

type Item = (i: number, pad: string) => string;

/**
 * `head`, then `item(i, pad)` for i = 0, 1, ... while the whole stays within BUDGET bytes
 * (and, when `entries` is set, within that many entries, each item padded with 'x' so the
 * file still comes near 1 MiB), then `tail`.
 */
function fill(head: string, item: Item, tail = '', entries = Infinity): string {
  const perItem = Math.max(1, entriesOf(item(0, '')));
  const count = Math.min(Math.floor((entries - entriesOf(head + tail)) / perItem), Number.MAX_SAFE_INTEGER);
  const room = BUDGET - head.length - tail.length;
  const pad =
    Number.isFinite(count) && count > 0
      ? 'x'.repeat(Math.max(0, Math.min(900, Math.floor(room / count) - item(0, '').length - 8)))
      : '';
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; i < count; i++) {
    const next = item(i, pad);
    if (size + next.length > BUDGET) break;
    parts.push(next);
    size += next.length;
  }
  parts.push(tail);
  return parts.join('');
}

interface Shape {
  readonly name: string;
  readonly head: string;
  readonly item: Item;
  readonly tail?: string;
}

const SHAPES: readonly Shape[] = [
  // One flow map on one line, all keys unknown.
  {
    name: 'flow-map-many-keys',
    head: `${HEAD}steps: [{id: s, title: S}]\nextra: {`,
    item: (i, p) => `k${p}${i}: ${i}, `,
    tail: 'end: 0}\n',
  },
  // The whole playbook as one flow map: every key unknown but four.
  {
    name: 'flow-map-top-level',
    head: '{version: 1, id: hostile, title: Hostile, steps: [{id: s, title: S}], ',
    item: (i, p) => `k${p}${i}: ${i}, `,
    tail: 'end: 0}\n',
  },
  // Thousands of unknown keys in one block map (a step).
  {
    name: 'unknown-keys-one-map',
    head: `${HEAD}steps:\n${STEP}`,
    item: (i, p) => `    unknown-key-${p}${i}: ${i}\n`,
  },
  // Thousands of unknown keys at the top, each a near miss of a real key.
  { name: 'unknown-keys-top', head: `${HEAD}steps:\n${STEP}`, item: (i, p) => `titel${i}: ${p}x\n` },
  // The same key again and again.
  { name: 'duplicate-keys', head: `${HEAD}steps:\n${STEP}`, item: (_i, p) => `    why: again${p}\n` },
  // Many steps, each valid alone, all with the same id.
  { name: 'duplicate-step-ids', head: `${HEAD}steps:\n`, item: (_i, p) => `  - {id: s, title: S${p}}\n` },
  // Many steps, each with a condition naming a step that does not exist.
  {
    name: 'unknown-step-refs',
    head: `${HEAD}steps:\n`,
    item: (i, p) => `  - {id: s${i}, title: S${p}, when: {answer: nowhere${i}.q, is: x}}\n`,
  },
  // Many steps, each with a condition naming a later step.
  {
    name: 'later-step-refs',
    head: `${HEAD}steps:\n`,
    item: (i, p) => `  - {id: s${i}, title: S${p}, when: {answer: s${i + 1}.q, is: x}}\n`,
  },
  // Many confirmations to parties that are not listed.
  {
    name: 'unknown-parties',
    head: `${HEAD}parties: [{id: shop, name: Shop}]\nsteps:\n${STEP}    confirmations:\n`,
    item: (i, p) => `      - {id: c${i}, party: shob${i}, ask: A${p}}\n`,
  },
  // Many include steps naming playbooks that do not exist.
  {
    name: 'many-includes',
    head: `${HEAD}steps:\n`,
    item: (i, p) => `  - {id: i${i}, include: missing-${i}, title: I${p}}\n`,
  },
  // A valid playbook as big as allowed: many steps with a question each.
  {
    name: 'valid-many-steps',
    head: `${HEAD}steps:\n`,
    item: (i, p) =>
      `  - {id: s${i}, title: Step ${i} ${p}, questions: [{id: q, type: text, prompt: What happened?}]}\n`,
  },
  // Many questions of a type that does not exist, in one step.
  {
    name: 'bad-questions',
    head: `${HEAD}steps:\n${STEP}    questions:\n`,
    item: (i, p) => `      - {id: q${i}, type: textt, prompt: x${p}}\n`,
  },
  // Wide and fairly deep flow nesting, within the depth limit.
  {
    name: 'wide-nesting',
    head: `${HEAD}steps: [{id: s, title: S}]\nextra: [`,
    item: (_i, p) => `[[[[[[[[[[[[[[[[[[[[${p}1]]]]]]]]]]]]]]]]]]]], `,
    tail: '0]\n',
  },
  // Many anchors and aliases (refused, each one a message).
  {
    name: 'aliases',
    head: `${HEAD}steps: [{id: s, title: &t S}]\nextra:\n`,
    item: (i, p) => `  - &a${p}${i} *t\n`,
  },
  // Many unknown tags.
  {
    name: 'unknown-tags',
    head: `${HEAD}steps: [{id: s, title: S}]\nextra:\n`,
    item: (i, p) => `  - !nope${i} x${p}\n`,
  },
  // Many tabs as indentation.
  { name: 'tabs', head: `${HEAD}steps:\n${STEP}`, item: (_i, p) => `\t\tx: 1${p}\n` },
  // Long keys: yaml refuses any over 1024 characters.
  {
    name: 'long-keys',
    head: `${HEAD}steps:\n${STEP}`,
    item: (i, p) => `    ${'k'.repeat(1020)}${i}${p}: 1\n`,
  },
];

/**
 * Each shape twice: "-1mib" as many entries as fit in 1 MiB (the prescan must refuse it
 * at once), and "-full" just under the entry limit, padded towards 1 MiB (it reaches the
 * yaml parser, zod and the cross-field rules, which must stay fast). Plus a few that are
 * hostile by their bytes alone.
 */
export function hostilePlaybooks(): HostilePlaybook[] {
  const out: HostilePlaybook[] = [];
  for (const shape of SHAPES) {
    out.push({ name: `${shape.name}-1mib.yaml`, text: fill(shape.head, shape.item, shape.tail) });
    out.push({
      name: `${shape.name}-full.yaml`,
      text: fill(shape.head, shape.item, shape.tail, ENTRY_BUDGET),
    });
  }
  // One very long line of plain text; an unclosed quote at the top of a huge file.
  out.push({
    name: 'long-line.yaml',
    text: fill(`${HEAD}steps: [{id: s, title: S}]\nsummary: `, () => 'word ', '\n'),
  });
  out.push({
    name: 'unclosed-quote.yaml',
    text: `${HEAD}summary: "${'no closing quote here '.repeat(45_000)}\n`,
  });
  out.push({
    name: 'unclosed-flow.yaml',
    text: `${HEAD}steps: [{id: s, title: S}]\nextra: [${'"a", '.repeat(5_000)}${'word '.repeat(200_000)}\n`,
  });
  return out;
}
