// Every case command over every folder of the hostile corpus: whatever was done to the
// case, respond answers in time, with a documented exit code and one clear line, never a
// stack trace, never a hang, and never touches a file outside the case.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';
import { HOSTILE_CASES } from './fixtures/hostile-cases.js';

const DOCUMENTED = [0, 1, 64, 65, 66, 74, 75];
let template = '';
beforeAll(() => {
  template = runCli(['show', 'emergency-contact', '--format', 'answers']).stdout;
});

describe('the hostile corpus of case folders', () => {
  for (const [name, damage] of Object.entries(HOSTILE_CASES)) {
    it(
      name,
      () => {
        const home = makeHome();
        const answers = join(home, 'answers.yaml');
        writeFileSync(answers, template);
        const started = runCli(['start', 'emergency-contact', '--answers', answers], { home });
        const id = /Case (\S+) recorded/.exec(started.stdout)?.[1] ?? '';
        damage.apply(join(home, 'cases', id), home);
        const outside = join(home, 'outside.jsonl');
        const before = (() => {
          try {
            return { text: readFileSync(outside, 'utf8'), mode: statSync(outside).mode };
          } catch {
            return undefined;
          }
        })();
        const commands = [
          ['cases', '--all'],
          ['log', id],
          ['report', id],
          ['note', id, 'a note'],
          ['resume', id, '--answers', answers],
          ['close', id, '--force'],
        ];
        for (const args of commands) {
          const result = runCli(args, { home });
          const what = `${args.join(' ')}: ${result.stderr}`;
          expect(result.code, `${what} (no answer in time?)`).not.toBeNull();
          expect(DOCUMENTED, what).toContain(result.code);
          expect(result.stderr, what).not.toMatch(/\n\s+at |something unexpected|TypeError|is not iterable/);
          if (result.code !== 0) expect(result.stderr.trim().split('\n').length, what).toBeLessThanOrEqual(2);
        }
        if (before !== undefined) {
          expect(readFileSync(outside, 'utf8')).toBe(before.text);
          expect(statSync(outside).mode).toBe(before.mode);
        }
      },
      60_000,
    );
  }
});
