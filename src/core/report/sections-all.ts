// The whole checklist as completed: every step the case reached or could reach, with its
// outcome, answers, confirmations (open ones marked), notes and follow-ups; then the
// notes and follow-ups of the case as a whole, and the timeline.
import { localize } from '../i18n.js';
import { whoLabel } from '../journal/who.js';
import { followUpCheck, isQuestionVisible, pendingFollowUps, visibleTasks } from '../session/plan.js';
import { latestConfirmation } from '../session/state.js';
import { describeField } from './facts.js';
import type { CheckItem, Detail, Mark, ReportContext, Section } from './model.js';
import { evidenceFiles } from './sections-evidence.js';
import { answerWords, channelName, timelineBlock } from './sections-shared.js';
import { shortTime } from './timeline.js';

export function allSections(ctx: ReportContext): Section[] {
  const { t, state } = ctx;
  const notesByStep = new Map<string, string[]>();
  const looseNotes: Detail[] = [];
  for (const note of state.notes) {
    if (note.step === undefined) looseNotes.push({ label: shortTime(note.ts), text: note.text });
    else {
      const list = notesByStep.get(note.step) ?? [];
      list.push(`${shortTime(note.ts)} ${note.text}`);
      notesByStep.set(note.step, list);
    }
  }
  const followUpsByStep = new Map<string, Detail[]>();
  for (const f of state.followUps.values()) {
    const detail: Detail = {
      mark: f.resolved ? 'done' : 'open',
      label: f.set.due.slice(0, 10),
      text:
        followUpCheck(f.set, ctx.tasks, ctx.lang) +
        (f.resolved ? ` — ${t.followUpResult(f.resolved.result)}` : ''),
    };
    const list = followUpsByStep.get(f.set.origin.step) ?? [];
    list.push(detail);
    followUpsByStep.set(f.set.origin.step, list);
  }

  const items: CheckItem[] = visibleTasks(state, ctx.tasks).map((task) => {
    const outcome = state.outcomes.get(task.key);
    const mark: Mark = outcome ? outcome.outcome : 'open';
    const status =
      outcome?.outcome === 'skipped'
        ? `${t.outcome.skipped} (${t.skippedWhy(outcome.reason)})`
        : outcome?.outcome === 'waiting'
          ? `${t.outcome.waiting} (${t.waitingUntil(outcome.due)})`
          : t.outcome[outcome?.outcome ?? 'none'];
    const details: Detail[] = [];
    const answers = state.answers.get(task.key);
    for (const q of task.step.questions ?? []) {
      const value = answers?.get(q.id);
      if (value === undefined || !isQuestionVisible(task, q, state)) continue;
      const label = localize(q.prompt, ctx.lang);
      if (value.kind === 'records' && q.type === 'records')
        value.value.forEach((r, i) =>
          details.push({
            label: `${label} ${i + 1}`,
            text: describeField(q, { kind: 'records', value: [r] }, ctx.lang),
          }),
        );
      else details.push({ label, text: describeField(q, value, ctx.lang) });
    }
    for (const c of task.step.confirmations ?? []) {
      if (!isQuestionVisible(task, c, state)) continue;
      const latest = latestConfirmation(state, `${task.key}.${c.id}`);
      const by = latest
        ? ` — ${t.confirmedBy(whoLabel(latest.who, ctx.lang), channelName(ctx, latest.channel), shortTime(latest.at))}${latest.reference ? `, ${t.col.reference} ${latest.reference}` : ''}`
        : '';
      details.push({
        mark: latest?.answer === 'yes' ? 'done' : 'open',
        label: ctx.partyName(c.party),
        text: `${localize(c.ask, ctx.lang)} → ${answerWords(ctx, c, latest)}${by}`,
      });
    }
    for (const note of notesByStep.get(task.key) ?? []) details.push({ label: t.sections.notes, text: note });
    details.push(...(followUpsByStep.get(task.key) ?? []));
    return { mark, title: ctx.stepTitle(task), status, details };
  });

  const pending = pendingFollowUps(state, ctx.today).map((f): Detail => ({
    mark: 'open',
    label: `${f.set.due.slice(0, 10)} (${t.followUp[f.status]})`,
    text: followUpCheck(f.set, ctx.tasks, ctx.lang),
  }));
  const sections: Section[] = [
    { id: 'steps', title: t.sections.steps, blocks: [{ type: 'checklist', items }] },
  ];
  if (looseNotes.length > 0)
    sections.push({ id: 'notes', title: t.sections.notes, blocks: [{ type: 'list', items: looseNotes }] });
  if (pending.length > 0)
    sections.push({
      id: 'follow-ups',
      title: t.sections.followUps,
      blocks: [{ type: 'list', items: pending }],
    });
  const files = evidenceFiles(ctx, false);
  if (files.length > 0) sections.push({ id: 'evidence', title: t.sections.evidence, blocks: files });
  sections.push({ id: 'timeline', title: t.sections.timeline, blocks: [timelineBlock(ctx)] });
  return sections;
}
