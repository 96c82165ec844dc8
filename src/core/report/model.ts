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
import { cardCompanySections } from './sections-dispute.js';
import { policeSections } from './sections-police.js';
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
  /** The journal event's type; `contact` a conversation, `date` a day the person told (noticed, the statement). */
  readonly type: JournalEvent['type'] | 'contact' | 'date';
}
export interface Milestone {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly label: string;
  /** The deadline and today are drawn in their own colours. */
  readonly tone?: 'deadline' | 'today';
}

/** A file kept with the case (evidence-attached), as every report lists it. */
export interface EvidenceItem {
  readonly name: string;
  /** Its path in the case folder: evidence/<stored name>. */
  readonly file: string;
  readonly mediaType: string;
  /** Bytes. */
  readonly size: number;
  /** When it was attached: a timestamp with offset. */
  readonly attached: string;
  /** "PNG image, 72 KB, attached 2026-11-22 09:05 +09:00" */
  readonly details: string;
  readonly sha256: string;
  readonly note?: string;
  /** For a mail: who sent it, when, and its subject. */
  readonly mail?: string;
  /** HTML only: the image as a data: URL, when it is small enough to embed (ReportInput.images). */
  readonly image?: string;
  /** HTML only: why an image is not shown (too large to embed, a format browsers do not draw). */
  readonly notShown?: string;
}

export type Block =
  | {
      readonly type: 'paragraph';
      readonly text: string;
      /** statement: the signed declaration; muted: "nothing recorded"; lead: the line above a table it introduces. */
      readonly tone?: 'statement' | 'muted' | 'lead';
    }
  | { readonly type: 'fields'; readonly items: readonly Field[] }
  | {
      readonly type: 'table';
      readonly columns: readonly string[];
      readonly numeric?: readonly number[];
      /** Columns as wide as their content and no wider (dates, channels): never wrapped. */
      readonly narrow?: readonly number[];
      /** Columns of ids and reference numbers: small print, allowed to break anywhere. */
      readonly ids?: readonly number[];
      /** The one column that takes the width left (a question, an address). */
      readonly wide?: number;
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
      /** Drawn on a time axis (HTML); the short timeline of the police report lists its key dates instead. */
      readonly chart: boolean;
    }
  | { readonly type: 'signature'; readonly lines: readonly string[] }
  | {
      readonly type: 'evidence';
      readonly items: readonly EvidenceItem[];
      /** The police report prints each image large on its page; the others keep thumbnails. */
      readonly large: boolean;
    };

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
    /** The line at the top of an unfinished report: what is unconfirmed; the open items are on the last page. */
    readonly banner: string | undefined;
    /** What the person still has to ask, check or do for this paper's reader (the card company: the card's; the police: theirs and what is unconfirmed). */
    readonly open: readonly string[];
    /** The open items on a page of their own (card company, all), or as the paper's last section (police). */
    readonly apart: boolean;
    /** How many more open items concern the other parties: they are in the "all" report. */
    readonly elsewhere: number;
  };
  readonly facts: CaseFacts;
  /** DISPUTE_DAYS after the statement date; absent when no statement date is recorded. */
  readonly deadline:
    | { readonly from: string; readonly days: number; readonly date: string; readonly daysLeft: number }
    | undefined;
  readonly sections: readonly Section[];
  /** The record the report was made from, so a printed report can be matched to it (respond verify). */
  readonly record: (RecordMark & { readonly short: string }) | undefined;
}

/** The journal's last line as written: its number, time and hash (the chain's head when chained). */
interface RecordMark {
  readonly events: number;
  readonly at: string | undefined;
  /** `sha256:<hex>` */
  readonly hash: string;
  /** False for a journal written before the chain: the hash pins only its last line. */
  readonly chained: boolean;
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
  readonly record?: RecordMark | undefined;
  /** Evidence images to embed (HTML): `file` → data: URL, read by app/report.ts within a size cap. */
  readonly images?: ReadonlyMap<string, string>;
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
  const playbookName = partyNamer(input.playbook, input.library, input.lang);
  const facts = gatherFacts(input.state, input.tasks, input.lang);
  // The shop, the card company, the delivery company by their own names once told.
  const known: Record<string, string | undefined> = {
    merchant: facts.site,
    'card-issuer': facts.issuer,
    carrier: facts.carrier,
  };
  const partyName = (id: string): string =>
    (Object.hasOwn(known, id) ? known[id] : undefined) ?? playbookName(id);
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
  const every = openItems(ctx, 'all');
  const items = kind === 'all' ? every : openItems(ctx, kind);
  const open = items.map((i) => i.text);
  const closed = input.state.closed !== undefined;
  const finished = closed && every.length === 0;
  // A short line at the top saying what is not confirmed; the items themselves on a page
  // of their own at the end, so that the page read first is the summary asked for. The
  // police report has no signature to keep them from: they close it, on no page of their
  // own, so that it fits in two printed pages.
  const apart = kind !== 'police';
  const unconfirmed = new Map<string, number>();
  for (const i of items)
    if (i.party !== undefined) unconfirmed.set(i.party, (unconfirmed.get(i.party) ?? 0) + 1);
  const banner = finished
    ? undefined
    : t.banner(
        [...unconfirmed].map(([party, n]) => t.unconfirmedPart(t.inSentence(partyName(party)), n)),
        open.length,
        closed,
        apart,
      );
  const sections =
    kind === 'card-company'
      ? cardCompanySections(ctx)
      : kind === 'police'
        ? policeSections(ctx)
        : allSections(ctx);
  const started = input.state.started;
  const deadline = disputeDeadline(ctx);
  // sha256: and 16 hex digits are plenty to match by eye; the JSON and the HTML title hold all 64.
  const record = input.record && {
    ...input.record,
    short: input.record.hash.slice(0, 'sha256:'.length + 16),
  };
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
      ...(record === undefined
        ? []
        : [
            t.recordLine(
              record.events,
              record.at === undefined ? '?' : shortTime(record.at),
              record.short,
              record.chained,
            ),
          ]),
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
    status: { finished, progress, banner, open, apart, elsewhere: every.length - items.length },
    facts,
    deadline: deadline
      ? { from: deadline.from, days: DISPUTE_DAYS, date: deadline.date, daysLeft: deadline.left }
      : undefined,
    sections,
    record,
  };
}

interface OpenItem {
  readonly text: string;
  /** The party a confirmation still waits on. */
  readonly party?: string;
}

/** The card's own: a card-issuer question, or a step of card-charges (or one that asks the card company). */
function isCardTask(task: WalkedTask): boolean {
  return (
    task.playbookId === 'card-charges' ||
    (task.step.confirmations ?? []).some((c) => c.party === 'card-issuer')
  );
}

/** The police's: the step about the police report, or one that asks the police. */
function isPoliceTask(task: WalkedTask): boolean {
  return task.step.id === 'police' || (task.step.confirmations ?? []).some((c) => c.party === 'police');
}

function openItems(ctx: ReportContext, kind: ReportKind): OpenItem[] {
  const { t, state, tasks } = ctx;
  const mine = (task: WalkedTask | undefined) =>
    kind === 'all' ||
    (task !== undefined && (kind === 'card-company' ? isCardTask(task) : isPoliceTask(task)));
  const byKey = new Map(tasks.map((task) => [task.key, task]));
  const steps = visibleTasks(state, tasks)
    .filter((task) => !isFinished(state, task.key) && mine(task))
    .map((task) => ({ text: t.openStep(ctx.stepTitle(task)) }));
  // The police hear of every question still unanswered; the card company only of its own.
  const confirmations = openConfirmations(state, tasks)
    .filter((o) => kind !== 'card-company' || o.confirmation.party === 'card-issuer')
    .map((o) => ({
      text: t.openConfirmation(
        t.inSentence(ctx.partyName(o.confirmation.party)),
        localize(o.confirmation.ask, ctx.lang),
      ),
      party: o.confirmation.party,
    }));
  const followUps = pendingFollowUps(state, ctx.today)
    .filter((f) => mine(byKey.get(f.set.origin.step)))
    .map((f) => ({ text: t.openFollowUp(f.set.due.slice(0, 10), followUpCheck(f.set, tasks, ctx.lang)) }));
  return [...steps, ...confirmations, ...followUps];
}
