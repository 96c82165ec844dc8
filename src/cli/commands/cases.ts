// `respond cases [--json] [--all]`: every open case (with --all, closed ones too), its
// progress, open confirmations and the next follow-up, overdue ones marked.
import { localize, type Messages } from '../../core/i18n.js';
import { renderTable } from '../../core/table.js';
import { toCaseCliError } from '../case-errors.js';
import { caseLang } from '../case-lang.js';
import type { Context } from '../context.js';
import { tableWidth } from '../../io/terminal.js';

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
const texts = (
  cmd: string,
): Messages<{
  none: string;
  noneAll: string;
  header: string[];
  overdue: string;
  today: string;
  closed: string;
  backupNever: string;
  backupBehind: string;
  notBackedUp: (n: number) => readonly string[];
}> => ({
  en: {
    none: `No open cases. Start one with: ${cmd} start fraud-order   (closed ones: ${cmd} cases --all)`,
    noneAll: `No cases yet. Start one with: ${cmd} start fraud-order`,
    header: ['case', 'checklist', 'started', 'done', 'open', 'backed up', 'next follow-up'],
    overdue: 'OVERDUE',
    today: 'today',
    closed: 'closed',
    backupNever: 'no',
    backupBehind: 'no (changed)',
    notBackedUp: (n) => [
      `${n === 1 ? '1 case has' : `${n} cases have`} changed since the last backup, or never had one.`,
      `Keep a copy: ${cmd} export --all -o respond-backup.zip`,
    ],
  },
  ja: {
    none: `進行中のケースはありません。始めるには: ${cmd} start fraud-order   (完了済み: ${cmd} cases --all)`,
    noneAll: `ケースはまだありません。始めるには: ${cmd} start fraud-order`,
    header: ['ケース', '内容', '開始', '進捗', '未確認', 'バックアップ', '次の確認'],
    overdue: '期限切れ',
    today: '今日',
    closed: '完了',
    backupNever: 'まだ',
    backupBehind: 'まだ (変更あり)',
    notBackedUp: (n) => [
      `最後のバックアップの後に変わったか、まだバックアップのないケース: ${n} 件`,
      `保管するには: ${cmd} export --all -o respond-backup.zip`,
    ],
  },
});

export async function run(ctx: Context, _args: string[], options: Record<string, unknown>): Promise<void> {
  const [{ summarizeCases }, { backupState }, { caseDir }] = await Promise.all([
    import('../../app/case-summaries.js'),
    import('../../app/backup-status.js'),
    import('../../io/case.js'),
  ]);
  const all = options.all === true;
  const onUnreadable = (error: unknown) => {
    const mapped = toCaseCliError(error, ctx.lang, ctx.cmd);
    ctx.io.err(`respond: ${mapped instanceof Error ? mapped.message : String(mapped)}`);
  };
  // Each case's words (its title, what to check next) in the language it was started in,
  // unless --lang chose one; the table around them too when every case shares one.
  const langOf = (started: string | undefined) => caseLang(ctx, started);
  const summaries = summarizeCases(ctx.paths, ctx.now(), langOf, onUnreadable, { open: !all });
  const langs = new Set(summaries.map((s) => langOf(s.lang)));
  const [only] = langs;
  const lang = langs.size === 1 && only !== undefined ? only : ctx.lang;
  const t = texts(ctx.cmd)[lang];
  // Read for the cases shown only: one small file per case (backup-status.ts).
  const backupOf = (id: string) => {
    try {
      return backupState(caseDir(ctx.paths, id));
    } catch {
      return { state: 'never' as const };
    }
  };
  const backups = new Map(summaries.map((s) => [s.id, backupOf(s.id)]));

  if (options.json === true) {
    const data = summaries.map((c) => ({
      id: c.id,
      playbook: c.playbook,
      title: localize(c.title, langOf(c.lang)),
      name: c.name ?? null,
      started: c.started ?? null,
      lastActivity: c.lastActivity ?? null,
      progress: c.progress,
      openConfirmations: c.openConfirmations,
      nextStep: c.nextStep ?? null,
      nextFollowUp: c.nextFollowUp
        ? {
            due: c.nextFollowUp.set.due,
            check: c.nextFollowUpCheck ?? c.nextFollowUp.set.check,
            status: c.nextFollowUp.status,
          }
        : null,
      overdueFollowUps: c.overdueFollowUps,
      closed: c.closed,
      backup: { state: backups.get(c.id)?.state ?? 'never', at: backups.get(c.id)?.at ?? null },
    }));
    ctx.io.out(JSON.stringify(data, null, 2));
    return;
  }
  if (summaries.length === 0) {
    ctx.io.out(all ? t.noneAll : t.none);
    return;
  }
  const c = ctx.colors;
  const dueParts: string[] = [];
  const due = (date: string, mark: string) => {
    dueParts.push(`${date}${mark}`);
    return `${date}${mark}`;
  };
  const rows = summaries.map((s) => {
    const follow = s.nextFollowUp;
    const mark =
      follow?.status === 'overdue' ? ` ${t.overdue}` : follow?.status === 'due-today' ? ` (${t.today})` : '';
    return [
      s.id,
      localize(s.title, langOf(s.lang)) + (s.name ? ` — ${s.name}` : ''),
      (s.started ?? '').slice(0, 10),
      s.closed ? t.closed : `${s.progress.finished}/${s.progress.total}`,
      String(s.openConfirmations),
      backupCell(backups.get(s.id), t),
      follow ? `${due(follow.set.due.slice(0, 10), mark)}  ${s.nextFollowUpCheck ?? follow.set.check}` : '',
    ];
  });
  // In a terminal too narrow for every column, the start date goes first (the case id
  // begins with it); then the next check gives way down to a readable width, the title (the
  // id names the playbook too), and the check again, never past its date and OVERDUE.
  const { displayWidth } = await import('../../core/table.js');
  const maxWidth = tableWidth(ctx.env);
  let table = [t.header, ...rows];
  if (
    maxWidth !== undefined &&
    renderTable(table)
      .split('\n')
      .some((line) => displayWidth(line) > maxWidth)
  )
    table = table.map((row) => row.filter((_, i) => i !== 2));
  // Then the backed-up column: the line under the table still says which need a backup.
  if (
    maxWidth !== undefined &&
    renderTable(table)
      .split('\n')
      .some((line) => displayWidth(line) > maxWidth)
  ) {
    const backupColumn = table[0]?.indexOf(t.header[5] ?? '') ?? -1;
    if (backupColumn >= 0) table = table.map((row) => row.filter((_, i) => i !== backupColumn));
  }
  const next = (table[0]?.length ?? 0) - 1;
  const dated = Math.max(0, ...dueParts.map(displayWidth)) + 3;
  const shrink = [
    { column: next, min: Math.max(dated, 32) },
    { column: 1, min: 12 },
    { column: next, min: dated },
  ];
  const lines = renderTable(table, { maxWidth, shrink }).split('\n');
  ctx.io.out(c.bold(lines[0] ?? ''));
  for (const text of lines.slice(1)) ctx.io.out(text.includes(t.overdue) ? c.red(text) : text);
  const behind = [...backups.values()].filter((b) => b.state !== 'current').length;
  if (behind > 0) for (const line of t.notBackedUp(behind)) ctx.io.out(c.dim(line));
}

function backupCell(
  b: { state: 'never' | 'behind' | 'current'; at?: string } | undefined,
  t: { backupNever: string; backupBehind: string },
): string {
  if (b?.state === 'current') return (b.at ?? '').slice(0, 10);
  return b?.state === 'behind' ? t.backupBehind : t.backupNever;
}
