// Runs the built binary as a person would, with its own RESPOND_HOME and no terminal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../bin/respond.cjs');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function makeHome(): string {
  return mkdtempSync(join(tmpdir(), 'respond-test-'));
}

export function runCli(
  args: readonly string[],
  options: { home?: string; env?: Record<string, string>; input?: string; cwd?: string } = {},
): CliResult {
  const home = options.home ?? makeHome();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    input: options.input ?? '',
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      RESPOND_HOME: home,
      LANG: 'C',
      NO_COLOR: '1',
      ...(process.env.RESPOND_TEST_TZ === undefined ? {} : { TZ: process.env.RESPOND_TEST_TZ }),
      ...options.env,
    },
    timeout: 15_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
