// `respond contacts add` at a real pseudo-terminal (util-linux `script`): it asks only for
// what the flags did not give, re-asks a bad phone number, and Ctrl-C saves nothing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { suiteNeeding } from '../../helpers/needs.js';
import { BIN, makeHome } from '../../helpers/run-cli.js';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

interface Session {
  output: string;
  code: number | null;
}

/** Runs respond under a pty and answers each prompt once its text has appeared. */
function runAtTerminal(
  args: readonly string[],
  home: string,
  answers: readonly (readonly [string, string])[],
): Promise<Session> {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qfec', quoted, '/dev/null'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      RESPOND_HOME: home,
      LANG: 'C',
      NO_COLOR: '1',
      TERM: 'xterm',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const pending = [...answers];
  let output = '';
  let seen = 0;
  child.stdout.on('data', (data: Buffer) => {
    output += data.toString('utf8');
    const next = pending[0];
    const at = next ? output.indexOf(next[0], seen) : -1;
    if (next && at >= 0) {
      pending.shift();
      seen = at + next[0].length;
      setTimeout(() => child.stdin.write(next[1]), 60);
    }
  });
  const timer = setTimeout(() => child.kill(), 15_000);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ output, code });
    });
  });
}

suiteNeeding(hasScript ? '' : '`script` (util-linux/bsdutils) is not installed')(
  'respond contacts add at a terminal',
  () => {
    it('asks for the fields the flags left out, re-asks a bad phone number, and saves', async () => {
      const home = makeHome();
      const session = await runAtTerminal(
        ['contacts', 'add', '--kind', 'merchant', '--hours', '9-18'],
        home,
        [
          ['Name', 'Example Shop\r'],
          ['Phone number', 'abc\r'],
          // Ctrl-U clears the refused answer, as a person would.
          ['does not look like a phone number', '\u001503-1234-5678\r'],
          ['Web address', '\r'],
          ['Mail address', '\r'],
          ['without signing in', 'printed on the invoice\r'],
          ['Notes', 'card 4111 1111 1111 1111\r'],
        ],
      );
      expect(session.code).toBe(0);
      expect(session.output).not.toContain('Hours (');
      expect(session.output).not.toContain('Who is it?');
      expect(session.output).toContain('Saved example-shop to your emergency contact card (1 contact).');
      const file = JSON.parse(readFileSync(join(home, 'contacts.json'), 'utf8')) as {
        contacts: Record<string, string>[];
      };
      expect(file.contacts[0]).toMatchObject({
        id: 'example-shop',
        kind: 'merchant',
        name: 'Example Shop',
        phone: '03-1234-5678',
        hours: '9-18',
        findWithoutLogin: 'printed on the invoice',
        notes: 'card •••• 1111',
      });
    });

    it('will not save an entry without any way to reach them', async () => {
      const home = makeHome();
      const session = await runAtTerminal(
        [
          'contacts',
          'add',
          '--kind',
          'bank',
          '--name',
          'My Bank',
          '--hours',
          '9-15',
          '--notes',
          'n',
          '--without-login',
          'w',
          '--lang',
          'ja',
        ],
        home,
        [
          ['電話番号', '\r'],
          ['お問い合わせページのアドレス', '\r'],
          ['メールアドレス', '\r'],
          ['連絡手段を一つ以上入れてください', 'help@bank.example\r'],
        ],
      );
      expect(session.code).toBe(0);
      expect(session.output).toContain('my-bank を緊急連絡先カードに保存しました');
    });

    it('Ctrl-C saves nothing and exits 130', async () => {
      const home = makeHome();
      const session = await runAtTerminal(['contacts', 'add'], home, [
        ['Who is it?', '\r'],
        ['Name', '\u0003'],
      ]);
      expect(session.code).toBe(130);
      expect(session.output).toContain('Cancelled: nothing was saved.');
      expect(existsSync(join(home, 'contacts.json'))).toBe(false);
    });
  },
);
