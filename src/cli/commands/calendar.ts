// `respond calendar [case] -o followups.ics`: every open follow-up as an all-day event with
// an alarm, for a calendar program to remind the person. Importing the file again updates
// the same events (stable UIDs). Without -o the file is printed.
import { resolve } from 'node:path';
import type { Messages } from '../../core/i18n.js';
import { caseLang } from '../case-lang.js';
import type { Context } from '../context.js';
import { writeOutput } from '../output-file.js';

const texts = (cmd: string): Messages<{ written: (file: string, n: number) => string; none: string }> => ({
  en: {
    written: (file, n) =>
      `Wrote ${n} follow-up${n === 1 ? '' : 's'} to ${file}: import it in your calendar (again after changes: the same events are updated).`,
    none: `No open follow-ups: the calendar is empty. (${cmd} cases shows your cases.)`,
  },
  ja: {
    written: (file, n) =>
      `${file} に ${n} 件の確認予定を書き出しました。カレンダーに取り込んでください (変更後に取り込み直すと、同じ予定が更新されます)。`,
    none: `確認予定はありません。カレンダーは空です。(${cmd} cases でケースの一覧)`,
  },
});

export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const [{ listFollowUps }, { renderCalendar }, { findCase }] = await Promise.all([
    import('../../app/follow-up-list.js'),
    import('../../core/calendar.js'),
    import('../../app/cases.js'),
  ]);
  const only = args[0] === undefined ? undefined : findCase(ctx.paths, args[0]);
  const now = ctx.now();
  const items = listFollowUps(ctx.paths, now, (started) => caseLang(ctx, started), { only }).map((f) => ({
    ...f,
    command: `${ctx.cmd} resume ${f.caseId}`,
  }));
  const ics = renderCalendar(items, now);
  const t = texts(ctx.cmd)[ctx.lang];
  if (typeof options.output !== 'string') {
    ctx.io.out(ics.replace(/\r\n$/, ''));
    return;
  }
  const file = await writeOutput(ctx.lang, resolve(ctx.cwd, options.output), ics, options.force === true);
  ctx.io.err(items.length === 0 ? t.none : t.written(file, items.length));
}
