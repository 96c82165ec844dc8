// `respond resume [case]`: continue at the first unfinished step. Without a case, offer
// the open ones, most recent first.
import { describeWarning } from '../../core/journal/warning-text.js';
import type { JournalWarning } from '../../core/journal/lines.js';
import type { Messages } from '../../core/i18n.js';
import { localize } from '../../core/i18n.js';
import { caseLang } from '../case-lang.js';
import type { Context } from '../context.js';
import { textWidth } from '../../io/terminal.js';
import { CliError, ExitCode } from '../exit.js';
import { installHint } from '../invocation.js';
import { readAnswersFile, terminalPrompter } from '../prompting.js';
import { takeOverIfAsked } from '../take-over.js';

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
const texts = (
  cmd: string,
): Messages<{
  none: string;
  pick: string;
  which: (ids: string) => string;
  later: (id: string) => string;
}> => ({
  en: {
    none: `There is no open case. Start one with: ${cmd} start fraud-order (or see ${cmd} list)`,
    pick: 'Which case do you want to continue?',
    which: (ids) => `name the case to resume: ${ids}`,
    later: (id) => `Saved. Continue with: ${cmd} resume ${id}`,
  },
  ja: {
    none: `進行中のケースはありません。始めるには: ${cmd} start fraud-order (一覧は ${cmd} list)`,
    pick: 'どのケースを続けますか?',
    which: (ids) => `再開するケースを指定してください: ${ids}`,
    later: (id) => `保存しました。続きは: ${cmd} resume ${id}`,
  },
});

export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const t = texts(ctx.cmd)[ctx.lang];
  const [{ CaseIsClosed, findCase, loadCase }, { summarizeCases }, { resumeRun }] = await Promise.all([
    import('../../app/cases.js'),
    import('../../app/case-summaries.js'),
    import('../../app/run-case.js'),
  ]);
  const answersPath = typeof options.answers === 'string' ? options.answers : undefined;

  let caseId: string;
  if (args[0] !== undefined && args[0] !== '') {
    caseId = findCase(ctx.paths, args[0]);
  } else {
    // A case that cannot be read is left out here; `respond cases` names it.
    const open = summarizeCases(ctx.paths, ctx.now(), (started) => caseLang(ctx, started), undefined, {
      open: true,
    });
    if (open.length === 0) {
      ctx.io.out(t.none);
      return;
    }
    if (open.length === 1 && open[0]) caseId = open[0].id;
    else {
      if (answersPath !== undefined)
        throw new CliError(t.which(open.map((c) => c.id).join(', ')), ExitCode.usage);
      const prompter = await terminalPrompter(ctx, `${ctx.cmd} resume`, {
        instead: `${ctx.cmd} resume <case> --answers answers.yaml`,
      });
      caseId = await prompter.choose({
        id: 'resume:case',
        message: t.pick,
        choices: open.map((c) => ({
          value: c.id,
          label: `${c.id}  ${localize(c.title, caseLang(ctx, c.lang))}  ${c.progress.finished}/${c.progress.total}`,
        })),
        default: open[0]?.id,
      });
      prompter.settled?.(); // choosing a case saves nothing
    }
  }

  // What is wrong with the case is said before anything about the terminal.
  const loaded = loadCase(ctx.paths, caseId);
  if (!(await takeOverIfAsked(ctx, caseId, options, `${ctx.cmd} resume`))) return;
  if (loaded.state.closed) throw new CaseIsClosed(caseId);
  // A case goes on in the language it was started in, unless --lang says otherwise.
  const lang = caseLang(ctx, loaded.state.started?.lang);
  const inCase = { ...ctx, lang };
  let prompter;
  if (answersPath !== undefined) {
    const file = await readAnswersFile(inCase, answersPath, new Set(loaded.tasks.map((task) => task.key)));
    const { AnswersPrompter } = await import('../../app/answers-prompter.js');
    prompter = new AnswersPrompter(file);
  } else {
    prompter = await terminalPrompter(inCase, `${ctx.cmd} resume`, {
      ackWhenSaved: true,
      instead: `${ctx.cmd} resume ${caseId} --answers answers.yaml`,
    });
  }
  const onCut = (path: string, warning: JournalWarning) =>
    ctx.io.err(`respond: ${path}:${warning.line}: ${describeWarning(warning, lang)}`);
  const result = await resumeRun(caseId, {
    paths: ctx.paths,
    lang,
    cmd: ctx.cmd,
    now: ctx.now,
    prompter,
    width: textWidth(ctx.env),
    onCut,
  }).catch((error: unknown) => {
    // A full disk mid-run: the hint names the file to continue from.
    if (answersPath !== undefined && error instanceof Error && error.name === 'JournalError')
      (error as { answersFile?: string }).answersFile ??= answersPath;
    throw error;
  });
  if (result.end === 'later') ctx.io.out(texts(ctx.cmd)[lang].later(result.caseId));
  const install = installHint(ctx.cmd, lang);
  if (install !== undefined) ctx.io.out(install);
}
