// A stand-in for a Node built-in that respond's bundles load on first use instead of at
// start-up (scripts/build.mjs aliases the built-in to a shim made with this). It behaves
// exactly as the module from its first use on.
// The name is built at run time so the bundler neither inlines the module nor aliases
// this require back to the shim itself.
//
// Each export is an own, enumerable getter, not only a Proxy trap: esbuild's ESM interop
// (`import { spawn } from 'node:child_process'`) copies the module's own keys, and a bare
// Proxy has none, so `spawn` came out undefined and `report --open` never opened anything.
// Copying a getter does not load the module; calling what it returns does.
'use strict';

module.exports = function lazyModule(name, keys) {
  let real;
  const load = () => (real ??= require(['node', name].join(':')));
  const target = {};
  for (const key of keys) Object.defineProperty(target, key, { enumerable: true, get: () => load()[key] });
  return new Proxy(target, {
    get(_target, key) {
      return load()[key];
    },
  });
};
