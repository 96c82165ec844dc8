// The package as a person installs it: `npm pack`, then `npm install -g` of the tarball into
// a clean prefix. Everything respond needs is bundled in dist/, so the install fetches
// nothing, stays small, and the `respond` it leaves works: --version, list, an --answers run.
// Outside test/e2e so it runs once, not in every time zone; the pack skips `prepare`, since
// the suite's global setup built dist/ and other tests are running the binary from it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packAndInstall } from '../../scripts/pack-install.mjs';

function sizeOf(dir: string): number {
  const out = execFileSync('du', ['-sk', dir], { encoding: 'utf8' });
  return Number(out.split('\t')[0]) * 1024;
}

describe('the packed tarball, installed globally into a clean prefix', () => {
  it('installs in under 3 MiB with no dependencies, and its respond runs', () => {
    const { work, prefix, installed } = packAndInstall();
    // The npm name is respond-incident (`respond` belongs to an unrelated package); the command is respond.
    expect(readdirSync(installed)).toEqual(['respond-incident']);
    // The manual page, where `man respond` looks under the prefix.
    expect(existsSync(join(prefix, 'share', 'man', 'man1', 'respond.1'))).toBe(true);
    // Issue 12's budget (15 MB before, with the bundled dependencies installed again): on disk,
    // counted in the file system's blocks, with 17 built-ins (each about 50 KB: its YAML and its
    // validated copy in dist/builtins/bodies.jsonl). The bytes themselves (npm's "unpacked size") are less.
    expect(sizeOf(installed)).toBeLessThan(3 * 1024 * 1024);
    // The build's code cache is for the Node that built it: not shipped; the first run makes one.
    const dist = join(installed, 'respond-incident', 'dist');
    expect(existsSync(join(dist, '.code-cache'))).toBe(false);

    const home = join(work, 'home');
    const run = (args: string[], input = '') =>
      spawnSync(join(prefix, 'bin', 'respond'), args, {
        input,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: home, RESPOND_HOME: home, LANG: 'C', NO_COLOR: '1' },
      });
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const list = run(['list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('fraud-order');
    const template = run(['show', 'stop-shipment', '--format', 'answers']).stdout;
    const started = run(['start', 'stop-shipment', '--answers', '-'], template);
    expect(started.stderr).toBe('');
    expect(started.status).toBe(0);
    expect(started.stdout).toMatch(/Case \S+ recorded/);
    expect(readdirSync(join(dist, '.code-cache')).some((f) => f.startsWith('respond.cjs-'))).toBe(true);
  }, 120_000);
});
