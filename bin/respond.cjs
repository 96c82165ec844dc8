#!/usr/bin/env node
// The launcher: refuse old Node with one clear line, answer --version without loading
// anything, then run the built CLI (dist/), loaded through a V8 code cache (code-cache.cjs).
'use strict';

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  process.stderr.write(`respond needs Node.js 20 or newer; this is ${process.version}.\n`);
  process.exit(1);
}

// `respond show fraud-order | head` closes the pipe early: that is the reader's choice,
// not an error, so leave quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // The person in a hurry asks this first; the answer is the package's own version.
  const { readFileSync } = require('node:fs');
  const { join } = require('node:path');
  process.stdout.write(
    `${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`,
  );
} else {
  launch().catch((error) => {
    process.stderr.write(
      error && error.code === 'ENOENT' && String(error.path).includes('dist')
        ? 'respond is not built yet: run `npm install` (or `npm run build`) in its folder.\n'
        : `respond could not start: ${error && error.message}\n`,
    );
    process.exitCode = 1;
  });
}

async function launch() {
  const { load } = require('./code-cache.cjs');
  // A bare `respond list` is answered by a small bundle of its own (src/cli/fast-path.ts);
  // anything else, or anything it cannot answer, by the whole CLI.
  if (args.length === 1 && args[0] === 'list' && (await load('fast.cjs').fastPath(args))) return;
  await load('respond.cjs').run(args);
}
