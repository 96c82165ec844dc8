// `npm run bench`: figures as ratios against bare `node`, never as a timed test.
// Startup: each command is run many times, alternating with `node -e 0` so that both see
// the same machine load; the figure is median(command) / median(node -e 0).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchJournal, formatJournalFigures } from './bench-journal.mjs';
import { benchReport, formatReportFigures } from './bench-report.mjs';
import { benchPersonas, formatPersonaFigures } from './bench-personas.mjs';
import { benchScale, formatScaleFigures } from './bench-scale.mjs';
import { benchBackup, formatBackupFigures } from './bench-backup.mjs';
import { firstPrompt, formatInstallFigures, installSize } from './bench-install.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 40);
const home = mkdtempSync(join(tmpdir(), 'respond-bench-'));
const env = { ...process.env, RESPOND_HOME: home, NO_COLOR: '1', LANG: 'C' };
const bin = new URL('../bin/respond.cjs', import.meta.url).pathname;

if (!existsSync(new URL('../dist/respond.cjs', import.meta.url))) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

function timeOnce(args, expect) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // A run that printed nothing useful is a failure, however fast it was.
  return result.status === 0 && result.stdout.includes(expect) ? ms : Number.NaN;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const cases = [
  { name: 'respond --version', args: [bin, '--version'], target: 1.3, expect: '.' },
  { name: 'respond list', args: [bin, 'list'], target: 1.25, expect: 'fraud-order' },
];

const baseline = [];
const samples = new Map(cases.map((c) => [c.name, []]));
for (let i = 0; i < 3; i++) for (const c of cases) timeOnce(c.args, c.expect); // warm the file cache (and respond's)
for (let i = 0; i < runs; i++) {
  baseline.push(timeOnce(['-e', '0'], ''));
  for (const c of cases) samples.get(c.name).push(timeOnce(c.args, c.expect));
}

const base = median(baseline);
console.log(`startup, median of ${runs} runs (node ${process.version})`);
console.log(`  ${'node -e 0'.padEnd(22)} ${base.toFixed(1).padStart(7)} ms   1.00x`);
for (const c of cases) {
  const all = samples.get(c.name);
  if (all.some(Number.isNaN)) {
    console.log(`  ${c.name.padEnd(22)} failed: it did not exit 0 with its output`);
    continue;
  }
  const m = median(all);
  const ratio = m / base;
  const verdict = ratio <= c.target ? 'ok' : 'OVER TARGET';
  console.log(
    `  ${c.name.padEnd(22)} ${m.toFixed(1).padStart(7)} ms   ${ratio.toFixed(2)}x  (target < ${c.target}x: ${verdict})`,
  );
}

console.log('');
console.log(formatInstallFigures(installSize(), await firstPrompt()));

// Memory: peak resident set size of one run, read by a preloaded hook at exit, as a ratio
// to bare `node -e 0` measured the same way.
const rssHook = join(home, 'rss-hook.cjs');
writeFileSync(
  rssHook,
  "process.on('exit', () => process.stderr.write(`\\nmaxrss ${process.resourceUsage().maxRSS}\\n`));\n",
);
function peakRss(args) {
  const result = spawnSync(process.execPath, ['--require', rssHook, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const kb = Number(/maxrss (\d+)/.exec(result.stderr)?.[1]);
  return kb / 1024;
}
const rssBase = median(Array.from({ length: 5 }, () => peakRss(['-e', '0'])));
console.log('');
console.log(`peak memory (max RSS), median of 5 runs`);
console.log(`  ${'node -e 0'.padEnd(24)} ${rssBase.toFixed(1).padStart(7)} MiB   1.00x`);
for (const [name, args] of [
  ['respond --version', [bin, '--version']],
  ['respond list', [bin, 'list']],
  ['respond show fraud-order', [bin, 'show', 'fraud-order']],
]) {
  const mib = median(Array.from({ length: 5 }, () => peakRss(args)));
  console.log(`  ${name.padEnd(24)} ${mib.toFixed(1).padStart(7)} MiB   ${(mib / rssBase).toFixed(2)}x`);
}

console.log('');
console.log(formatJournalFigures(await benchJournal()));

console.log('');
console.log(formatReportFigures(await benchReport()));

console.log('');
console.log(formatPersonaFigures(await benchPersonas()));

console.log('');
console.log(formatScaleFigures(await benchScale()));

console.log('');
console.log(formatBackupFigures(await benchBackup()));
