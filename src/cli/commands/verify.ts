// `respond verify <case> [--json]`: checks the journal's hash chain and every attached
// file; one line per problem, then the line that says what holds. Exit 0 only when
// everything holds, 65 when something does not (an unchained old journal holds: see docs/verify.md).
import type { Context } from '../context.js';
import { caseLang, requireCaseRef } from '../case-lang.js';
import { CliError, ExitCode } from '../exit.js';
import { verifyTexts } from './verify-texts.js';

export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const ref = requireCaseRef(ctx, args[0]);
  const [{ verifyCase }, { shortTime }] = await Promise.all([
    import('../../app/verify.js'),
    import('../../core/report/timeline.js'),
  ]);
  const result = verifyCase(ctx.paths, ref);
  const t = verifyTexts[caseLang(ctx, result.lang)];
  if (options.json === true) {
    const { caseId, ok, events, chainedFrom, files, unrecorded, last } = result;
    ctx.io.out(
      JSON.stringify(
        {
          case: caseId,
          ok,
          events,
          chainedFrom: chainedFrom ?? null,
          files,
          problems: result.problems.map((p) => ({ ...p, message: t.problem(p) })),
          unrecorded,
          torn: result.torn,
          last: last ?? null,
        },
        null,
        2,
      ),
    );
  } else {
    for (const p of result.problems) ctx.io.out(t.problem(p));
    for (const f of result.unrecorded) ctx.io.out(t.unrecorded(f));
    if (result.torn) ctx.io.out(t.torn);
    if (result.last === undefined) ctx.io.out(t.empty);
    else {
      ctx.io.out(result.ok ? t.intact(result) : t.broken(result));
      ctx.io.out(
        ctx.colors.dim(
          t.last(
            result.events,
            result.last.ts === undefined ? '?' : shortTime(result.last.ts),
            result.last.hash,
          ),
        ),
      );
    }
  }
  if (!result.ok) throw new CliError('', ExitCode.invalid);
}
