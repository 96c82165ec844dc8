// A case goes on in the language it was started in: its steps, prompts, summaries and the
// hints around them, whatever the terminal's locale says, unless --lang chose otherwise.
import { isLang, type Lang } from '../core/i18n.js';
import type { Context } from './context.js';

/** The language for a case's words: `--lang` when given, else the case's own, else the environment's. */
export function caseLang(ctx: Pick<Context, 'lang' | 'langChosen'>, started: string | undefined): Lang {
  return ctx.langChosen !== true && started !== undefined && isLang(started) ? started : ctx.lang;
}
