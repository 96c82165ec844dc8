// Issue 9's front door in a real terminal (tmux): `respond` alone asks "What happened?",
// several answers ticked with the space bar, and the guide it picks starts at once; a second
// guide started while that case is open is offered to the same case, Enter adds it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { JournalEvent } from '../../src/core/journal/events.js';
import { makeHome } from '../helpers/run-cli.js';
import { suiteNeeding } from '../helpers/needs.js';
import { HAS_TMUX, Terminal } from '../helpers/pty.js';
import { respondEnv, respondOnPath, runRespond } from './binary.js';

const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

// RESPOND_REGION is the setting that settles where the person lives; without it the
// question is asked when the system's time zone and locale disagree (test below).
function setUp(
  lang: string,
  extra: Record<string, string> = { RESPOND_REGION: 'jp' },
): { home: string; terminal: Terminal } {
  const home = makeHome();
  const path = respondOnPath(home);
  const env = respondEnv(home, {
    PATH: path,
    TERM: 'screen',
    LANG: lang,
    ...extra,
  });
  const terminal = Terminal.open({ env, cwd: home });
  open.push(terminal);
  return { home, terminal };
}

const events = (home: string, id: string): JournalEvent[] =>
  readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as JournalEvent);

const suite = suiteNeeding(HAS_TMUX ? '' : 'tmux is not installed (`which tmux` found nothing)');

suite('the triage in a terminal (tmux)', () => {
  it('`respond` alone asks what happened; two ticked run as one case, the most urgent first', async () => {
    const { home, terminal: t } = setUp('C.UTF-8');
    const run = t.launch('respond');
    await t.waitFor('? What happened? (tick everything that applies)');
    await t.waitFor('Order mails for orders I did not place');
    t.press('Space'); // order mails
    for (let i = 0; i < 5; i++) t.press('Down');
    await t.waitFor(/❯\s*◯ I clicked a link, or gave a code or password/);
    t.press('Space');
    t.press('Enter');
    await t.waitFor(
      '✔ What happened? (tick everything that applies) Order mails for orders I did not place, I clicked a link, or gave a code or password',
    );
    await t.waitFor(
      /We will go through, in this order: I clicked a link in a mail or text message and typed something in → Order confirmations/,
    );
    const id = /Case (\S+) started\./.exec(await t.waitFor(/Case \S+ started\./))?.[1] ?? '';
    // What was typed comes first: a card number is stopped at the next prompt.
    await t.waitFor('? Did you type a card number (or its security code) on that page?');
    t.press('C-c');
    expect(await run.exited()).toBe(130);
    expect(
      events(home, id)
        .slice(0, 2)
        .map((e) => e.type),
    ).toEqual(['case-started', 'triage']);
    expect(events(home, id)[1]).toMatchObject({ playbooks: ['phishing-clicked', 'fraud-order'] });
  });

  it('an English speaker on a machine set to Tokyo is asked where they live, once, Japan first', async () => {
    const { home, terminal: t } = setUp('en_US.UTF-8', { TZ: 'Asia/Tokyo' });
    const run = t.launch('respond start card-charges');
    await t.waitFor('? Where do you live? It decides which helplines, rules and deadlines you are told.');
    await t.waitFor('❯ 1. Japan');
    await t.waitFor('4. Another country');
    t.press('Enter');
    const id = /Case (\S+) started\./.exec(await t.waitFor(/Case \S+ started\./))?.[1] ?? '';
    await t.waitFor('── Step 1 of');
    t.press('C-c');
    expect(await run.exited()).toBe(130);
    // Recorded with the case: resume never asks again.
    expect(events(home, id)[0]).toMatchObject({ type: 'case-started', lang: 'en', region: 'jp' });
  });

  it('starting another guide while a case is open offers to add it to that case (Japanese)', async () => {
    const { home, terminal: t } = setUp('ja_JP.UTF-8');
    const first = t.launch('respond start card-charges');
    const id = /ケース (\S+) を始めました/.exec(await t.waitFor(/ケース \S+ を始めました/))?.[1] ?? '';
    await t.waitFor('?');
    t.press('C-c');
    expect(await first.exited()).toBe(130);
    await t.clear();
    const second = t.launch('respond start support-escalation');
    await t.waitFor(`進行中のケース ${id} (card-charges、`);
    await t.waitFor('❯ 1. はい、そのケースに追加する');
    t.press('Enter');
    await t.waitFor(`ケース ${id} に追加しました`);
    await t.waitFor('── 手順 1 /');
    t.press('C-c');
    expect(await second.exited()).toBe(130);
    expect(events(home, id).find((e) => e.type === 'playbook-added')).toMatchObject({
      playbook: 'support-escalation',
    });
    const bundle = JSON.parse(readFileSync(join(home, 'cases', id, 'playbook.json'), 'utf8')) as {
      roots: string[];
    };
    expect(bundle.roots).toEqual(['card-charges', 'support-escalation']);
  });

  it('the triage while a case is open offers to add what it picks to that case', async () => {
    const { home, terminal: t } = setUp('C.UTF-8');
    const first = t.launch('respond start card-charges');
    const id = /Case (\S+) started\./.exec(await t.waitFor(/Case \S+ started\./))?.[1] ?? '';
    await t.waitFor('? ');
    t.press('C-c');
    expect(await first.exited()).toBe(130);
    await t.clear();
    const second = t.launch('respond');
    await t.waitFor('? What happened?');
    t.press('Space'); // order mails
    t.press('Enter');
    await t.waitFor(`Add it to your open case ${id} (card-charges, started `);
    t.press('Enter');
    await t.waitFor(`Added to case ${id}: Order confirmations you never placed.`);
    await t.waitFor('── Step 1 of');
    t.press('C-c');
    expect(await second.exited()).toBe(130);
    const types = events(home, id).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['triage', 'playbook-added']);
  });

  it('a case untouched for months is not offered: a new incident gets its own case', async () => {
    const { home, terminal: t } = setUp('C.UTF-8');
    const answers = join(home, 'answers.yaml');
    writeFileSync(answers, 'steps:\n  merchant-contact:\n    outcome: later\n');
    const old = runRespond(['start', 'emergency-contact', '--answers', answers], home);
    const oldId = /Case (\S+) recorded/.exec(old.stdout)?.[1] ?? '';
    const journal = join(home, 'cases', oldId, 'journal.jsonl');
    writeFileSync(journal, readFileSync(journal, 'utf8').replace(/"ts":"\d{4}-/g, '"ts":"2020-'));
    const run = t.launch('respond start support-escalation');
    const id = /Case (\S+) started\./.exec(await t.waitFor(/Case \S+ started\./))?.[1] ?? '';
    expect(id).not.toBe(oldId);
    expect(t.screen()).not.toContain('Add it to your open case');
    await t.waitFor('── Step 1 of');
    t.press('C-c');
    expect(await run.exited()).toBe(130);
  });

  it('`respond --lang ja` alone asks in Japanese; Ctrl-C before any answer leaves no case', async () => {
    const { home, terminal: t } = setUp('C.UTF-8');
    const run = t.launch('respond --lang ja');
    await t.waitFor('? 何がありましたか? (当てはまるものをすべて選んでください)');
    await t.waitFor('space チェック');
    t.press('C-c');
    expect(await run.exited()).toBe(130);
    expect(t.screen()).toContain('中断しました。何も記録していません。');
    expect(existsSync(join(home, 'cases')) ? readdirSync(join(home, 'cases')) : []).toEqual([]);
  });
});
