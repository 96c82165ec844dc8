// Install and first-prompt figures for `npm run bench`:
// - the installed size of the packed tarball, `npm install -g` into a clean prefix (offline);
// - the time to the first question of `respond start fraud-order` in a real pseudo-terminal
//   (`script`), a fresh data folder each run, as a ratio to bare `node` printing a line in
//   the same pseudo-terminal, runs alternated so both see the same load.
import { execFileSync, spawn } from 'node:child_process';
import { setTimeout } from 'node:timers';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packAndInstall } from './pack-install.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'respond.cjs');

export function installSize() {
  const { work, tarball, installed } = packAndInstall();
  try {
    const kib = (dir) => Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]);
    return {
      tarballKiB: kib(tarball),
      installedKiB: kib(installed),
      packages: readdirSync(installed).length,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Milliseconds until `marker` shows on the pseudo-terminal of `command`, which is then stopped. */
function timeToScreen(command, marker, env) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env,
      stdio: ['pipe', 'pipe', 'ignore'],
      detached: true,
    });
    let seen = '';
    let done = false;
    const finish = (ms) => {
      if (done) return;
      done = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve(ms);
    };
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString('utf8');
      if (seen.includes(marker)) finish(Number(process.hrtime.bigint() - start) / 1e6);
    });
    child.on('exit', () => setTimeout(() => finish(Number.NaN), 50));
    setTimeout(() => finish(Number.NaN), 10_000);
  });
}

const median = (xs) => {
  const s = [...xs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function firstPrompt(runs = 15) {
  const node = [];
  const respond = [];
  const cold = [];
  const triage = [];
  for (let i = 0; i < runs + 2; i++) {
    const home = mkdtempSync(join(tmpdir(), 'respond-bench-pty-'));
    const env = {
      ...process.env,
      RESPOND_HOME: home,
      HOME: home,
      RESPOND_REGION: 'jp',
      LANG: 'C.UTF-8',
      TERM: 'xterm',
    };
    const n = await timeToScreen(`'${process.execPath}' -e "console.log('ready?')"`, 'ready?', env);
    const r = await timeToScreen(`'${process.execPath}' '${bin}' start fraud-order`, '?', env);
    rmSync(home, { recursive: true, force: true, maxRetries: 3 });
    // The same without the code cache (bin/code-cache.cjs): a first run after a Node upgrade.
    mkdirSync(home, { recursive: true });
    const c = await timeToScreen(`'${process.execPath}' '${bin}' start fraud-order`, '?', {
      ...env,
      RESPOND_NO_CODE_CACHE: '1',
    });
    rmSync(home, { recursive: true, force: true, maxRetries: 3 });
    // `respond` alone, the moment of panic: its first question is "What happened?".
    mkdirSync(home, { recursive: true });
    const w = await timeToScreen(`'${process.execPath}' '${bin}'`, '?', env);
    rmSync(home, { recursive: true, force: true, maxRetries: 3 });
    // The first two warm the file cache.
    if (i >= 2) {
      node.push(n);
      respond.push(r);
      cold.push(c);
      triage.push(w);
    }
  }
  return { runs, node: median(node), respond: median(respond), cold: median(cold), triage: median(triage) };
}

export function formatInstallFigures(size, prompt) {
  return [
    'install and first prompt',
    `  npm pack: ${size.tarballKiB} KiB; npm install -g of it: ${(size.installedKiB / 1024).toFixed(1)} MiB in ${size.packages} package (target < 3 MB)`,
    `  node printing a line in a pty   ${prompt.node.toFixed(1).padStart(7)} ms   1.00x`,
    `  first question of start (pty)   ${prompt.respond.toFixed(1).padStart(7)} ms   ${(prompt.respond / prompt.node).toFixed(2)}x  (target < 1.5x; median of ${prompt.runs}, fresh data folder each)`,
    `  the same with no code cache       ${prompt.cold.toFixed(1).padStart(7)} ms   ${(prompt.cold / prompt.node).toFixed(2)}x  (RESPOND_NO_CODE_CACHE=1: a first run after a Node upgrade)`,
    `  \`respond\` alone, the triage     ${prompt.triage.toFixed(1).padStart(7)} ms   ${(prompt.triage / prompt.node).toFixed(2)}x  ("What happened?": the first question of a person in a hurry)`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(formatInstallFigures(installSize(), await firstPrompt()));
