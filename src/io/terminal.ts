// The terminal: colors that obey NO_COLOR and --no-color, text made safe to print, and
// the one question every prompt asks first: is there a person at a terminal?
import { Chalk, type ChalkInstance } from 'chalk';

type Env = Readonly<Record<string, string | undefined>>;

export interface ColorOptions {
  readonly noColor?: boolean;
  readonly env?: Env;
  readonly isTTY?: boolean;
}

/** chalk ignores NO_COLOR by itself (chalk#547), so decide the level here, once. */
export function createColors({ noColor = false, env = process.env, isTTY = process.stdout.isTTY }: ColorOptions = {}): ChalkInstance {
  const disabled =
    noColor ||
    (env.NO_COLOR !== undefined && env.NO_COLOR !== '') ||
    env.TERM === 'dumb' ||
    (!isTTY && !(env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== ''));
  return new Chalk({ level: disabled ? 0 : 1 });
}

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
