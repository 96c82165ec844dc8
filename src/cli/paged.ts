// Long output of a command (a checklist, a log, a report): through the pager when there is
// one (io/pager.ts decides: a terminal, taller than the screen, no --no-pager), else as is.
import type { Context } from './context.js';

export async function outLong(ctx: Context, text: string): Promise<void> {
  if (ctx.io.page) await ctx.io.page(text);
  else ctx.io.out(text);
}
