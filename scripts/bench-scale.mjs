// Scale figures for `npm run bench`: what a hostile playbook, years of cases and a very long
// list of records cost. Run alone (`node scripts/bench-scale.mjs`) or import benchScale().
//   - validate of the slowest hostile 1 MiB playbook (scripts/hostile-playbooks.ts; target: under 1 s)
//   - `respond cases` with 10,000 cases (target: under 1 s)
//   - the first prompt of `start` in a real terminal with 10,000 cases, as a ratio to the
//     same with none (target: under 1.2)
//   - the journal after 1,000 records typed into one question (target: linear, under 1 MB)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout } from 'node:timers';
import { basename, join } from 'node:path';
import { writeHostilePlaybooks } from './hostile-playbooks.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'respond.cjs');
const MIB = 1024 * 1024;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const envFor = (home) => ({
  PATH: process.env.PATH ?? '',
  HOME: home,
  RESPOND_HOME: home,
  LANG: 'C',
  NO_COLOR: '1',
  TZ: 'UTC',
});

function timed(args, home, input) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: envFor(home),
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * MIB,
    timeout: 120_000,
  });
  return {
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** The hostile playbooks of scripts/hostile-playbooks.ts, each validated three times. */
async function benchHostile(home) {
  const files = (await writeHostilePlaybooks(join(home, 'in'))).map((file) => ({
    name: basename(file),
    file,
  }));
  return files.map(({ name, file }) => {
    const runs = [0, 1, 2].map(() => timed(['validate', file], home));
    const clean =
      runs.every((r) => r.code === 65 || r.code === 0) && runs.every((r) => !/\n\s+at /.test(r.stderr));
    return {
      name,
      ms: median(runs.map((r) => r.ms)),
      lines: runs[0].stderr.split('\n').length + runs[0].stdout.split('\n').length,
      clean,
    };
  });
}

/** `n` cases in `home` (scripts/make-cases.mjs: years of them, most closed). */
function makeCases(home, n) {
  const made = spawnSync(process.execPath, [join(root, 'scripts', 'make-cases.mjs'), String(n), home], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (made.status !== 0) throw new Error(`bench: make-cases failed: ${made.stderr}`);
}

function benchCases(home) {
  const first = timed(['cases'], home);
  const warm = [0, 1, 2, 3, 4].map(() => timed(['cases'], home));
  const all = [0, 1, 2].map(() => timed(['cases', '--all'], home));
  const ok = [first, ...warm, ...all].every((r) => r.code === 0);
  return { first: first.ms, warm: median(warm.map((r) => r.ms)), all: median(all.map((r) => r.ms)), ok };
}

/** Milliseconds until the first question is on the screen of a real pseudo-terminal (`script`). */
function timeToFirstPrompt(home, args) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const command = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...envFor(home), TERM: 'xterm' },
      stdio: ['pipe', 'pipe', 'ignore'],
      detached: true,
    });
    let out = '';
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
      out += chunk;
      // eslint-disable-next-line no-control-regex -- the terminal's own escape sequences
      if (/\? /.test(out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')))
        finish(Number(process.hrtime.bigint() - start) / 1e6);
    });
    child.on('exit', () => finish(Number.NaN));
    setTimeout(() => finish(Number.NaN), 30_000);
  });
}

async function benchStart(emptyHome, fullHome, runs) {
  mkdirSync(join(emptyHome, 'cases'), { recursive: true, mode: 0o700 });
  const before = new Map(
    [emptyHome, fullHome].map((home) => [home, new Set(readdirSync(join(home, 'cases')))]),
  );
  const tidy = (home) => {
    // Each run begins a case; remove it so every run meets the same cases folder.
    for (const id of readdirSync(join(home, 'cases')).filter((name) => !before.get(home).has(name)))
      rmSync(join(home, 'cases', id), { recursive: true, force: true });
  };
  const none = [];
  const many = [];
  for (let i = 0; i < 2; i++) {
    await timeToFirstPrompt(emptyHome, ['start', 'emergency-contact']);
    tidy(emptyHome);
    await timeToFirstPrompt(fullHome, ['start', 'emergency-contact']);
    tidy(fullHome);
  }
  for (let i = 0; i < runs; i++) {
    none.push(await timeToFirstPrompt(emptyHome, ['start', 'emergency-contact']));
    tidy(emptyHome);
    many.push(await timeToFirstPrompt(fullHome, ['start', 'emergency-contact']));
    tidy(fullHome);
  }
  return { none: median(none), many: median(many), ok: ![...none, ...many].some(Number.isNaN) };
}

const RECORDS_PLAYBOOK = `id: many-records
title: Many records
steps:
  - id: orders
    title: The orders
    questions:
      - id: list
        type: records
        prompt: The orders
        fields:
          - { id: number, type: text, prompt: Order number }
          - { id: amount, type: money, prompt: Amount, currency: JPY }
          - { id: date, type: date, prompt: Order date }
`;

function benchRecords(home, count) {
  writeFileSync(join(home, 'records.yaml'), RECORDS_PLAYBOOK);
  const list = Array.from(
    { length: count },
    (_, i) => `        - { number: "ORD-${100000 + i}", amount: "${1000 + i} JPY", date: "2026-11-20" }`,
  ).join('\n');
  writeFileSync(
    join(home, 'records.answers.yaml'),
    `steps:\n  orders:\n    answers:\n      list:\n${list}\n    outcome: done\n`,
  );
  const run = timed(
    ['start', join(home, 'records.yaml'), '--answers', join(home, 'records.answers.yaml')],
    home,
  );
  const dir = readdirSync(join(home, 'cases')).find((id) => id.includes('many-records'));
  const bytes = dir === undefined ? Number.NaN : statSync(join(home, 'cases', dir, 'journal.jsonl')).size;
  return {
    count,
    ms: run.ms,
    bytes,
    ok: run.code === 0,
    error: run.code === 0 ? '' : run.stderr.trim().split('\n')[0],
  };
}

export async function benchScale({ cases = 10_000, startRuns = 9 } = {}) {
  const base = mkdtempSync(join(tmpdir(), 'respond-bench-scale-'));
  const home = (name) => {
    const dir = join(base, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  try {
    const hostile = await benchHostile(home('hostile'));
    const full = home('full');
    makeCases(full, cases);
    const listing = benchCases(full);
    const start = await benchStart(home('empty'), full, startRuns);
    const records = benchRecords(home('records'), 1_000);
    return { hostile, cases, listing, start, records };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

export function formatScaleFigures(f) {
  const verdict = (ok) => (ok ? 'ok' : 'OVER TARGET');
  const slowest = f.hostile.reduce((a, b) => (b.ms > a.ms ? b : a));
  const lines = [
    `${f.hostile.length} hostile playbooks of up to 1 MiB: \`respond validate\`, median of 3, the slowest six`,
  ];
  for (const h of [...f.hostile].sort((a, b) => b.ms - a.ms).slice(0, 6))
    lines.push(
      `  ${h.name.padEnd(44)} ${(h.ms / 1000).toFixed(2).padStart(6)} s  ${String(h.lines).padStart(6)} lines${h.clean ? '' : '  (exit not 0/65, or a stack trace)'}`,
    );
  lines.push(`  slowest: ${(slowest.ms / 1000).toFixed(2)} s (target < 1 s: ${verdict(slowest.ms < 1000)})`);
  lines.push('');
  lines.push(
    `${f.cases.toLocaleString('en')} cases (scripts/make-cases.mjs), \`respond cases\`${f.listing.ok ? '' : '  (a run did not exit 0)'}`,
  );
  lines.push(
    `  first run ${f.listing.first.toFixed(0)} ms, then median ${f.listing.warm.toFixed(0)} ms (target < 1000 ms: ${verdict(f.listing.warm < 1000)}); --all ${f.listing.all.toFixed(0)} ms`,
  );
  const ratio = f.start.many / f.start.none;
  lines.push(
    `first prompt of \`respond start\` in a real terminal: ${f.start.none.toFixed(0)} ms with no cases, ${f.start.many.toFixed(0)} ms with ${f.cases.toLocaleString('en')}: ${ratio.toFixed(2)}x (target < 1.2x: ${verdict(f.start.ok && ratio < 1.2)})`,
  );
  lines.push('');
  const kb = f.records.bytes / 1024;
  lines.push(
    f.records.ok
      ? `journal after ${f.records.count.toLocaleString('en')} records in one question: ${kb.toFixed(0)} KiB, written in ${f.records.ms.toFixed(0)} ms (target < 1 MB: ${verdict(f.records.bytes < 1_000_000)})`
      : `journal after ${f.records.count.toLocaleString('en')} records: the run failed: ${f.records.error}`,
  );
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(formatScaleFigures(await benchScale()));
