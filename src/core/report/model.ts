// The report as data: sections of a few kinds of block, in the person's language, built
// once from the case; the text, Markdown, HTML and JSON renderers only lay it out. Pure.
import { partyNamer } from '../playbook/parties.js';
import { localize, type Lang } from '../i18n.js';
import type { JournalEvent } from '../journal/events.js';
import type { Playbook } from '../playbook/schema.js';
import type { WalkedTask } from '../playbook/walk.js';
import {
  followUpCheck,
  isFinished,
  openConfirmations,
  pendingFollowUps,
  progressOf,
  visibleTasks,
} from '../session/plan.js';
import type { CaseState } from '../session/state.js';
import { DISPUTE_DAYS, gatherFacts, type CaseFacts } from './facts.js';
import { allSections } from './sections-all.js';
import { cardCompanySections, policeSections } from './sections-dispute.js';
import { disputeDeadline } from './sections-shared.js';
import { reportTexts, type ReportTexts } from './texts.js';
import { shortTime } from './timeline.js';

export const REPORT_KINDS = ['card-company', 'police', 'all'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
const REPORT_FORMAT_VERSION = 1;

/** ✓ confirmed or done; □ open; the rest say what happened to a step. */
export type Mark = 'done' | 'open' | 'skipped' | 'waiting' | 'later';

export interface Field {
  readonly label: string;
  readonly value: string;
  /** The fact was never recorded: `value` says so, and HTML shows it greyed out. */
  readonly missing?: boolean;
}
export interface Row {
  readonly cells: readonly string[];
  readonly mark?: Mark;
}
export interface Detail {
  readonly mark?: Mark;
  readonly label?: string;
  readonly text: string;
}
export interface CheckItem {
  readonly mark: Mark;
  readonly title: string;
  readonly status: string;
  readonly details: readonly Detail[];
}
export interface TimelineEntry {
  /** Full timestamp with offset. */
  readonly ts: string;
  /** "2026-11-22 09:05 +09:00" */
  readonly when: string;
  readonly text: string;
  readonly type: JournalEvent['type'];
}
export interface Milestone {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly label: string;
  /** The deadline and today are drawn in their own colours. */
  readonly tone?: 'deadline' | 'today';
}

export type Block =
  | { readonly type: 'paragraph'; readonly text: string; readonly tone?: 'statement' | 'muted' }
  | { readonly type: 'fields'; readonly items: readonly Field[] }
  | {
      readonly type: 'table';
      readonly columns: readonly string[];
      readonly numeric?: readonly number[];
      readonly rows: readonly Row[];
      readonly footer?: readonly string[];
    }
  | { readonly type: 'list'; readonly items: readonly Detail[] }
  | { readonly type: 'checklist'; readonly items: readonly CheckItem[] }
  | {
      readonly type: 'timeline';
      readonly entries: readonly TimelineEntry[];
      readonly milestones: readonly Milestone[];
      readonly note: string;
      readonly columns: readonly [string, string];
    }
  | { readonly type: 'signature'; readonly lines: readonly string[] };

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface Report {
  readonly format: 'respond-report';
  readonly version: typeof REPORT_FORMAT_VERSION;
  readonly kind: ReportKind;
  readonly lang: Lang;
  readonly generatedAt: string;
  readonly title: string;
  readonly subtitle: readonly string[];
  readonly case: {
    readonly id: string;
    readonly playbook: string;
    readonly title: string;
    readonly name: string | undefined;
    readonly started: string | undefined;
    readonly lastActivity: string | undefined;
    readonly closed: boolean;
    readonly events: number;
  };
  readonly status: {
    readonly finished: boolean;
    readonly progress: { readonly finished: number; readonly total: number };
    /** The line at the top of an unfinished report; the open items are listed at the end. */
    readonly banner: string | undefined;
    readonly open: readonly string[];
  };
  readonly facts: CaseFacts;
  /** DISPUTE_DAYS after the statement date; absent when no statement date is recorded. */
  readonly deadline:
    | { readonly from: string; readonly days: number; readonly date: string; readonly daysLeft: number }
    | undefined;
  readonly sections: readonly Section[];
}

export interface ReportInput {
  readonly caseId: string;
  readonly events: readonly JournalEvent[];
  readonly state: CaseState;
  readonly tasks: readonly WalkedTask[];
  readonly playbook: Playbook;
  readonly library: ReadonlyMap<string, Playbook>;
  readonly lang: Lang;
  /** The report's "now", a timestamp with offset: days left are counted from its date. */
  readonly now: string;
}

/** What the section builders share. */
export interface ReportContext extends ReportInput {
  readonly t: ReportTexts;
  readonly facts: CaseFacts;
  readonly today: string;
  readonly partyName: (id: string) => string;
  readonly stepTitle: (task: WalkedTask) => string;
  readonly missing: (label: string, value: string | undefined) => Field;
}

export function buildReport(kind: ReportKind, input: ReportInput): Report {
  const t = reportTexts[input.lang];
  const partyName = partyNamer(input.playbook, input.library, input.lang);
  const facts = gatherFacts(input.state, input.tasks, input.lang);
  const ctx: ReportContext = {
    ...input,
    t,
    facts,
    today: input.now.slice(0, 10),
    partyName,
    stepTitle: (task) => localize(task.step.title, input.lang),
    missing: (label, value) =>
      value === undefined || value === '' ? { label, value: t.notRecorded, missing: true } : { label, value },
  };
  const progress = progressOf(input.state, input.tasks);
  const open = openItems(ctx);
  const closed = input.state.closed !== undefined;
  const finished = closed && open.length === 0;
  // A short line at the top; the items themselves at the end, so that the page the card
  // company or the police read first is the summary they asked for.
  const banner = finished
    ? undefined
    : closed
      ? t.closedWithOpen(open.length)
      : t.unfinished(progress.finished, progress.total, open.length);
  const sections =
    kind === 'card-company'
      ? cardCompanySections(ctx)
      : kind === 'police'
        ? policeSections(ctx)
        : allSections(ctx);
  const started = input.state.started;
  const deadline = disputeDeadline(ctx);
  return {
    format: 'respond-report',
    version: REPORT_FORMAT_VERSION,
    kind,
    lang: input.lang,
    generatedAt: input.now,
    title: t.titles[kind],
    subtitle: [
      t.caseLine(input.caseId, localize(input.playbook.title, input.lang)) +
        (started?.name ? ` (${started.name})` : ''),
      t.generated(shortTime(input.now)),
    ],
    case: {
      id: input.caseId,
      playbook: input.playbook.id,
      title: localize(input.playbook.title, input.lang),
      name: started?.name,
      started: started?.ts,
      lastActivity: input.state.lastActivity,
      closed,
      events: input.state.eventCount,
    },
    status: { finished, progress, banner, open },
    facts,
    deadline: deadline
      ? { from: deadline.from, days: DISPUTE_DAYS, date: deadline.date, daysLeft: deadline.left }
      : undefined,
    sections,
  };
}

function openItems(ctx: ReportContext): string[] {
  const { t, state, tasks } = ctx;
  const steps = visibleTasks(state, tasks)
    .filter((task) => !isFinished(state, task.key))
    .map((task) => t.openStep(ctx.stepTitle(task)));
  const confirmations = openConfirmations(state, tasks).map((o) =>
    t.openConfirmation(ctx.partyName(o.confirmation.party), localize(o.confirmation.ask, ctx.lang)),
  );
  const followUps = pendingFollowUps(state, ctx.today).map((f) =>
    t.openFollowUp(f.set.due.slice(0, 10), followUpCheck(f.set, tasks, ctx.lang)),
  );
  return [...steps, ...confirmations, ...followUps];
}
