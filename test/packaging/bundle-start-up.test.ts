// What the build does to the bundles for the first question's sake (scripts/build.mjs): Node
// built-ins loaded on first use through a stand-in (scripts/shims/), and bundles in ASCII.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { respondBinary } from '../e2e/binary.js';

const SHIMS = resolve(import.meta.dirname, '../../scripts/shims');

/** Runs `code` in a fresh node (a file: `node -e` loads node:crypto itself) with `shim` required as `m`. */
function withShim(shim: string, code: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'respond-shim-')), 'run.cjs');
  writeFileSync(
    file,
    `const m = require(${JSON.stringify(join(SHIMS, shim))});
const loaded = (name) => process.moduleLoadList.includes('NativeModule ' + name);
${code}`,
  );
  const run = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe('the stand-ins for Node built-ins', () => {
  it('load node:crypto only when a function of it is called, then act as it does', () => {
    const out = withShim(
      'lazy-crypto.cjs',
      // esbuild's interop copies the getters (Object.keys, then a getter each): that loads nothing.
      `const copy = {};
for (const key of Object.keys(m)) Object.defineProperty(copy, key, { get: () => m[key], enumerable: true });
console.log(loaded('crypto'), Object.keys(copy).join());
console.log(copy.createHash('sha256').update('respond').digest('hex'), loaded('crypto'));`,
    );
    expect(out).toBe(
      `false createHash,randomBytes,randomInt\n${createHash('sha256').update('respond').digest('hex')} true\n`,
    );
  });

  it('load node:child_process only when a function of it is called', () => {
    const out = withShim(
      'lazy-child-process.cjs',
      `console.log(loaded('child_process'), typeof m.spawnSync, loaded('child_process'));`,
    );
    expect(out).toBe('false function true\n');
  });
});

describe('the built bundles', () => {
  it('are ASCII, and their Japanese patterns, escaped, still read Japanese', () => {
    const bin = respondBinary();
    const dist = resolve(bin, '../../dist');
    const bundles = readdirSync(dist).filter((name) => name.endsWith('.cjs'));
    expect(bundles).toContain('respond.cjs');
    for (const name of bundles)
      expect(readFileSync(join(dist, name), 'latin1'), name).toMatch(/^[\0-\x7f]*$/);
    // Full-width digits, 円 and 日前 each go through one of those patterns (parse-answer.ts).
    const home = mkdtempSync(join(tmpdir(), 'respond-ascii-'));
    const env = { PATH: process.env.PATH ?? '', RESPOND_HOME: home, LANG: 'C', TZ: 'UTC' };
    const answers = resolve(import.meta.dirname, '../e2e/fixtures/fraud-order.answers.yaml');
    const respond = (args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
    expect(respond(['start', 'fraud-order', '--answers', answers]).status).toBe(0);
    const [caseId = ''] = readdirSync(join(home, 'cases'));
    const note = respond([
      'note',
      caseId,
      'loss',
      '--amount',
      '１０,０００円',
      '--what',
      'ギフト券',
      '--when',
      '3日前',
    ]);
    expect(note.stderr).toBe('');
    expect(note.stdout).toContain('10,000 JPY');
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    expect(readFileSync(join(home, 'cases', caseId, 'journal.jsonl'), 'utf8')).toContain(
      `"field":"when","fact":"losses","kind":"date","value":"${threeDaysAgo}"`,
    );
  });
});
