// `respond start <playbook|file>`: a new case, walked step by step. With --answers FILE
// the same walk runs from a file; the file is checked in full (a dry run against a
// journal in memory) before the case is created, so a bad answer leaves nothing behind.
// Without a playbook it asks "What happened?" first (app/triage.ts) and runs the playbooks
// that answers picks in one case. While a case is open, a playbook started is offered to
// that case: one incident, one case.
import { localize, type Messages } from '../../core/i18n.js';
import type { Prompter } from '../../app/prompter.js';
import type { Context } from '../context.js';
import { canPrompt, textWidth } from '../../io/terminal.js';
import { CliError, ExitCode } from '../exit.js';
import { installHint } from '../invocation.js';
import { checkAnswersKeys, readAnswersFile, terminalPrompter } from '../prompting.js';
import { toPlaybookCliError } from '../playbook-errors.js';
import { chooseRegion } from '../../app/ask-region.js';
import { isRegion, type Region } from '../../core/region.js';

interface Texts {
  usage: string;
  recorded: (id: string, file: string) => string;
  report: (id: string) => string;
  later: (id: string) => string;
  existing: (id: string, done: number, total: number) => string;
  continueIt: string;
  startNew: string;
  stdin: string;
  addTo: (id: string, playbooks: string, started: string) => string;
  addIt: string;
  nothing: string;
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
    addTo: (id, playbooks, started) =>
      `Add it to your open case ${id} (${playbooks}, started ${started})? One incident is best kept in one case.`,
    addIt: 'Yes, add it to that case',
    nothing: `Nothing was started. See every guide with: ${cmd} list · start one with: ${cmd} start <id>`,
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
    addTo: (id, playbooks, started) =>
      `進行中のケース ${id} (${playbooks}、${started} 開始) に追加しますか? 一つの出来事は一つのケースにまとめるのがおすすめです。`,
    addIt: 'はい、そのケースに追加する',
    nothing: `何も始めませんでした。チェックリストの一覧: ${cmd} list · 始めるには: ${cmd} start <id>`,
  },
});

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
    else if (other !== undefined)
      choice = await prompter.choose({
        id: 'start:add',
        message: other.canAdd
          ? t.addTo(other.id, other.playbooks, other.started)
          : t.existing(other.id, other.done, other.total),
        choices: [
          other.canAdd ? { value: 'add', label: t.addIt } : { value: 'resume', label: t.continueIt },
          { value: 'new', label: t.startNew },
        ],
        default: other.canAdd ? 'add' : 'resume',
      });
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

/** The most recent open case of this playbook, if there is one. */
async function openCaseOf(
  ctx: Context,
  playbookId: string,
): Promise<{ id: string; done: number; total: number } | undefined> {
  const { latestOpenCase } = await import('../../app/open-case.js');
  // Only open cases of this playbook are looked at: a small index answers for the rest.
  const latest = await latestOpenCase(ctx.paths, playbookId);
  return latest ? { id: latest.id, done: latest.progress.finished, total: latest.progress.total } : undefined;
}

const JOIN_WITHIN_MS = 60 * 86_400_000;

/** The open case touched last, of another playbook, and whether this one can join it. */
async function caseToJoin(
  ctx: Context,
  playbookIds: string | readonly string[],
): Promise<
  | {
      id: string;
      done: number;
      total: number;
      playbooks: string;
      started: string;
      canAdd: boolean;
      addable: string[];
    }
  | undefined
> {
  const { latestOpenCase } = await import('../../app/open-case.js');
  const latest = await latestOpenCase(ctx.paths, undefined);
  if (latest === undefined) return undefined;
  // Only now the case reader (zod checks playbook.json): a first case never waits for it.
  const [{ loadCase }, { bundleRoots }, { canAddRoot }, { conditionsHold }] = await Promise.all([
    import('../../app/cases.js'),
    import('../../app/bundle.js'),
    import('../../core/playbook/walk.js'),
    import('../../core/session/plan.js'),
  ]);
  let loaded;
  try {
    loaded = loadCase(ctx.paths, latest.id);
  } catch {
    return undefined; // `cases` names a case that cannot be read; start offers only what it can open
  }
  // A case untouched for two months is most likely another incident: not offered to join.
  const last = Date.parse(loaded.state.lastActivity ?? '');
  if (!(ctx.now().getTime() - last < JOIN_WITHIN_MS)) return undefined;
  const roots = loaded.bundle ? bundleRoots(loaded.bundle) : [loaded.playbook];
  const ts = loaded.state.started?.ts ?? '';
  const addable = (typeof playbookIds === 'string' ? [playbookIds] : playbookIds).filter((id) =>
    // Not what the case already walks: included there without a condition, or on one its answers meet.
    canAddRoot(roots, loaded.library, id, conditionsHold(loaded.state)),
  );
  return {
    id: latest.id,
    done: latest.progress.finished,
    total: latest.progress.total,
    playbooks: roots.map((p) => p.id).join(', '),
    started: `${ts.slice(0, 10)} ${ts.slice(11, 16)}`.trim(),
    canAdd: addable.length > 0,
    addable,
  };
}

/** `respond start` without a playbook: "What happened?", then one case for what it picks. */
async function startTriage(
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
  const catalog = await loadCatalog(ctx.paths, ctx.lang);
  const candidates = [...catalog.playbooks.values()].map((p) => ({
    id: p.playbook.id,
    title: p.playbook.title,
    for: p.playbook.for,
    builtIn: p.source === 'built-in',
  }));
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
    const add =
      other?.canAdd === true &&
      (await prompter.choose({
        id: 'start:add',
        message: t.addTo(other.id, other.playbooks, other.started),
        choices: [
          { value: 'add', label: t.addIt },
          { value: 'new', label: t.startNew },
        ],
        default: 'add',
      })) === 'add';
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
