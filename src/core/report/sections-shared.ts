// Blocks more than one report kind uses: the confirmations asked of a party, the evidence
// list, every contact, the deadline, and the timeline with its key dates.
import { channelLabel } from '../journal/channels.js';
import { localize } from '../i18n.js';
import { whoLabel } from '../journal/who.js';
import type { Answer, AnswerValue, Confirmation as ConfirmationEvent } from '../journal/events.js';
import {
  addDays,
  daysBetween,
  isQuestionVisible,
  isStepVisible,
  openConfirmations,
} from '../session/plan.js';
import { latestConfirmation } from '../session/state.js';
import { describeField, DISPUTE_DAYS } from './facts.js';
import type { Block, Detail, Milestone, ReportContext, Row } from './model.js';
import { shortTime, timeline } from './timeline.js';

export function channelName(ctx: ReportContext, channel: string): string {
  return channelLabel(channel, ctx.lang);
}

/** "Sato, phone, 2026-11-22 09:05 +09:00, ref. R-1" as table cells: who, when, channel, reference. */
function confirmationCells(ctx: ReportContext, event: ConfirmationEvent | undefined): string[] {
  if (!event) return ['', '', '', ''];
  return [
    whoLabel(event.who, ctx.lang),
    shortTime(event.at),
    channelName(ctx, event.channel),
    event.reference ?? '',
  ];
}

export function answerText(ctx: ReportContext, event: ConfirmationEvent | undefined): string {
  return event ? ctx.t.answer[event.answer] : ctx.t.answer.open;
}

/**
 * Every confirmation for these parties that was answered, or is still open in a step the
 * person reached: [party, question, answer, who, when, channel, reference], open ones marked.
 */
export function confirmationTable(ctx: ReportContext, parties: ReadonlySet<string>): Block | undefined {
  const openKeys = new Set(
    openConfirmations(ctx.state, ctx.tasks).map((o) => `${o.task.key}.${o.confirmation.id}`),
  );
  const rows: Row[] = [];
  for (const task of ctx.tasks) {
    if (!isStepVisible(task, ctx.state)) continue;
    for (const c of task.step.confirmations ?? []) {
      if (!parties.has(c.party) || !isQuestionVisible(task, c, ctx.state)) continue;
      const key = `${task.key}.${c.id}`;
      const latest = latestConfirmation(ctx.state, key);
      if (!latest && !openKeys.has(key)) continue;
      rows.push({
        mark: latest?.answer === 'yes' ? 'done' : 'open',
        cells: [
          ctx.partyName(c.party),
          localize(c.ask, ctx.lang),
          answerText(ctx, latest),
          ...confirmationCells(ctx, latest),
        ],
      });
    }
  }
  if (rows.length === 0) return undefined;
  const col = ctx.t.col;
  return {
    type: 'table',
    columns: [col.party, col.question, col.answer, col.who, col.when, col.channel, col.reference],
    rows,
  };
}

/** Every contact and every answer given, oldest first. */
export function contactsTable(ctx: ReportContext): Block {
  const col = ctx.t.col;
  const askOf = new Map<string, string>(
    ctx.tasks.flatMap((task) =>
      (task.step.confirmations ?? []).map((c) => [`${task.key}.${c.id}`, localize(c.ask, ctx.lang)] as const),
    ),
  );
  const entries: { at: string; row: Row }[] = [];
  for (const contact of ctx.state.contacts) {
    const how = [contact.phone, contact.email].filter((s) => s !== undefined).join(', ');
    entries.push({
      at: contact.ts,
      row: {
        cells: [
          shortTime(contact.ts),
          ctx.partyName(contact.party),
          contact.who,
          channelName(ctx, contact.channel),
          how,
          '',
        ],
      },
    });
  }
  for (const [key, events] of ctx.state.confirmations) {
    for (const e of events) {
      const what = `${askOf.get(key) ?? key} → ${answerText(ctx, e)}`;
      entries.push({
        at: e.at,
        row: {
          mark: e.answer === 'yes' ? 'done' : 'open',
          cells: [
            shortTime(e.at),
            ctx.partyName(e.party),
            whoLabel(e.who, ctx.lang),
            channelName(ctx, e.channel),
            what,
            e.reference ?? '',
          ],
        },
      });
    }
  }
  if (entries.length === 0) return { type: 'paragraph', text: ctx.t.noContacts, tone: 'muted' };
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return {
    type: 'table',
    columns: [col.when, col.party, col.who, col.channel, col.what, col.reference],
    rows: entries.map((e) => e.row),
  };
}

export interface Deadline {
  readonly from: string;
  readonly date: string;
  readonly left: number;
}

/** DISPUTE_DAYS after the statement date, counted in calendar days from today. */
export function disputeDeadline(ctx: ReportContext): Deadline | undefined {
  const from = ctx.facts.statementDate;
  if (from === undefined) return undefined;
  const date = addDays(from, DISPUTE_DAYS);
  return { from, date, left: daysBetween(ctx.today, date) };
}

export function evidenceList(ctx: ReportContext): Block {
  const { t, facts, state } = ctx;
  const items: Detail[] = [];
  const first = state.started?.ts ?? ctx.events[0]?.ts;
  if (first !== undefined && state.lastActivity !== undefined)
    items.push({
      text: t.evidence.journal(state.eventCount, shortTime(first), shortTime(state.lastActivity)),
    });
  if (facts.mailCount !== undefined) items.push({ text: t.evidence.mails(facts.mailCount) });
  if (facts.screenshots) items.push({ text: t.evidence.screenshots });
  for (const [key, events] of state.confirmations) {
    const last = events.at(-1);
    if (key.endsWith('.in-writing') && last?.answer === 'yes')
      items.push({ text: t.evidence.writtenConfirmation(ctx.partyName(last.party)) });
  }
  for (const ref of facts.references) items.push({ text: t.evidence.reference(ref.label, ref.value) });
  // A reference the party gave that no answer holds yet, once per party and number.
  const known = new Set(facts.references.map((r) => r.value));
  for (const events of state.confirmations.values()) {
    for (const e of events) {
      if (e.reference === undefined || known.has(e.reference)) continue;
      known.add(e.reference);
      items.push({
        text: t.evidence.reference(`${ctx.partyName(e.party)} (${whoLabel(e.who, ctx.lang)})`, e.reference),
      });
    }
  }
  return { type: 'list', items: dedupe(items) };
}

function dedupe(items: Detail[]): Detail[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.text) ? false : (seen.add(i.text), true)));
}

export function timelineBlock(ctx: ReportContext): Block {
  const { t, facts } = ctx;
  const lines = timeline(ctx.events, {
    lang: ctx.lang,
    playbookTitle: localize(ctx.playbook.title, ctx.lang),
    tasks: ctx.tasks,
    partyName: ctx.partyName,
  });
  const milestones: Milestone[] = [];
  const add = (value: string | undefined, label: string, tone?: Milestone['tone']) => {
    // A date told with its time ("2026-11-29 09:15") is drawn on its day.
    const date = value?.slice(0, 10);
    if (date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date))
      milestones.push(tone ? { date, label, tone } : { date, label });
  };
  add(facts.noticed, t.milestones.noticed);
  add(ctx.state.started?.ts.slice(0, 10), t.milestones.started);
  for (const told of facts.told) add(told.date, t.toldMilestone(ctx.partyName(told.party)));
  add(facts.statementDate, t.milestones.statement);
  add(facts.police.date, t.milestones.police);
  add(disputeDeadline(ctx)?.date, t.milestones.deadline, 'deadline');
  add(ctx.today, t.milestones.now, 'today');
  milestones.sort((a, b) => a.date.localeCompare(b.date));
  return {
    type: 'timeline',
    entries: lines.map((l) => ({
      ts: l.event.ts,
      when: l.when,
      text: l.event.type === 'answer' ? (answerLine(ctx, l.event) ?? l.text) : l.text,
      type: l.event.type,
    })),
    milestones,
    note: t.axisNote,
    columns: [t.col.when, t.col.what],
  };
}

/** An answer as the person chose it: choice labels, not option ids. */
function answerLine(ctx: ReportContext, event: Answer): string | undefined {
  const question = ctx.tasks
    .find((task) => task.key === event.step)
    ?.step.questions?.find((q) => q.id === event.question);
  if (!question) return undefined;
  const value = { kind: event.kind, value: event.value } as AnswerValue;
  return `${localize(question.prompt, ctx.lang)}: ${describeField(question, value, ctx.lang)}`;
}
