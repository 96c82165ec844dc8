// Every command over the hostile corpus (corpus.ts), with the real binary and no terminal.
// Whatever a data folder holds or a person types, each run must:
//   - exit with a documented code (0, 64, 65, 66, 74, 75), never "something unexpected",
//   - print no stack trace,
//   - put no raw control, escape, bidi or zero-width character on the screen,
//   - show no full card number, and leave none in any file it wrote under the data folder.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, makeHome } from '../helpers/run-cli.js';
import {
  AMEX_DIGITS,
  ANSWERS_ENTRIES,
  CARD_DIGITS,
  caseEntries,
  type GoodCase,
  HOSTILE_NAMES,
  PLAYBOOK_ENTRIES,
  TINY_YAML,
} from './corpus.js';

const DOCUMENTED = [0, 64, 65, 66, 74, 75];
// C0 and C1 controls but \t and \n, DEL, zero-width and bidi controls, word joiner, BOM.
// eslint-disable-next-line no-control-regex -- finding them is the point
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
// Any separator a card number may be typed with, removed before looking for its digits.
const SEPARATORS = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff._/\\-]/gu;

function digitsOf(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Nd}/gu, (d) => String(Number.parseInt(d, 10) || [...'٠١٢٣٤٥٦٧٨٩'].indexOf(d)))
    .replace(SEPARATORS, '');
}
function showsCard(text: string): boolean {
  return text.split('\n').some((line) => {
    const d = digitsOf(line);
    return d.includes(CARD_DIGITS) || d.includes(AMEX_DIGITS);
  });
}

interface Run {
  readonly args: readonly string[];
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function respond(home: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: home,
        encoding: 'utf8',
        timeout: 30_000,
        maxBuffer: 32 * 1024 * 1024,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          RESPOND_HOME: home,
          LANG: 'C',
          NO_COLOR: '1',
          TZ: 'UTC',
        },
      },
      (error, stdout, stderr) =>
        resolve({
          args,
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          stdout,
          stderr,
        }),
    );
    child.stdin?.end();
  });
}

function problemsOf(run: Run): string[] {
  const problems: string[] = [];
  const what = `respond ${run.args.map((a) => JSON.stringify(a)).join(' ')}`;
  const output = run.stdout + run.stderr;
  if (run.code === null || !DOCUMENTED.includes(run.code))
    problems.push(`${what}: exit ${String(run.code)}: ${run.stderr.trim().split('\n')[0] ?? ''}`);
  if (/^\s+at .+[(:]\d+/m.test(run.stderr) || /something unexpected went wrong/.test(run.stderr))
    problems.push(`${what}: a stack trace or an unexpected error: ${run.stderr.trim().split('\n')[0] ?? ''}`);
  const raw = RAW.exec(output);
  if (raw)
    problems.push(
      `${what}: raw U+${raw[0].codePointAt(0)?.toString(16).padStart(4, '0') ?? ''} on the screen near ${JSON.stringify(output.slice(Math.max(0, raw.index - 30), raw.index + 10))}`,
    );
  if (showsCard(output)) problems.push(`${what}: a full card number on the screen`);
  return problems;
}

/** Files under the data folder holding a full card number, except the ones the test planted. */
function filesWithCards(home: string, planted: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        entry.isFile() &&
        !planted.has(path) &&
        statSync(path).size < 64 * 1024 * 1024 &&
        showsCard(readFileSync(path, 'utf8'))
      )
        found.push(relative(home, path));
    }
  };
  walk(home);
  return found;
}

async function runAll(
  home: string,
  commands: readonly (readonly string[])[],
  planted: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const problems: string[] = [];
  for (const args of commands) problems.push(...problemsOf(await respond(home, args)));
  problems.push(
    ...filesWithCards(home, planted).map((f) => `${f}: a full card number in a file respond wrote`),
  );
  return problems;
}

let good: GoodCase;
const GOOD_ANSWERS =
  'steps:\n  first: { answers: { order: A-1 } }\n  ask: { confirmations: { cancel: { answer: yes, who: Sato, channel: phone, reference: R-1 } } }\n';

beforeAll(async () => {
  const home = makeHome();
  writeFileSync(join(home, 'tiny.yaml'), TINY_YAML);
  writeFileSync(join(home, 'good.yaml'), GOOD_ANSWERS);
  const run = await respond(home, ['start', 'tiny.yaml', '--answers', 'good.yaml']);
  if (run.code !== 0) throw new Error(`the good case could not be made: ${run.stderr}`);
  const [id = ''] = readdirSync(join(home, 'cases'));
  const journal = readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8');
  good = {
    journalLines: journal.split(/(?<=\n)/),
    bundle: JSON.parse(readFileSync(join(home, 'cases', id, 'playbook.json'), 'utf8')) as GoodCase['bundle'],
  };
  caseId = id;
});
let caseId = '';

const CASE_COMMANDS = (id: string): string[][] => [
  ['cases'],
  ['cases', '--all'],
  ['cases', '--json'],
  ['log', id],
  ['log', id, '--json'],
  ['report', id],
  ['report', id, '--format', 'md'],
  ['report', id, '--for', 'police', '--format', 'json'],
  ['report', id, '--format', 'html', '-o', 'report.html'],
  ['draft', id, '--to', 'merchant'],
  ['verify', id],
  ['verify', id, '--json'],
  ['export', id, '-o', 'case.zip'],
  ['note', id, 'The shop called back.'],
  ['attach', id, 'not-there.png'],
  ['resume', id],
  ['close', id],
];

describe('every command over a hostile case folder', () => {
  // The entries are made from the good case, which beforeAll records first.
  const names = caseEntries({ journalLines: [], bundle: { format: 1, root: 'tiny', playbooks: {} } }).map(
    (e) => e.name,
  );
  it.concurrent.each(names)('%s', async (name) => {
    const entry = caseEntries(good).find((e) => e.name === name);
    if (!entry) throw new Error(name);
    const home = makeHome();
    const dir = join(home, 'cases', caseId);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(join(home, 'cases'), 0o700);
    const planted = new Set([join(dir, 'journal.jsonl'), join(dir, 'playbook.json')]);
    writeFileSync(join(dir, 'journal.jsonl'), entry.journal, { mode: 0o600 });
    writeFileSync(join(dir, 'playbook.json'), entry.playbookJson ?? JSON.stringify(good.bundle), {
      mode: 0o600,
    });
    if (entry.lock !== undefined) writeFileSync(join(dir, 'lock'), entry.lock, { mode: 0o600 });
    expect(await runAll(home, CASE_COMMANDS(caseId), planted)).toEqual([]);
  });
});

describe('every command over a hostile playbook file', () => {
  it.concurrent.each(PLAYBOOK_ENTRIES.map((e) => [e.name, e] as const))('%s', async (_name, entry) => {
    const home = makeHome();
    writeFileSync(join(home, 'hostile.yaml'), entry.yaml);
    writeFileSync(join(home, 'empty.answers.yaml'), 'steps: {}\n');
    const planted = new Set([join(home, 'hostile.yaml'), join(home, 'playbooks', 'hostile.yaml')]);
    const problems = await runAll(
      home,
      [
        ['validate', 'hostile.yaml'],
        ['show', 'hostile.yaml'],
        ['start', 'hostile.yaml', '--answers', 'empty.answers.yaml'],
      ],
      planted,
    );
    // In the person's own playbook folder it costs a warning, and every other command still works.
    mkdirSync(join(home, 'playbooks'), { mode: 0o700 });
    writeFileSync(join(home, 'playbooks', 'hostile.yaml'), entry.yaml);
    problems.push(...(await runAll(home, [['list'], ['show', 'fraud-order'], ['list']], planted)));
    expect(problems).toEqual([]);
  });
});

describe('every command after a run from a hostile answers file', () => {
  it.concurrent.each(ANSWERS_ENTRIES.map((e) => [e.name, e] as const))('%s', async (_name, entry) => {
    const home = makeHome();
    writeFileSync(join(home, 'tiny.yaml'), TINY_YAML);
    writeFileSync(join(home, 'hostile.answers.yaml'), entry.yaml);
    const planted = new Set([join(home, 'hostile.answers.yaml')]);
    const problems = await runAll(
      home,
      [['start', 'tiny.yaml', '--answers', 'hostile.answers.yaml']],
      planted,
    );
    // A refused file makes no case at all.
    const ids = (
      existsSync(join(home, 'cases')) ? readdirSync(join(home, 'cases'), { withFileTypes: true }) : []
    )
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    for (const id of ids)
      problems.push(
        ...(await runAll(
          home,
          [['cases'], ['log', id], ['report', id], ['draft', id, '--to', 'merchant']],
          planted,
        )),
      );
    expect(problems).toEqual([]);
  });
});

describe('hostile names typed into every flag that takes one', () => {
  it.concurrent.each(HOSTILE_NAMES.map((n) => [JSON.stringify(n), n] as const))(
    '%s',
    async (_label, name) => {
      const home = makeHome();
      writeFileSync(join(home, 'tiny.yaml'), TINY_YAML);
      writeFileSync(join(home, 'good.yaml'), GOOD_ANSWERS);
      const problems = await runAll(home, [
        ['start', 'tiny.yaml', '--answers', 'good.yaml', '--case-name', name],
      ]);
      const [id = ''] = readdirSync(join(home, 'cases'));
      problems.push(
        ...(await runAll(home, [
          ['note', id, '--party', name, '--who', name, '--channel', 'phone', '--reference', name, name],
          ['note', id, '--confirm', 'ask.cancel', '--answer', 'yes', '--who', name, '--reference', name],
          ['report', id, '--name', name, '--phone', name],
          ['report', id, '--format', 'md'],
          ['contacts', 'add', '--kind', 'merchant', '--name', name, '--phone', name, '--notes', name],
          ['contacts', 'list'],
          ['contacts', 'print'],
          ['cases'],
          ['log', id],
          ['draft', id, '--to', 'merchant'],
          // Errors that echo what was typed.
          ['log', name],
          ['show', name],
          ['validate', name],
          ['start', name],
        ])),
      );
      expect(problems).toEqual([]);
    },
  );
});
