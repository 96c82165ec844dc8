// The built-in playbooks, validated once when respond is built (builtin-index-build.ts writes
// dist/builtins/), so that even the very first run after installing, the moment of panic,
// never waits for the validator. Two layers: a small index (index.json: for each file its
// size, mtime, hash, id, the ids it includes, its title and situations for the triage, and
// where its body is) and the bodies (one
// line each in bodies.jsonl: the playbook and where its includes are written), a body read
// only when that playbook is really used: `start fraud-order` parses four, not seventeen.
// (One file, not one per playbook: 17 small files cost a block each in the installed size.)
//
// An entry is trusted while its file keeps the size and modification time it had at build
// time, or else while the file's content hash is the one the build validated: npm sets every
// mtime to 1985-10-26 when it packs, so after a registry install only the hash can match.
// Both layers are checked when read: a damaged index is no index at all (every built-in is
// read as usual), and a damaged body is no body (that one file is read as usual).
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Playbook } from '../core/playbook/schema.js';
import type { Position } from '../core/playbook/validate.js';
import { packageRoot } from './paths.js';

/** What the index says of one built-in file. */
export interface BuiltinHead {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
  readonly id: string;
  /** The ids its include steps name, each once, in the order of its steps. */
  readonly includes: readonly string[];
  /** Its title and situations: what the triage ("What happened?") lists, without the body. */
  readonly title: Playbook['title'];
  readonly for?: Playbook['for'];
  /** Where its body is in bodies.jsonl: byte offset and length. */
  readonly at: number;
  readonly length: number;
}

/** One built-in's validated playbook, stored apart from the index. */
export interface BuiltinBody {
  readonly playbook: Playbook;
  /** Where each include step's `include:` is written, by step index: for warnings later. */
  readonly includeSites: Readonly<Record<string, Position>>;
}

/** An index entry as read: with the file its body is kept in. */
export interface IndexedBuiltin extends BuiltinHead {
  readonly bodyFile: string;
}

export const INDEX_FILE = 'index.json';
export const BODIES_FILE = 'bodies.jsonl';

/** The ids a playbook's include steps name, each once, in step order. */
export function includedIds(playbook: Playbook): string[] {
  const ids: string[] = [];
  for (const step of playbook.steps)
    if ('include' in step && !ids.includes(step.include)) ids.push(step.include);
  return ids;
}

// A built-in is at most 1 MiB of YAML; its body is never much more.
const MAX_BODY = 4 * 1024 * 1024;

const indexes = new Map<string, ReadonlyMap<string, IndexedBuiltin>>();
const bodies = new Map<string, unknown>();

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStrings = (value: unknown[]): boolean => value.every((item) => typeof item === 'string');

/** The shape an index entry must have to be used; anything else is ignored. */
function isHead(value: unknown): value is BuiltinHead {
  if (!isObject(value)) return false;
  const { title } = value;
  return (
    (typeof title === 'string' || (isObject(title) && isStrings(Object.values(title)))) &&
    (value.for === undefined || (Array.isArray(value.for) && isStrings(value.for))) &&
    typeof value.size === 'number' &&
    typeof value.mtimeMs === 'number' &&
    typeof value.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(value.hash) &&
    typeof value.id === 'string' &&
    value.id !== '' &&
    Array.isArray(value.includes) &&
    value.includes.every((id) => typeof id === 'string') &&
    Number.isSafeInteger(value.at) &&
    (value.at as number) >= 0 &&
    Number.isSafeInteger(value.length) &&
    (value.length as number) > 0 &&
    (value.length as number) <= MAX_BODY
  );
}

/** The shape a body must have to be used, and the includes its index entry promised. */
function isBody(value: unknown, head: BuiltinHead): value is BuiltinBody {
  if (!isObject(value) || !isObject(value.includeSites)) return false;
  const playbook = value.playbook;
  if (!isObject(playbook)) return false;
  const steps = playbook.steps;
  return (
    playbook.id === head.id &&
    (typeof playbook.title === 'string' || isObject(playbook.title)) &&
    Array.isArray(steps) &&
    steps.length > 0 &&
    steps.every((s: unknown) => isObject(s) && typeof s.id === 'string') &&
    includedIds(playbook as unknown as Playbook).join('\n') === head.includes.join('\n')
  );
}

/** Reads the index in `dir`; entries of the wrong shape are left out, a damaged index is empty. */
export function readBuiltinIndex(dir: string): ReadonlyMap<string, IndexedBuiltin> {
  const entries = new Map<string, IndexedBuiltin>();
  try {
    const data = JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8')) as unknown;
    if (!isObject(data)) return entries;
    for (const [name, entry] of Object.entries(data))
      if (isHead(entry)) entries.set(name, { ...entry, bodyFile: join(dir, BODIES_FILE) });
  } catch {
    // No index (running from source) or a damaged one: read the files.
  }
  return entries;
}

/** The folder of the build's index, in the installed package. */
function builtinIndexDir(): string {
  return join(packageRoot(), 'dist', 'builtins');
}

/** The build's index of built-in playbooks by file name; empty when there is none. */
function builtinIndex(): ReadonlyMap<string, IndexedBuiltin> {
  const dir = builtinIndexDir();
  let index = indexes.get(dir);
  if (index === undefined) indexes.set(dir, (index = readBuiltinIndex(dir)));
  return index;
}

// npm gives every file it packs this modification time (1985-10-26T08:15:00Z, pacote's).
const NPM_PACKED_MTIME_MS = Date.UTC(1985, 9, 26, 8, 15, 0);

/**
 * The build's entry for a built-in file, if it still describes the file: same size, and
 * the same mtime, npm's packed mtime, or the same content hash (then with the file's own mtime).
 */
export async function builtinEntryFor(
  file: string,
  info: { size: number; mtimeMs: number },
  from: ReadonlyMap<string, IndexedBuiltin> = builtinIndex(),
): Promise<IndexedBuiltin | undefined> {
  const entry = from.get(basename(file));
  if (entry === undefined || entry.size !== info.size) return undefined;
  if (entry.mtimeMs === info.mtimeMs) return entry;
  // As npm unpacked it: the file the tarball held, packed with this very index. Hashing all
  // 17 on every run of an installed respond cost more than the rest of finding a playbook.
  if (info.mtimeMs === NPM_PACKED_MTIME_MS) return { ...entry, mtimeMs: info.mtimeMs };
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

/** A built-in's body, read once per run; undefined when it is missing or damaged. */
export function readBuiltinBody(entry: IndexedBuiltin): BuiltinBody | undefined {
  const key = `${entry.at}:${entry.length}:${entry.bodyFile}`;
  if (!bodies.has(key)) {
    let data: unknown;
    try {
      const buffer = Buffer.alloc(entry.length);
      const fd = openSync(entry.bodyFile, 'r');
      try {
        if (readSync(fd, buffer, 0, entry.length, entry.at) === entry.length)
          data = JSON.parse(buffer.toString('utf8'));
      } finally {
        closeSync(fd);
      }
    } catch {
      // Missing or damaged: the caller reads the playbook's own file.
    }
    bodies.set(key, data);
  }
  const data = bodies.get(key);
  return isBody(data, entry) ? data : undefined;
}
