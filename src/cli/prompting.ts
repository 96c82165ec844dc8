// How a command that asks questions gets its answers: from a person at a terminal, or
// from an answers file. Never from nowhere: without either it stops with a hint (64)
// instead of waiting for input that cannot come.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Prompter } from '../app/prompter.js';
import type { AnswersFile } from '../app/answers-file.js';
import type { Messages } from '../core/i18n.js';
import { canPrompt } from '../io/terminal.js';
import type { Context } from './context.js';
import { CliError, ExitCode } from './exit.js';

interface Texts {
  /** `instead`: the same thing without questions, as this command really takes it. */
  noTerminal: (command: string, instead: string) => string;
  unreadable: (file: string, reason: string) => string;
  noSuchFile: string;
  invalid: (file: string) => string;
  tag: (file: string, line: number, col: number, tag: string) => string;
  changed: string;
}

const texts: Messages<Texts> = {
  en: {
    noTerminal: (command, instead) =>
      `${command} asks questions, but this is not a terminal. Run it in a terminal, or: ${instead} (see --help).`,
    unreadable: (file, reason) => `cannot read the answers file ${file}: ${reason}`,
    noSuchFile: 'there is no such file',
    invalid: (file) => `the answers file ${file} does not fit this playbook:`,
    tag: (file, line, col, tag) =>
      `${file}:${line}:${col}: the tag "${tag}" is not supported in an answers file. Remove it.`,
    changed:
      '  If the file was written for an older version of the playbook, `respond show <playbook> --format answers` writes a blank one that fits.',
  },
  ja: {
    noTerminal: (command, instead) =>
      `${command} は質問をしますが、ここは端末ではありません。端末で実行するか、次のようにしてください: ${instead} (--help を参照)。`,
    unreadable: (file, reason) => `回答ファイル ${file} を読めません: ${reason}`,
    noSuchFile: 'そのファイルはありません',
    invalid: (file) => `回答ファイル ${file} がこのチェックリストに合いません:`,
    tag: (file, line, col, tag) =>
      `${file}:${line}:${col}: 回答ファイルではタグ「${tag}」は使えません。削除してください。`,
    changed:
      '  古い版の手順に合わせて書いたファイルなら、`respond show <手順の id> --format answers` で今の手順に合う空の回答ファイルを作れます。',
  },
};

/**
 * Reads and checks an answers file (YAML or JSON) against the step keys of the run (or,
 * when they are not known yet, its shape only: see checkAnswersKeys).
 */
export async function readAnswersFile(
  ctx: Context,
  file: string,
  stepKeys: ReadonlySet<string> | undefined,
): Promise<AnswersFile> {
  const t = texts[ctx.lang];
  const path = resolve(ctx.cwd, file);
  let text: string;
  try {
    // "-" reads the answers from standard input: `generate-answers | respond start x --answers -`.
    text = file === '-' ? await readStdin() : readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      t.unreadable(file, code === 'ENOENT' ? t.noSuchFile : String(code)),
      code === 'ENOENT' ? ExitCode.notFound : ExitCode.io,
    );
  }
  const { checkAnswersShape, parseAnswersText, UnsupportedTag } = await import('../app/answers-file.js');
  let data: unknown;
  try {
    data = parseAnswersText(text);
  } catch (error) {
    if (error instanceof UnsupportedTag)
      throw new CliError(t.tag(file, error.line, error.col, error.tag), ExitCode.invalid);
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError(`${file}: ${message}`, ExitCode.invalid);
  }
  return checkedAnswers(ctx, file, checkAnswersShape(data, stepKeys));
}

/** The step keys, once the triage has picked the playbooks: a file naming no such step is refused (65). */
export async function checkAnswersKeys(
  ctx: Context,
  file: string,
  answers: AnswersFile,
  stepKeys: ReadonlySet<string>,
): Promise<void> {
  const { checkAnswersShape } = await import('../app/answers-file.js');
  checkedAnswers(ctx, file, checkAnswersShape(answers, stepKeys));
}

function checkedAnswers(
  ctx: Context,
  file: string,
  checked: { file: AnswersFile } | { problems: string[] },
): AnswersFile {
  const t = texts[ctx.lang];
  if ('problems' in checked)
    throw new CliError(
      [
        t.invalid(file),
        ...checked.problems.map((p) => `  ${file}: ${p}`),
        // A step key the playbook no longer has: most often a file written before it changed.
        ...(checked.problems.some((p) => p.includes('no step has this key')) ? [t.changed] : []),
      ].join('\n'),
      ExitCode.invalid,
    );
  return checked.file;
}

/**
 * The terminal prompter, or exit 64 when there is no person to ask, naming the way this
 * command runs without one (`instead`; default: its answers file).
 */
export async function terminalPrompter(
  ctx: Context,
  command: string,
  options: { ackWhenSaved?: boolean; instead?: string } = {},
): Promise<Prompter> {
  if (!canPrompt())
    throw new CliError(
      texts[ctx.lang].noTerminal(command, options.instead ?? `${command} --answers answers.yaml`),
      ExitCode.usage,
    );
  const { createTerminalPrompter } = await import('../io/prompter.js');
  return createTerminalPrompter(ctx.colors, ctx.lang, options);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
