// The terminal: colors that obey NO_COLOR and --no-color, text made safe to print, and
// the one question every prompt asks first: is there a person at a terminal?
import type { ChalkInstance } from 'chalk';

type Env = Readonly<Record<string, string | undefined>>;

export interface ColorOptions {
  readonly noColor?: boolean;
  readonly env?: Env;
  readonly isTTY?: boolean;
}

/**
 * chalk ignores NO_COLOR by itself (chalk#547), so the level is decided here, once. Without
 * colors (a pipe, a file, NO_COLOR) chalk is not even loaded: its terminal detection costs
 * every start a few milliseconds, and a plain stand-in returns the text as it is.
 */
export async function createColors({ noColor = false, env = process.env, isTTY = process.stdout.isTTY }: ColorOptions = {}): Promise<ChalkInstance> {
  const disabled =
    noColor ||
    (env.NO_COLOR !== undefined && env.NO_COLOR !== '') ||
    env.TERM === 'dumb' ||
    (!isTTY && !(env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== ''));
  if (disabled) return plainColors;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}

/** A chalk look-alike that adds nothing: every style, chained or not, returns the text. */
export const plainColors: ChalkInstance = (() => {
  const chain: unknown = new Proxy(() => undefined, {
    // Not a thenable (a promise resolving to it must not call it), and no symbol methods.
    get: (_target, key) => (key === 'level' ? 0 : key === 'then' || typeof key === 'symbol' ? undefined : chain),
    apply: (_target, _this, args: unknown[]) => args.map(String).join(' '),
  });
  return chain as ChalkInstance;
})();

/** Both ends must be a terminal before anything may prompt (gh's CanPrompt). */
export function canPrompt(stdin: { isTTY?: boolean } = process.stdin, stdout: { isTTY?: boolean } = process.stdout): boolean {
  return stdin.isTTY === true && stdout.isTTY === true;
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Writes a line. Untrusted text (playbooks, answers) is cleaned where it enters
 * (stripControl in core), so the colors added after that survive.
 */
export const stdio: Output = {
  out: (text) => {
    process.stdout.write(text + '\n');
  },
  err: (text) => {
    process.stderr.write(text + '\n');
  },
};

/** The terminal's width (at most 100 columns, easier to read); 80 when writing to a file or pipe. */
export function textWidth(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const columns = process.stdout.isTTY ? process.stdout.columns : Number(env.COLUMNS);
  return Number.isInteger(columns) && columns >= 40 ? Math.min(columns, 100) : 80;
}
