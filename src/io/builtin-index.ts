// The built-in playbooks, validated once when respond is built (scripts/build.mjs writes
// dist/builtins.json), so that even the very first run after installing, the moment of
// panic, never waits for the validator. An entry is trusted while its file keeps the size
// and modification time it had at build time, or else while the file's content hash is the
// one the build validated: npm sets every mtime to 1985-10-26 when it packs, so after a
// registry install only the hash can match. The index itself is checked when read: a
// damaged one is no index at all, and every built-in is read as usual.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from './paths.js';
import type { CachedPlaybook } from './playbook-cache.js';

const BUILTIN_INDEX = 'builtins.json';

let index: ReadonlyMap<string, CachedPlaybook> | undefined;

/** The shape an entry must have to be used; anything else is ignored. */
function isIndexEntry(value: unknown): value is CachedPlaybook {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const playbook = e.playbook as Record<string, unknown> | null | undefined;
  return (
    typeof e.size === 'number' &&
    typeof e.mtimeMs === 'number' &&
    typeof e.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(e.hash) &&
    typeof e.includeSites === 'object' &&
    e.includeSites !== null &&
    typeof playbook === 'object' &&
    playbook !== null &&
    typeof playbook.id === 'string' &&
    (typeof playbook.title === 'string' || (typeof playbook.title === 'object' && playbook.title !== null)) &&
    Array.isArray(playbook.steps) &&
    playbook.steps.length > 0 &&
    playbook.steps.every(
      (s: unknown) => typeof s === 'object' && s !== null && typeof (s as { id?: unknown }).id === 'string',
    )
  );
}

/** Reads an index file; entries of the wrong shape are left out. */
export function readBuiltinIndex(file: string): ReadonlyMap<string, CachedPlaybook> {
  const entries = new Map<string, CachedPlaybook>();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return entries;
    for (const [name, entry] of Object.entries(data)) if (isIndexEntry(entry)) entries.set(name, entry);
  } catch {
    // No index (running from source) or a damaged one: read the files.
  }
  return entries;
}

/** The build's index of built-in playbooks by file name; empty when there is none. */
function builtinIndex(): ReadonlyMap<string, CachedPlaybook> {
  index ??= readBuiltinIndex(join(packageRoot(), 'dist', BUILTIN_INDEX));
  return index;
}

/**
 * The build's entry for a built-in file, if it still describes the file: same size and
 * mtime, or same size and content hash (then with the file's own mtime, so the person's
 * cache matches it next time without hashing).
 */
export async function builtinEntryFor(
  file: string,
  info: { size: number; mtimeMs: number },
  from: ReadonlyMap<string, CachedPlaybook> = builtinIndex(),
): Promise<CachedPlaybook | undefined> {
  const entry = from.get(basename(file));
  if (entry === undefined || entry.size !== info.size) return undefined;
  if (entry.mtimeMs === info.mtimeMs) return entry;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  // node:crypto is loaded only when a hash is really needed (see readPlaybookFile).
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex') === entry.hash
    ? { ...entry, mtimeMs: info.mtimeMs }
    : undefined;
}
