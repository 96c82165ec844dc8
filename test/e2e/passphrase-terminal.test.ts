// An encrypted export in a real terminal (tmux): the passphrase is asked twice and never
// shown, two that differ write nothing, and import asks for it once.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { HAS_TMUX, Terminal } from '../helpers/pty.js';
import { suiteNeeding } from '../helpers/needs.js';
import { makeHome } from '../helpers/run-cli.js';
import { respondBinary, respondEnv, runRespond } from './binary.js';

const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

suiteNeeding(HAS_TMUX ? '' : 'tmux is not installed')('the passphrase of an encrypted export (tmux)', () => {
  it('is asked twice without being shown, and once by import', async () => {
    const home = makeHome();
    const answers = join(home, 'answers.yaml');
    writeFileSync(answers, runRespond(['show', 'emergency-contact', '--format', 'answers'], home).stdout);
    const id =
      /Case (\S+) recorded/.exec(
        runRespond(['start', 'emergency-contact', '--answers', answers], home).stdout,
      )?.[1] ?? '';
    const t = Terminal.open({ env: respondEnv(home, { TERM: 'screen' }), cwd: home });
    open.push(t);
    const bin = `'${process.execPath}' '${respondBinary()}'`;
    const differ = t.launch(`${bin} export ${id} -o secret.zip --encrypt`);
    await t.waitFor('A passphrase for the zip');
    t.type('tangerine-cloud-42');
    t.press('Enter');
    await t.waitFor('The same passphrase again');
    t.type('tangerine-cloud-43');
    t.press('Enter');
    expect(await differ.exited()).toBe(64);
    expect(t.screen()).toContain('The two passphrases differ. Nothing was written');
    expect(existsSync(join(home, 'secret.zip'))).toBe(false);

    await t.clear();
    const same = t.launch(`${bin} export ${id} -o secret.zip --encrypt`);
    await t.waitFor('A passphrase for the zip');
    t.type('tangerine-cloud-42');
    t.press('Enter');
    await t.waitFor('The same passphrase again');
    t.type('tangerine-cloud-42');
    t.press('Enter');
    expect(await same.exited()).toBe(0);
    expect(t.screen()).toContain('encrypted with AES-256');
    expect(t.screen()).not.toContain('tangerine');

    const fresh = makeHome();
    await t.clear();
    const imported = t.launch(`RESPOND_HOME='${fresh}' ${bin} import secret.zip`);
    await t.waitFor('The passphrase of this zip');
    t.type('tangerine-cloud-42');
    t.press('Enter');
    expect(await imported.exited()).toBe(0);
    expect(t.screen()).toContain(`Imported ${id}`);
    expect(t.screen()).not.toContain('tangerine');
  }, 60_000);
});
