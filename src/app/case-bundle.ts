// The playbook a case was run with (playbook.json), read back with suspicion: a stray edit,
// a truncated copy or a hostile file must become one clear error naming the file, never a
// crash deep in the walk. The journal stays readable without it (`respond log`).
import { Playbook } from '../core/playbook/schema.js';
import { hashPlaybook } from '../io/case-create.js';
import { readCaseFile } from '../io/case.js';
import type { CaseBundle } from './bundle.js';

type BundleProblem = 'missing' | 'unreadable' | 'not-json' | 'shape' | 'changed';

/** playbook.json is missing, damaged or not the one the case was started with. The CLI maps it to 65. */
class CaseBundleInvalid extends Error {
  constructor(
    readonly caseId: string,
    readonly path: string,
    readonly problem: BundleProblem,
    readonly detail: string = '',
  ) {
    super(`case ${caseId}: ${path}: ${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'CaseBundleInvalid';
  }
}

// Parsed and checked bundles by content hash: thousands of cases share a few playbooks,
// and `respond cases` rebuilding its index should validate each one only once.
const checked = new Map<string, CaseBundle>();

/**
 * Reads and checks a case's bundle. `expectedHashes` are the hashes it may have: the
 * playbookHash of case-started, or of the latest playbook-added event (or the one before
 * that: adding a playbook writes its event first and then the file, so a crash between the
 * two leaves the file as it was). When given, a bundle that matches none is refused.
 */
export function readBundle(
  caseId: string,
  path: string,
  expectedHashes: readonly string[] | undefined,
): CaseBundle {
  let source: string;
  try {
    source = readCaseFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CaseBundleInvalid(
      caseId,
      path,
      code === 'ENOENT' ? 'missing' : 'unreadable',
      code === 'ENOENT' ? '' : String(code ?? err),
    );
  }
  const hash = hashPlaybook(source);
  if (expectedHashes !== undefined && !expectedHashes.includes(hash))
    throw new CaseBundleInvalid(caseId, path, 'changed');
  const known = checked.get(hash);
  if (known) return known;
  const bundle = checkBundle(caseId, path, source);
  checked.set(hash, bundle);
  return bundle;
}

function checkBundle(caseId: string, path: string, source: string): CaseBundle {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    throw new CaseBundleInvalid(caseId, path, 'not-json', err instanceof Error ? err.message : '');
  }
  const shape = (detail: string) => new CaseBundleInvalid(caseId, path, 'shape', detail);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw shape('not an object');
  const { format, root, roots, playbooks } = data as Record<string, unknown>;
  if (format !== 1) throw shape('format');
  if (typeof root !== 'string') throw shape('root');
  if (
    roots !== undefined &&
    (!Array.isArray(roots) ||
      roots[0] !== root ||
      !roots.every((id, i) => typeof id === 'string' && roots.indexOf(id) === i))
  )
    throw shape('roots');
  if (typeof playbooks !== 'object' || playbooks === null || Array.isArray(playbooks))
    throw shape('playbooks');
  const valid: Record<string, Playbook> = Object.create(null) as Record<string, Playbook>;
  for (const [id, value] of Object.entries(playbooks)) {
    const parsed = Playbook.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw shape(`playbooks.${id}${issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : ''}`);
    }
    if (parsed.data.id !== id) throw shape(`playbooks.${id}.id`);
    valid[id] = parsed.data;
  }
  if (valid[root] === undefined) throw shape(`root "${root}" is not in playbooks`);
  const all = (roots as string[] | undefined) ?? [root];
  const missing = all.find((id) => valid[id] === undefined);
  if (missing !== undefined) throw shape(`roots: "${missing}" is not in playbooks`);
  return { format: 1, root, ...(all.length > 1 ? { roots: all } : {}), playbooks: valid };
}
