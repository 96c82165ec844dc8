// `respond start <playbook|file>`: a new case, walked step by step. With --answers FILE
// the same walk runs from a file; the file is checked in full (a dry run against a
// journal in memory) before the case is created, so a bad answer leaves nothing behind.
import type { Messages } from '../../core/i18n.js';
import type { Context } from '../context.js';
import { textWidth } from '../../io/terminal.js';
import { CliError, ExitCode } from '../exit.js';
import { installHint } from '../invocation.js';
import { readAnswersFile, terminalPrompter } from '../prompting.js';
import { toPlaybookCliError } from '../playbook-errors.js';

interface Texts {
  usage: string;
  recorded: (id: string, file: string) => string;
  report: (id: string) => string;
  later: (id: string) => string;
  existing: (id: string, done: number, total: number) => string;
  continueIt: string;
  startNew: string;
  stdin: string;
}

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
const texts = (cmd: string): Messages<Texts> => ({
  en: {
    usage: `name a checklist to start, e.g. \`${cmd} start fraud-order\` (see \`${cmd} list\`)`,
    recorded: (id, file) => `Case ${id} recorded from ${file}.`,
    report: (id) =>
      `The report (card company, police, or all): ${cmd} report ${id} · every entry with its time: ${cmd} log ${id}`,
    later: (id) => `Saved. Continue with: ${cmd} resume ${id}`,
    existing: (id, done, total) =>
      `You already have an open case for this: ${id} (${done} of ${total} steps done). Continue it?`,
    continueIt: 'Continue that case',
    startNew: 'Start a new, separate case',
    stdin: 'standard input',
  },
  ja: {
    usage: `始めるチェックリストを指定してください。例: \`${cmd} start fraud-order\` (\`${cmd} list\` で一覧)`,
    recorded: (id, file) => `ケース ${id} を ${file} から記録しました。`,
    report: (id) =>
      `報告書 (カード会社用・警察用・全体): ${cmd} report ${id} · 時刻つきの記録全体: ${cmd} log ${id}`,
    later: (id) => `保存しました。続きは: ${cmd} resume ${id}`,
    existing: (id, done, total) =>
      `同じチェックリストで進行中のケースがすでにあります: ${id} (全 ${total} 手順のうち ${done} 手順済み)。そのケースを続けますか?`,
    continueIt: 'そのケースを続ける',
    startNew: '別の新しいケースを始める',
    stdin: '標準入力',
  },
});

export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const t = texts(ctx.cmd)[ctx.lang];
  const ref = args[0];
  if (ref === undefined || ref === '') throw new CliError(t.usage, ExitCode.usage);
  const answersPath = typeof options.answers === 'string' ? options.answers : undefined;
  const caseName = typeof options.caseName === 'string' ? options.caseName : undefined;

  const [{ resolvePlaybook }, { resumeRun, startRun }, { walkTasks }] = await Promise.all([
    import('../../io/playbooks.js'),
    import('../../app/run-case.js'),
    import('../../core/playbook/walk.js'),
  ]);
  let resolved;
  try {
    resolved = await resolvePlaybook(ref, ctx.paths, ctx.lang, ctx.cwd);
  } catch (error) {
    throw toPlaybookCliError(error, ctx);
  }

  if (answersPath === undefined) {
    const prompter = await terminalPrompter(ctx, `${ctx.cmd} start`, { ackWhenSaved: true });
    const options = {
      paths: ctx.paths,
      lang: ctx.lang,
      cmd: ctx.cmd,
      now: ctx.now,
      prompter,
      width: textWidth(ctx.env),
    };
    // In a hurry, it is easy to start the same thing twice: offer the open case first.
    const existing = await openCaseOf(ctx, resolved.root.playbook.id);
    const choice =
      existing === undefined
        ? 'new'
        : await prompter.choose({
            id: 'start:existing',
            message: t.existing(existing.id, existing.done, existing.total),
            choices: [
              { value: 'resume', label: t.continueIt },
              { value: 'new', label: t.startNew },
            ],
            default: 'resume',
          });
    prompter.settled?.(); // the choice itself saves nothing
    const result =
      choice === 'resume' && existing !== undefined
        ? await resumeRun(existing.id, options)
        : await startRun(resolved, { ...options, caseName });
    if (result.end === 'later') ctx.io.out(t.later(result.caseId));
    sayInstallHint(ctx);
    return;
  }

  const keys = new Set(walkTasks(resolved.root.playbook, resolved.library).map((task) => task.key));
  const file = await readAnswersFile(ctx, answersPath, keys);
  const [{ AnswersPrompter }, { runSession }] = await Promise.all([
    import('../../app/answers-prompter.js'),
    import('../../app/session.js'),
  ]);
  // Dry run: every answer is checked before anything is written.
  await runSession(
    { caseId: 'dry-run', playbook: resolved.root.playbook, library: resolved.library, events: [] },
    { prompter: new AnswersPrompter(file), append: () => Promise.resolve(), now: ctx.now, lang: ctx.lang },
  );
  const result = await startRun(resolved, {
    paths: ctx.paths,
    lang: ctx.lang,
    now: ctx.now,
    prompter: new AnswersPrompter(file),
    caseName,
  }).catch((error: unknown) => {
    // A full disk mid-run: the hint names the file to continue from.
    if (answersPath !== undefined && error instanceof Error && error.name === 'JournalError')
      (error as { answersFile?: string }).answersFile ??= answersPath;
    throw error;
  });
  ctx.io.out(t.recorded(result.caseId, answersPath === '-' ? t.stdin : answersPath));
  ctx.io.out(result.end === 'later' ? t.later(result.caseId) : t.report(result.caseId));
  sayInstallHint(ctx);
}

/** Once, at the end of a walk started through npx: how to get the `respond` command. */
function sayInstallHint(ctx: Context): void {
  const install = installHint(ctx.cmd, ctx.lang);
  if (install !== undefined) ctx.io.out(install);
}

/** The most recent open case of this playbook, if there is one. */
async function openCaseOf(
  ctx: Context,
  playbookId: string,
): Promise<{ id: string; done: number; total: number } | undefined> {
  const { latestOpenCase } = await import('../../app/case-summaries.js');
  // Only open cases of this playbook are looked at: a small index answers for the rest.
  const latest = latestOpenCase(ctx.paths, playbookId);
  return latest ? { id: latest.id, done: latest.progress.finished, total: latest.progress.total } : undefined;
}
