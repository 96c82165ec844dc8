// A full card number, in the forms people and input methods type it, given through the
// answers file, --party, --case-name and note: never on disk in full, never on the screen
// in full (issue 8, item 7). Read back the way a person would: digits of any script as
// ASCII, separators dropped.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

const FORMS = [
  '4111  1111  1111  1111',
  '4111.1111.1111.1111',
  '4111/1111/1111/1111',
  '4111\u00a01111\u00a01111\u00a01111',
  '４１１１　１１１１　１１１１　１１１１',
  '4111\u200b1111\u200b1111\u200b1111',
  '4111\t1111\t1111\t1111',
  '4111_1111_1111_1111',
  '4111 - 1111 - 1111 - 1111',
  '\u0664\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661',
];
const FULL = '4111111111111111';

/** Digits of any script as ASCII, everything else but letters dropped. */
const readBack = (text: string) =>
  [...text.normalize('NFKC')]
    .map((c) =>
      /\p{Nd}/u.test(c)
        ? String((c.codePointAt(0) ?? 0) - (/[\u0660-\u0669]/.test(c) ? 0x660 : 0x30))
        : /\p{L}/u.test(c)
          ? '|'
          : '',
    )
    .join('');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('full card numbers in every form', () => {
  it.each(FORMS.map((f) => [JSON.stringify(f), f]))(
    '%s: masked in the journal, the log, the report and every error',
    (_shown, form) => {
      const home = makeHome();
      const answers = join(home, 'answers.yaml');
      const whole = readFileSync(
        join(import.meta.dirname, '../e2e/fixtures/fraud-order.answers.yaml'),
        'utf8',
      );
      expect(whole).toContain('      site: Example Shop\n');
      writeFileSync(
        answers,
        whole
          .replace('      site: Example Shop\n', `      site: "shop, card ${form}"\n`)
          .replace('      mail-count: "8"\n', `      mail-count: "8"\n    note: "paid with ${form}"\n`),
      );
      const started = runCli(['start', 'fraud-order', '--answers', answers, '--case-name', `Visa ${form}`], {
        home,
      });
      expect(started.code, started.stderr).toBe(0);
      const [entry] = JSON.parse(runCli(['cases', '--json', '--all'], { home }).stdout) as { id: string }[];
      const id = entry?.id ?? '';
      const outputs = [
        started,
        runCli(['note', id, '--party', form, '--who', `agent ${form}`], { home }),
        runCli(['note', id, `called about ${form}`], { home }),
        runCli(['log', id], { home }),
        runCli(['report', id, '--for', 'card-company', '--name', `Hanako ${form}`, '--phone', form], {
          home,
        }),
        runCli(['cases', '--all'], { home }),
      ];
      // The answers file's own mistakes are echoed: a key or a value may be a card number too.
      const badKey = join(home, 'bad-key.yaml');
      writeFileSync(badKey, `steps:\n  "${form}": {}\n`);
      outputs.push(runCli(['start', 'fraud-order', '--answers', badKey], { home }));
      const badChoice = join(home, 'bad-choice.yaml');
      writeFileSync(badChoice, `steps:\n  first-minutes:\n    answers:\n      how-noticed: "${form}"\n`);
      outputs.push(runCli(['start', 'fraud-order', '--answers', badChoice], { home }));
      expect(outputs.slice(-2).map((o) => o.code)).toEqual([65, 65]);
      for (const output of outputs) expect(readBack(output.stdout + output.stderr)).not.toContain(FULL);
      for (const file of filesUnder(join(home, 'cases')))
        expect(readBack(readFileSync(file, 'utf8')), file).not.toContain(FULL);
      expect(
        readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8').split('•••• 1111').length - 1,
      ).toBeGreaterThanOrEqual(7);
    },
  );
});
