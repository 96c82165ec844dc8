// Long output through a pager when it goes to a terminal, as git does: $PAGER (default
// `less`, with LESS=FRX unless set: quit when it fits one screen, keep colours, leave the text
// on the screen). Output that fits the screen, a pipe, `--no-pager` or PAGER=cat are written
// as they are; a pager that cannot be started is not a failure: the text is written instead.
import { spawn } from 'node:child_process';
import { toTerminal, writeOut } from './terminal.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The pager's command and arguments, or none when paging is off. */
export function pagerCommand(env: Env): string[] | undefined {
  const chosen = (env.RESPOND_PAGER ?? env.PAGER ?? 'less').trim();
  if (chosen === '' || chosen === 'cat') return undefined;
  return chosen.split(/\s+/);
}

export async function writePaged(text: string, env: Env, enabled: boolean): Promise<void> {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  const rows = process.stdout.rows;
  const command = enabled && process.stdout.isTTY === true ? pagerCommand(env) : undefined;
  const lines = body.split('\n').length - 1;
  if (command === undefined || rows === undefined || lines < rows) {
    writeOut(body);
    return;
  }
  const [file = 'less', ...args] = command;
  const started = await new Promise<boolean>((resolve) => {
    const child = spawn(file, args, {
      stdio: ['pipe', 'inherit', 'inherit'],
      env: { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' },
    });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      // The reader may quit before the end: the rest is not wanted, not an error.
      child.stdin.on('error', () => undefined);
      child.stdin.end(toTerminal(body));
    });
    child.once('close', () => resolve(true));
  });
  if (!started) writeOut(body);
}
