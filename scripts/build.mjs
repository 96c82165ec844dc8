// Bundles the CLI into dist/: one small entry chunk, and one chunk per command that
// is loaded only when that command runs. Runs on `npm install` (prepare).
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/entry.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: !process.env.RESPOND_DEBUG_BUILD,
  legalComments: 'none',
  // Chunks sit beside cli.js: io/paths.ts finds the package root as the parent of its own
  // file's folder, whichever chunk it lands in.
  chunkNames: '[name]-[hash]',
  define: { __RESPOND_VERSION__: JSON.stringify(pkg.version) },
  // commander and others call require(); an ESM bundle needs one to exist.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});

// The JSON Schema editors use (dist/playbook.schema.json), generated from the zod schema:
// bundle the generator in memory and run it, so no stale copy is ever committed.
const generator = await build({
  stdin: { contents: "export { renderPlaybookJsonSchema } from './src/core/playbook/json-schema.ts';", resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const code = generator.outputFiles[0].text;
const { renderPlaybookJsonSchema } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
await writeFile(new URL('../dist/playbook.schema.json', import.meta.url), renderPlaybookJsonSchema());
