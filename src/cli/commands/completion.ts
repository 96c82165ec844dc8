// `respond completion bash|zsh|fish`: the script that makes Tab complete respond's commands,
// flags, case ids and playbook ids; `respond __complete <words…>` is what it calls (hidden).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../exit.js';
import { builtinPlaybooksDir } from '../../io/paths.js';

const usage = {
  en: (cmd: string) =>
    `name a shell: bash, zsh or fish, e.g. \`eval "$(${cmd} completion bash)"\` in ~/.bashrc`,
  ja: (cmd: string) =>
    `シェルを指定してください: bash、zsh、fish。例: ~/.bashrc に \`eval "$(${cmd} completion bash)"\``,
};

export async function run(ctx: Context, args: string[], _options: Record<string, unknown>): Promise<void> {
  const { SHELLS, completionScript } = await import('../complete.js');
  const shell = SHELLS.find((s) => s === args[0]);
  if (shell === undefined) throw new CliError(usage[ctx.lang](ctx.cmd), ExitCode.usage);
  ctx.io.out(completionScript(shell).replace(/\n$/, ''));
}

/** Names in a folder, quietly none when it cannot be read (no cases yet, no playbooks folder). */
function names(dir: string, filter: (name: string) => boolean): string[] {
  try {
    return readdirSync(dir).filter(filter);
  } catch {
    return [];
  }
}

/** The candidates, one per line; nothing at all when a file name fits (the script then completes paths). */
export async function runComplete(ctx: Context, words: readonly string[]): Promise<void> {
  const [{ complete }, { commandSpecs }, { texts }] = await Promise.all([
    import('../complete.js'),
    import('../command-table.js'),
    import('../command-texts.js'),
  ]);
  const found = complete(commandSpecs(texts[ctx.lang], ctx.cmd), words.length === 0 ? [''] : words, {
    // Newest first: case ids begin with their date.
    cases: () =>
      names(ctx.paths.cases, (n) => !n.startsWith('.'))
        .sort()
        .reverse(),
    playbooks: () =>
      [builtinPlaybooksDir(), ctx.paths.playbooks].flatMap((dir) =>
        names(dir, (n) => /\.ya?ml$/.test(n)).map((n) => n.replace(/\.ya?ml$/, '')),
      ),
    contacts: () => {
      try {
        // The card's ids read as they are, without loading its module for a Tab.
        const card = JSON.parse(readFileSync(join(ctx.paths.data, 'contacts.json'), 'utf8')) as {
          contacts?: { id?: unknown }[];
        };
        return (card.contacts ?? []).flatMap((c) => (typeof c.id === 'string' ? [c.id] : []));
      } catch {
        return [];
      }
    },
  });
  if (found.length > 0) ctx.io.out(found.join('\n'));
}
