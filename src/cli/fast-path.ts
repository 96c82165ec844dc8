// The commands a person runs often with nothing after them, answered without building the
// whole command line (commander, every command's words and options: a third of `list`'s
// start-up). Only a bare `respond list`; anything else, and any error, goes through main.
import { detectLang } from '../core/i18n.js';
import { resolvePaths } from '../io/paths.js';
import { createColors, stdio } from '../io/terminal.js';
import type { Context } from './context.js';
import { commandName } from './invocation.js';

/** True when the command was answered here; false sends it to main, which answers it in full. */
export async function fastPath(argv: readonly string[]): Promise<boolean> {
  if (argv.length !== 1 || argv[0] !== 'list') return false;
  const env = process.env;
  const lines: [stream: 'out' | 'err', text: string][] = [];
  const ctx: Context = {
    lang: detectLang(env),
    cmd: commandName(env, process.argv[1]),
    colors: await createColors({ noColor: false, env }),
    // Held until the command has finished: if it fails, main runs it again from nothing.
    io: { ...stdio, out: (text) => lines.push(['out', text]), err: (text) => lines.push(['err', text]) },
    paths: resolvePaths(env),
    env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
  try {
    const { run } = await import('./commands/list.js');
    await run(ctx, [], {});
  } catch {
    return false;
  }
  for (const [stream, text] of lines) stdio[stream](text);
  return true;
}
