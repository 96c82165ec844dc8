// Includes across playbooks: every included id must exist, and no chain of includes may
// come back to a playbook already on it (fraud-order → stop-shipment → fraud-order would
// never end). Pure: the caller supplies the lookup (catalog, or files named together).
import type { Lang } from '../i18n.js';
import { validationTexts } from './messages.js';
import type { IncludeStep, Playbook, Step } from './schema.js';
import { suggest } from './suggest.js';
import type { Finding } from './yaml-tree.js';

export type PlaybookLookup = (id: string) => Playbook | undefined;

/** Problems listed, as for one file's own: a playbook of 2,500 broken includes once printed 28,177 lines. */
export const MAX_INCLUDE_ISSUES = 100;

// Not schema.js's isIncludeStep: importing schema.js loads zod, and the catalog runs this on
// every start from cached, already validated playbooks.
const isIncludeStep = (step: Step): step is IncludeStep => 'include' in step;

/**
 * Problems with the includes reachable from `root`, each at the root's include step that
 * leads to it (path ['steps', i, 'include']). `knownIds` feeds "did you mean".
 */
export function checkIncludes(
  root: Playbook,
  lookup: PlaybookLookup,
  lang: Lang,
  knownIds: Iterable<string> = [],
): Finding[] {
  const t = validationTexts[lang];
  const known = [...new Set(knownIds)];
  const find = (id: string) => (id === root.id ? root : lookup(id));
  const out: Finding[] = [];
  const reported = new Set<string>();
  // Fully explored playbooks with nothing wrong below them: a diamond is walked once.
  const clean = new Set<string>();

  let full = false;
  const report = (stepIndex: number, message: string) => {
    if (reported.has(message) || full) return;
    reported.add(message);
    if (out.length === MAX_INCLUDE_ISSUES) {
      full = true;
      out.push({ path: ['steps', stepIndex, 'include'], message: t.tooMany(MAX_INCLUDE_ISSUES) });
      return;
    }
    out.push({ path: ['steps', stepIndex, 'include'], message });
  };

  // Depth-first with an explicit stack of chains, so a long chain cannot overflow the stack.
  root.steps.forEach((step, stepIndex) => {
    if (!isIncludeStep(step) || full) return;
    const pending: string[][] = [[root.id, step.include]];
    while (pending.length > 0) {
      const chain = pending.pop() ?? [];
      const id = chain.at(-1) ?? '';
      const earlier = chain.indexOf(id);
      if (earlier < chain.length - 1) {
        report(stepIndex, t.includeCycle(chain.slice(earlier).join(' → ')));
        continue;
      }
      if (clean.has(id)) continue;
      const playbook = find(id);
      if (playbook === undefined) {
        const via = chain.length > 2 ? `${chain.slice(0, -1).join(' → ')}: ` : '';
        report(stepIndex, t.unknownInclude(id, via, suggest(id, known)));
        continue;
      }
      const next = playbook.steps.filter(isIncludeStep).map((s) => [...chain, s.include]);
      if (next.length === 0) clean.add(id);
      for (const chainToNext of next.reverse()) pending.push(chainToNext);
    }
  });
  return out;
}
