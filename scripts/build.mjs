// Bundles the CLI into dist/: respond.cjs (the CLI), fast.cjs (a bare `respond list`) and
// one file per large library only some commands use. Runs on `npm install` (prepare).
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { clearTimeout, setTimeout } from 'node:timers';
import { join } from 'node:path';
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

// The large libraries that only some commands use, each a file of its own beside the CLI
// (dist/vendor-*.cjs), so that the walk's first question never reads them. `entry` is what
// that file exports, shaped as the CLI's imports of it expect: the one default import
// (postal-mime) is the module itself, as Node gives a CommonJS module's exports.
const VENDOR = [
  { name: 'zod', file: 'vendor-zod.cjs', entry: "export * from 'zod';" },
  { name: 'yaml', file: 'vendor-yaml.cjs', entry: "module.exports = require('yaml');" },
  { name: '@zip.js/zip.js', file: 'vendor-zip.cjs', entry: "export * from '@zip.js/zip.js';" },
  {
    name: 'postal-mime',
    file: 'vendor-postal-mime.cjs',
    entry: "module.exports = require('postal-mime').default;",
  },
];
const vendorFiles = {
  name: 'vendor-files',
  setup(b) {
    for (const v of VENDOR) {
      const filter = new RegExp(`^${v.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
      b.onResolve({ filter }, () => ({ path: `./${v.file}`, external: true }));
    }
  },
};

// A JSON file respond's source imports (the BudouX model, 21 KB) is bundled as JSON.parse of
// its text instead of an object literal: V8 reads JSON faster than it runs a literal that
// size, which took 0.7 ms of every start for a model only a Japanese line breaking needs.
const jsonParse = {
  name: 'json-parse',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.json$/ }, async (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

// Every bundle is CommonJS, one file each, because Node 20 can keep a V8 code cache only
// for scripts (bin/code-cache.cjs): compiling respond's code was half its start-up. The
// build's id, a hash of what was built, is written into each file afterwards (see below).
const BUILD_PLACEHOLDER = '@respond-build-id-placeholder@';
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: !process.env.RESPOND_DEBUG_BUILD,
  legalComments: 'none',
  logLevel: 'warning',
  // A dynamic import() of a Node built-in becomes a require(): code compiled with
  // vm.Script (the code cache) has no module loader of its own to import with.
  supported: { 'dynamic-import': false },
  define: {
    __RESPOND_VERSION__: JSON.stringify(pkg.version),
    __RESPOND_BUILD__: JSON.stringify(BUILD_PLACEHOLDER),
    // io/paths.ts finds the package root from its own folder: dist/, one level down. The URL
    // (for a library that asks) is made only where asked: making it took 0.3 ms of every start.
    'import.meta.dirname': '__dirname',
    'import.meta.url': '__respond_meta.url',
  },
  banner: {
    js: "var __respond_meta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };",
  },
  // Loaded on first use instead of at start-up: see the shim.
  alias: {
    'node:child_process': './scripts/shims/lazy-child-process.cjs',
    child_process: './scripts/shims/lazy-child-process.cjs',
    'node:crypto': './scripts/shims/lazy-crypto.cjs',
    crypto: './scripts/shims/lazy-crypto.cjs',
  },
};
const out = (name) => fileURLToPath(new URL(name, `${staging.href}/`));
await Promise.all([
  // The whole CLI; what a command loads on demand (a dynamic import) stays unrun until then.
  build({
    ...common,
    entryPoints: ['src/cli/entry.ts'],
    outfile: out('respond.cjs'),
    plugins: [vendorFiles, jsonParse],
  }),
  // A bare `respond list`, answered without the rest (src/cli/fast-path.ts).
  build({
    ...common,
    entryPoints: ['src/cli/fast-path.ts'],
    outfile: out('fast.cjs'),
    plugins: [vendorFiles, jsonParse],
  }),
  ...VENDOR.map((v) =>
    build({
      ...common,
      stdin: { contents: v.entry, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
      outfile: out(v.file),
      plugins: [noZodLocales],
    }),
  ),
]);

// The build's id: the bundles' own hash, written over the placeholder (the same length), so
// that caches made by one build (code, checked playbooks, indexes) are never trusted by another.
const bundles = ['respond.cjs', 'fast.cjs', ...VENDOR.map((v) => v.file)];
const hash = createHash('sha256');
for (const name of bundles) hash.update(await readFile(out(name)));
const buildId = hash.digest('hex').slice(0, BUILD_PLACEHOLDER.length);
for (const name of bundles) {
  const code = await readFile(out(name), 'utf8');
  // esbuild keeps the Japanese in regular expressions as it is; escaped, every bundle is
  // ASCII, which V8 holds one byte a character and Node decodes at a memcpy's speed. An
  // escaped character (`\ー`, an identity escape) becomes the same character's \u escape.
  const ascii = code.replace(
    /(\\*)([^\0-\x7f])/g,
    (_, slashes, c) =>
      `${slashes.slice(0, slashes.length - (slashes.length % 2))}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  await writeFile(out(name), `${ascii.replaceAll(BUILD_PLACEHOLDER, buildId)}//# respond-build ${buildId}\n`);
}

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

// The code cache (bin/code-cache.cjs), made now by the Node that built respond, so that even
// the first run after `npm install`, the moment of panic, starts without compiling. Best: the
// real first question, in a pseudo-terminal (util-linux `script`), left with Ctrl-C, so the
// prompts' own code is in it too; else a whole fraud-order walk from an answers file. Then a
// `list`. All in a folder thrown away afterwards. A cache is an optimisation only: when this
// fails the build stands, and the first run makes the cache instead.
const launcher = fileURLToPath(new URL('../bin/respond.cjs', import.meta.url));
const warmHome = await mkdtemp(join(tmpdir(), 'respond-warm-up-'));
const warmEnv = {
  PATH: process.env.PATH ?? '',
  RESPOND_HOME: warmHome,
  HOME: warmHome,
  LANG: 'C',
  NO_COLOR: '1',
};
try {
  if (!(await firstQuestionInTerminal())) {
    const answers = fileURLToPath(new URL('../test/e2e/fixtures/fraud-order.answers.yaml', import.meta.url));
    execFileSync(process.execPath, [launcher, 'start', 'fraud-order', '--answers', answers], {
      env: warmEnv,
      stdio: 'ignore',
      timeout: 60_000,
    });
  }
  execFileSync(process.execPath, [launcher, 'list'], { env: warmEnv, stdio: 'ignore', timeout: 60_000 });
} catch (error) {
  process.stderr.write(
    `respond: the code cache was not made now (${error.message}); the first run makes it.\n`,
  );
} finally {
  await rm(warmHome, { recursive: true, force: true });
}

/** `respond start fraud-order` in a pseudo-terminal up to its first question, then Ctrl-C. */
function firstQuestionInTerminal() {
  if (process.platform !== 'linux') return Promise.resolve(false);
  return new Promise((done) => {
    const command = `'${process.execPath}' '${launcher}' start fraud-order`;
    let child;
    try {
      child = spawn('script', ['-qfec', command, '/dev/null'], {
        // As a person's terminal is: colors on; the region known, so the first question is the walk's.
        env: { ...warmEnv, NO_COLOR: undefined, TERM: 'xterm-256color', RESPOND_REGION: 'other' },
        stdio: ['pipe', 'pipe', 'ignore'],
      });
    } catch {
      done(false);
      return;
    }
    let seen = '';
    let asked = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', () => done(false));
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      if (!asked && seen.includes('?')) {
        asked = true;
        child.stdin.write('\x03');
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      done(asked);
    });
  });
}
