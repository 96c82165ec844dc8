// `npm run soak`: long crash trials of the real binary in a real terminal, outside
// `npm test`. Bundles test/soak/crash-trials.ts (it shares the tests' tmux helper) in
// memory and runs it against the built dist/. SOAK_KILLS / SOAK_TERMS / SOAK_HUPS set the
// counts (default 100 / 20 / 20), SOAK_SEED the random moments.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('soak: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const bundled = await build({
  entryPoints: [join(root, 'test/soak/crash-trials.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  define: { 'import.meta.dirname': JSON.stringify(join(root, 'test/soak')) },
});
const dir = await mkdtemp(join(tmpdir(), 'respond-soak-'));
const file = join(dir, 'crash-trials.mjs');
await writeFile(file, bundled.outputFiles[0].text);
try {
  const { runCrashTrials } = await import(pathToFileURL(file).href);
  const failures = await runCrashTrials({
    kills: Number(process.env.SOAK_KILLS ?? 100),
    terms: Number(process.env.SOAK_TERMS ?? 20),
    hups: Number(process.env.SOAK_HUPS ?? 20),
    seed: Number(process.env.SOAK_SEED ?? Date.now() % 2 ** 31),
  });
  process.exitCode = failures === 0 ? 0 : 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
