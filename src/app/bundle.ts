// What a case's playbook.json holds, and how it is made: the playbooks the case runs, in
// order. Kept apart from case-bundle.ts (which reads one back and checks it with zod) so that
// starting a case, which only writes one, does not load the checker.
import type { Playbook } from '../core/playbook/schema.js';

export const BUNDLE_FILE = 'playbook.json';

/** The playbook as run, with every playbook it includes. */
export interface CaseBundle {
  readonly format: 1;
  /** The first playbook of the case (for a case of one playbook, the only one). */
  readonly root: string;
  /**
   * Every playbook the case runs, in order, `root` first; absent when there is only `root`
   * (every case written before several could share one), see walk.ts SEVERAL ROOTS.
   */
  readonly roots?: readonly string[];
  readonly playbooks: Readonly<Record<string, Playbook>>;
}

/** The case's root playbooks, in the order they are walked. */
export function bundleRoots(bundle: CaseBundle): Playbook[] {
  return (bundle.roots ?? [bundle.root]).flatMap((id) => bundle.playbooks[id] ?? []);
}

/** The bundle of a case that runs `roots` one after another (usually one). */
export function makeBundle(roots: readonly Playbook[], library: ReadonlyMap<string, Playbook>): CaseBundle {
  const [root, ...later] = roots;
  if (root === undefined) throw new RangeError('makeBundle: no playbook');
  return {
    format: 1,
    root: root.id,
    ...(later.length > 0 ? { roots: roots.map((p) => p.id) } : {}),
    playbooks: Object.fromEntries([...roots.map((p) => [p.id, p] as const), ...library]),
  };
}
