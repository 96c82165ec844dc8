// The built-in playbooks, validated once when respond is built (scripts/build.mjs writes
// dist/builtins.json), so that even the very first run after installing, the moment of
// panic, never waits for the validator. An entry is trusted only while its file keeps the
// size and modification time it had at build time; otherwise the file is read as usual.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.js';
import type { CachedPlaybook } from './playbook-cache.js';

export const BUILTIN_INDEX = 'builtins.json';

let index: ReadonlyMap<string, CachedPlaybook> | undefined;

/** The build's index of built-in playbooks by file name; empty when there is none. */
export function builtinIndex(): ReadonlyMap<string, CachedPlaybook> {
  if (index === undefined) {
    try {
      const data = JSON.parse(readFileSync(join(packageRoot(), 'dist', BUILTIN_INDEX), 'utf8')) as Record<string, CachedPlaybook>;
      index = new Map(Object.entries(data));
    } catch {
      index = new Map();
    }
  }
  return index;
}
