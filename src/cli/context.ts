// What every command receives: no command reads process.env or the clock by itself.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/i18n.js';
import type { Paths } from '../io/paths.js';
import type { Output } from '../io/terminal.js';
import type { CommandName } from './invocation.js';

export interface Context {
  readonly lang: Lang;
  /** True when the person chose the language with --lang (not from the environment). */
  readonly langChosen?: boolean;
  /** How the person types respond (`respond` or `npx respond`), for every hint that names a command. */
  readonly cmd: CommandName;
  readonly colors: ChalkInstance;
  readonly io: Output;
  readonly paths: Paths;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: () => Date;
}
