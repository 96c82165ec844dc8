// Long output in a real terminal (tmux) goes through $PAGER, as git does: `show` of a built-in
// (hundreds of lines) reaches the pager whole; with --no-pager, PAGER=cat, output that fits
// the screen, or a pipe, it is written as it is. The pager here is a stand-in that counts the
// lines it was given, so the test does not depend on less.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';
import { suiteNeeding } from '../helpers/needs.js';
import { HAS_TMUX, Terminal } from '../helpers/pty.js';
import { respondEnv, respondOnPath } from './binary.js';

const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

const suite = suiteNeeding(HAS_TMUX ? '' : 'tmux is not installed (`which tmux` found nothing)');

suite('the pager (tmux)', () => {
  it('takes long output in a terminal, and stays out of the way otherwise', async () => {
    const home = makeHome();
    const path = respondOnPath(home);
    const bin = join(home, 'bin');
    // It notes in a file each time it is run: what it got, and LESS.
    const log = join(home, 'pager.log');
    writeFileSync(
      join(bin, 'count-pager'),
      `#!/bin/sh\necho "paged $(wc -l) lines, LESS=$LESS" >> '${log}'\n`,
    );
    const runs = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);
    chmodSync(join(bin, 'count-pager'), 0o755);
    const env = respondEnv(home, {
      PATH: path,
      TERM: 'screen',
      PAGER: 'count-pager',
    });
    // In a pipe: written as it is, every line.
    const whole = runCli(['show', 'fraud-order'], { home, env: { PAGER: 'count-pager' } });
    expect(whole.stdout.split('\n').length).toBeGreaterThan(100);
    expect(whole.stdout).not.toContain('paged');

    const t = Terminal.open({ env, cwd: home });
    open.push(t);
    const paged = t.launch('respond show fraud-order');
    expect(await paged.exited()).toBe(0);
    // The pager got the whole checklist (wrapped to this terminal), and git's LESS default.
    expect(runs()).toHaveLength(1);
    expect(runs()[0]).toMatch(/^paged \d{3,} lines, LESS=FRX$/);

    for (const command of [
      'respond show fraud-order --no-pager',
      'respond --no-pager log nothing-here',
      'PAGER=cat respond show fraud-order',
      'respond list', // fits the screen
    ]) {
      const run = t.launch(command);
      await run.exited();
      expect(runs(), command).toHaveLength(1);
    }
  });
});
