// Blocks more than one report kind uses: the confirmations asked of a party, the evidence
// list, every contact, the deadline, and the timeline with its key dates.
import { channelLabel } from '../journal/channels.js';
import { localize } from '../i18n.js';
import { whoLabel } from '../journal/who.js';
import type {
  Answer,
  AnswerValue,
  Confirmation as ConfirmationEvent,
  JournalEvent,
} from '../journal/events.js';
import type { Confirmation as ConfirmationSpec } from '../playbook/schema.js';
import { addDays, daysBetween, isQuestionVisible, isStepVisible } from '../session/plan.js';
import { latestConfirmation } from '../session/state.js';
import { describeField, DISPUTE_DAYS } from './facts.js';
import type { Block, Detail, Milestone, ReportContext, Row, TimelineEntry } from './model.js';
import { mailLine, shortTime, timeline } from './timeline.js';

export function channelName(ctx: ReportContext, channel: string): string {
  return channelLabel(channel, ctx.lang);
}

/** A question that asks several things at once ("Was it bought? Where to? Can it be stopped?"). */
const isCompound = (ask: string): boolean => (ask.match(/[?？]/g) ?? []).length > 1;

/**
 * The answer in words: what they said when they said something ("yes: the gift card is
 * unused, they will freeze it"), the choice's label, never a bare tick; a "yes" to a
 * compound question with nothing beside it says it does not tell which part it answers.
 */
export function answerWords(
  ctx: ReportContext,
  spec: ConfirmationSpec,
  event: ConfirmationEvent | undefined,
): string {
  const { t } = ctx;
  if (event === undefined) return t.answer.open;
  const value = event.value;
  if (
    event.answer === 'yes' &&
    value !== undefined &&
    !(value.kind === 'text' && value.value.trim() === '')
  ) {
    const option = value.kind === 'choice' ? spec.options?.find((o) => o.id === value.value) : undefined;
    return option ? localize(option.label, ctx.lang) : describeField(undefined, value, ctx.lang);
  }
  if (event.answer === 'yes' && isCompound(localize(spec.ask, ctx.lang))) return t.compoundYes;
  return t.answer[event.answer];
}

/**
 * What these parties confirmed, one conversation at a time: a line saying with whom, by
 * which channel, when and the reference, then each question and its answer in words.
 * Questions never put to them are not here: they are on the person's own last page.
 */
export function confirmationGroups(ctx: ReportContext, parties: ReadonlySet<string>): Block[] {
  const groups = new Map<string, { head: ConfirmationEvent; rows: Row[] }>();
  for (const task of ctx.tasks) {
    if (!isStepVisible(task, ctx.state)) continue;
    for (const c of task.step.confirmations ?? []) {
      if (!parties.has(c.party) || !isQuestionVisible(task, c, ctx.state)) continue;
      const latest = latestConfirmation(ctx.state, `${task.key}.${c.id}`);
      if (latest === undefined) continue;
      const key = [
        latest.party,
        latest.who,
        latest.channel,
        latest.reference ?? '',
        latest.at.slice(0, 10),
      ].join('\u0000');
      const group = groups.get(key) ?? { head: latest, rows: [] };
      group.rows.push({ cells: [localize(c.ask, ctx.lang), answerWords(ctx, c, latest)] });
      groups.set(key, group);
    }
  }
  const col = ctx.t.col;
  return [...groups.values()]
    .sort((a, b) => Date.parse(a.head.at) - Date.parse(b.head.at))
    .flatMap(({ head, rows }): Block[] => [
      {
        type: 'paragraph',
        tone: 'lead',
        text: ctx.t.conversation(
          ctx.partyName(head.party),
          whoLabel(head.who, ctx.lang),
          channelName(ctx, head.channel),
          shortTime(head.at),
          head.reference,
        ),
      },
      { type: 'table', columns: [col.question, col.answer], rows, wide: 0 },
    ]);
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

/**
 * What is kept: the record, the mails, the written confirmations and the reference numbers
 * (`answers`: only those answers hold, when the conversations are listed with theirs).
 */
export function evidenceList(
  ctx: ReportContext,
  { references = 'all' }: { references?: 'all' | 'answers' } = {},
): Block {
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
  for (const events of references === 'all' ? state.confirmations.values() : []) {
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

/** What the police timeline keeps of the record: how the case began, what was said, and how it ends. */
const KEY_EVENTS = new Set([
  'case-started',
  'note',
  'follow-up-resolved',
  'case-closed',
  'triage',
  'evidence-attached',
]);

/**
 * The timeline: every entry (`all`), or only what matters (`key`): the start, each
 * conversation once at the time it happened with how many questions it answered, the
 * notes, the checks done, the close.
 */
export function timelineBlock(ctx: ReportContext, detail: 'all' | 'key' = 'all'): Block {
  const { t, facts } = ctx;
  const all = timeline(
    ctx.events,
    {
      lang: ctx.lang,
      playbookTitle: localize(ctx.playbook.title, ctx.lang),
      tasks: ctx.tasks,
      partyName: ctx.partyName,
    },
    { group: true },
  );
  const lines: {
    when: string;
    text: string;
    event: JournalEvent | { readonly type: 'contact'; readonly ts: string };
  }[] =
    detail === 'all'
      ? [...all]
      : [
          ...all.filter((l) => KEY_EVENTS.has(l.event.type)),
          ...facts.calls.map((c) => {
            const n = [...ctx.state.confirmations.values()]
              .map((list) => list.at(-1))
              .filter(
                (e) =>
                  e !== undefined &&
                  e.party === c.party &&
                  e.who === c.who &&
                  e.channel === c.channel &&
                  e.at.slice(0, 10) === c.at.slice(0, 10),
              ).length;
            const text = `${t.conversation(ctx.partyName(c.party), whoLabel(c.who, ctx.lang), channelName(ctx, c.channel), '', c.reference)}${n > 0 ? ` — ${t.askedCount(n)}` : ''}`;
            return { when: shortTime(c.at), text, event: { type: 'contact', ts: c.at } as const };
          }),
        ];
  // A mail kept as evidence stands at the time it was sent, not when it was attached:
  // that is when the order, the alert or the notice arrived.
  const mails = ctx.state.evidence.flatMap((e) =>
    e.mail?.date === undefined
      ? []
      : [
          {
            when: shortTime(e.mail.date),
            text: mailLine(e.mail, ctx.lang),
            event: { ...e, ts: e.mail.date },
          },
        ],
  );
  if (detail !== 'all') {
    lines.push(...mails);
    lines.sort((a, b) => Date.parse(a.event.ts) - Date.parse(b.event.ts));
  } else
    // The full timeline keeps the journal's order; a mail goes before the first entry after it.
    for (const mail of mails) {
      const sent = Date.parse(mail.event.ts);
      const at = lines.findIndex((l) => Date.parse(l.event.ts) > sent);
      lines.splice(at < 0 ? lines.length : at, 0, mail);
    }
  const milestones: Milestone[] = [];
  const key = detail === 'key';
  const add = (value: string | undefined, label: string, tone?: Milestone['tone']) => {
    // A date told with its time ("2026-11-29 09:15") is drawn on its day.
    const date = value?.slice(0, 10);
    if (date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date))
      milestones.push(tone ? { date, label, tone } : { date, label });
  };
  add(facts.noticed, key ? t.dated.noticed : t.milestones.noticed);
  if (!key) add(ctx.state.started?.ts.slice(0, 10), t.milestones.started);
  // The short timeline lists each conversation with its time: a party told that day is
  // not said twice.
  const talked = new Set(facts.calls.map((c) => `${c.party} ${c.at.slice(0, 10)}`));
  for (const told of facts.told)
    if (!key || !talked.has(`${told.party} ${told.date?.slice(0, 10) ?? ''}`))
      add(told.date, (key ? t.toldLine : t.toldMilestone)(ctx.partyName(told.party)));
  add(facts.statementDate, key ? t.dated.statement : t.milestones.statement);
  add(facts.police.date, key ? t.dated.police : t.milestones.police);
  if (!key) {
    add(disputeDeadline(ctx)?.date, t.milestones.deadline, 'deadline');
    add(ctx.today, t.milestones.now, 'today');
  }
  milestones.sort((a, b) => a.date.localeCompare(b.date));
  const entries: TimelineEntry[] = lines.map((l) => ({
    ts: l.event.ts,
    when: l.when,
    text: l.event.type === 'answer' && 'step' in l.event ? (answerLine(ctx, l.event) ?? l.text) : l.text,
    type: l.event.type,
  }));
  if (key) {
    // One list in time order: a day told (noticed, the statement, the police) before the
    // entries timed that day.
    const dated = milestones.map((m) => ({ ts: m.date, when: m.date, text: m.label, type: 'date' as const }));
    return {
      type: 'timeline',
      entries: [...dated, ...entries].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
      milestones: [],
      note: t.axisNote,
      columns: [t.col.when, t.col.what],
      chart: false,
    };
  }
  return {
    type: 'timeline',
    entries,
    milestones,
    note: t.axisNote,
    columns: [t.col.when, t.col.what],
    chart: detail === 'all',
  };
}

/** Where an entry sorts: a day told (local) before the times of that day. */
function sortKey(e: TimelineEntry): string {
  return e.ts.length === 10 ? `${e.ts}T` : e.ts;
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
