// Reports and drafts of a case: load it, keep the cardholder's name and phone in it when
// given (asked once: they are answers of the pseudo-step "report" in the journal that set
// the facts cardholder.name and cardholder.phone, so the next report, every draft and
// card-charges have them), and hand the pure builders what they need.
import { makeAnswer, type JournalEvent } from '../core/journal/events.js';
import { formatLocalTimestamp } from '../core/journal/timestamp.js';
import type { Lang } from '../core/i18n.js';
import { CARDHOLDER_STEP } from '../core/report/facts.js';
import type { ReportInput } from '../core/report/model.js';
import { applyEvent } from '../core/session/state.js';
import { closeCase, openCase } from '../io/case.js';
import { appendEvent, readRecordAnchor } from '../io/journal.js';
import type { Paths } from '../io/paths.js';
import { findCase, loadCase, type LoadedCase } from './cases.js';
import { SHOWN_IMAGES } from '../core/evidence/media-type.js';
import type { EvidenceAttached } from '../core/journal/events.js';
import { readEvidenceForReport } from '../io/evidence-store.js';

/** An image over this is listed, not embedded: a 20 MB photo must not make a 27 MB HTML file. */
const EMBED_MAX_BYTES = 2 * 1000 * 1000;
/** And no more than this in one report, whatever the number of images. */
const EMBED_TOTAL_BYTES = 12 * 1000 * 1000;

/**
 * The case's images as data: URLs for the HTML report (`file` → URL), in the order
 * attached, each at most EMBED_MAX_BYTES and all together at most EMBED_TOTAL_BYTES; an
 * image changed since it was attached is left out (app/report.ts never shows it under its old hash).
 */
export function evidenceImages(caseDir: string, evidence: readonly EvidenceAttached[]): Map<string, string> {
  const images = new Map<string, string>();
  let total = 0;
  for (const e of evidence) {
    if (!SHOWN_IMAGES.has(e.mediaType) || e.size > EMBED_MAX_BYTES || total + e.size > EMBED_TOTAL_BYTES)
      continue;
    const bytes = readEvidenceForReport(caseDir, e.file, e.sha256, EMBED_MAX_BYTES);
    if (bytes === undefined) continue;
    total += bytes.length;
    images.set(e.file, `data:${e.mediaType};base64,${bytes.toString('base64')}`);
  }
  return images;
}

export interface Cardholder {
  readonly name?: string | undefined;
  readonly phone?: string | undefined;
}

/** Asks the person for what neither the flags nor the case hold (only at a terminal). */
export type AskCardholder = (missing: readonly ('name' | 'phone')[]) => Promise<Cardholder>;

/**
 * Loads the case by id or id prefix (CaseNotFound otherwise) and records new cardholder
 * details: from the flags, else from `ask` when the case does not hold them yet.
 */
export async function loadReportInput(
  paths: Paths,
  ref: string,
  lang: Lang,
  now: () => Date,
  given: Cardholder = {},
  ask?: AskCardholder,
): Promise<{ input: ReportInput; loaded: LoadedCase }> {
  const loaded = loadCase(paths, findCase(paths, ref));
  const stored = loaded.state.answers.get(CARDHOLDER_STEP);
  let cardholder = given;
  // Told in the walk-through (card-charges asks them as facts) or by an earlier report.
  const told = (question: string, fact: string) =>
    stored?.get(question) !== undefined || loaded.state.facts.has(fact);
  const has = (value: string | undefined, question: string, fact: string) =>
    (value !== undefined && value.trim() !== '') || told(question, fact);
  const missing = [
    ...(has(given.name, 'cardholder-name', 'cardholder.name') ? [] : (['name'] as const)),
    ...(has(given.phone, 'cardholder-phone', 'cardholder.phone') ? [] : (['phone'] as const)),
  ];
  if (ask !== undefined && missing.length > 0) cardholder = { ...given, ...(await ask(missing)) };
  const fresh: JournalEvent[] = [];
  for (const [question, fact, value] of [
    ['cardholder-name', 'cardholder.name', cardholder.name],
    ['cardholder-phone', 'cardholder.phone', cardholder.phone],
  ] as const) {
    const trimmed = value?.trim();
    if (trimmed === undefined || trimmed === '') continue;
    const before = loaded.state.facts.get(fact)?.value ?? stored?.get(question);
    if (before?.kind === 'text' && before.value === trimmed) continue;
    // The same facts the walk-through sets: every report, draft and playbook of the case knows them.
    fresh.push(
      makeAnswer(now(), {
        step: CARDHOLDER_STEP,
        question,
        fact,
        answer: { kind: 'text', value: trimmed },
      }),
    );
  }
  let state = loaded.state;
  let events = loaded.events;
  if (fresh.length > 0) {
    const handle = openCase(paths, loaded.id);
    try {
      for (const event of fresh) await appendEvent(handle.journal, event);
    } finally {
      closeCase(handle);
    }
    for (const event of fresh) state = applyEvent(state, event);
    events = [...events, ...fresh];
  }
  const input: ReportInput = {
    caseId: loaded.id,
    events,
    state,
    tasks: loaded.tasks,
    playbook: loaded.playbook,
    library: loaded.library,
    lang,
    now: formatLocalTimestamp(now()),
    // Read after the cardholder's answers were saved: the report names the record as it now is.
    record: readRecordAnchor(loaded.journalPath),
  };
  return { input, loaded };
}
