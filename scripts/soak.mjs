// `npm run soak`: long crash trials of the real binary in a real terminal, outside
// `npm test`. Bundles test/soak/crash-trials.ts (it shares the tests' tmux helper) and runs
// it against the built dist/. SOAK_KILLS / SOAK_TERMS / SOAK_HUPS set the counts (default
// 100 / 20 / 20), SOAK_SEED the random moments.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from './load-source.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist', 'respond.cjs'))) {
  console.error('soak: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'respond-soak-'));
try {
  // The test helpers find the repository from their own folder, two levels down.
  const { runCrashTrials } = await loadSource(
    dir,
    'crash-trials',
    ["export { runCrashTrials } from './test/soak/crash-trials.ts';"],
    {
      'import.meta.dirname': JSON.stringify(join(root, 'test/soak')),
    },
  );
  const failures = await runCrashTrials({
    kills: Number(process.env.SOAK_KILLS ?? 100),
    terms: Number(process.env.SOAK_TERMS ?? 20),
    hups: Number(process.env.SOAK_HUPS ?? 20),
    seed: Number(process.env.SOAK_SEED ?? Date.now() % 2 ** 31),
  });
  process.exitCode = failures === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
