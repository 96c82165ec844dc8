// Issue 8, item 1: a confirmation without a name (a chat bot, "I did not get the name") is a
// normal thing. From an answers file and from `note --confirm`, it is recorded with its
// answer, channel and reference, and shown as "name not given"; it never ends in exit 1.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JournalEvent } from '../../src/core/journal/events.js';
import { makeHome } from '../helpers/run-cli.js';
import { runRespond } from './binary.js';

const PLAYBOOK = `id: ask-shop
title: Ask the shop
parties:
  - { id: shop, name: The shop }
steps:
  - id: ask
    title: Ask the shop
    confirmations:
      - { id: cancel, party: shop, ask: Will you cancel the order? }
      - { id: refund, party: shop, ask: Will you refund the charge? }
`;

describe('a confirmation without a name', () => {
  it('is recorded from an answers file and from note --confirm, and shown as "name not given"', () => {
    const home = makeHome();
    writeFileSync(join(home, 'ask.yaml'), PLAYBOOK);
    writeFileSync(
      join(home, 'answers.yaml'),
      'steps:\n  ask:\n    confirmations:\n      cancel: { answer: yes, channel: chat, reference: CH-1 }\n    outcome: done\n',
    );
    const start = runRespond(['start', './ask.yaml', '--answers', 'answers.yaml'], home);
    expect([start.code, start.stderr]).toEqual([0, '']);
    const id = /Case (\S+) recorded/.exec(start.stdout)?.[1] ?? '';
    const note = runRespond(
      ['note', id, '--confirm', 'ask.refund', '--answer', 'yes', '--channel', 'phone'],
      home,
    );
    expect([note.code, note.stderr]).toEqual([0, '']);

    const events = readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as JournalEvent);
    const confirmations = events.flatMap((e) =>
      e.type === 'confirmation' ? [[e.confirmation, e.answer, e.who, e.channel, e.reference]] : [],
    );
    expect(confirmations).toEqual([
      ['cancel', 'yes', '', 'chat', 'CH-1'],
      ['refund', 'yes', '', 'phone', undefined],
    ]);
    const log = runRespond(['log', id], home);
    expect(log.code).toBe(0);
    expect(log.stdout).toContain('"Will you cancel the order?" → yes — name not given, chat');
    expect(log.stdout).toContain('"Will you refund the charge?" → yes — name not given, phone');
    // Empty names where a name is the whole point are usage errors, never a crash (exit 1).
    for (const args of [
      ['--party', ' ', '--who', 'Sato'],
      ['--party', 'shop', '--who', ''],
    ]) {
      const refused = runRespond(['note', id, ...args], home);
      expect([refused.code, refused.stderr]).toEqual([
        64,
        expect.stringMatching(/^respond: --party needs /) as unknown,
      ]);
    }
    const report = runRespond(['report', id, '--for', 'all'], home);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('name not given');
  });
});
