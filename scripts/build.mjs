// Bundles the CLI into dist/: one small entry chunk, and one chunk per command that
// is loaded only when that command runs. Runs on `npm install` (prepare).
import { Buffer } from 'node:buffer';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

// `npm install -g .` in a fresh clone runs this before any dependency is installed: say
// what to do in one line, not a stack trace.
const { build } = await import('esbuild').catch(() => {
  process.stderr.write(
    'respond: building needs its development tools: run `npm install` in this folder first, then `npm install -g .` again.\n',
  );
  process.exit(1);
});

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

// Built beside dist/ and swapped in at the end, so a respond (or a test) running while
// another build happens never finds dist/ half-written.
const dist = new URL('../dist', import.meta.url);
const staging = new URL(`../dist.tmp-${process.pid}`, import.meta.url);
const retired = new URL(`../dist.old-${process.pid}`, import.meta.url);
await rm(staging, { recursive: true, force: true });

// zod re-exports every one of its 40-odd translations as `z.locales` (264 KB of the 454 KB it
// adds), which respond never uses: its messages are its own (playbook/messages.ts), and zod's
// English, the default, is imported by zod apart from that namespace. The namespace is left
// empty.
const noZodLocales = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

await build({
  entryPoints: { cli: 'src/cli/entry.ts' },
  outdir: fileURLToPath(staging),
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
  // Loaded on first use instead of at start-up: see the shim.
  alias: {
    'node:child_process': './scripts/shims/lazy-child-process.cjs',
    child_process: './scripts/shims/lazy-child-process.cjs',
  },
  // commander and others call require(); an ESM bundle needs one to exist.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  plugins: [noZodLocales],
  logLevel: 'warning',
});

// The JSON Schema editors use (dist/playbook.schema.json), generated from the zod schema:
// bundle the generator in memory and run it, so no stale copy is ever committed.
const generator = await build({
  stdin: {
    contents: "export { renderPlaybookJsonSchema } from './src/core/playbook/json-schema.ts';",
    resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const code = generator.outputFiles[0].text;
const { renderPlaybookJsonSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
await writeFile(new URL('playbook.schema.json', `${staging.href}/`), renderPlaybookJsonSchema());

/** Bundles one export of the TypeScript source into a temporary module of dist/, and runs `use` with it. */
async function withSource(name, source, use) {
  const file = fileURLToPath(new URL(`.${name}.mjs`, `${staging.href}/`));
  await build({
    stdin: { contents: source, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'ts' },
    bundle: true,
    outfile: file,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  try {
    await use(await import(pathToFileURL(file).href));
  } finally {
    await rm(file, { force: true });
  }
}

// The built-in playbooks, validated now (an invalid one, or an include of a missing one, fails
// the build) and indexed in dist/builtins/, so that no run after installing waits for the
// validator, and a run reads only the playbooks it uses (src/io/builtin-index.ts).
await withSource(
  'index-builder',
  "export { writeBuiltinIndex } from './src/io/builtin-index-build.ts';",
  ({ writeBuiltinIndex }) =>
    writeBuiltinIndex(
      fileURLToPath(new URL('../checklists', import.meta.url)),
      fileURLToPath(new URL('builtins', `${staging.href}/`)),
    ),
);

// The manual page (dist/respond.1, package.json's "man"), from the command table the help is
// made of. The date is the build's month, so a rebuild the same month changes nothing.
await withSource('man-builder', "export { buildManPage } from './src/cli/man-page.ts';", ({ buildManPage }) =>
  writeFile(
    new URL('respond.1', `${staging.href}/`),
    buildManPage(pkg.version, new Date().toISOString().slice(0, 7)),
  ),
);

await rename(dist, retired).catch((error) => {
  if (error.code !== 'ENOENT') throw error;
});
await rename(staging, dist);
await rm(retired, { recursive: true, force: true });
