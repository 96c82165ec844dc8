// `respond start` without a playbook: "What happened?", the triage, then one case.
import { localize } from '../../core/i18n.js';
import type { Prompter } from '../../app/prompter.js';
import type { Context } from '../context.js';
import { canPrompt, textWidth } from '../../io/terminal.js';
import { CliError, ExitCode } from '../exit.js';
import { checkAnswersKeys, readAnswersFile, terminalPrompter } from '../prompting.js';
import { toPlaybookCliError } from '../playbook-errors.js';
import { chooseRegion } from '../../app/ask-region.js';
import type { Region } from '../../core/region.js';

import { texts } from './start-texts.js';
import { askToJoin, caseToJoin } from './start-cases.js';

/** `respond start` without a playbook: "What happened?", then one case for what it picks. */
export async function startTriage(
  ctx: Context,
  answersPath: string | undefined,
  caseName: string | undefined,
  region: Region | undefined,
) {
  const t = texts(ctx.cmd)[ctx.lang];
  const [{ loadCatalog, resolvePlaybook }, { askTriage, triageCommands, triageTexts }, run] =
    await Promise.all([
      import('../../io/playbooks.js'),
      import('../../app/triage.js'),
      import('../../app/run-case.js'),
    ]);
  // The question needs each playbook's title and situations only: a built-in's come from the
  // build's index, so no body is read (all seventeen took a few milliseconds before it).
  const catalog = await loadCatalog(ctx.paths, ctx.lang, []);
  const candidates = [...catalog.playbooks].map(([id, p]) => {
    const about = p.about ?? p.playbook;
    return { id, title: about.title, for: about.for, builtIn: p.source === 'built-in' };
  });
  if (answersPath === undefined && !canPrompt())
    throw new CliError(triageCommands(ctx.lang, candidates, ctx.cmd), ExitCode.usage);
  const file = answersPath === undefined ? undefined : await readAnswersFile(ctx, answersPath, undefined);
  const { AnswersPrompter } = await import('../../app/answers-prompter.js');
  const prompter: Prompter = file
    ? new AnswersPrompter(file)
    : await terminalPrompter(ctx, `${ctx.cmd} start`, { ackWhenSaved: true });
  const triage = await askTriage(prompter, ctx.lang, candidates);
  // A playbook an earlier one already includes (fraud-order runs card-charges) is not run twice.
  const { canAddRoot, combineRoots, walkTasks } = await import('../../core/playbook/walk.js');
  const resolved = [];
  for (const id of triage.playbooks) {
    let one;
    try {
      one = await resolvePlaybook(id, ctx.paths, ctx.lang, ctx.cwd);
    } catch (error) {
      throw toPlaybookCliError(error, ctx);
    }
    const sofar = run.casePlaybooks(resolved);
    if (resolved.length === 0 || canAddRoot(sofar.roots, sofar.library, id)) resolved.push(one);
  }
  if (resolved.length === 0) {
    ctx.io.out(t.nothing);
    return;
  }
  const picked = run.casePlaybooks(resolved);
  const record = { situations: triage.situations, playbooks: picked.roots.map((p) => p.id) };
  if (resolved.length > 1)
    prompter.say(
      triageTexts[ctx.lang].plan(picked.roots.map((p) => localize(p.title, ctx.lang)).join(' → ')),
    );
  if (file === undefined || answersPath === undefined) {
    const options = { paths: ctx.paths, lang: ctx.lang, now: ctx.now, prompter, width: textWidth(ctx.env) };
    // A case is open already: most likely the same incident. Offer to add what is not in it yet.
    const other = await caseToJoin(ctx, record.playbooks);
    const add = other?.canAdd === true && (await askToJoin(prompter, t, other)) === 'add';
    prompter.settled?.();
    const result =
      add && other !== undefined
        ? await run.addToCaseRun(
            other.id,
            resolved.filter((r) => other.addable.includes(r.root.playbook.id)),
            { ...options, triage: record },
          )
        : await run.startRun(picked, {
            ...options,
            caseName,
            triage: record,
            region: await chooseRegion(region, ctx.env, ctx.lang, prompter),
          });
    if (result.end === 'later') ctx.io.out(t.later(result.caseId));
    return;
  }
  const playbook = combineRoots(picked.roots);
  const keys = new Set(walkTasks(playbook, picked.library).map((task) => task.key));
  await checkAnswersKeys(ctx, answersPath, file, keys);
  const { runSession } = await import('../../app/session.js');
  await runSession(
    { caseId: 'dry-run', playbook, library: picked.library, events: [] },
    { prompter: new AnswersPrompter(file), append: () => Promise.resolve(), now: ctx.now, lang: ctx.lang },
  );
  const result = await run.startRun(picked, {
    paths: ctx.paths,
    lang: ctx.lang,
    now: ctx.now,
    prompter: new AnswersPrompter(file),
    caseName,
    triage: record,
    region: await chooseRegion(region, ctx.env, ctx.lang, undefined),
  });
  ctx.io.out(t.recorded(result.caseId, answersPath === '-' ? t.stdin : answersPath));
  ctx.io.out(result.end === 'later' ? t.later(result.caseId) : t.report(result.caseId));
}
