// Where playbooks come from: the built-ins shipped in checklists/, the person's own folder,
// or a file path. A user playbook with a built-in's id overrides it. One broken file in
// the user folder never breaks the others: it becomes a warning.
//
// CONTRACT (used by list, show, new, validate, start): keep these signatures stable.
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Lang } from '../core/i18n.js';
import type { PlaybookIssue, Position, Path } from '../core/playbook/validate.js';
import type { Playbook } from '../core/playbook/schema.js';
import { checkIncludes } from '../core/playbook/includes.js';
import { validationTexts } from '../core/playbook/messages.js';
import { suggest } from '../core/playbook/suggest.js';
import { stripControl } from '../core/sanitize.js';
import { builtinPlaybooksDir, type Paths } from './paths.js';
import { builtinEntryFor, includedIds, readBuiltinBody } from './builtin-index.js';
import { closure, lazyBuiltin, type LazyBuiltin } from './builtin-lazy.js';
import {
  cacheFile,
  includeSitesOf,
  isRefusal,
  locateFromSites,
  readCache,
  writeCache,
  type CacheEntry,
} from './playbook-cache.js';

export type { PlaybookIssue } from '../core/playbook/validate.js';

export type PlaybookSource = 'built-in' | 'user' | 'file';

export interface LoadedPlaybook {
  readonly playbook: Playbook;
  readonly source: PlaybookSource;
  /** Absolute path of the file it was read from. */
  readonly path: string;
  /** True when a user playbook has the id of a built-in one. */
  readonly overridesBuiltin: boolean;
  /** sha256 of the file's bytes, hex: a case records which exact playbook it ran. */
  readonly hash: string;
  /** Line and column of a part of the playbook in its file, for problems found later. */
  readonly locate?: (path: Path, at?: 'key' | 'value') => Position;
  /** A built-in's title and situations from the build's index, read without its body. */
  readonly about?: Pick<Playbook, 'title' | 'for'>;
}

/** A playbook with every playbook it includes, transitively, by id. */
export interface ResolvedPlaybook {
  readonly root: LoadedPlaybook;
  readonly library: ReadonlyMap<string, Playbook>;
}

export interface Catalog {
  /** Every usable playbook by id, user ones shadowing built-ins. */
  readonly playbooks: ReadonlyMap<string, LoadedPlaybook>;
  /** One line per broken user file, e.g. "~/.config/respond/playbooks/x.yaml:3:5  ...". */
  readonly warnings: readonly string[];
  /**
   * Valid user playbooks left out of `playbooks` because their includes are broken. Only
   * for reporting: a file that includes one of them is told about the circle, not "missing".
   */
  readonly setAside?: ReadonlyMap<string, LoadedPlaybook>;
}

/** Thrown for a playbook that cannot be used: not found (66) or invalid (65). */
export class PlaybookError extends Error {
  constructor(
    message: string,
    readonly kind: 'not-found' | 'invalid',
    readonly issues: readonly PlaybookIssue[] = [],
  ) {
    super(message);
    this.name = 'PlaybookError';
  }
}

/** What readPlaybookFile returns for a file that cannot be used. */
export interface PlaybookFileProblem {
  issues: PlaybookIssue[];
  /** Nothing exists at the path (a command exits 66 rather than 65). */
  notFound?: boolean;
}

const EXTENSIONS = new Set(['.yaml', '.yml']);
const MAX_BYTES = 1024 * 1024;

function isPlaybookPath(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || EXTENSIONS.has(extname(ref));
}

/** "file:line:col  message": the one line a problem is shown as, safe for a terminal. */
export function formatIssue(issue: PlaybookIssue): string {
  return stripControl(`${issue.file}:${issue.line}:${issue.col}  ${issue.message}`).replace(/\n/g, ' ');
}

/**
 * Reads every built-in and user playbook. A built-in the build validated is known by its
 * index entry, and its body (`.playbook`) is read only for the ids in `use` and the playbooks
 * they include (every built-in when `use` is left out): say which ones will be used.
 */
export async function loadCatalog(paths: Paths, lang: Lang, use?: readonly string[]): Promise<Catalog> {
  const t = validationTexts[lang];
  const builtins = new Map<string, LoadedPlaybook>();
  const users = new Map<string, LoadedPlaybook>();
  // Built-ins known by the build's index, by id: their bodies are read when needed.
  const indexed = new Map<string, LazyBuiltin>();
  const warnings: string[] = [];
  const cachePath = cacheFile(paths.cache);
  const cached = await readCache(cachePath);
  const fresh = new Map<string, CacheEntry>();
  let cacheChanged = false;
  const unchanged = (entry: CacheEntry | undefined, info: { size: number; mtimeMs: number } | undefined) =>
    entry !== undefined && info !== undefined && entry.size === info.size && entry.mtimeMs === info.mtimeMs;
  for (const source of ['built-in', 'user'] as const) {
    const dir = source === 'built-in' ? builtinPlaybooksDir() : paths.playbooks;
    const target = source === 'built-in' ? builtins : users;
    const files = listYamlFiles(dir);
    const results = await Promise.all(
      files.map(
        async (
          file,
        ): Promise<
          Omit<LoadedPlaybook, 'overridesBuiltin'> | LazyBuiltin | { first: PlaybookIssue; more: number }
        > => {
          // Sync: a few microseconds each, where 17 trips through the thread pool cost ~2 ms.
          const info = statOrUndefined(file);
          // For a built-in, what the build validated (matched by size and mtime, or by content
          // hash after a registry install reset every mtime); then the person's own cache.
          const built = source === 'built-in' && info ? await builtinEntryFor(file, info) : undefined;
          if (built !== undefined) return lazyBuiltin(file, built);
          const own = cached.get(file);
          const hit =
            unchanged(own, info) && (own === undefined || !isRefusal(own) || own.lang === lang)
              ? own
              : undefined;
          if (hit !== undefined) {
            fresh.set(file, hit);
            if (isRefusal(hit)) return { first: { file, ...hit.first }, more: hit.more };
            return {
              playbook: hit.playbook,
              source,
              path: file,
              hash: hit.hash,
              locate: locateFromSites(hit.includeSites),
            };
          }
          const result = await readPlaybookFile(file, source, lang);
          cacheChanged = true;
          if ('issues' in result) {
            const [first = { file, line: 1, col: 1, message: t.invalid }, ...rest] = result.issues;
            // The verdict is kept too: a broken file is not validated again until it changes.
            // (Not a file that could not be read: that changes with its permissions, not its size.)
            if (info && first.message !== t.cannotRead)
              fresh.set(file, {
                size: info.size,
                mtimeMs: info.mtimeMs,
                lang,
                first: { line: first.line, col: first.col, message: first.message },
                more: rest.length,
              });
            return { first, more: rest.length };
          }
          if (info)
            fresh.set(file, {
              size: info.size,
              mtimeMs: info.mtimeMs,
              hash: result.hash,
              playbook: result.playbook,
              includeSites: includeSitesOf(result.playbook, result.locate),
            });
          return result;
        },
      ),
    );
    results.forEach((result, index) => {
      const file = files[index] ?? '';
      if ('first' in result) {
        warnings.push(formatIssue(result.first) + (result.more > 0 ? t.moreProblems(result.more) : ''));
        return;
      }
      const id = 'head' in result ? result.head.id : result.playbook.id;
      const twin = target.get(id);
      if (twin) {
        warnings.push(formatIssue({ file, line: 1, col: 1, message: t.sameId(id, basename(twin.path)) }));
        return;
      }
      if ('head' in result) {
        indexed.set(id, result);
        target.set(id, result.entry);
      } else target.set(id, { ...result, overridesBuiltin: source === 'user' && builtins.has(id) });
    });
  }

  if (cacheChanged || fresh.size !== cached.size) writeCache(cachePath, fresh);

  // A built-in whose includes all lead to built-ins of the same build, unchanged, was checked
  // by the build: with no playbook of the person's own in the way, nothing to check again.
  const checkedByBuild = (): ((id: string) => boolean) => {
    const verdicts = new Map<string, boolean>();
    const checked = (id: string): boolean => {
      const known = verdicts.get(id);
      if (known !== undefined) return known;
      verdicts.set(id, false); // a circle is not the build's: checked again, and reported
      const lazy = indexed.get(id);
      const verdict =
        users.size === 0 &&
        lazy !== undefined &&
        builtins.get(id) === lazy.entry &&
        lazy.faithful &&
        lazy.head.includes.every(checked);
      verdicts.set(id, verdict);
      return verdict;
    };
    return checked;
  };
  // The bodies the checks below and the caller need, and the playbooks those include; a
  // damaged body is replaced by its file, a broken file leaves the catalog (so: again).
  for (;;) {
    const checked = checkedByBuild();
    const wanted =
      use === undefined || users.size > 0
        ? [...builtins.keys()]
        : [...use, ...[...builtins.keys()].filter((id) => !checked(id))];
    const missing = [...closure(wanted, builtins, indexed)].filter((id) => {
      const lazy = indexed.get(id);
      return lazy !== undefined && lazy.body === undefined;
    });
    if (missing.length === 0) break;
    for (const id of missing) {
      const lazy = indexed.get(id);
      if (lazy === undefined) continue;
      const body = readBuiltinBody(lazy.head);
      if (body !== undefined) {
        lazy.body = { playbook: body.playbook, locate: locateFromSites(body.includeSites) };
        continue;
      }
      const result = await readPlaybookFile(lazy.entry.path, 'built-in', lang);
      if ('issues' in result || result.playbook.id !== id) {
        const [first = { file: lazy.entry.path, line: 1, col: 1, message: t.invalid }, ...rest] =
          'issues' in result ? result.issues : [];
        warnings.push(formatIssue(first) + (rest.length > 0 ? t.moreProblems(rest.length) : ''));
        indexed.delete(id);
        builtins.delete(id);
        continue;
      }
      lazy.body = { playbook: result.playbook, locate: result.locate };
      lazy.faithful = includedIds(result.playbook).join('\n') === lazy.head.includes.join('\n');
    }
  }

  // A user playbook whose includes are broken (or that closes a circle with a built-in it
  // overrides) is set aside, so that the built-ins keep working; repeat until it settles.
  const playbooks = new Map<string, LoadedPlaybook>([...builtins, ...users]);
  const setAside = new Map<string, LoadedPlaybook>();
  const problems = (entry: LoadedPlaybook) =>
    checkIncludes(entry.playbook, (id) => playbooks.get(id)?.playbook, lang, playbooks.keys()).map((f) => ({
      file: entry.path,
      ...(entry.locate?.(f.path, f.at) ?? { line: 1, col: 1 }),
      message: f.message,
    }));
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, entry] of users) {
      if (playbooks.get(id) !== entry) continue;
      const [first] = problems(entry);
      if (!first) continue;
      warnings.push(formatIssue(first));
      setAside.set(id, entry);
      const builtin = builtins.get(id);
      if (builtin) playbooks.set(id, builtin);
      else playbooks.delete(id);
      changed = true;
    }
  }
  const checked = checkedByBuild();
  for (const [id, entry] of builtins) {
    const [first] = playbooks.get(id) === entry && !checked(id) ? problems(entry) : [];
    if (first) warnings.push(formatIssue(first));
  }
  return { playbooks, warnings, setAside };
}

/** Every playbook an include may name: the usable ones, then those set aside. */
export function catalogLookup(catalog: Catalog): (id: string) => Playbook | undefined {
  return (id) => (catalog.playbooks.get(id) ?? catalog.setAside?.get(id))?.playbook;
}

/** A playbook by id (user folder first, then built-in) or by file path, with its includes. */
export async function resolvePlaybook(
  ref: string,
  paths: Paths,
  lang: Lang,
  cwd: string,
): Promise<ResolvedPlaybook> {
  const t = validationTexts[lang];
  let root: LoadedPlaybook | undefined;
  let catalog: Catalog;
  if (isPlaybookPath(ref)) {
    const result = await readPlaybookFile(resolve(cwd, ref), 'file', lang);
    if ('issues' in result) {
      if (result.notFound)
        throw new PlaybookError(
          formatIssue({ file: ref, line: 1, col: 1, message: t.notFound }),
          'not-found',
          result.issues,
        );
      throw new PlaybookError(stripControl(t.invalidPlaybook(ref)), 'invalid', result.issues);
    }
    root = result;
    catalog = await loadCatalog(paths, lang, includedIds(result.playbook));
  } else {
    catalog = await loadCatalog(paths, lang, [ref]);
    root = catalog.playbooks.get(ref);
    if (!root)
      throw new PlaybookError(
        stripControl(t.noPlaybook(ref, suggest(ref, catalog.playbooks.keys()))),
        'not-found',
      );
  }
  const inCatalog = catalogLookup(catalog);
  const lookup = (id: string) => (id === root.playbook.id ? root.playbook : inCatalog(id));
  const findings = checkIncludes(root.playbook, lookup, lang, catalog.playbooks.keys());
  if (findings.length > 0) {
    const issues = findings.map((f) => ({
      file: root.path,
      ...(root.locate?.(f.path, f.at) ?? { line: 1, col: 1 }),
      message: f.message,
    }));
    throw new PlaybookError(
      stripControl(t.invalidPlaybook(isPlaybookPath(ref) ? ref : root.path)),
      'invalid',
      issues,
    );
  }
  const library = new Map<string, Playbook>([[root.playbook.id, root.playbook]]);
  const pending = [root.playbook];
  while (pending.length > 0) {
    const current = pending.pop();
    for (const step of current?.steps ?? []) {
      if (!('include' in step) || library.has(step.include)) continue;
      const included = lookup(step.include);
      if (!included) continue; // checkIncludes has already refused this
      library.set(step.include, included);
      pending.push(included);
    }
  }
  return { root, library };
}

/** Reads and validates one file. Never throws for a bad file: returns its issues. */
export async function readPlaybookFile(
  file: string,
  source: PlaybookSource,
  lang: Lang,
): Promise<(Omit<LoadedPlaybook, 'overridesBuiltin'> & { overridesBuiltin: boolean }) | PlaybookFileProblem> {
  // The validator (yaml, zod) is loaded only when a file is not in the cache.
  const { validatePlaybookText } = await import('../core/playbook/validate.js');
  const t = validationTexts[lang];
  const problem = (message: string, notFound = false): PlaybookFileProblem => ({
    issues: [{ file, line: 1, col: 1, message }],
    ...(notFound ? { notFound } : {}),
  });
  // Look before reading: a 2 GiB file or a FIFO must not be read at all.
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) return problem(t.notAFile);
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(
      code === 'ENOENT' || code === 'ENOTDIR' ? t.notFound : t.cannotRead,
      code === 'ENOENT' || code === 'ENOTDIR',
    );
  }
  if (size > MAX_BYTES) return problem(t.tooBig('1 MiB'));
  let bytes: Buffer;
  try {
    bytes = readAtMost(file, MAX_BYTES + 1);
  } catch {
    return problem(t.cannotRead);
  }
  // The file may have grown since it was measured.
  if (bytes.length > MAX_BYTES) return problem(t.tooBig('1 MiB'));
  const result = validatePlaybookText(bytes, file, lang);
  if ('issues' in result) return { issues: result.issues };
  // node:crypto is loaded only when a file is really read: its start-up (OpenSSL's
  // configuration) would otherwise cost every `respond list`.
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256').update(bytes).digest('hex');
  return {
    playbook: result.playbook,
    locate: result.locate,
    source,
    path: file,
    overridesBuiltin: false,
    hash,
  };
}

// Synchronous, as the validation after it is: node:fs/promises (and the readline and watcher
// modules it loads) would cost every start a millisecond for a file rarely read.
function readAtMost(file: string, limit: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    // Only the filled part is returned, so the unfilled rest never leaks out.
    const buffer = Buffer.allocUnsafe(limit);
    let filled = 0;
    while (filled < limit) {
      const bytesRead = readSync(fd, buffer, filled, limit - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

function statOrUndefined(file: string): { size: number; mtimeMs: number } | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function listYamlFiles(dir: string): string[] {
  try {
    const names = readdirSync(dir);
    return names
      .filter((n) => EXTENSIONS.has(extname(n)))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}
