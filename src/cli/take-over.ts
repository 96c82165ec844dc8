// `--take-over` on note, close and resume: a case left locked by respond on another
// computer (a shared home folder, a laptop that crashed with the case open) can only be
// judged by the person. Asked once, in a terminal; refused without one.
import type { Messages } from '../core/i18n.js';
import type { Context } from './context.js';
import { CliError, ExitCode } from './exit.js';
import { terminalPrompter } from './prompting.js';

const texts: Messages<{
  ask: (host: string, pid: number, since: string) => string;
  yes: string;
  no: string;
  local: (pid: number) => string;
  kept: string;
  changed: string;
}> = {
  en: {
    ask: (host, pid, since) =>
      `This case is held by respond on ${host} (process ${pid}, since ${since}). Take it over only if respond is no longer running there. Take it over?`,
    yes: 'Yes, respond is not running there',
    no: 'No, leave it',
    local: (pid) =>
      `the case is open on this computer (process ${pid}); close it there. --take-over is only for a lock from another computer.`,
    kept: 'Nothing was changed.',
    changed: 'the lock changed meanwhile; nothing was taken over. Try again.',
  },
  ja: {
    ask: (host, pid, since) =>
      `このケースは別のコンピューター ${host} の respond (プロセス ${pid}、${since} から) が開いています。そちらで respond が動いていない場合だけ引き継いでください。引き継ぎますか?`,
    yes: 'はい、そちらでは動いていません',
    no: 'いいえ、そのままにします',
    local: (pid) =>
      `このケースはこのコンピューターで開かれています (プロセス ${pid})。そちらで閉じてください。--take-over は別のコンピューターのロックにだけ使えます。`,
    kept: '何も変更していません。',
    changed: 'その間にロックが変わったため、引き継いでいません。もう一度実行してください。',
  },
};

/** With --take-over: confirms and frees the case from a holder on another host. Returns false if the person said no. */
export async function takeOverIfAsked(
  ctx: Context,
  caseId: string,
  options: Record<string, unknown>,
  command: string,
): Promise<boolean> {
  if (options.takeOver !== true) return true;
  const t = texts[ctx.lang];
  const { caseLockOwner, takeOverCase } = await import('../io/case.js');
  const { hostname } = await import('node:os');
  const owner = caseLockOwner(ctx.paths, caseId);
  if (owner === undefined) return true; // nothing to take over
  if (owner.hostname === hostname()) throw new CliError(t.local(owner.pid), ExitCode.locked);
  const prompter = await terminalPrompter(ctx, command);
  const answer = await prompter.choose({
    id: 'lock:take-over',
    message: t.ask(owner.hostname, owner.pid, owner.started),
    choices: [
      { value: 'no', label: t.no },
      { value: 'yes', label: t.yes },
    ],
    default: 'no',
  });
  prompter.settled?.();
  if (answer !== 'yes') {
    ctx.io.out(t.kept);
    return false;
  }
  if (!takeOverCase(ctx.paths, caseId, owner)) throw new CliError(t.changed, ExitCode.locked);
  return true;
}
