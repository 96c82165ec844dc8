// `respond attach <case> FILE... [--note TEXT]`: keeps screenshots, photos, PDFs and mails
// with a case (app/attach.ts). Each file is said in one line: kept (with its SHA-256), kept
// already, or not kept and why. Exit 0 when every file is kept; otherwise the code of the
// first refusal: 66 no such file, 65 not a plain file, too large or not a kind respond
// keeps, 74 unreadable. The files that could be kept are kept either way.
import { describeWarning } from '../../core/journal/warning-text.js';
import { formatSize } from '../../core/evidence/media-type.js';
import type { Context } from '../context.js';
import { caseLang } from '../case-lang.js';
import { CliError, ExitCode } from '../exit.js';
import { takeOverIfAsked } from '../take-over.js';
import { attachTexts, describeOutcome } from '../../app/attach-messages.js';

const REFUSAL_CODE = {
  missing: ExitCode.notFound,
  'not-a-file': ExitCode.invalid,
  'too-large': ExitCode.invalid,
  unsupported: ExitCode.invalid,
  unreadable: ExitCode.io,
} as const;

export async function run(given: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const [ref, ...files] = args;
  if (ref === undefined || ref === '')
    throw new CliError(attachTexts(given.cmd)[given.lang].usage, ExitCode.usage);
  if (files.length === 0) throw new CliError(attachTexts(given.cmd)[given.lang].noFiles, ExitCode.usage);
  const [{ findCase, startedLang }, { attachFiles }, path] = await Promise.all([
    import('../../app/cases.js'),
    import('../../app/attach.js'),
    import('node:path'),
  ]);
  const caseId = findCase(given.paths, ref);
  const ctx = { ...given, lang: caseLang(given, startedLang(given.paths, caseId)) };
  const t = attachTexts(ctx.cmd)[ctx.lang];
  if (!(await takeOverIfAsked(ctx, caseId, options, `${ctx.cmd} attach`))) return;
  const note = typeof options.note === 'string' ? options.note : undefined;
  const outcomes = await attachFiles(
    ctx.paths,
    caseId,
    files.map((f) => path.resolve(ctx.cwd, f)),
    { note },
    ctx.now,
    (path, warning) => ctx.io.err(`respond: ${path}:${warning.line}: ${describeWarning(warning, ctx.lang)}`),
  );
  let failed: ExitCode | undefined;
  outcomes.forEach((outcome, i) => {
    const shown = files[i] ?? outcome.source;
    if (outcome.kind === 'refused') {
      failed ??= REFUSAL_CODE[outcome.reason];
      ctx.io.err(
        `respond: ${t.refused(shown, outcome.reason, outcome.size === undefined ? undefined : formatSize(outcome.size, ctx.lang))}`,
      );
    } else ctx.io.out(describeOutcome(t, outcome, ctx.lang));
  });
  if (outcomes.some((o) => o.kind === 'attached')) ctx.io.out(t.check(caseId));
  if (failed !== undefined) throw new CliError('', failed);
}
