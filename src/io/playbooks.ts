// Where playbooks come from: the built-ins shipped in checklists/, the person's own folder,
// or a file path. A user playbook with a built-in's id overrides it. One broken file in
// the user folder never breaks the others: it becomes a warning.
//
// CONTRACT (used by list, show, new, validate, start): keep these signatures stable.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Lang } from '../core/i18n.js';
import type { Playbook } from '../core/playbook/schema.js';
import { builtinPlaybooksDir, type Paths } from './paths.js';

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
}

/** A playbook with every playbook it includes, transitively, by id. */
export interface ResolvedPlaybook {
  readonly root: LoadedPlaybook;
  readonly library: ReadonlyMap<string, Playbook>;
}

export interface PlaybookIssue {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

export interface Catalog {
  /** Every usable playbook by id, user ones shadowing built-ins. */
  readonly playbooks: ReadonlyMap<string, LoadedPlaybook>;
  /** One line per broken user file, e.g. "~/.config/respond/playbooks/x.yaml:3:5  ...". */
  readonly warnings: readonly string[];
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

const EXTENSIONS = new Set(['.yaml', '.yml']);

export function isPlaybookPath(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || EXTENSIONS.has(extname(ref));
}

/** Reads every built-in and user playbook. */
export async function loadCatalog(paths: Paths, lang: Lang): Promise<Catalog> {
  const playbooks = new Map<string, LoadedPlaybook>();
  const warnings: string[] = [];
  for (const source of ['built-in', 'user'] as const) {
    const dir = source === 'built-in' ? builtinPlaybooksDir() : paths.playbooks;
    for (const file of await listYamlFiles(dir)) {
      const result = await readPlaybookFile(file, source, lang);
      if ('issues' in result) {
        const first = result.issues[0];
        warnings.push(first ? `${first.file}:${first.line}:${first.col}  ${first.message}` : file);
        continue;
      }
      const existing = playbooks.get(result.playbook.id);
      playbooks.set(result.playbook.id, { ...result, overridesBuiltin: source === 'user' && existing?.source === 'built-in' });
    }
  }
  return { playbooks, warnings };
}

/** A playbook by id (user folder first, then built-in) or by file path, with its includes. */
export async function resolvePlaybook(ref: string, paths: Paths, lang: Lang, cwd: string): Promise<ResolvedPlaybook> {
  const catalog = await loadCatalog(paths, lang);
  let root: LoadedPlaybook | undefined;
  if (isPlaybookPath(ref)) {
    const result = await readPlaybookFile(resolve(cwd, ref), 'file', lang);
    if ('issues' in result) throw new PlaybookError(`${ref} is not a valid playbook`, 'invalid', result.issues);
    root = result;
  } else {
    root = catalog.playbooks.get(ref);
    if (!root) throw new PlaybookError(`no playbook called "${ref}"`, 'not-found');
  }
  const library = new Map<string, Playbook>([[root.playbook.id, root.playbook]]);
  const pending = [root.playbook];
  while (pending.length > 0) {
    const current = pending.pop();
    for (const step of current?.steps ?? []) {
      if (!('include' in step) || library.has(step.include)) continue;
      const included = catalog.playbooks.get(step.include);
      if (!included) throw new PlaybookError(`${root.path}: includes "${step.include}", which does not exist`, 'invalid');
      library.set(step.include, included.playbook);
      pending.push(included.playbook);
    }
  }
  return { root, library };
}

/** Reads and validates one file. Never throws for a bad file: returns its issues. */
export async function readPlaybookFile(
  file: string,
  source: PlaybookSource,
  _lang: Lang,
): Promise<Omit<LoadedPlaybook, 'overridesBuiltin'> & { overridesBuiltin: boolean } | { issues: PlaybookIssue[] }> {
  // Placeholder until the validator lands: parse and check the schema, no positions.
  const [{ parse }, { Playbook }] = await Promise.all([import('yaml'), import('../core/playbook/schema.js')]);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { issues: [{ file, line: 1, col: 1, message: 'cannot read this file' }] };
  }
  const result = Playbook.safeParse(parse(bytes.toString('utf8')));
  if (!result.success) {
    return { issues: result.error.issues.map((i) => ({ file, line: 1, col: 1, message: `${i.path.join('.')}: ${i.message}` })) };
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { playbook: result.data, source, path: file, overridesBuiltin: false, hash };
}

async function listYamlFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter((n) => EXTENSIONS.has(extname(n))).sort().map((n) => join(dir, n));
  } catch {
    return [];
  }
}
