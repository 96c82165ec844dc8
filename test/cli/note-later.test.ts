// `respond note` after the walk-through, run as the built binary: later events become facts
// of the case, nothing given is dropped (issue 10: a call's text and reference were once
// "saved" and lost), and a wrong flag is one line and exit 64 with nothing written.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvent, type JournalEvent } from '../../src/core/journal/events.js';
import { replayJournal } from '../../src/core/session/state.js';
import { makeHome, runCli } from '../helpers/run-cli.js';

const ANSWERS = resolve(import.meta.dirname, '../e2e/fixtures/fraud-order.answers.yaml');

function startCase(lang: 'en' | 'ja' = 'en'): { home: string; id: string } {
  const home = makeHome();
  const started = runCli(['start', 'fraud-order', '--answers', ANSWERS, '--lang', lang], { home });
  expect(started.code, started.stderr).toBe(0);
  const id = /(\d{4}-\d{2}-\d{2}-fraud-order-[0-9a-f]+)/.exec(started.stdout)?.[1] ?? '';
  expect(id).not.toBe('');
  return { home, id };
}

function events(home: string, id: string): JournalEvent[] {
  return readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .flatMap((l) => {
      const parsed = parseEvent(JSON.parse(l));
      return parsed.ok ? [parsed.event] : [];
    });
}

describe('respond note: later events', () => {
  it('keeps the text and the reference of a call given with --party (they were dropped)', () => {
    const { home, id } = startCase();
    const run = runCli(
      [
        'note',
        id,
        '--party',
        'carrier',
        '--who',
        '鈴木',
        '--channel',
        'phone',
        '--reference',
        '1234-5678-9012',
        '差出人に返送します',
      ],
      { home },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('ref. 1234-5678-9012');
    const last = events(home, id).slice(-2);
    expect(last).toMatchObject([
      { type: 'contact', party: 'carrier', who: '鈴木', channel: 'phone', reference: '1234-5678-9012' },
      { type: 'note', text: '差出人に返送します' },
    ]);
    // And the log says both.
    const log = runCli(['log', id], { home }).stdout;
    expect(log).toContain('1234-5678-9012');
    expect(log).toContain('差出人に返送します');
  });

  it('records a parcel and then its new status, and a loss with its amount, as facts', () => {
    const { home, id } = startCase('ja');
    const shipped = runCli(
      [
        'note',
        id,
        'shipment',
        '--carrier',
        'ヤマト運輸',
        '--tracking',
        '1234-5678-9012',
        '--status',
        'shipped',
      ],
      { home },
    );
    expect(shipped.code, shipped.stderr).toBe(0);
    expect(shipped.stdout).toContain('保存しました: 荷物 ヤマト運輸 1234-5678-9012: 配送中');
    expect(
      runCli(['note', id, 'shipment', '--tracking', '1234-5678-9012', '--status', 'refused'], { home }).code,
    ).toBe(0);
    const loss = runCli(['note', id, 'loss', '--amount', '10000 JPY', '--what', 'gift card'], { home });
    expect(loss.code, loss.stderr).toBe(0);
    expect(loss.stdout).toContain('10,000 JPY');
    const state = replayJournal(events(home, id));
    expect(state.facts.get('shipments')?.value).toEqual({
      kind: 'records',
      value: [
        {
          carrier: { kind: 'text', value: 'ヤマト運輸' },
          tracking: { kind: 'text', value: '1234-5678-9012' },
          status: { kind: 'choice', value: 'refused' },
        },
      ],
    });
    expect(state.facts.get('losses')?.value).toEqual({
      kind: 'records',
      value: [
        {
          what: { kind: 'text', value: 'gift card' },
          amount: { kind: 'money', value: { amount: '10000', currency: 'JPY' } },
        },
      ],
    });
    // The log reads labels, never the option id.
    const log = runCli(['log', id], { home }).stdout;
    expect(log).toContain('受け取り拒否');
    expect(log).not.toMatch(/: refused$/m);
  });

  it('records a charge reversed or not, by its number or its order number', () => {
    const { home, id } = startCase();
    const run = runCli(['note', id, 'charge', '--charge', '112-4456', '--reversed', 'no'], { home });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('charge 2: not reversed');
    const orders = replayJournal(events(home, id)).facts.get('orders')?.value;
    expect(orders?.kind === 'records' ? orders.value[1]?.reversed : undefined).toEqual({
      kind: 'yesno',
      value: false,
    });
  });

  it('refuses a wrong or stray flag in one line with exit 64, and writes nothing', () => {
    const { home, id } = startCase();
    const before = events(home, id).length;
    for (const args of [
      ['shipment', '--status', 'lost', '--tracking', '1'],
      ['shipment', '--tracking', '1'],
      ['loss', '--amount', 'lots'],
      ['loss', '--amount', '10 USD', '--carrier', 'UPS'],
      ['call', '--who', 'Sato'],
      ['charge', '--charge', '9', '--reversed', 'yes'],
      ['--reference', 'R-1', 'a note with a reference nobody keeps'],
      ['--tracking', '1234'],
      ['--bogus', '1'],
      ['loss', 'a gift card, but no amount'],
      ['shipment', 'refused it at the door'],
    ]) {
      const run = runCli(['note', id, ...args], { home });
      expect(run.code, args.join(' ')).toBe(64);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(events(home, id)).toHaveLength(before);
  });

  it('without flags and without a terminal, says the command to use (exit 64)', () => {
    const { home, id } = startCase();
    const run = runCli(['note', id, 'loss'], { home });
    expect(run.code).toBe(64);
    expect(run.stderr).toContain(`note 2026-11-22-fraud loss --amount "10000 JPY"`);
  });

  it('has a help of its own for each later event, with examples, in the chosen language', () => {
    const { home, id } = startCase();
    for (const kind of ['shipment', 'loss', 'call', 'charge']) {
      const help = runCli(['note', id, kind, '--help'], { home });
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`note <case> ${kind}`);
      expect(help.stdout).toContain(`$ respond note 2026-11-22-fraud ${kind} --`);
    }
    const ja = runCli(['note', id, 'shipment', '--help', '--lang', 'ja'], { home });
    expect(ja.stdout).toContain('荷物とその状況を記録します');
    // The command's own help names the forms.
    expect(runCli(['note', '--help'], { home }).stdout).toContain('shipment --help');
  });

  it('report --name/--phone set the cardholder facts, so card-charges and every draft know them', () => {
    const { home, id } = startCase();
    const run = runCli(['report', id, '--name', 'Hanako Yamada', '--phone', '090-1234-5678'], { home });
    expect(run.code, run.stderr).toBe(0);
    const facts = replayJournal(events(home, id)).facts;
    expect(facts.get('cardholder.name')?.value).toEqual({ kind: 'text', value: 'Hanako Yamada' });
    expect(facts.get('cardholder.phone')?.value).toEqual({ kind: 'text', value: '090-1234-5678' });
  });
});
