// Names in plain words where the case's own playbooks say nothing of them: a call to the
// delivery company noted in a card-charges case, the cardholder told to `report --name`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

it('a party or an answer no playbook of the case names reads by its common name, never its id', () => {
  const home = makeHome();
  const template = runCli(['show', 'emergency-contact', '--format', 'answers'], { home });
  expect(
    runCli(['start', 'emergency-contact', '--answers', '-'], { home, input: template.stdout }).code,
  ).toBe(0);
  const [id = ''] = readdirSync(join(home, 'cases')).filter((f) => !f.startsWith('.'));
  const call = runCli(['note', id, 'call', '--party', 'carrier', '--who', 'Suzuki', '--channel', 'phone'], {
    home,
  });
  expect(call.stderr).toBe('');
  expect(call.stdout).toContain('the delivery company');
  expect(call.stdout).not.toContain('carrier');
  expect(runCli(['report', id, '--name', 'Hanako Yamada', '--phone', '090-1234-5678'], { home }).code).toBe(
    0,
  );
  const log = runCli(['log', id], { home });
  expect(log.stdout).toContain("Cardholder's phone: 090-1234-5678");
  expect(log.stdout).not.toContain('report.cardholder');
});

it('without a terminal, note names what it does take (a text, not --answers), and an unknown playbook says where to look once', () => {
  const home = makeHome();
  const template = runCli(['show', 'emergency-contact', '--format', 'answers'], { home });
  expect(
    runCli(['start', 'emergency-contact', '--answers', '-'], { home, input: template.stdout }).code,
  ).toBe(0);
  const [id = ''] = readdirSync(join(home, 'cases')).filter((f) => !f.startsWith('.'));
  const note = runCli(['note', id], { home });
  expect(note.code).toBe(64);
  expect(note.stderr).toContain(`respond note ${id} "what happened"`);
  expect(note.stderr).not.toContain('--answers');
  const unknown = runCli(['start', 'nope'], { home });
  expect(unknown.code).toBe(66);
  expect(unknown.stderr.match(/respond list/g)).toHaveLength(1);
});
