// How the person started respond, so that every hint names a command that works for them.
// After `npm install && npx respond start …` in the project folder there is no `respond`
// on the PATH: "Continue with: respond resume <id>" would answer "command not found" to
// someone already frightened. This is the one place that decides; the result travels in
// the Context (`ctx.cmd`) to every message that prints a command.
import type { Lang } from '../core/i18n.js';
import { texts } from './command-texts.js';

/** The words to type for a respond command: `respond` or `npx respond`. */
export type CommandName = 'respond' | 'npx respond';

/**
 * The rule:
 * - npm, pnpm and yarn set `npm_execpath`, `npm_config_user_agent` or `npm_lifecycle_event`
 *   for everything they start (npx, `npm exec`, `npm run`). Started that way, the `respond`
 *   command may exist only inside that run (npm puts node_modules/.bin on the PATH for it),
 *   so the hint says `npx respond`, which works in the project folder afterwards too.
 * - A launcher path inside `node_modules/.bin/` of a project (not a global prefix, whose
 *   bin directory is on the PATH) is the same case reached another way, e.g. by typing
 *   `./node_modules/.bin/respond`.
 * - Anything else (a global install, `npm link`, or `node bin/respond.cjs` in the project's
 *   own folder, which is how its tests and its developers run it) prints `respond`. The
 *   project's bin/ on its own says nothing: it is the same file a global link points at.
 */
export function commandName(
  env: Readonly<Record<string, string | undefined>>,
  launcher: string | undefined,
): CommandName {
  const set = (name: string) => (env[name] ?? '') !== '';
  if (set('npm_execpath') || set('npm_config_user_agent') || set('npm_lifecycle_event')) return 'npx respond';
  const path = (launcher ?? '').replaceAll('\\', '/');
  if (/\/node_modules\/\.bin\/[^/]+$/.test(path) && !isGlobalPrefix(path)) return 'npx respond';
  return 'respond';
}

// Global installs live under <prefix>/lib/node_modules (Unix) or %AppData%/npm/node_modules.
function isGlobalPrefix(path: string): boolean {
  return /\/lib\/node_modules\/\.bin\//.test(path) || /\/npm\/node_modules\/\.bin\//i.test(path);
}

/** How to get the `respond` command, said once after a walk started through npx; else nothing. */
export function installHint(cmd: CommandName, lang: Lang): string | undefined {
  return cmd === 'npx respond' ? texts[lang].install : undefined;
}
