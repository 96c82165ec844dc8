#!/usr/bin/env node
// Tiny launcher: refuse old Node with one clear line, then load the built CLI.
const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  process.stderr.write(`respond needs Node.js 20 or newer; this is ${process.version}.\n`);
  process.exit(1);
}
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('respond is not built yet: run `npm install` (or `npm run build`) in its folder.\n');
  } else {
    process.stderr.write(`respond could not start: ${error && error.message}\n`);
  }
  process.exitCode = 1;
});
