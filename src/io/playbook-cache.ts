// Startup is a feature: `respond list` must answer in a blink, but parsing and validating
// a quarter megabyte of YAML costs half a second on a slow machine. So loadCatalog keeps
// the verdict on each playbook file in one private JSON file and re-reads a YAML file only
// when its size or modification time changed, or when respond itself changed. A valid file
// keeps its validated playbook; a broken one keeps its first problem, so a hostile 1 MiB
// file in the playbook folder costs one warning line, not seconds, on every later run.
//
// The cache is never trusted: it is a file on disk that anything may have damaged. Each
// entry is checked when read (the playbook against the same schema and rules as a file,
// the rest for its shape); an entry that fails is dropped, and its file validated again.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ID } from './build-id.js';
import type { Playbook } from '../core/playbook/schema.js';
import type { Path, Position } from '../core/playbook/validate.js';
import { maskCardNumbers, OUTPUT_MASK } from '../core/mask.js';
import { stripControl } from '../core/sanitize.js';

interface CachedPlaybook {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
  readonly playbook: Playbook;
  /** Where each include step's `include:` is written, by step index: for warnings later. */
  readonly includeSites: Readonly<Record<string, Position>>;
}

/** A file that is not a valid playbook: its first problem, and how many more it has. */
export interface CachedRefusal {
  readonly size: number;
  readonly mtimeMs: number;
  /** The language the problem is written in: a run in another language validates again. */
  readonly lang: string;
  readonly first: Position & { readonly message: string };
  readonly more: number;
}

export type CacheEntry = CachedPlaybook | CachedRefusal;

export function isRefusal(entry: CacheEntry): entry is CachedRefusal {
  return 'first' in entry;
}

interface CacheFile {
  readonly stamp: string;
  readonly entries: Record<string, CacheEntry>;
}

// A new build of respond (a changed validator) never trusts what an older one validated.
const STAMP = `2|${BUILD_ID}`;

export function cacheFile(cacheDir: string): string {
  return join(cacheDir, 'playbooks.json');
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isPosition = (value: unknown): value is Position =>
  isObject(value) && isCount(value.line) && value.line >= 1 && isCount(value.col) && value.col >= 1;
const isStamp = (entry: Record<string, unknown>) =>
  isCount(entry.size) && typeof entry.mtimeMs === 'number' && Number.isFinite(entry.mtimeMs);

// The schema's id pattern, repeated here so that reading the cache does not load zod.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when no string, however deep, holds what a terminal would act on (the validator strips it all). */
function isClean(value: unknown): boolean {
  if (typeof value === 'string')
    return SLUG.test(value) || maskCardNumbers(stripControl(value), OUTPUT_MASK) === value;
  if (Array.isArray(value)) return value.every(isClean);
  if (isObject(value)) return Object.values(value).every(isClean);
  return true;
}

function isRefusalShape(entry: Record<string, unknown>): boolean {
  const first = entry.first;
  return (
    isStamp(entry) &&
    typeof entry.lang === 'string' &&
    isCount(entry.more) &&
    isPosition(first) &&
    typeof (first as { message?: unknown }).message === 'string'
  );
}

function isPlaybookShape(entry: Record<string, unknown>): boolean {
  return (
    isStamp(entry) &&
    typeof entry.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(entry.hash) &&
    isObject(entry.includeSites) &&
    Object.values(entry.includeSites).every(isPosition) &&
    isObject(entry.playbook) &&
    isClean(entry.playbook)
  );
}

/** The entries of the cache that pass every check; a missing or damaged cache is empty. */
export async function readCache(file: string): Promise<Map<string, CacheEntry>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return new Map();
  }
  const out = new Map<string, CacheEntry>();
  if (!isObject(parsed) || parsed.stamp !== STAMP || !isObject(parsed.entries)) return out;
  const playbooks: [string, Record<string, unknown>][] = [];
  for (const [key, entry] of Object.entries(parsed.entries)) {
    if (!isObject(entry)) continue;
    if ('first' in entry) {
      if (isRefusalShape(entry)) out.set(key, entry as unknown as CachedRefusal);
    } else if (isPlaybookShape(entry)) playbooks.push([key, entry]);
  }
  if (playbooks.length === 0) return out;
  // zod is loaded only when a cached playbook is there to be checked.
  const [{ Playbook }, { checkSemantics }] = await Promise.all([
    import('../core/playbook/schema.js'),
    import('../core/playbook/semantics.js'),
  ]);
  for (const [key, entry] of playbooks) {
    const result = Playbook.safeParse(entry.playbook);
    if (!result.success || checkSemantics(result.data, 'en').length > 0) continue;
    out.set(key, { ...(entry as unknown as CachedPlaybook), playbook: result.data });
  }
  return out;
}

/** Best effort: a read-only or full disk only costs speed next time. */
export function writeCache(file: string, entries: ReadonlyMap<string, CacheEntry>): void {
  const temporary = `${file}.${process.pid}-${Date.now().toString(36)}.tmp`;
  try {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    const data: CacheFile = { stamp: STAMP, entries: Object.fromEntries(entries) };
    writeFileSync(temporary, JSON.stringify(data), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // The cache is only an optimisation; but a half-written temporary file on a full disk
    // would take the space the person's case needs.
    rmSync(temporary, { force: true });
  }
}

export function includeSitesOf(
  playbook: Playbook,
  locate: ((path: Path) => Position) | undefined,
): Record<string, Position> {
  const sites: Record<string, Position> = {};
  if (!locate) return sites;
  playbook.steps.forEach((step, index) => {
    if ('include' in step) sites[String(index)] = locate(['steps', index, 'include']);
  });
  return sites;
}

export function locateFromSites(sites: Readonly<Record<string, Position>>): (path: Path) => Position {
  return (path) => {
    const site = path[0] === 'steps' && typeof path[1] === 'number' ? sites[String(path[1])] : undefined;
    return site ?? { line: 1, col: 1 };
  };
}
