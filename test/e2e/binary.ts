// The built binary, copied once per test file into a folder of its own. dist/ is rebuilt
// (deleted, then written) by every test run's global setup; a copy keeps an end-to-end test
// from ever running a half-written build when two runs share one working tree.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
let snapshot: string | undefined;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Path of bin/respond.cjs in a private, working copy of the package. */
export function respondBinary(): string {
  if (snapshot !== undefined) return snapshot;
  let problem = '';
  for (let attempt = 0; attempt < 40; attempt++) {
    if (existsSync(join(ROOT, 'dist', 'respond.cjs'))) {
      const dir = mkdtempSync(join(tmpdir(), 'respond-bin-'));
      try {
        for (const part of ['bin', 'dist', 'checklists', 'package.json'])
          cpSync(join(ROOT, part), join(dir, part), { recursive: true });
        const bin = join(dir, 'bin', 'respond.cjs');
        // Every command module must load: `list` and `show` reach most of the chunks.
        const check = spawnSync(process.execPath, [bin, 'show', 'fraud-order'], {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', RESPOND_HOME: dir, LANG: 'C' },
          timeout: 15_000,
        });
        if (check.status === 0) {
          snapshot = bin;
          return bin;
        }
        problem = check.stderr;
      } catch (error) {
        problem = String(error); // a file vanished while copying: a rebuild is under way
      }
    }
    sleep(250);
  }
  throw new Error(`no working build in ${join(ROOT, 'dist')}: ${problem}`);
}

/**
 * A `respond` command in `<home>/bin`, as an installed one would be, so a terminal test types
 * `respond …` the way a person does. Returns the PATH that finds it first.
 */
export function respondOnPath(home: string): string {
  const bin = join(home, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'respond'), `#!/bin/sh\nexec '${process.execPath}' '${respondBinary()}' "$@"\n`);
  chmodSync(join(bin, 'respond'), 0o755);
  return `${bin}:${process.env.PATH ?? ''}`;
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment every end-to-end run gets: its own home, plain text, no colors, and the
 * time zone of the test project (UTC, or RESPOND_TEST_TZ: the suite runs in Tokyo and Los
 * Angeles too, see vitest.config.ts).
 */
export function respondEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    RESPOND_HOME: home,
    LANG: 'C',
    NO_COLOR: '1',
    TZ: process.env.RESPOND_TEST_TZ ?? 'UTC',
    ...extra,
  };
}

export function runRespond(args: readonly string[], home: string): RunResult {
  const result = spawnSync(process.execPath, [respondBinary(), ...args], {
    cwd: home,
    input: '',
    encoding: 'utf8',
    env: respondEnv(home),
    timeout: 15_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
