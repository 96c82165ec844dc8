// A playbook that cannot be used, told to the person: each problem as `file:line:col  message`
// on stderr, then one line, exit 66 (not found) or 65 (invalid). Commands that read a
// playbook share it. (The validator may later publish src/cli/playbook-errors.ts; this
// delegates to it then.)
import type { Messages } from '../../core/i18n.js';
import { stripControl } from '../../core/sanitize.js';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../exit.js';

const texts: Messages<{ notFoundHint: string }> = {
  en: { notFoundHint: '`respond list` shows the playbooks you have; a file path works too.' },
  ja: { notFoundHint: '`respond list` で使えるプレイブックを確認できます。ファイルのパスも指定できます。' },
};

/** Turns a PlaybookError into a CliError (after printing its issues); anything else passes through. */
export async function toPlaybookCliError(error: unknown, ctx: Pick<Context, 'io' | 'lang'>): Promise<unknown> {
  const { PlaybookError } = await import('../../io/playbooks.js');
  if (!(error instanceof PlaybookError)) return error;
  if (error.kind === 'not-found') return new CliError(`${stripControl(error.message)}\n${texts[ctx.lang].notFoundHint}`, ExitCode.notFound);
  for (const issue of error.issues) ctx.io.err(stripControl(`${issue.file}:${issue.line}:${issue.col}  ${issue.message}`));
  return new CliError(stripControl(error.message), ExitCode.invalid);
}
