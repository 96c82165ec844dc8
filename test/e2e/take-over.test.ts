// `--take-over` in a real terminal (tmux): the person is asked, "no" changes nothing,
// "yes" frees the case from the other computer's lock and the note is saved.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HAS_TMUX, Terminal } from '../helpers/pty.js';
import { makeHome } from '../helpers/run-cli.js';
import { respondBinary, respondEnv, runRespond } from './binary.js';

const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

const suite = HAS_TMUX ? describe : describe.skip;

suite(
  HAS_TMUX
    ? 'take over a lock from another computer (tmux)'
    : 'take over: SKIPPED because tmux is not installed',
  () => {
    it('asks first; no keeps the lock, yes takes it over and saves the note', async () => {
      const home = makeHome();
      const answers = join(home, 'answers.yaml');
      writeFileSync(answers, runRespond(['show', 'emergency-contact', '--format', 'answers'], home).stdout);
      const started = runRespond(['start', 'emergency-contact', '--answers', answers], home);
      const id = /Case (\S+) recorded/.exec(started.stdout)?.[1] ?? '';
      const lock = join(home, 'cases', id, 'lock');
      writeFileSync(
        lock,
        JSON.stringify({ pid: 4242, hostname: 'old-laptop', started: '2026-11-01T10:00:00.000+09:00' }),
      );

      const t = Terminal.open({
        env: respondEnv(home, { TERM: 'screen', RESPOND_REGION: 'other' }),
        cwd: home,
      });
      open.push(t);
      const command = `'${process.execPath}' '${respondBinary()}' note ${id} 'the bank called' --take-over`;
      const first = t.launch(command);
      await t.waitFor('Take it over?');
      t.press('Enter'); // the default is no
      expect(await first.exited()).toBe(0);
      expect(t.screen()).toContain('Nothing was changed.');
      expect(readFileSync(lock, 'utf8')).toContain('old-laptop');

      await t.clear();
      const second = t.launch(command);
      await t.waitFor('Take it over?');
      t.press('Down');
      t.press('Enter');
      expect(await second.exited()).toBe(0);
      expect(t.screen()).toContain('Saved: A note');
      expect(readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')).toContain('the bank called');
    }, 60_000);
  },
);
