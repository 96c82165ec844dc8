// `respond due [--quiet] [--json]`: what falls due today or is overdue, in every open case,
// with the command to go on. Exit 0 when nothing is due, 1 when something is, so it fits a
// shell's login file or cron: `respond due --quiet || echo "respond: something is due"`.
import type { Messages } from '../../core/i18n.js';
import { formatLocalDate } from '../../core/journal/timestamp.js';
import { caseLang } from '../case-lang.js';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../exit.js';

const texts = (
  cmd: string,
): Messages<{
  none: string;
  heading: string;
  overdue: (days: number) => string;
  today: string;
  goOn: (id: string) => string;
  found: (id: string, followUp: string) => string;
}> => ({
  en: {
    none: 'Nothing is due today.',
    heading: 'Due today or overdue:',
    overdue: (days) => `overdue by ${days} day${days === 1 ? '' : 's'}`,
    today: 'today',
    goOn: (id) => `go on: ${cmd} resume ${id}`,
    found: (id, followUp) => `checked: ${cmd} note ${id} --resolve ${followUp} "what you found"`,
  },
  ja: {
    none: '今日が期限のものはありません。',
    heading: '今日が期限、または期限を過ぎているもの:',
    overdue: (days) => `${days} 日過ぎています`,
    today: '今日',
    goOn: (id) => `続きは: ${cmd} resume ${id}`,
    found: (id, followUp) => `確かめたら: ${cmd} note ${id} --resolve ${followUp} "わかったこと"`,
  },
});

export async function run(ctx: Context, _args: string[], options: Record<string, unknown>): Promise<void> {
  const { listFollowUps } = await import('../../app/follow-up-list.js');
  const now = ctx.now();
  const today = formatLocalDate(now);
  const due = listFollowUps(ctx.paths, now, (started) => caseLang(ctx, started), { upTo: today });
  const t = texts(ctx.cmd)[ctx.lang];
  if (options.json === true) ctx.io.out(JSON.stringify(due, null, 2));
  else if (due.length === 0) {
    if (options.quiet !== true) ctx.io.out(t.none);
  } else {
    const lines = [t.heading];
    let last = '';
    for (const f of due) {
      if (f.caseId !== last) lines.push('', `${f.caseId}  ${f.caseTitle}`, `  ${t.goOn(f.caseId)}`);
      last = f.caseId;
      const when = f.status === 'overdue' ? t.overdue(daysBetween(f.due, today)) : t.today;
      lines.push(`  ${f.status === 'overdue' ? '!' : '•'} ${f.due} (${when})  ${f.check}`);
      lines.push(`      ${t.found(f.caseId, f.id)}`);
    }
    ctx.io.out(lines.join('\n'));
  }
  // Something due: exit 1, said already, so nothing more is printed.
  if (due.length > 0) throw new CliError('', ExitCode.failure);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
