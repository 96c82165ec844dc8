// A playbook that cannot be used becomes one exit code and the lines that say why: 66 when
// it does not exist (with where to look), 65 when it is invalid. Every command that takes
// a playbook uses this.
import { formatIssue, PlaybookError } from '../io/playbooks.js';
import type { Messages } from '../core/i18n.js';
import type { Context } from './context.js';
import { CliError, ExitCode } from './exit.js';

export function toCliError(error: unknown): unknown {
  if (!(error instanceof PlaybookError)) return error;
  const lines = [error.message, ...error.issues.map((issue) => `  ${formatIssue(issue)}`)];
  const message = error.kind === 'not-found' && error.issues.length > 0 ? error.message : lines.join('\n');
  return new CliError(message, error.kind === 'not-found' ? ExitCode.notFound : ExitCode.invalid);
}

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
const texts = (cmd: string): Messages<{ notFoundHint: string }> => ({
  en: { notFoundHint: `\`${cmd} list\` shows the checklists you have; a file path works too.` },
  ja: {
    notFoundHint: `\`${cmd} list\` で使えるチェックリストを確認できます。ファイルのパスも指定できます。`,
  },
});

/** Turns a PlaybookError into a CliError; anything else passes through unchanged. */
export function toPlaybookCliError(error: unknown, ctx: Pick<Context, 'lang' | 'cmd'>): unknown {
  const mapped = toCliError(error);
  if (mapped instanceof CliError && mapped.exitCode === ExitCode.notFound) {
    return new CliError(`${mapped.message}\n${texts(ctx.cmd)[ctx.lang].notFoundHint}`, ExitCode.notFound);
  }
  return mapped;
}
