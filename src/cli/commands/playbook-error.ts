// A playbook that cannot be used, told to the person: the shared mapping in
// src/cli/playbook-errors.ts (exit 66 not found, 65 invalid with each problem as
// `file:line:col  message`), plus, for a name that matches nothing, where to look.
import type { Messages } from '../../core/i18n.js';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../exit.js';
import { toCliError } from '../playbook-errors.js';

const texts: Messages<{ notFoundHint: string }> = {
  en: { notFoundHint: '`respond list` shows the playbooks you have; a file path works too.' },
  ja: { notFoundHint: '`respond list` で使えるプレイブックを確認できます。ファイルのパスも指定できます。' },
};

/** Turns a PlaybookError into a CliError; anything else passes through unchanged. */
export function toPlaybookCliError(error: unknown, ctx: Pick<Context, 'lang'>): unknown {
  const mapped = toCliError(error);
  if (mapped instanceof CliError && mapped.exitCode === ExitCode.notFound) {
    return new CliError(`${mapped.message}\n${texts[ctx.lang].notFoundHint}`, ExitCode.notFound);
  }
  return mapped;
}
