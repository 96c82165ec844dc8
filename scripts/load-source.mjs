// The benches measure the real TypeScript modules. This bundles the exports they name into
// one plain .mjs in `dir` and imports it, so no TypeScript loader is needed.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;

/**
 * `exports`: lines such as "export * from './src/io/journal.ts';", relative to the repository.
 * `define`: esbuild's, e.g. to give modules that read import.meta.dirname their own folder.
 */
export async function loadSource(dir, name, exports, define = {}) {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    stdin: { contents: exports.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    define,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}
