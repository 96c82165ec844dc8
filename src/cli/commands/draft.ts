// `respond draft <case> --to merchant|card-company|carrier`: a message to send, built from
// the case: what happened, what I know, what I need, my questions, the references so far.
import type { Messages } from '../../core/i18n.js';
import type { Context } from '../context.js';
import { caseLang } from '../case-lang.js';
import { CliError, ExitCode } from '../exit.js';

const PARTIES = ['merchant', 'card-company', 'carrier'] as const;

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
const texts = (cmd: string): Messages<{ usage: string; badTo: (v: string) => string }> => ({
  en: {
    usage: `name a case (${cmd} cases lists them), e.g. \`${cmd} draft 2026-11-22-fraud --to merchant\``,
    badTo: (v) => `--to must be merchant, card-company or carrier${v === 'undefined' ? '' : ` (not "${v}")`}`,
  },
  ja: {
    usage: `ケースを指定してください (${cmd} cases で一覧)。例: \`${cmd} draft 2026-11-22-fraud --to merchant\``,
    badTo: (v) =>
      `--to は merchant、card-company、carrier のどれかです${v === 'undefined' ? '' : ` (「${v}」は使えません)`}`,
  },
});

export async function run(given: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const ref = args[0];
  if (ref === undefined || ref === '') throw new CliError(texts(given.cmd)[given.lang].usage, ExitCode.usage);
  // In the case's language unless --lang says otherwise: a case run in Japanese gets a
  // Japanese paper even on a computer set to English.
  const { findCase, startedLang } = await import('../../app/cases.js');
  const ctx = { ...given, lang: caseLang(given, startedLang(given.paths, findCase(given.paths, ref))) };
  const t = texts(ctx.cmd)[ctx.lang];
  const to = PARTIES.find((p) => p === options.to);
  if (to === undefined) throw new CliError(t.badTo(String(options.to)), ExitCode.usage);
  const [{ loadReportInput }, { buildDraft }, { stripControl }] = await Promise.all([
    import('../../app/report.js'),
    import('../../core/report/draft.js'),
    import('../../core/sanitize.js'),
  ]);
  const { input, loaded } = await loadReportInput(ctx.paths, ref, ctx.lang, ctx.now);
  for (const warning of loaded.warnings)
    ctx.io.err(`respond: ${loaded.journalPath}:${warning.line}: ${warning.message}`);
  ctx.io.out(stripControl(buildDraft(to, input)).replace(/\n$/, ''));
}
