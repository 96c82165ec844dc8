// What the walk-through prints around the questions: each step's header (progress, title,
// why, how, the region's helplines) and the summary at the end (what is still open first).
import { helplineLines } from '../core/helplines/directory.js';
import { localize, type Lang } from '../core/i18n.js';
import { wrapPlain } from '../core/playbook/render-text.js';
import type { WalkedTask } from '../core/playbook/walk.js';
import type { Region } from '../core/region.js';
import { followUpCheck, openConfirmations, pendingFollowUps, progressOf } from '../core/session/plan.js';
import type { CaseState } from '../core/session/state.js';
import { sessionMessages } from './session-messages.js';

export function renderStepHeader(
  task: WalkedTask,
  position: number,
  total: number,
  lang: Lang,
  width = 80,
  about = false,
  region?: Region,
): string {
  const t = sessionMessages[lang];
  const lines = [
    '',
    `── ${t.progress(position, total, about)} ──`,
    ...wrapPlain(localize(task.step.title, lang), width),
  ];
  if (task.step.why) lines.push('', ...wrapPlain(localize(task.step.why, lang), width, `${t.why}: `, '  '));
  if (task.step.instructions) {
    lines.push('', `${t.howTo}:`);
    for (const line of localize(task.step.instructions, lang).trimEnd().split('\n')) {
      // "- item" lines hang their continuation under the item's text.
      const bullet = /^(\s*[-•*]\s+|\s*\d+[.)]\s+)/.exec(line)?.[0] ?? '';
      lines.push(
        ...wrapPlain(line.slice(bullet.length), width, `  ${bullet}`, `  ${' '.repeat(bullet.length)}`),
      );
    }
  }
  if (task.step.helplines) {
    const found = helplineLines(task.step.helplines, region ?? 'other', lang);
    lines.push('', `${t.helplines}:`);
    for (const line of found.length > 0 ? found : [t.helplinesElsewhere])
      lines.push(...wrapPlain(line, width, '  - ', '    '));
  }
  lines.push('');
  return lines.join('\n');
}

export function renderSummary(
  caseId: string,
  state: CaseState,
  tasks: readonly WalkedTask[],
  lang: Lang,
  today: string,
  cmd = 'respond',
): string {
  const t = sessionMessages[lang];
  const progress = progressOf(state, tasks);
  const open = openConfirmations(state, tasks);
  const followUps = pendingFollowUps(state, today);
  // What is still open comes first: "22 of 22 steps done" above 14 open questions read as
  // "all done" to someone who then stops looking.
  const lines = [
    '',
    open.length > 0 || followUps.length > 0 ? t.finishedWithOpen(open.length) : t.finishedTitle,
  ];
  if (open.length > 0) {
    lines.push('', t.summaryOpen);
    for (const o of open)
      lines.push(
        `  □ ${localize(o.confirmation.ask, lang)}${o.latest ? ` (${o.latest.answer === 'no' ? t.no : o.latest.answer === 'yes' ? t.yes : t.dontKnow})` : ''}`,
      );
  } else lines.push(t.summaryNothingOpen);
  if (followUps.length > 0) {
    lines.push('', t.summaryFollowUps);
    for (const f of followUps) lines.push(`  ${f.set.due}  ${followUpCheck(f.set, tasks, lang)}`);
    // Nothing reminds anyone by itself: say how to be reminded.
    lines.push(t.remindHow(cmd));
  }
  lines.push('', t.summaryDone(progress.finished, progress.total));
  lines.push('', t.summaryReport(caseId, cmd));
  return lines.join('\n');
}
