// Startup is a feature: `respond list` must answer in a blink, but parsing and validating
// a quarter megabyte of YAML costs half a second on a slow machine. So loadCatalog keeps the
// validated playbooks in one private JSON file and re-reads a YAML file only when its size
// or modification time changed, or when respond itself changed. Only valid playbooks are
// kept: a broken file is validated (and warned about) every time.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Playbook } from '../core/playbook/schema.js';
import type { Path, Position } from '../core/playbook/validate.js';

export interface CachedPlaybook {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
  readonly playbook: Playbook;
  /** Where each include step's `include:` is written, by step index: for warnings later. */
  readonly includeSites: Readonly<Record<string, Position>>;
}

interface CacheFile {
  readonly stamp: string;
  readonly entries: Record<string, CachedPlaybook>;
}

// The bundle's chunk names carry a content hash, so a new build of respond (a changed
// validator) never trusts what an older one validated.
const STAMP = `1|${import.meta.url}`;

export function cacheFile(dataDir: string): string {
  return join(dataDir, 'cache', 'playbooks.json');
}

export function readCache(file: string): Map<string, CachedPlaybook> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (parsed.stamp !== STAMP || parsed.entries === null || typeof parsed.entries !== 'object') return new Map();
    return new Map(Object.entries(parsed.entries));
  } catch {
    return new Map();
  }
}

/** Best effort: a read-only or full disk only costs speed next time. */
export function writeCache(file: string, entries: ReadonlyMap<string, CachedPlaybook>): void {
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

export function includeSitesOf(playbook: Playbook, locate: ((path: Path) => Position) | undefined): Record<string, Position> {
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
