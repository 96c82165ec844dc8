// commander requires node:child_process at load time for a feature respond never uses
// (executable subcommands). Loading it (and dgram, net, streams behind it) costs every
// start a few milliseconds, so the bundle gets this stand-in (lazy-module.cjs).
'use strict';

module.exports = require('./lazy-module.cjs')('child_process', [
  'ChildProcess',
  'exec',
  'execFile',
  'execFileSync',
  'execSync',
  'fork',
  'spawn',
  'spawnSync',
]);
