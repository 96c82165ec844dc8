// A case goes on in the language it was started in: its steps, prompts, summaries and the
// hints around them, whatever the terminal's locale says, unless --lang chose otherwise.
import { isLang, type Lang } from '../core/i18n.js';
import type { Context } from './context.js';
import { CliError, ExitCode } from './exit.js';

/** The language for a case's words: `--lang` when given, else the case's own, else the environment's. */
export function caseLang(ctx: Pick<Context, 'lang' | 'langChosen'>, started: string | undefined): Lang {
  return ctx.langChosen !== true && started !== undefined && isLang(started) ? started : ctx.lang;
}

/** The case a command was given, or the usage error that names how to list them. */
export function requireCaseRef(ctx: Pick<Context, 'lang' | 'cmd'>, ref: string | undefined): string {
  if (ref !== undefined && ref !== '') return ref;
  throw new CliError(
    ctx.lang === 'ja'
      ? `ケースを指定してください (${ctx.cmd} cases で一覧)`
      : `name a case (${ctx.cmd} cases lists them)`,
    ExitCode.usage,
  );
}
