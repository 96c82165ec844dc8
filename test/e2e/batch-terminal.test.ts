// `batch` in a real terminal (tmux): the status of most orders said once, the one that
// differs ticked with the space bar and then asked on its own; every status on disk.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { JournalEvent } from '../../src/core/journal/events.js';
import { makeHome } from '../helpers/run-cli.js';
import { suiteNeeding } from '../helpers/needs.js';
import { HAS_TMUX, Terminal } from '../helpers/pty.js';
import { respondEnv, respondOnPath } from './binary.js';

const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

const PLAYBOOK = `id: batch-demo
title: Orders
steps:
  - id: first
    title: Your orders
    questions:
      - id: orders
        type: records
        fact: orders
        entry: one-line
        required: true
        item-name: order
        prompt: Order numbers
        fields: [{id: order-number, type: text, format: reference, prompt: Order number}]
  - id: each
    title: Each order
    questions:
      - id: detail
        type: records
        for-each: orders
        batch: status
        item-name: order
        prompt: For each order
        fields:
          - id: status
            type: choice
            prompt: Shipped?
            options: [{id: unknown, label: Not sure}, {id: shipped, label: Shipped}, {id: not-shipped, label: Not shipped}]
`;

const suite = suiteNeeding(HAS_TMUX ? '' : 'tmux is not installed (`which tmux` found nothing)');

suite('batch in a terminal (tmux)', () => {
  it('most orders said once, the one that differs ticked and asked, all saved', async () => {
    const home = makeHome();
    const path = respondOnPath(home);
    writeFileSync(join(home, 'batch.yaml'), PLAYBOOK);
    const env = respondEnv(home, {
      PATH: path,
      TERM: 'screen',
      RESPOND_REGION: 'other',
    });
    const t = Terminal.open({ env, cwd: home });
    open.push(t);
    const run = t.launch('respond start ./batch.yaml');
    await t.waitFor('? Order numbers');
    t.type('A-1, A-2, A-3');
    t.press('Enter'); // the step is done by itself: everything it asked was answered
    await t.waitFor('? Shipped? — the answer for most of the 3 orders:');
    t.press('Down', 'Down'); // Not shipped
    await t.waitFor(/❯ 3\. Not shipped/);
    t.press('Enter');
    await t.waitFor('Tick each order for which "Not shipped" is not right');
    t.press('Down', 'Space'); // the second order
    await t.waitFor(/◉ 2\. A-2/);
    t.press('Enter');
    await t.waitFor('— order 2 of 3: A-2');
    await t.waitFor('? Shipped?');
    t.type('2'); // Shipped (Enter alone would leave it for now: it is not required)
    await t.waitFor(/❯ 2\. Shipped/);
    t.press('Enter');
    await t.waitFor('Done: Each order');
    expect(await run.exited()).toBe(0);
    const [id = ''] = readdirSync(join(home, 'cases')).filter((f) => !f.startsWith('.'));
    const fields = readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as JournalEvent)
      .flatMap((e) => (e.type === 'record-field' && e.field === 'status' ? [[e.index, e.value]] : []));
    expect(fields.sort()).toEqual([
      [0, 'not-shipped'],
      [1, 'shipped'],
      [2, 'not-shipped'],
    ]);
  });
});
