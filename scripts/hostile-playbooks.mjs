// The hostile 1 MiB playbooks of hostile-playbooks.ts, for `respond validate` and the bench.
//   node scripts/hostile-playbooks.mjs DIR     writes them into DIR, one file each, and prints their paths
//   node scripts/hostile-playbooks.mjs --bench times `respond validate` (the built binary) on each,
//                                              slowest first; exits 1 if one takes a second or more
// From another script: writeHostilePlaybooks(dir) → paths; benchHostilePlaybooks() → [{ name, ms, code }].
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { loadSource } from './load-source.mjs';

/** Writes every hostile playbook into `dir`; returns their paths. */
export async function writeHostilePlaybooks(dir) {
  const scratch = mkdtempSync(join(tmpdir(), 'respond-hostile-'));
  try {
    const { hostilePlaybooks } = await loadSource(scratch, 'hostile', [
      "export * from './scripts/hostile-playbooks.ts';",
    ]);
    mkdirSync(dir, { recursive: true });
    return hostilePlaybooks().map(({ name, text }) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `respond validate FILE` on each hostile playbook, wall-clock ms (best of `runs`), slowest first. */
export async function benchHostilePlaybooks(runs = 3) {
  const bin = new URL('../bin/respond.cjs', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'respond-hostile-bench-'));
  try {
    const files = await writeHostilePlaybooks(join(dir, 'playbooks-in'));
    const env = { ...process.env, RESPOND_HOME: join(dir, 'home'), NO_COLOR: '1', LANG: 'C' };
    const figures = files.map((file) => {
      let best = Infinity;
      let code = null;
      for (let i = 0; i < runs; i++) {
        const start = process.hrtime.bigint();
        const result = spawnSync(process.execPath, [bin, 'validate', file], { env, stdio: 'ignore' });
        best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
        code = result.status;
      }
      return { name: basename(file), ms: best, code };
    });
    return figures.sort((a, b) => b.ms - a.ms);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = process.argv[2];
  if (arg === '--bench') {
    const figures = await benchHostilePlaybooks();
    console.log('respond validate on hostile 1 MiB playbooks (best of 3, whole process), slowest first');
    for (const f of figures.slice(0, 8))
      console.log(`  ${f.name.padEnd(34)} ${f.ms.toFixed(0).padStart(6)} ms  exit ${f.code}`);
    const slowest = figures[0];
    console.log(
      `slowest: ${slowest.name} ${slowest.ms.toFixed(0)} ms (target < 1000 ms: ${slowest.ms < 1000 ? 'ok' : 'OVER TARGET'})`,
    );
    if (slowest.ms >= 1000) process.exitCode = 1;
  } else if (arg === undefined) {
    console.error('usage: node scripts/hostile-playbooks.mjs DIR | --bench');
    process.exitCode = 64;
  } else {
    for (const file of await writeHostilePlaybooks(resolve(arg))) console.log(file);
  }
}
