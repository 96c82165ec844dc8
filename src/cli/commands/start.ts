// `respond start <playbook|file>`: a new case, walked step by step. With --answers FILE
// the same walk runs from a file; the file is checked in full (a dry run against a
// journal in memory) before the case is created, so a bad answer leaves nothing behind.
// Without a playbook it asks "What happened?" first (app/triage.ts) and runs the playbooks
// that answers picks in one case. While a case is open, a playbook started is offered to
// that case: one incident, one case.
import type { Context } from '../context.js';
import { textWidth } from '../../io/terminal.js';
import { installHint } from '../invocation.js';
import { readAnswersFile, terminalPrompter } from '../prompting.js';
import { toPlaybookCliError } from '../playbook-errors.js';
import { chooseRegion } from '../../app/ask-region.js';
import { isRegion } from '../../core/region.js';

import { texts } from './start-texts.js';
import { askToJoin, caseToJoin, openCaseOf } from './start-cases.js';
import { startTriage } from './start-triage.js';
export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const t = texts(ctx.cmd)[ctx.lang];
  const ref = args[0];
  const answersPath = typeof options.answers === 'string' ? options.answers : undefined;
  const caseName = typeof options.caseName === 'string' ? options.caseName : undefined;
  const region = isRegion(options.region) ? options.region : undefined;
  if (ref === undefined || ref === '') {
    await startTriage(ctx, answersPath, caseName, region);
    return;
  }

  const [{ resolvePlaybook }, { addToCaseRun, resumeRun, startRun }, { walkTasks }] = await Promise.all([
    import('../../io/playbooks.js'),
    import('../../app/run-case.js'),
    import('../../core/playbook/walk.js'),
    // Needed a moment later (the prompts, the open-case index): fetched now, at the same time,
    // rather than one after another, each a round trip of the module loader.
    ...(answersPath === undefined ? [import('../../io/prompter.js'), import('../../app/open-case.js')] : []),
  ]);
  let resolved;
  try {
    resolved = await resolvePlaybook(ref, ctx.paths, ctx.lang, ctx.cwd);
  } catch (error) {
    throw toPlaybookCliError(error, ctx);
  }

  if (answersPath === undefined) {
    const prompter = await terminalPrompter(ctx, `${ctx.cmd} start`, {
      ackWhenSaved: true,
      instead: `${ctx.cmd} start ${ref} --answers answers.yaml`,
    });
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
    // Another playbook's open case: the same incident, most likely. Offer to add this one to it.
    const other = existing === undefined ? await caseToJoin(ctx, resolved.root.playbook.id) : undefined;
    let choice: 'resume' | 'new' | 'add' = 'new';
    if (existing !== undefined)
      choice = await prompter.choose({
        id: 'start:existing',
        message: t.existing(existing.id, existing.done, existing.total),
        choices: [
          { value: 'resume', label: t.continueIt },
          { value: 'new', label: t.startNew },
        ],
        default: 'resume',
      });
    else if (other !== undefined) choice = await askToJoin(prompter, t, other);
    prompter.settled?.(); // the choice itself saves nothing
    const open = existing ?? other;
    const result =
      choice === 'resume' && open !== undefined
        ? await resumeRun(open.id, options)
        : choice === 'add' && other !== undefined
          ? await addToCaseRun(other.id, resolved, options)
          : await startRun(resolved, {
              ...options,
              caseName,
              region: await chooseRegion(region, ctx.env, ctx.lang, prompter),
            });
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
    region: await chooseRegion(region, ctx.env, ctx.lang, undefined),
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
