// The launcher's V8 code cache (bin/code-cache.cjs), seen from outside: which files a run
// leaves, where, with which modes, and that a damaged, foreign or unwritable cache never
// stops respond. Each test runs a private copy of the built package.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePaths } from '../../src/io/paths.js';
import { respondBinary } from '../e2e/binary.js';

const ROOT = resolve(import.meta.dirname, '../..');
const NAME = new RegExp(
  `^respond\\.cjs-[0-9a-f]+-${process.version.replaceAll('.', '\\.')}-${process.arch}\\.bin$`,
);

/** A copy of the built package with no code cache yet; returns its folder. */
function freshCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'respond-code-cache-'));
  const built = resolve(respondBinary(), '../..'); // a checked, working build
  for (const part of ['bin', 'dist', 'checklists', 'package.json'])
    cpSync(join(built, part), join(dir, part), {
      recursive: true,
      filter: (source) => !source.includes('.code-cache'),
    });
  return dir;
}

function run(pkg: string, args: string[], env: Record<string, string> = {}) {
  const home = join(pkg, 'home');
  return spawnSync(process.execPath, [join(pkg, 'bin', 'respond.cjs'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, RESPOND_HOME: home, LANG: 'C', NO_COLOR: '1', ...env },
    timeout: 30_000,
  });
}

const cacheIn = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith('respond.cjs-')) : [];

describe('the code cache', () => {
  it('is made by the build, beside the bundles, for this Node, private', () => {
    const dir = join(ROOT, 'dist', '.code-cache');
    expect(cacheIn(dir)).toEqual([expect.stringMatching(NAME)]);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const file of readdirSync(dir)) expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
  });

  it('is made by the first run when missing, and then used as it is', () => {
    const pkg = freshCopy();
    const dir = join(pkg, 'dist', '.code-cache');
    expect(run(pkg, ['show', 'fraud-order']).status).toBe(0);
    const [file] = cacheIn(dir);
    expect(file).toMatch(NAME);
    const made = readFileSync(join(dir, file ?? ''));
    expect(made.length).toBeGreaterThan(10_000);
    // Accepted by V8: the next run leaves it as it is.
    expect(run(pkg, ['show', 'fraud-order']).status).toBe(0);
    expect(readFileSync(join(dir, file ?? '')).equals(made)).toBe(true);
  });

  it('a damaged cache is refused by V8, respond runs as usual, and the cache is made again', () => {
    const pkg = freshCopy();
    const dir = join(pkg, 'dist', '.code-cache');
    expect(run(pkg, ['list']).status).toBe(0);
    expect(run(pkg, ['show', 'fraud-order']).status).toBe(0);
    const [file = ''] = cacheIn(dir);
    const good = readFileSync(join(dir, file));
    writeFileSync(join(dir, file), Buffer.alloc(good.length, 7));
    const shown = run(pkg, ['show', 'fraud-order']);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('fraud');
    expect(shown.stderr).toBe('');
    expect(readFileSync(join(dir, file)).equals(Buffer.alloc(good.length, 7))).toBe(false);
  });

  it('another build’s cache of the same bundle is removed when this one is written', () => {
    const pkg = freshCopy();
    const dir = join(pkg, 'dist', '.code-cache');
    expect(run(pkg, ['--help']).status).toBe(0);
    const [file = ''] = cacheIn(dir);
    const stale = file.replace(/-[0-9a-f]+-v/, '-0123456789abcdef0123456789abcd-v');
    cpSync(join(dir, file), join(dir, stale));
    // This build's own file is gone: the next run writes it, and clears the other build's.
    writeFileSync(join(dir, file), 'x');
    expect(run(pkg, ['--help']).status).toBe(0);
    expect(cacheIn(dir)).toEqual([file]);
  });

  it('with the package folder read-only, goes to the person’s cache folder', () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: make dist/.code-cache a file, which no cache can be written into
      const pkg = freshCopy();
      writeFileSync(join(pkg, 'dist', '.code-cache'), '');
      expect(run(pkg, ['--help']).status).toBe(0);
      expect(cacheIn(join(pkg, 'home', 'cache', 'code'))).toEqual([expect.stringMatching(NAME)]);
      return;
    }
    const pkg = freshCopy();
    chmodSync(join(pkg, 'dist'), 0o555);
    try {
      expect(run(pkg, ['--help']).status).toBe(0);
      expect(cacheIn(join(pkg, 'home', 'cache', 'code'))).toEqual([expect.stringMatching(NAME)]);
    } finally {
      chmodSync(join(pkg, 'dist'), 0o755);
    }
  });

  it('RESPOND_NO_CODE_CACHE=1 reads and writes none', () => {
    const pkg = freshCopy();
    expect(run(pkg, ['show', 'fraud-order'], { RESPOND_NO_CODE_CACHE: '1' }).status).toBe(0);
    expect(cacheIn(join(pkg, 'dist', '.code-cache'))).toEqual([]);
    expect(cacheIn(join(pkg, 'home', 'cache', 'code'))).toEqual([]);
  });

  it('looks in the same cache folder as every other cache of respond', () => {
    const { cacheDirs } = createRequire(import.meta.url)('../../bin/code-cache.cjs') as {
      cacheDirs: (env: Record<string, string | undefined>) => string[];
    };
    for (const env of [
      { RESPOND_HOME: '/tmp/h' },
      { HOME: '/home/a' },
      { HOME: '/home/a', XDG_CACHE_HOME: '/var/cache/a' },
      { HOME: '/home/a', XDG_CACHE_HOME: 'relative/ignored' },
    ])
      expect(cacheDirs(env)[1]).toBe(join(resolvePaths(env).cache, 'code'));
  });
});
