// The playbook a case was run with (playbook.json), read back with suspicion: a stray edit,
// a truncated copy or a hostile file must become one clear error naming the file, never a
// crash deep in the walk. The journal stays readable without it (`respond log`).
import { Playbook } from '../core/playbook/schema.js';
import { hashPlaybook } from '../io/journal.js';
import { readCaseFile } from '../io/case.js';

/** The playbook as run, with every playbook it includes. */
export interface CaseBundle {
  readonly format: 1;
  readonly root: string;
  readonly playbooks: Readonly<Record<string, Playbook>>;
}

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
 * Reads and checks a case's bundle. `expectedHash` is the case-started event's
 * playbookHash; when given, a bundle that no longer matches it is refused.
 */
export function readBundle(caseId: string, path: string, expectedHash: string | undefined): CaseBundle {
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
  if (expectedHash !== undefined && hash !== expectedHash)
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
  const { format, root, playbooks } = data as Record<string, unknown>;
  if (format !== 1) throw shape('format');
  if (typeof root !== 'string') throw shape('root');
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
  return { format: 1, root, playbooks: valid };
}
