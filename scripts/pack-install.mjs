// The package as a person installs it: `npm pack` (without `prepare`: dist/ is built
// already), then `npm install -g` of the tarball into a clean prefix, offline. Shared by the
// install figures of `npm run bench` and the packaging test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Packs and installs into a new folder; the caller removes `work` when done. */
export function packAndInstall() {
  const work = mkdtempSync(join(tmpdir(), 'respond-pack-'));
  const env = { ...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_audit: 'false' };
  execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], {
    cwd: root,
    env,
    stdio: 'pipe',
  });
  const [name = ''] = readdirSync(work).filter((f) => f.endsWith('.tgz'));
  const tarball = join(work, name);
  const prefix = join(work, 'prefix');
  execFileSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-fund', tarball], {
    env,
    stdio: 'pipe',
  });
  return { work, tarball, prefix, installed: join(prefix, 'lib', 'node_modules') };
}
