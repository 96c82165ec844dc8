#!/usr/bin/env node
// Tiny launcher: refuse old Node with one clear line, answer --version without loading
// anything, then load the built CLI.
import { readFileSync } from 'node:fs';

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  process.stderr.write(`respond needs Node.js 20 or newer; this is ${process.version}.\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // The person in a hurry asks this first; the answer is the package's own version.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  import('../dist/cli.js').catch((error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
      process.stderr.write(
        'respond is not built yet: run `npm install` (or `npm run build`) in its folder.\n',
      );
    } else {
      process.stderr.write(`respond could not start: ${error && error.message}\n`);
    }
    process.exitCode = 1;
  });
}
