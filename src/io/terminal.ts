// The terminal: colors that obey NO_COLOR and --no-color, the one writer every byte for the
// terminal goes through, and the one question every prompt asks first: is there a person
// at a terminal?
//
// Sanitize at the sink (gh's IOStreams): text from a case, a playbook, an answers file or
// an error message may hold escape sequences that retitle the window or clear the screen,
// bidi controls that reorder a line, zero-width characters. Rather than trusting every
// command to clean what it prints, writeOut/writeErr strip all of that from everything.
// Our own colors survive because our chalk instance marks the sequences it adds with a
// token made fresh for each process, which no text from outside can contain: the sink
// strips every real escape, then turns the tokens back into the colors we chose. (Cleaning
// before styling instead would have to be remembered by every command; this cannot be
// forgotten.)
import type { ChalkInstance } from 'chalk';
import { maskCardNumbers, OUTPUT_MASK } from '../core/mask.js';
import { stripControl } from '../core/sanitize.js';

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
export async function createColors({
  noColor = false,
  env = process.env,
  isTTY = process.stdout.isTTY,
}: ColorOptions = {}): Promise<ChalkInstance> {
  // As Node decides (tty.hasColors): NO_COLOR and NODE_DISABLE_COLORS say none, FORCE_COLOR=0
  // (or false) says none even in a terminal, any other FORCE_COLOR says colors even in a pipe.
  const force = env.FORCE_COLOR;
  const forcedOff = force === '0' || force === 'false';
  const forcedOn = force !== undefined && force !== '' && !forcedOff;
  const disabled =
    noColor ||
    (env.NO_COLOR !== undefined && env.NO_COLOR !== '') ||
    (env.NODE_DISABLE_COLORS !== undefined && env.NODE_DISABLE_COLORS !== '') ||
    env.TERM === 'dumb' ||
    forcedOff ||
    (!isTTY && !forcedOn);
  if (disabled) return plainColors;
  const { Chalk } = await import('chalk');
  return markOwnColors(new Chalk({ level: 1 }));
}

// Private-use characters around random letters (no digits, so a card-number scan never
// joins a token to the digits beside it): unguessable, and not stripped by stripControl.
const TOKEN = `\ue000${Array.from({ length: 16 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}\ue001`;
const ESC_CSI = '\u001b[';

/**
 * Terminal-safe text: every foreign escape and control character gone, our own colors kept,
 * and no full card number, whatever echoed it (an error naming what was typed, a list).
 */
export function toTerminal(text: string): string {
  return maskCardNumbers(stripControl(text), OUTPUT_MASK).replaceAll(TOKEN, ESC_CSI);
}

/**
 * Wraps chalk so that what it returns carries its sequences as tokens. Arguments are made
 * terminal-safe first (keeping colors from an inner call, so chalk's nesting still works).
 */
function markOwnColors(chalk: ChalkInstance): ChalkInstance {
  // The proxy's target is a bare arrow function: chalk's own styles are non-configurable
  // properties, which a proxy over chalk itself could not return wrapped.
  const wrap = (real: object): unknown =>
    new Proxy(() => undefined, {
      get: (_target, key) => {
        const value: unknown = Reflect.get(real, key);
        return typeof value === 'function' && typeof key === 'string' ? wrap(value) : value;
      },
      apply: (_target, self, args: unknown[]) => {
        const result: unknown = Reflect.apply(
          real as (...a: unknown[]) => unknown,
          self,
          args.map((a) => toTerminal(String(a))),
        );
        if (typeof result === 'string') return result.replaceAll(ESC_CSI, TOKEN);
        return typeof result === 'function' ? wrap(result) : result;
      },
    });
  return wrap(chalk) as ChalkInstance;
}

/** A chalk look-alike that adds nothing: every style, chained or not, returns the text. */
export const plainColors: ChalkInstance = (() => {
  const chain: unknown = new Proxy(() => undefined, {
    // Not a thenable (a promise resolving to it must not call it), and no symbol methods.
    get: (_target, key) =>
      key === 'level' ? 0 : key === 'then' || typeof key === 'symbol' ? undefined : chain,
    apply: (_target, _this, args: unknown[]) => args.map(String).join(' '),
  });
  return chain as ChalkInstance;
})();

/** Both ends must be a terminal before anything may prompt (gh's CanPrompt). */
export function canPrompt(
  stdin: { isTTY?: boolean } = process.stdin,
  stdout: { isTTY?: boolean } = process.stdout,
): boolean {
  return stdin.isTTY === true && stdout.isTTY === true;
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Long output (a checklist, a log, a report): through the pager in a terminal (io/pager.ts). */
  page?(text: string): Promise<void>;
}

/** The one place bytes for standard output are written: command output, prompts' lines. */
export function writeOut(text: string): void {
  process.stdout.write(toTerminal(text));
}

/** The one place bytes for standard error are written: errors, warnings, help on a mistake. */
export function writeErr(text: string): void {
  process.stderr.write(toTerminal(text));
}

/** Writes a line through the sink. */
export const stdio: Output = {
  out: (text) => {
    writeOut(`${text}\n`);
  },
  err: (text) => {
    writeErr(`${text}\n`);
  },
};

/**
 * Gives the terminal back as it was: out of raw mode (echo and line editing on), the cursor
 * shown. A prompt does this itself when it ends; a process stopped by a signal in the
 * middle of one must do it here. Each step may fail on a terminal that hung up.
 */
export function restoreTerminal(): void {
  try {
    if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
  } catch {
    // The terminal is gone (SIGHUP): nothing left to restore.
  }
  try {
    // Our own sequence, so it bypasses the sink on purpose: show the cursor, start a fresh line.
    if (process.stdout.isTTY) process.stdout.write('\u001b[?25h\n');
  } catch {
    // As above.
  }
}

/** The terminal's width (at most 100 columns, easier to read); 80 when writing to a file or pipe. */
/**
 * How wide a table may be: the terminal's columns, or COLUMNS when set; none when the output
 * goes to a pipe or a file, which gets every cell whole.
 */
export function tableWidth(
  env: Readonly<Record<string, string | undefined>> = process.env,
): number | undefined {
  const columns = process.stdout.isTTY ? process.stdout.columns : Number(env.COLUMNS);
  return Number.isInteger(columns) && columns >= 20 ? columns : undefined;
}

export function textWidth(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const columns = process.stdout.isTTY ? process.stdout.columns : Number(env.COLUMNS);
  return Number.isInteger(columns) && columns >= 40 ? Math.min(columns, 100) : 80;
}
