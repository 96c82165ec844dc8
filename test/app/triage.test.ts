// Issue 9, the front door: "What happened?" picks the playbooks and their order; they run in
// one case; a playbook started later joins the open case; a protective action done in one
// playbook of the case is shown as done in the next, not walked again.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../src/app/cases.js';
import { summarizeCases } from '../../src/app/case-summaries.js';
import { addToCaseRun, startRun } from '../../src/app/run-case.js';
import { askTriage } from '../../src/app/triage.js';
import type { JournalEvent } from '../../src/core/journal/events.js';
import type { Playbook } from '../../src/core/playbook/schema.js';
import type { Paths } from '../../src/io/paths.js';
import type { ResolvedPlaybook } from '../../src/io/playbooks.js';
import { ScriptedPrompter } from '../helpers/scripted-prompter.js';

const candidates = [
  { id: 'fraud-order', title: 'Orders', for: ['order-mails'], builtIn: true },
  { id: 'account-takeover', title: 'Mail taken', for: ['cannot-sign-in', 'gave-away'], builtIn: true },
  { id: 'police-report', title: 'Police', for: ['bank-money'], builtIn: true },
  { id: 'my-shop', title: 'My shop', for: ['order-mails'], builtIn: false },
  { id: 'emergency-contact', title: 'Contacts', builtIn: true },
];

describe('askTriage', () => {
  it('asks once, several at once, and runs the most urgent first; one playbook for two answers runs once', async () => {
    const prompter = new ScriptedPrompter({
      'what-happened': 'cannot-sign-in,gave-away,order-mails',
      'what-happened:order-mails': 'fraud-order',
    });
    const result = await askTriage(prompter, 'en', candidates);
    expect(result).toEqual({
      situations: ['gave-away', 'cannot-sign-in', 'order-mails'],
      playbooks: ['account-takeover', 'fraud-order'],
    });
    expect(prompter.asked.map((a) => [a.id, a.kind])).toEqual([
      ['what-happened', 'choose-many'],
      ['what-happened:order-mails', 'choose'],
    ]);
    expect(prompter.asked[0]?.message).toBe('What happened? (tick everything that applies)');
  });

  it('asks which guide when several answer one situation, the person’s own one offered too', async () => {
    const prompter = new ScriptedPrompter({
      'what-happened': 'order-mails',
      'what-happened:order-mails': 'my-shop',
    });
    expect((await askTriage(prompter, 'ja', candidates)).playbooks).toEqual(['my-shop']);
    expect(prompter.asked[1]?.message).toContain('合うチェックリストが複数あります');
  });

  it('says to call the bank at once when money left the account, before the police steps', async () => {
    const prompter = new ScriptedPrompter({ 'what-happened': 'bank-money' });
    expect((await askTriage(prompter, 'en', candidates)).playbooks).toEqual(['police-report']);
    expect(prompter.said.join('\n')).toMatch(/call your bank now.*recall the transfer/);
  });

  it('offers every guide for "something else", and nothing when none fits', async () => {
    const pick = new ScriptedPrompter({
      'what-happened': 'other',
      'what-happened:other': 'emergency-contact',
    });
    expect((await askTriage(pick, 'en', candidates)).playbooks).toEqual(['emergency-contact']);
    const none = new ScriptedPrompter({ 'what-happened': 'other', 'what-happened:other': '__none__' });
    expect((await askTriage(none, 'en', candidates)).playbooks).toEqual([]);
  });
});

// Two small playbooks that share an action: the mail password is changed in the first.
const mail: Playbook = {
  id: 'mail',
  title: 'Mail taken',
  for: ['gave-away'],
  steps: [
    {
      id: 'password',
      title: 'Change the mail password',
      action: 'change-password',
      questions: [{ id: 'address', type: 'text', prompt: 'Which address?' }],
    },
  ],
};
const shop: Playbook = {
  id: 'shop',
  title: 'Orders',
  for: ['order-mails'],
  steps: [
    { id: 'password', title: 'Change the password', action: 'change-password' },
    { id: 'report', title: 'Tell the shop', action: 'report-to-shop' },
  ],
};
const card: Playbook = {
  id: 'card',
  title: 'Card',
  steps: [{ id: 'call', title: 'Call the card company', action: 'stop-card' }],
};

function resolved(playbook: Playbook): ResolvedPlaybook {
  return {
    root: { playbook, source: 'user', path: `/x/${playbook.id}.yaml`, overridesBuiltin: false, hash: 'x' },
    library: new Map([[playbook.id, playbook]]),
  };
}

function home(): Paths {
  const dir = mkdtempSync(join(tmpdir(), 'respond-triage-'));
  return {
    playbooks: join(dir, 'playbooks'),
    cases: join(dir, 'cases'),
    data: dir,
    cache: join(dir, 'cache'),
  };
}

const events = (paths: Paths, id: string): JournalEvent[] =>
  readFileSync(join(paths.cases, id, 'journal.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as JournalEvent);

describe('one incident, one case', () => {
  const now = () => new Date(2026, 10, 22, 9, 30);

  it('runs the playbooks the triage picked one after another, and does not walk a done action again', async () => {
    const paths = home();
    const prompter = new ScriptedPrompter({ 'password.address': 'me@example.com' }, { takeDefaults: true });
    const result = await startRun(
      {
        roots: [mail, shop],
        library: new Map([
          ['mail', mail],
          ['shop', shop],
        ]),
      },
      {
        paths,
        lang: 'en',
        now,
        prompter,
        triage: { situations: ['gave-away', 'order-mails'], playbooks: ['mail', 'shop'] },
      },
    );
    expect(result.end).toBe('finished');
    // The second playbook's steps are keyed under its id; its password step was not asked.
    // (The password step, every answer given, is done by itself.)
    expect(prompter.asked.map((a) => a.id)).toEqual(['password.address', 'shop/report:outcome']);
    expect(prompter.said).toContain('✔ Already done in this case: Change the mail password');
    const written = events(paths, result.caseId);
    expect(written.map((e) => e.type)).toEqual([
      'case-started',
      'triage',
      'answer',
      'step-outcome',
      'step-outcome',
      'step-outcome',
    ]);
    expect(written[1]).toMatchObject({
      situations: ['gave-away', 'order-mails'],
      playbooks: ['mail', 'shop'],
    });
    expect(written[4]).toMatchObject({ step: 'shop/password', outcome: 'done' });
    const loaded = loadCase(paths, result.caseId);
    expect(loaded.tasks.map((t) => t.key)).toEqual(['password', 'shop/password', 'shop/report']);
    expect(summarizeCases(paths, now(), 'en')[0]?.progress).toMatchObject({ finished: 3, total: 3 });
  });

  it('adds a playbook to an open case: an event, then playbook.json rewritten, and the case reads on', async () => {
    const paths = home();
    const first = await startRun(resolved(shop), {
      paths,
      lang: 'en',
      now,
      prompter: new ScriptedPrompter({ 'password:outcome': 'done', 'report:outcome': 'later' }),
    });
    const before = readFileSync(join(paths.cases, first.caseId, 'playbook.json'), 'utf8');
    const prompter = new ScriptedPrompter({ 'report:outcome': 'done', 'card/call:outcome': 'later' });
    const added = await addToCaseRun(first.caseId, resolved(card), { paths, lang: 'en', now, prompter });
    expect(added).toEqual({ caseId: first.caseId, end: 'later' });
    expect(prompter.said[0]).toBe(
      `Added to case ${first.caseId}: Card. Its steps come after the ones of this case.`,
    );
    const written = events(paths, first.caseId);
    const event = written.find((e) => e.type === 'playbook-added');
    expect(event).toMatchObject({ playbook: 'card' });
    const bundle = JSON.parse(readFileSync(join(paths.cases, first.caseId, 'playbook.json'), 'utf8')) as {
      root: string;
      roots: string[];
    };
    expect([bundle.root, bundle.roots]).toEqual(['shop', ['shop', 'card']]);
    expect(loadCase(paths, first.caseId).tasks.map((t) => t.key)).toEqual([
      'password',
      'report',
      'card/call',
    ]);
    // A crash after the event, before the file: the old file still reads.
    writeFileSync(join(paths.cases, first.caseId, 'playbook.json'), before);
    expect(loadCase(paths, first.caseId).tasks.map((t) => t.key)).toEqual(['password', 'report']);
    // Anything else is refused, as before.
    writeFileSync(join(paths.cases, first.caseId, 'playbook.json'), before.replace('Orders', 'Orderz'));
    expect(() => loadCase(paths, first.caseId)).toThrow(/changed/);
  });

  it('refuses to add a playbook the case already runs', async () => {
    const paths = home();
    const first = await startRun(resolved(shop), {
      paths,
      lang: 'en',
      now,
      prompter: new ScriptedPrompter({ 'password:outcome': 'later' }),
    });
    await expect(
      addToCaseRun(first.caseId, resolved(shop), {
        paths,
        lang: 'en',
        now,
        prompter: new ScriptedPrompter({}),
      }),
    ).rejects.toThrow(/already part of case/);
  });
});
