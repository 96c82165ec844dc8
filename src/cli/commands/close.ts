// `respond close <case> [--force]`: closes a case, but not while something is still
// unconfirmed or a follow-up unchecked, unless the person insists.
import { describeWarning } from '../../core/journal/warning-text.js';
import { localize, type Messages } from '../../core/i18n.js';
import { followUpCheck } from '../../core/session/plan.js';
import type { Context } from '../context.js';
import { caseLang } from '../case-lang.js';
import { CliError, ExitCode } from '../exit.js';
import { takeOverIfAsked } from '../take-over.js';

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
const texts = (
  cmd: string,
): Messages<{
  usage: string;
  closed: (id: string) => string;
  blocked: (id: string) => string;
  confirm: string;
  followUp: string;
  force: (id: string) => string;
}> => ({
  en: {
    usage: `name a case (${cmd} cases lists them)`,
    closed: (id) => `Case ${id} is closed. Its record stays: ${cmd} log ${id}`,
    blocked: (id) => `case ${id} still has open items:`,
    confirm: 'not confirmed',
    followUp: 'follow-up',
    force: (id) =>
      `Record the answers with ${cmd} note ${id}, or close it anyway with: ${cmd} close ${id} --force`,
  },
  ja: {
    usage: `ケースを指定してください (${cmd} cases で一覧)`,
    closed: (id) => `ケース ${id} を完了にしました。記録は残ります: ${cmd} log ${id}`,
    blocked: (id) => `ケース ${id} にはまだ終わっていないことがあります:`,
    confirm: '未確認',
    followUp: '要確認',
    force: (id) =>
      `答えを ${cmd} note ${id} で記録するか、このまま完了にするなら: ${cmd} close ${id} --force`,
  },
});

export async function run(given: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const ref = args[0];
  if (ref === undefined || ref === '') throw new CliError(texts(given.cmd)[given.lang].usage, ExitCode.usage);
  const [{ findCase, loadCase, startedLang }, { closeCaseRecord }] = await Promise.all([
    import('../../app/cases.js'),
    import('../../app/add-to-case.js'),
  ]);
  const caseId = findCase(given.paths, ref);
  // What is still open is said in the case's language (unless --lang chose one).
  const ctx = { ...given, lang: caseLang(given, startedLang(given.paths, caseId)) };
  const t = texts(ctx.cmd)[ctx.lang];
  if (!(await takeOverIfAsked(ctx, caseId, options, `${ctx.cmd} close`))) return;
  const open = await closeCaseRecord(ctx.paths, caseId, options.force === true, ctx.now, (path, warning) =>
    ctx.io.err(`respond: ${path}:${warning.line}: ${describeWarning(warning, ctx.lang)}`),
  );
  if (open === undefined) {
    ctx.io.out(t.closed(caseId));
    return;
  }
  const { tasks } = loadCase(ctx.paths, caseId);
  const lines = [
    t.blocked(caseId),
    ...open.confirmations.map(
      (o) =>
        `  □ ${t.confirm}: ${localize(o.confirmation.ask, ctx.lang)}  (${o.task.key}.${o.confirmation.id})`,
    ),
    ...open.followUps.map(
      (f) => `  □ ${t.followUp} ${f.set.due}: ${followUpCheck(f.set, tasks, ctx.lang)}  (${f.set.id})`,
    ),
    t.force(caseId),
  ];
  throw new CliError(lines.join('\n'), ExitCode.failure);
}
