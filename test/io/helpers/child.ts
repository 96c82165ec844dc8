// Builds test/io/fixtures/journal-child.ts into one .mjs that plain `node` can run, so the
// crash and lock tests exercise the real modules in a real, separate process.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function buildChild(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'respond-child-')), 'journal-child.mjs');
  await build({
    entryPoints: [new URL('../fixtures/journal-child.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
