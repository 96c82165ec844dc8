// `respond attach` and the walk-through's offer: copy a file into the case as evidence and
// record it (evidence-attached: its path in the case folder, SHA-256, size, original name,
// media type, the note, and for a mail its Date, From and Subject). The file is on disk and
// fsynced before its event is written; if the event cannot be written the copy is removed.
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { readMailFacts, type MailProblem } from '../core/evidence/mail.js';
import { formatSize } from '../core/evidence/media-type.js';
import { parseDroppedPaths } from '../core/evidence/names.js';
import type { Lang } from '../core/i18n.js';
import { makeEvidenceAttached, type EvidenceAttached, type JournalEvent } from '../core/journal/events.js';
import type { EvidenceKind } from '../core/playbook/schema.js';
import { closeCase, openCase } from '../io/case.js';
import {
  checkEvidenceFile,
  EvidenceRefused,
  readEvidenceStart,
  removeEvidence,
  storeEvidence,
  type RefusalReason,
} from '../io/evidence-store.js';
import { appendEvent } from '../io/journal.js';
import type { Paths } from '../io/paths.js';
import type { OnCut } from './add-to-case.js';
import { attachTexts, describeOutcome } from './attach-messages.js';
import type { Prompter } from './prompter.js';

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
async function attachOne(
  caseDir: string,
  append: (event: JournalEvent) => Promise<void>,
  attached: EvidenceAttached[],
  source: string,
  options: AttachOptions,
  now: () => Date,
): Promise<AttachOutcome> {
  let stored;
  try {
    stored = storeEvidence(caseDir, source, (sha) => attached.some((e) => e.sha256 === sha));
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
    await append(event);
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
    const append = (event: JournalEvent) => appendEvent(open.journal, event);
    for (const source of sources)
      outcomes.push(await attachOne(open.journal.dir, append, attached, source, options, now));
    return outcomes;
  } finally {
    closeCase(open);
  }
}

/** What the walk-through needs to offer a file at a step (run-case.ts makes it for the open case). */
export interface EvidenceOffer {
  /** Asks for the file at a step marked `evidence:`, and attaches what is given. */
  readonly offer: (
    kind: EvidenceKind,
    step: string,
    prompter: Prompter,
    record: (event: JournalEvent) => Promise<void>,
  ) => Promise<void>;
}

/** A path as typed: `~/` is the home folder, a relative path is from the folder respond runs in. */
function typedPath(path: string, cwd: string): string {
  return resolve(cwd, path === '~' || path.startsWith('~/') ? homedir() + path.slice(1) : path);
}

export function evidenceOffer(
  caseDir: string,
  events: readonly JournalEvent[],
  lang: Lang,
  now: () => Date,
  cmd = 'respond',
  cwd = process.cwd(),
): EvidenceOffer {
  const attached = evidenceOf(events);
  const t = attachTexts(cmd)[lang];
  return {
    offer: async (kind, step, prompter, record) => {
      const answer = await prompter.text({
        id: `${step}:evidence`,
        message: t.offer[kind],
        hint: t.offerHint,
        // A file that cannot be kept is said at once, and asked again (Enter still skips).
        validate: (input) => {
          for (const path of parseDroppedPaths(input)) {
            const refused = checkEvidenceFile(typedPath(path, cwd));
            if (refused !== undefined)
              return t.refused(
                path,
                refused.reason,
                refused.size === undefined ? undefined : formatSize(refused.size, lang),
              );
          }
          return undefined;
        },
      });
      const paths = parseDroppedPaths(answer);
      if (paths.length === 0) prompter.settled?.(); // skipped: nothing to save
      for (const path of paths) {
        const outcome = await attachOne(caseDir, record, attached, typedPath(path, cwd), { step }, now);
        prompter.say(
          outcome.kind === 'refused'
            ? t.refused(
                path,
                outcome.reason,
                outcome.size === undefined ? undefined : formatSize(outcome.size, lang),
              )
            : describeOutcome(t, outcome, lang),
        );
      }
    },
  };
}
