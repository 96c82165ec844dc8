// Loads respond's bundles (dist/*.cjs) with V8's code cache, as Node 22's
// module.enableCompileCache() and the v8-compile-cache package do: Node 20 has neither for
// its own loaders, and compiling respond's code was half the time before the first question.
// Each bundle is compiled with the bytecode an earlier run kept; a missing, stale or
// refused one is made at exit, from everything that run compiled.
//
// Where the caches live: beside the bundles (dist/.code-cache, written by the build's
// warm-up walk and by the first run after a Node upgrade), or, when that folder cannot be
// written (a global install owned by root), in the person's cache folder (the one
// src/io/paths.ts names, then code/). A cache file is named after the bundle, the build's id
// written at the end of the bundle (scripts/build.mjs), and the Node version, so that a
// cache is never offered to another build. V8 itself refuses one made by another V8 or with
// other flags. It is only ever an optimisation: anything that goes wrong means no cache.
// RESPOND_NO_CODE_CACHE=1 turns it off.
'use strict';

const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { homedir } = require('node:os');
const { join, resolve } = require('node:path');
const { Script } = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const BUILD_MARK = /\/\/# respond-build ([0-9a-f]+)\n?$/;

/** The folders a code cache is looked for in, and written to, in that order. */
function cacheDirs(env = process.env) {
  const dirs = [join(DIST, '.code-cache')];
  const home = env.RESPOND_HOME;
  if (home !== undefined && home !== '') dirs.push(join(resolve(home), 'cache', 'code'));
  else {
    const xdg = env.XDG_CACHE_HOME;
    const user = env.HOME !== undefined && env.HOME !== '' ? env.HOME : homedir();
    dirs.push(join(xdg !== undefined && xdg.startsWith('/') ? xdg : join(user, '.cache'), 'respond', 'code'));
  }
  return dirs;
}

const loaded = new Map();
const unsaved = [];

/** The exports of dist/<name>, run once; its own `./x.cjs` requires load the same way. */
function load(name) {
  const known = loaded.get(name);
  if (known !== undefined) return known.exports;
  const file = join(DIST, name);
  const source = readFileSync(file, 'utf8');
  const build = BUILD_MARK.exec(source.slice(-100))?.[1];
  const useCache = build !== undefined && process.env.RESPOND_NO_CODE_CACHE !== '1';
  const cacheName = `${name}-${build}-${process.version}-${process.arch}.bin`;
  let cachedData;
  let from;
  if (useCache)
    for (const dir of cacheDirs()) {
      try {
        cachedData = readFileSync(join(dir, cacheName));
        from = dir;
        break;
      } catch {
        // not there: the next folder, or none
      }
    }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  if (useCache && (cachedData === undefined || script.cachedDataRejected === true)) {
    if (unsaved.length === 0) process.once('exit', saveCaches);
    unsaved.push({ name, cacheName, script, first: from });
  }
  const module = { exports: {}, filename: file, id: file, loaded: false };
  loaded.set(name, module);
  const nodeRequire = Module.createRequire(file);
  const require = (id) => (id.startsWith('./') ? load(id.slice(2)) : nodeRequire(id));
  require.resolve = nodeRequire.resolve;
  require.cache = nodeRequire.cache;
  script.runInThisContext().call(module.exports, module.exports, require, module, file, DIST);
  module.loaded = true;
  return module.exports;
}

/** At exit: each cache that was missing or refused, from all that this run compiled. */
function saveCaches() {
  for (const { name, cacheName, script, first } of unsaved) {
    let data;
    try {
      data = script.createCachedData();
    } catch {
      continue;
    }
    // The folder it was refused in first (a Node upgrade), then the others in order.
    const dirs = cacheDirs();
    if (first !== undefined) dirs.sort((a, b) => (a === first ? -1 : b === first ? 1 : 0));
    for (const dir of dirs) if (saveIn(dir, name, cacheName, data)) break;
  }
}

function saveIn(dir, name, cacheName, data) {
  const file = join(dir, cacheName);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
    return false;
  }
  // An older build's or Node's cache of the same bundle is of no more use.
  try {
    for (const other of readdirSync(dir))
      if (other.startsWith(`${name}-`) && other !== cacheName) rmSync(join(dir, other), { force: true });
  } catch {
    // kept: it is refused, never used
  }
  return true;
}

module.exports = { load, cacheDirs };
