// commander requires node:child_process at load time for a feature respond never uses
// (executable subcommands). Loading it (and dgram, net, streams behind it) costs every
// start a few milliseconds, so the bundle gets this stand-in: the real module is loaded
// on first use, and behaves exactly the same from then on.
// The name is built at run time so the bundler neither inlines the module nor aliases
// this require back to the shim itself.
//
// Each export is an own, enumerable getter, not only a Proxy trap: esbuild's ESM interop
// (`import { spawn } from 'node:child_process'`) copies the module's own keys, and a bare
// Proxy has none, so `spawn` came out undefined and `report --open` never opened anything.
// Copying a getter does not load the module; calling what it returns does.
const name = ['node', 'child_process'].join(':');
let real;
const load = () => (real ??= require(name));
const target = {};
for (const key of [
  'ChildProcess',
  'exec',
  'execFile',
  'execFileSync',
  'execSync',
  'fork',
  'spawn',
  'spawnSync',
]) {
  Object.defineProperty(target, key, { enumerable: true, get: () => load()[key] });
}
module.exports = new Proxy(target, {
  get(_target, key) {
    return load()[key];
  },
});
