// The journal's vocabulary: every fact a case records, as one JSON object per line.
// `v` is the format version; a reader refuses versions it does not know rather than guess.
// `ts` is when the event was recorded, with the local offset (see timestamp.ts).
//
// Constructors are the only way events should be made: they stamp the version and time,
// mask full card numbers in every free-text string a person typed, and check the result
// with the same validator the reader uses, so what is written can always be read back.
import { maskCardNumbers } from '../mask.js';
import { formatLocalTimestamp } from './timestamp.js';
import { parseEvent } from './validate.js';

export { parseEvent } from './validate.js';

const JOURNAL_VERSION = 1;

import type { Channel } from './channels.js';

export { CHANNELS, type Channel } from './channels.js';
import type { ConfirmationAnswer } from './answers.js';

export type { ConfirmationAnswer };

/** A sum of money. The amount is a decimal string ("1980", "12.50") so no float rounds it. */
export interface Money {
  amount: string;
  /** ISO 4217, e.g. JPY. */
  currency: string;
}

/** One answer's value, tagged with the question type that produced it. */
export type FieldValue =
  | { kind: 'yesno'; value: boolean }
  | { kind: 'text'; value: string }
  | { kind: 'choice'; value: string }
  /** A calendar date, YYYY-MM-DD. */
  | { kind: 'date'; value: string }
  | { kind: 'money'; value: Money };
/** Repeatable records ("add another charge?"): one map of field id → value per record. */
export type AnswerValue = FieldValue | { kind: 'records'; value: Record<string, FieldValue>[] };

/**
 * A step is named by its key: the step id, prefixed by the include steps that led to it
 * ("card-charges/call-issuer"), because an included playbook's step ids are only unique
 * within that playbook. The session layer builds keys; the journal only stores them.
 */
export type StepKey = string;

/** A due date: a calendar day (YYYY-MM-DD) or an exact time (timestamp with offset). */
type Due = string;

interface Base<T extends string> {
  v: typeof JOURNAL_VERSION;
  type: T;
  ts: string;
}

export type CaseStarted = Base<'case-started'> & {
  case: string;
  playbook: string;
  /** "sha256:<hex>" of the playbook file as run. */
  playbookHash: string;
  /** The copy kept in the case folder, so a later edit cannot silently change this case. */
  playbookFile: string;
  lang: string;
  /**
   * Where the person lives (core/region.ts: jp, us, uk, other): which institutions and rules
   * apply. Cases started before regions have none; see `caseRegion`.
   */
  region?: string;
  name?: string;
};
/** `fact`: the case fact the answer sets ("shop.name"), so every playbook of the case knows it. */
export type Answer = Base<'answer'> & { step: StepKey; question: string; fact?: string } & AnswerValue;
/**
 * One field of one record of a records question, saved the moment it is given. Records
 * are never written again as a whole list: that made the journal grow with the square of
 * their number. (Older journals hold whole lists in `answer` events; both replay.)
 */
export type RecordField = Base<'record-field'> & {
  step: StepKey;
  question: string;
  index: number;
  field: string;
  /** The list fact ("orders") the record belongs to; `index` is then its place in that list. */
  fact?: string;
} & FieldValue;
/** Records one question may hold: more is a runaway script, not a person's list. */
export const MAX_RECORDS = 1000;
export type Contact = Base<'contact'> & {
  party: string;
  /** A name or a staff id: whatever they gave. */
  who: string;
  channel: Channel;
  phone?: string;
  email?: string;
  /** Their reference or case number for this contact ("the carrier called back: ref. 1234"). */
  reference?: string;
};
export type Confirmation = Base<'confirmation'> & {
  step: StepKey;
  confirmation: string;
  party: string;
  answer: ConfirmationAnswer;
  /** Empty when no name was given (a chat bot, a call where none was said): see who.ts. */
  who: string;
  channel: Channel;
  reference?: string;
  /** When the party confirmed it; may be earlier than `ts` (entered after the call). */
  at: string;
  /** What they said, for a confirmation whose answer is a text, date, choice or amount (answer: yes). */
  value?: FieldValue;
};
export type StepOutcomeValue =
  | { outcome: 'done' }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'waiting'; due: Due }
  | { outcome: 'later' };
export type StepOutcome = Base<'step-outcome'> & { step: StepKey } & StepOutcomeValue;
export type Note = Base<'note'> & { text: string; step?: StepKey };
export type FollowUpSet = Base<'follow-up-set'> & {
  id: string;
  due: Due;
  check: string;
  /** `recheck`: set by an answer that was not good news, to ask again (follow-ups.ts). */
  origin: { step: StepKey; confirmation?: string; recheck?: boolean };
};
export type FollowUpResolved = Base<'follow-up-resolved'> & { id: string; result: string };
/** "Go back one step": the person left `from` to revisit `to`. */
export type StepBack = Base<'step-back'> & { from: StepKey; to: StepKey };
export type CaseClosed = Base<'case-closed'> & { forced: boolean };
/** The answers to "What happened?" (situation ids) and the playbooks they picked, in order. */
export type Triage = Base<'triage'> & { situations: string[]; playbooks: string[] };
/** Another playbook joined the case: playbook.json was rewritten, and now has this hash. */
export type PlaybookAdded = Base<'playbook-added'> & { playbook: string; playbookHash: string };
/** What a mail attached as evidence says of itself (read from its headers: evidence/mail.ts). */
export interface MailFacts {
  /** The mail's own Date header, as a timestamp with offset; absent when it has none that parses. */
  date?: string;
  from?: string;
  subject?: string;
}
/**
 * A file copied into the case folder as evidence: `file` is its path there
 * ("evidence/<first 12 hex of sha256>-<name>"), `sha256` the hex digest of its bytes (checked
 * by `sha256sum`), `name` the file's own name as the person had it. `step`: attached when
 * that step offered it.
 */
export type EvidenceAttached = Base<'evidence-attached'> & {
  file: string;
  sha256: string;
  size: number;
  name: string;
  mediaType: string;
  note?: string;
  step?: StepKey;
  mail?: MailFacts;
};

export type JournalEvent =
  | CaseStarted
  | Answer
  | RecordField
  | Contact
  | Confirmation
  | StepOutcome
  | Note
  | FollowUpSet
  | FollowUpResolved
  | StepBack
  | CaseClosed
  | Triage
  | PlaybookAdded
  | EvidenceAttached;

// What a caller supplies: the event without the stamped fields. Distributive over unions.
type Fields<E> = E extends unknown ? Omit<E, 'v' | 'type' | 'ts'> : never;

const mask = maskCardNumbers;
const maskOpt = (s: string | undefined): string | undefined => (s === undefined ? undefined : mask(s));

function maskField(value: FieldValue): FieldValue {
  return value.kind === 'text' ? { kind: 'text', value: mask(value.value) } : value;
}

function maskAnswer(value: AnswerValue): AnswerValue {
  if (value.kind !== 'records') return maskField(value);
  return {
    kind: 'records',
    value: value.value.map((rec) =>
      Object.fromEntries(Object.entries(rec).map(([k, f]) => [k, maskField(f)])),
    ),
  };
}

/** Drops keys whose value is undefined, so JSON and deep equality agree. */
function compact<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] === undefined) delete obj[key];
  return obj;
}

function stamp<E extends JournalEvent>(type: E['type'], now: Date, fields: object): E {
  const event = compact({ v: JOURNAL_VERSION, type, ts: formatLocalTimestamp(now), ...fields });
  const parsed = parseEvent(event);
  if (!parsed.ok) throw new TypeError(`invalid ${type} event: ${parsed.error}`);
  return parsed.event as E;
}

export function makeCaseStarted(now: Date, f: Fields<CaseStarted>): CaseStarted {
  return stamp('case-started', now, { ...f, name: maskOpt(f.name) });
}

export function makeAnswer(
  now: Date,
  f: { step: StepKey; question: string; answer: AnswerValue; fact?: string },
): Answer {
  return stamp('answer', now, { step: f.step, question: f.question, fact: f.fact, ...maskAnswer(f.answer) });
}

export function makeRecordField(
  now: Date,
  f: { step: StepKey; question: string; index: number; field: string; value: FieldValue; fact?: string },
): RecordField {
  return stamp('record-field', now, {
    step: f.step,
    question: f.question,
    index: f.index,
    field: f.field,
    fact: f.fact,
    ...maskField(f.value),
  });
}

export function makeContact(now: Date, f: Fields<Contact>): Contact {
  return stamp('contact', now, {
    ...f,
    party: mask(f.party),
    who: mask(f.who),
    phone: maskOpt(f.phone),
    email: maskOpt(f.email),
    reference: maskOpt(f.reference),
  });
}

/** `at` defaults to now: the person confirmed it during this call. */
export function makeConfirmation(
  now: Date,
  f: Omit<Fields<Confirmation>, 'at'> & { at?: Date },
): Confirmation {
  return stamp('confirmation', now, {
    ...f,
    party: mask(f.party),
    who: mask(f.who.trim()),
    reference: maskOpt(f.reference),
    at: formatLocalTimestamp(f.at ?? now),
    value: f.value === undefined ? undefined : maskField(f.value),
  });
}

export function makeStepOutcome(now: Date, f: { step: StepKey } & StepOutcomeValue): StepOutcome {
  return stamp('step-outcome', now, f.outcome === 'skipped' ? { ...f, reason: mask(f.reason) } : f);
}

export function makeNote(now: Date, f: Fields<Note>): Note {
  return stamp('note', now, { ...f, text: mask(f.text) });
}

export function makeFollowUpSet(now: Date, f: Fields<FollowUpSet>): FollowUpSet {
  return stamp('follow-up-set', now, { ...f, check: mask(f.check), origin: compact({ ...f.origin }) });
}

export function makeFollowUpResolved(now: Date, f: Fields<FollowUpResolved>): FollowUpResolved {
  return stamp('follow-up-resolved', now, { ...f, result: mask(f.result) });
}

export function makeStepBack(now: Date, f: Fields<StepBack>): StepBack {
  return stamp('step-back', now, f);
}

export function makeCaseClosed(now: Date, f: Fields<CaseClosed>): CaseClosed {
  return stamp('case-closed', now, f);
}

export function makeTriage(now: Date, f: Fields<Triage>): Triage {
  return stamp('triage', now, f);
}

export function makePlaybookAdded(now: Date, f: Fields<PlaybookAdded>): PlaybookAdded {
  return stamp('playbook-added', now, f);
}

export function makeEvidenceAttached(now: Date, f: Fields<EvidenceAttached>): EvidenceAttached {
  const mail =
    f.mail === undefined
      ? undefined
      : compact({ ...f.mail, from: maskOpt(f.mail.from), subject: maskOpt(f.mail.subject) });
  return stamp('evidence-attached', now, { ...f, name: mask(f.name), note: maskOpt(f.note), mail });
}
