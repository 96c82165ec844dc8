// A real pseudo-terminal for end-to-end tests, driven by tmux (no native addon): a private
// tmux server per terminal (`tmux -L <unique>`), a wide pane running a bare bash with only
// the environment given, keys sent as a person types them, and the screen read back with
// `capture-pane`. Waiting is always "poll the screen until the text is there", with a
// generous timeout for a loaded machine, never a bare sleep.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export const HAS_TMUX = spawnSync('which', ['tmux'], { encoding: 'utf8' }).status === 0;

export interface TerminalOptions {
  /** The whole environment of the shell in the pane (nothing else leaks in). */
  readonly env: Readonly<Record<string, string>>;
  readonly cwd?: string;
  readonly width?: number;
  readonly height?: number;
}

const POLL_MS = 40;
// Generous: the suite runs in three time zones at once on a 2-core machine.
const WAIT_MS = 30_000;

export class Terminal {
  private closed = false;

  private constructor(readonly socket: string) {}

  static open(options: TerminalOptions): Terminal {
    const socket = `respond-e2e-${process.pid}-${randomBytes(4).toString('hex')}`;
    const terminal = new Terminal(socket);
    const vars = Object.entries({ PS1: '$ ', ...options.env }).map(([k, v]) => `${k}=${v}`);
    terminal.tmux([
      '-f',
      '/dev/null',
      'new-session',
      '-d',
      '-s',
      'main',
      '-x',
      String(options.width ?? 250),
      '-y',
      String(options.height ?? 50),
      '-c',
      options.cwd ?? process.cwd(),
      'env',
      '-i',
      ...vars,
      'bash',
      '--norc',
      '--noprofile',
    ]);
    // A big scrollback: a whole run must stay readable from its first line.
    terminal.tmux(['set-option', '-t', 'main', 'history-limit', '50000']);
    return terminal;
  }

  /** Types a command line and presses Enter. */
  run(command: string): void {
    this.type(command);
    this.press('Enter');
  }

  /** Types text literally (no key names). */
  type(text: string): void {
    this.tmux(['send-keys', '-t', 'main', '-l', '--', text]);
  }

  /** Presses named keys: Enter, C-c, Up, Down... */
  press(...keys: string[]): void {
    this.tmux(['send-keys', '-t', 'main', ...keys]);
  }

  /** Everything on the screen and in the scrollback, wrapped lines joined, trailing blanks cut. */
  screen(): string {
    return this.capture(['-S', '-']);
  }

  /** Clears the screen and the scrollback, so the next wait sees only what comes next. */
  async clear(): Promise<void> {
    this.run('clear');
    // Only once the shell has cleared the visible screen may the scrollback go too.
    const deadline = Date.now() + WAIT_MS;
    while (this.capture([]) !== '$') {
      if (Date.now() > deadline) throw new Error(`the screen did not clear:\n${this.capture([])}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    this.tmux(['clear-history', '-t', 'main']);
  }

  /** Polls the screen until `expected` is on it; returns the screen. Fails with the screen shown. */
  async waitFor(
    expected: string | RegExp | ((screen: string) => boolean),
    timeoutMs = WAIT_MS,
  ): Promise<string> {
    const test =
      typeof expected === 'function'
        ? expected
        : typeof expected === 'string'
          ? (s: string) => s.includes(expected)
          : (s: string) => expected.test(s);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (test(screen)) return screen;
      if (Date.now() > deadline)
        throw new Error(
          `timed out after ${timeoutMs} ms waiting for ${String(expected)}; the screen:\n${screen}`,
        );
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  /**
   * Types a command line whose exit status the shell prints afterwards; `exited()` waits for
   * that line and returns the status (130 for Ctrl-C, 137 for kill -9).
   */
  launch(command: string): { exited: (timeoutMs?: number) => Promise<number> } {
    const marker = `EXIT${randomBytes(3).toString('hex')}=`;
    this.run(`${command}; echo ${marker}$?`);
    const pattern = new RegExp(`^${marker}(\\d+)$`, 'm');
    return {
      exited: async (timeoutMs = WAIT_MS) =>
        Number(pattern.exec(await this.waitFor(pattern, timeoutMs))?.[1]),
    };
  }

  private capture(range: string[]): string {
    const out = this.tmux(['capture-pane', '-p', '-J', ...range, '-t', 'main']);
    return out
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();
  }

  /** Whether the pane shows its cursor (a prompt hides it; a process that died in one may not show it again). */
  cursorVisible(): boolean {
    return this.tmux(['display-message', '-p', '-t', 'main', '#{cursor_flag}']).trim() === '1';
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { encoding: 'utf8' });
  }

  private tmux(args: string[]): string {
    const env = { ...process.env };
    delete env.TMUX; // tests started from inside tmux must still reach their own server
    const result = spawnSync('tmux', ['-u', '-L', this.socket, ...args], {
      encoding: 'utf8',
      env,
      timeout: WAIT_MS,
    });
    if (result.status !== 0)
      throw new Error(
        `tmux ${args.join(' ')}: ${result.stderr || result.error?.message || `exit ${String(result.status)}`}`,
      );
    return result.stdout;
  }
}
