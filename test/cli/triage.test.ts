// `respond start` without a playbook, run as a script runs it: without a terminal it lists
// the choices with their commands (64); with --answers the triage runs from the file, and
// the case it makes (several playbooks in one) reads on in cases, log, report and resume.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToCaseRun } from '../../src/app/run-case.js';
import type { JournalEvent } from '../../src/core/journal/events.js';
import { resolvePlaybook } from '../../src/io/playbooks.js';
import { makeHome, runCli } from '../helpers/run-cli.js';
import { ScriptedPrompter } from '../helpers/scripted-prompter.js';

const journal = (home: string, id: string): JournalEvent[] =>
  readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as JournalEvent);

const FIRST_MINUTES = `  first-minutes:
    answers: { noticed-date: 2026-11-22, mail-address: me@example.com, can-sign-in: true }
    outcome: later
`;

describe('respond start without a playbook', () => {
  it('without a terminal, lists every choice with the command that starts it, and exits 64', () => {
    const result = runCli(['start']);
    expect(result.code).toBe(64);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('respond start asks "What happened?", but this is not a terminal.');
    expect(result.stderr).toMatch(/Order mails for orders I did not place\n\s+respond start fraud-order/);
    expect(result.stderr).toMatch(
      /I clicked a link, or gave a code or password\n\s+respond start phishing-clicked/,
    );
    expect(result.stderr).toMatch(
      /Money left my bank account\n\s+call your bank now.*respond start bank-transfer/,
    );
    expect(result.stderr).toMatch(
      /Someone opened an account or a loan in my name\n\s+respond start identity-misuse/,
    );
    expect(result.stderr).toMatch(
      /My phone suddenly has no signal, and codes go to someone else\n\s+respond start sim-swap/,
    );
    expect(result.stderr).toMatch(/My phone was lost or stolen\n\s+respond start lost-phone/);
    expect(result.stderr).toMatch(
      /A warning made me call "support", or someone controlled my computer\n\s+respond start support-scam/,
    );
    expect(result.stderr).toMatch(
      /My social or messaging account was taken, and friends are asked for money\n\s+respond start social-takeover/,
    );
    expect(result.stderr).toMatch(
      /Money was taken through a payment app or my phone bill\n\s+respond start app-payment/,
    );
    expect(result.stderr).toMatch(
      /My child spent money in a game or an app without asking\n\s+respond start child-purchases/,
    );
    expect(result.stderr).toMatch(/Something else\n\s+respond list/);
    expect(runCli(['start', '--lang', 'ja']).stderr).toContain('何がありましたか?');
  });

  it('a playbook of the person’s own with for: joins the choices', () => {
    const home = makeHome();
    runCli(['new', 'my-bank'], { home });
    const file = join(home, 'playbooks', 'my-bank.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^id: my-bank$/m, 'id: my-bank\nfor: [bank-money]'),
    );
    expect(runCli(['validate', file], { home }).code).toBe(0);
    expect(runCli(['start'], { home }).stderr).toMatch(
      /Money left my bank account\n.*respond start bank-transfer · respond start my-bank/,
    );
  });

  it('with --answers, runs what the file says happened as one case, and every command reads it', () => {
    const home = makeHome();
    const answers = join(home, 'answers.yaml');
    writeFileSync(answers, `what-happened: [order-mails, cannot-sign-in]\nsteps:\n${FIRST_MINUTES}`);
    const started = runCli(['start', '--answers', answers], { home });
    expect(started.stderr).toBe('');
    expect(started.code).toBe(0);
    const id = /Case (\S+) recorded/.exec(started.stdout)?.[1] ?? '';
    expect(id).toMatch(/account-takeover/);
    const events = journal(home, id);
    expect(events[1]).toMatchObject({
      type: 'triage',
      situations: ['cannot-sign-in', 'order-mails'],
      playbooks: ['account-takeover', 'fraud-order'],
    });
    const bundle = JSON.parse(readFileSync(join(home, 'cases', id, 'playbook.json'), 'utf8')) as {
      roots: string[];
    };
    expect(bundle.roots).toEqual(['account-takeover', 'fraud-order']);

    const cases = runCli(['cases'], { home });
    expect(cases.code).toBe(0);
    expect(cases.stdout).toContain(id);
    const log = runCli(['log', id], { home });
    expect(log.stdout).toContain(
      "What happened: I can't sign in, or my password was changed, Order mails for orders I did not place → account-takeover, fraud-order",
    );
    const report = runCli(['report', id, '--for', 'all'], { home });
    expect(report.code).toBe(0);
    // The second playbook's steps are in the record too.
    expect(report.stdout).toContain('Report it to the shop, and confirm each point one by one');

    // Resume knows the second playbook's steps, keyed under its id, and refuses a key it has not.
    const more = join(home, 'more.yaml');
    writeFileSync(
      more,
      'steps:\n  first-minutes:\n    outcome: later\n  fraud-order/first-minutes:\n    outcome: later\n',
    );
    const resumed = runCli(['resume', id, '--answers', more], { home });
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    writeFileSync(more, 'steps:\n  fraud-order/no-such-step:\n    outcome: later\n');
    expect(runCli(['resume', id, '--answers', more], { home }).code).toBe(65);
  });

  it('lists the new guides, and "Money left my bank account" starts with the call to the bank', () => {
    const list = runCli(['list']);
    expect(list.code).toBe(0);
    for (const id of [
      'phishing-clicked',
      'bank-transfer',
      'identity-misuse',
      'sim-swap',
      'lost-phone',
      'social-takeover',
      'support-scam',
      'app-payment',
      'child-purchases',
    ])
      expect(list.stdout).toMatch(new RegExp(`^${id}\\s+\\S`, 'm'));
    const home = makeHome();
    const answers = join(home, 'answers.yaml');
    writeFileSync(
      answers,
      'what-happened: [bank-money]\nsteps:\n  call-bank:\n    answers: { bank-name: Sakura Bank }\n    outcome: later\n',
    );
    const started = runCli(['start', '--answers', answers], { home });
    expect(started.stderr).toBe('');
    expect(started.code).toBe(0);
    const id = /Case (\S+) recorded/.exec(started.stdout)?.[1] ?? '';
    expect(journal(home, id)[1]).toMatchObject({
      type: 'triage',
      situations: ['bank-money'],
      playbooks: ['bank-transfer'],
    });
    expect(runCli(['log', id], { home }).stdout).toContain('Sakura Bank');
  });

  it('a link clicked and money gone from the bank: the bank first, then the phishing guide', () => {
    const home = makeHome();
    const answers = join(home, 'answers.yaml');
    writeFileSync(
      answers,
      'what-happened: [gave-away, bank-money, unknown-charge]\nsteps:\n  call-bank:\n    answers: { bank-name: Sakura Bank }\n    outcome: later\n',
    );
    const started = runCli(['start', '--answers', answers], { home });
    expect(started.stderr).toBe('');
    const id = /Case (\S+) recorded/.exec(started.stdout)?.[1] ?? '';
    // phishing-clicked includes bank-transfer and card-charges only when bank details or a card
    // number were typed; the person said money left and a charge is unknown, so both run anyway.
    expect(journal(home, id)[1]).toMatchObject({
      type: 'triage',
      playbooks: ['bank-transfer', 'phishing-clicked', 'card-charges'],
    });
  });

  it('refuses an answers file that names a situation there is not, in one line (65)', () => {
    const home = makeHome();
    const answers = join(home, 'answers.yaml');
    writeFileSync(answers, 'what-happened: [stolen-phone]\nsteps: {}\n');
    const result = runCli(['start', '--answers', answers], { home });
    expect(result.code).toBe(65);
    expect(result.stderr).toContain('what-happened: must be a list of: bank-money, gave-away');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('a case a playbook was added to reads on in cases, log, report and resume', async () => {
    const home = makeHome();
    const answers = join(home, 'answers.yaml');
    writeFileSync(
      answers,
      'steps:\n  call-issuer:\n    answers: { card-last4: "4242" }\n    outcome: later\n',
    );
    const started = runCli(['start', 'card-charges', '--answers', answers], { home });
    const id = /Case (\S+) recorded/.exec(started.stdout)?.[1] ?? '';
    const paths = {
      playbooks: join(home, 'playbooks'),
      cases: join(home, 'cases'),
      data: home,
      cache: join(home, 'cache'),
    };
    const escalation = await resolvePlaybook('support-escalation', paths, 'en', home);
    await addToCaseRun(id, escalation, {
      paths,
      lang: 'en',
      now: () => new Date(),
      prompter: new ScriptedPrompter({ 'call-issuer:outcome': 'later' }, { takeDefaults: true }),
    });
    expect(journal(home, id).at(-2)).toMatchObject({
      type: 'playbook-added',
      playbook: 'support-escalation',
    });
    expect(runCli(['cases'], { home }).stdout).toContain(id);
    expect(runCli(['log', id], { home }).stdout).toContain('Added to this case: support-escalation');
    expect(runCli(['report', id], { home }).code).toBe(0);
    const more = join(home, 'more.yaml');
    writeFileSync(
      more,
      'steps:\n  call-issuer:\n    outcome: later\n  support-escalation/where-it-stands:\n    outcome: later\n',
    );
    const resumed = runCli(['resume', id, '--answers', more], { home });
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
  });
});
