// Issue 8, item 9: text that came from a case, an answers file, a playbook or the command
// line never reaches the terminal raw. Every command's output goes through one sink that
// strips escapes (retitle, clear screen, hyperlinks), controls, bidi and zero-width
// characters; the colors the tool adds itself survive. Files written with -o keep the text.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome } from '../helpers/run-cli.js';
import { respondBinary, respondEnv } from './binary.js';

const EVIL =
  'X\u001b]0;PWNED-TITLE\u0007\u001b[2J\u001b]8;;http://evil\u001b\\\u202eRTL\u2066\u200b\ufeff\u200fY';
// Anything a terminal acts on, or that hides or reorders text. (SGR colors are checked apart.)
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /\u001b(?!\[[0-9;]*m)|[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

function respond(home: string, args: readonly string[], color = false) {
  const env = respondEnv(home, color ? { NO_COLOR: '', FORCE_COLOR: '1' } : {});
  const r = spawnSync(process.execPath, [respondBinary(), ...args], {
    cwd: home,
    input: '',
    encoding: 'utf8',
    env,
    timeout: 15_000,
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

const PLAYBOOK = `id: evil
title: ${JSON.stringify(`Title ${EVIL}`)}
parties:
  - { id: shop, name: The shop }
steps:
  - id: ask
    title: Ask the shop
    questions:
      - { id: order, type: text, prompt: Order number }
    confirmations:
      - { id: cancel, party: shop, ask: Will you cancel? }
`;

describe('nothing from a case reaches the terminal raw', () => {
  it('log, cases, report (text and md), show, errors and help: no escape, control, bidi or zero-width character; our colors kept', () => {
    const home = makeHome();
    writeFileSync(join(home, 'evil.yaml'), PLAYBOOK);
    writeFileSync(join(home, `X${EVIL.replaceAll('/', '_')}.yaml`), PLAYBOOK); // a file name is text from outside too
    writeFileSync(
      join(home, 'answers.json'),
      JSON.stringify({
        steps: {
          ask: {
            answers: { order: EVIL },
            confirmations: { cancel: { answer: 'yes', who: EVIL, reference: EVIL } },
            outcome: 'done',
          },
        },
      }),
    );
    const start = respond(home, ['start', './evil.yaml', '--answers', 'answers.json', '--case-name', EVIL]);
    expect(start.code).toBe(0);
    const id = readdirSync(join(home, 'cases'))[0] ?? '';
    expect(respond(home, ['note', id, EVIL]).code).toBe(0);
    expect(respond(home, ['note', id, '--party', EVIL, '--who', EVIL]).code).toBe(0);

    const runs: [string[], number][] = [
      [['log', id], 0],
      [['log', id, '--json'], 0],
      [['cases'], 0],
      [['report', id, '--for', 'all'], 0],
      [['report', id, '--for', 'all', '--format', 'md'], 0],
      [['show', './evil.yaml'], 0],
      [['validate', './evil.yaml', `./X${EVIL.replaceAll('/', '_')}.yaml`], 0],
      [['log', `no-such-${EVIL}`], 66],
      [['note', id, '--step', EVIL, 'text'], 64],
      [['resume', EVIL], 66],
      [[`${EVIL}`], 64],
    ];
    for (const color of [false, true]) {
      for (const [args, code] of runs) {
        const result = respond(home, args, color);
        expect([args, result.code], result.out).toEqual([args, code]);
        expect(result.out, `${args.join(' ')}: ${JSON.stringify(result.out)}`).not.toMatch(UNSAFE);
        expect(result.out).toContain('X');
      }
    }
    // Our own colors survive the sink: the log's header is bold.
    expect(respond(home, ['log', id], true).out).toContain('\u001b[1m');
    // A file written with -o keeps the text as it was recorded.
    const file = resolve(home, 'all.md');
    expect(respond(home, ['report', id, '--for', 'all', '--format', 'md', '-o', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('\u202eRTL');
  });
});
