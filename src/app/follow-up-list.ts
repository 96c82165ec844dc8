// Every open follow-up of the person's cases, with what to check and the command to go on:
// what `respond due` lists and `respond calendar` turns into events. Only open cases whose
// next follow-up falls in range are opened (the case index answers for the rest).
import { localize, type Lang } from '../core/i18n.js';
import { formatLocalDate } from '../core/journal/timestamp.js';
import { followUpCheck, pendingFollowUps, type FollowUpStatus } from '../core/session/plan.js';
import type { Paths } from '../io/paths.js';
import { summarizeCases } from './case-summaries.js';
import { loadCase } from './cases.js';

export interface ListedFollowUp {
  readonly caseId: string;
  readonly caseTitle: string;
  /** The follow-up's own id, stable for the life of the case. */
  readonly id: string;
  /** YYYY-MM-DD. */
  readonly due: string;
  readonly status: FollowUpStatus;
  readonly check: string;
}

/**
 * Open follow-ups of every open case (or of `only`), soonest first; `upTo` (YYYY-MM-DD)
 * leaves out those due later.
 */
export function listFollowUps(
  paths: Paths,
  now: Date,
  lang: (started: string | undefined) => Lang,
  options: { readonly only?: string; readonly upTo?: string } = {},
): ListedFollowUp[] {
  const today = formatLocalDate(now);
  const cases = summarizeCases(paths, now, lang, undefined, { open: true }).filter(
    (c) =>
      (options.only === undefined || c.id === options.only) &&
      c.nextFollowUp !== undefined &&
      (options.upTo === undefined || c.nextFollowUp.set.due.slice(0, 10) <= options.upTo),
  );
  const out: ListedFollowUp[] = [];
  for (const summary of cases) {
    const loaded = loadCase(paths, summary.id);
    const caseLang = lang(loaded.state.started?.lang);
    for (const f of pendingFollowUps(loaded.state, today)) {
      const due = f.set.due.slice(0, 10);
      if (options.upTo !== undefined && due > options.upTo) continue;
      out.push({
        caseId: summary.id,
        caseTitle: localize(summary.title, caseLang),
        id: f.set.id,
        due,
        status: f.status,
        check: followUpCheck(f.set, loaded.tasks, caseLang),
      });
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.caseId.localeCompare(b.caseId));
}
