// `respond note <case> shipment` with no flags, in a real terminal (tmux): the tracking
// number first, then the delivery company and the status; each answer is on disk before the
// next question is shown, so Ctrl-C halfway keeps what was told, and the same parcel told
// again later is the same record, its status told anew.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { JournalEvent } from '../../src/core/journal/events.js';
import { makeHome, runCli } from '../helpers/run-cli.js';
import { suiteNeeding } from '../helpers/needs.js';
import { HAS_TMUX, Terminal } from '../helpers/pty.js';
import { respondEnv, respondOnPath } from './binary.js';

const ANSWERS = resolve(import.meta.dirname, 'fixtures/fraud-order.answers.yaml');

const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

const suite = suiteNeeding(HAS_TMUX ? '' : 'tmux is not installed (`which tmux` found nothing)');

/** The shipments told later, as the journal holds them: [index, field, value]. */
function shipmentFields(home: string, id: string): [number, string, unknown][] {
  return readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as JournalEvent)
    .flatMap((e) =>
      e.type === 'record-field' && e.question === 'shipments'
        ? [[e.index, e.field, e.value] as [number, string, unknown]]
        : [],
    );
}

suite('note shipment in a terminal (tmux)', () => {
  it('each answer on disk before the next question; Ctrl-C keeps them; the parcel told again is the same one', async () => {
    const home = makeHome();
    const started = runCli(['start', 'fraud-order', '--answers', ANSWERS], { home });
    expect(started.code, started.stderr).toBe(0);
    const id = /(\d{4}-\d{2}-\d{2}-fraud-order-[0-9a-f]+)/.exec(started.stdout)?.[1] ?? '';
    const path = respondOnPath(home);
    const env = respondEnv(home, { PATH: path, TERM: 'screen' });
    const t = Terminal.open({ env, cwd: home });
    open.push(t);

    const first = t.launch(`respond note ${id} shipment`);
    await t.waitFor('? Tracking number');
    t.type('5555-6666-7777');
    t.press('Enter');
    await t.waitFor('? Delivery company');
    // Shown only once the tracking number is on disk.
    expect(shipmentFields(home, id)).toEqual([[0, 'tracking', '5555-6666-7777']]);
    t.type('Sagawa');
    t.press('Enter');
    await t.waitFor('? Status now');
    expect(shipmentFields(home, id)).toEqual([
      [0, 'tracking', '5555-6666-7777'],
      [0, 'carrier', 'Sagawa'],
    ]);
    t.press('C-c');
    await t.waitFor(`The 2 answers you gave are saved; to add the rest: respond note ${id} shipment`);
    expect(await first.exited()).toBe(130);
    // Nothing told was lost; the lock is free again.
    expect(shipmentFields(home, id)).toHaveLength(2);

    const second = t.launch(`respond note ${id} shipment`);
    await t.waitFor('? Tracking number');
    t.type('5555 6666 7777');
    t.press('Enter');
    await t.waitFor('? Delivery company');
    t.press('Enter'); // already known: left as it is
    await t.waitFor('? Status now');
    t.type('3'); // Refused at the door
    await t.waitFor(/❯ 3\. Refused at the door/);
    t.press('Enter');
    await t.waitFor('? Order number it belongs to');
    t.press('Enter');
    await t.waitFor('Saved: the parcel 5555 6666 7777: Refused at the door');
    expect(await second.exited()).toBe(0);
    expect(shipmentFields(home, id)).toEqual([
      [0, 'tracking', '5555-6666-7777'],
      [0, 'carrier', 'Sagawa'],
      [0, 'tracking', '5555 6666 7777'],
      [0, 'status', 'refused'],
    ]);
    // And the report reads one parcel with its latest status.
    const report = runCli(['report', id, '--for', 'police', '--format', 'text'], { home });
    expect(report.stdout.split('5555').length - 1).toBe(1);
  });
});
