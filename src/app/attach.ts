// `respond attach` and the walk-through's offer: copy a file into the case as evidence and
// record it (evidence-attached: its path in the case folder, SHA-256, size, original name,
// media type, the note, and for a mail its Date, From and Subject). The file is on disk and
// fsynced before its event is written; if the event cannot be written the copy is removed.
import { readMailFacts, type MailProblem } from '../core/evidence/mail.js';
import { makeEvidenceAttached, type EvidenceAttached, type JournalEvent } from '../core/journal/events.js';
import { closeCase, openCase } from '../io/case.js';
import {
  EvidenceRefused,
  readEvidenceStart,
  removeEvidence,
  storeEvidence,
  type RefusalReason,
} from '../io/evidence-store.js';
import { appendEvent, type Journal } from '../io/journal.js';
import type { Paths } from '../io/paths.js';
import type { OnCut } from './add-to-case.js';

export type AttachOutcome =
  | {
      readonly kind: 'attached';
      readonly source: string;
      readonly event: EvidenceAttached;
      readonly mailProblem?: MailProblem;
    }
  | { readonly kind: 'duplicate'; readonly source: string; readonly earlier: EvidenceAttached }
  | {
      readonly kind: 'refused';
      readonly source: string;
      readonly reason: RefusalReason;
      readonly size?: number;
    };

export interface AttachOptions {
  readonly note?: string;
  /** The step that offered it (the walk-through). */
  readonly step?: string;
}

/** A mail's header is read from at most this much of its copy. */
const MAIL_HEAD_BYTES = 512 * 1024;

/**
 * Attaches one file to a case whose journal is open (the lock held). `attached` is the
 * case's evidence so far; a new attachment is added to it, so the same file named twice in
 * one command is said once.
 */
export async function attachOne(
  journal: Journal,
  attached: EvidenceAttached[],
  source: string,
  options: AttachOptions,
  now: () => Date,
): Promise<AttachOutcome> {
  let stored;
  try {
    stored = storeEvidence(journal.dir, source, (sha) => attached.some((e) => e.sha256 === sha));
  } catch (err) {
    if (err instanceof EvidenceRefused)
      return { kind: 'refused', source, reason: err.reason, size: err.size };
    throw err;
  }
  if ('duplicate' in stored) {
    const earlier = attached.find((e) => e.sha256 === stored.duplicate);
    if (earlier === undefined) throw new Error('a duplicate of nothing');
    return { kind: 'duplicate', source, earlier };
  }
  try {
    let mail: Awaited<ReturnType<typeof readMailFacts>> | undefined;
    if (stored.mediaType === 'message/rfc822')
      mail = await readMailFacts(readEvidenceStart(stored.path, MAIL_HEAD_BYTES));
    const note = options.note?.trim();
    const event = makeEvidenceAttached(now(), {
      file: stored.file,
      sha256: stored.sha256,
      size: stored.size,
      name: stored.name,
      mediaType: stored.mediaType,
      note: note === '' ? undefined : note,
      step: options.step,
      mail: mail !== undefined && 'facts' in mail ? mail.facts : undefined,
    });
    await appendEvent(journal, event);
    attached.push(event);
    return mail !== undefined && 'problem' in mail
      ? { kind: 'attached', source, event, mailProblem: mail.problem }
      : { kind: 'attached', source, event };
  } catch (err) {
    removeEvidence(stored);
    throw err;
  }
}

const evidenceOf = (events: readonly JournalEvent[]): EvidenceAttached[] =>
  events.filter((e): e is EvidenceAttached => e.type === 'evidence-attached');

/** `respond attach <case> FILE...`: takes the case's lock, attaches each file in turn. */
export async function attachFiles(
  paths: Paths,
  caseId: string,
  sources: readonly string[],
  options: AttachOptions,
  now: () => Date,
  onCut?: OnCut,
): Promise<AttachOutcome[]> {
  const open = openCase(paths, caseId);
  try {
    for (const warning of open.warnings) if (warning.kind === 'torn') onCut?.(open.journal.path, warning);
    const attached = evidenceOf(open.events);
    const outcomes: AttachOutcome[] = [];
    for (const source of sources)
      outcomes.push(await attachOne(open.journal, attached, source, options, now));
    return outcomes;
  } finally {
    closeCase(open);
  }
}
