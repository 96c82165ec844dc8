// After the walk-through: a note, a contact, a confirmation that came later ("the card
// company called back"), a follow-up checked, or closing the case. Each takes the case's
// lock and appends to its journal, like the walk-through does.
import type { Channel, ConfirmationAnswer, FieldValue, JournalEvent } from '../core/journal/events.js';
import {
  makeCaseClosed,
  makeConfirmation,
  makeContact,
  makeFollowUpResolved,
  makeNote,
  makeRecordField,
} from '../core/journal/events.js';
import { NOTE_STEP } from '../core/playbook/later-events.js';
import { isLang } from '../core/i18n.js';
import { formatLocalDate } from '../core/journal/timestamp.js';
import { confirmationFollowUps } from '../core/session/follow-ups.js';
import {
  openConfirmations,
  pendingFollowUps,
  type OpenConfirmation,
  type PendingFollowUp,
} from '../core/session/plan.js';
import { closeCase, type OpenCase, openCase } from '../io/case.js';
import { appendEvent, type JournalWarning } from '../io/journal.js';
import type { Paths } from '../io/paths.js';
import { replayJournal } from '../core/session/state.js';
import { CaseIsClosed, loadCase, type LoadedCase } from './cases.js';

export type Addition =
  | { kind: 'note'; text: string; step?: string }
  | {
      kind: 'contact';
      party: string;
      who: string;
      channel: Channel;
      phone?: string;
      email?: string;
      reference?: string;
      /** What they said: kept as a note right after the contact. */
      text?: string;
    }
  /** A parcel or a loss told later: it joins the list fact, as the walk-through's records do. */
  | { kind: 'record'; list: 'shipments' | 'losses'; fields: Record<string, FieldValue> }
  /** A charge reversed or not: a field of that record of the list (`charges`, or `orders`). */
  | { kind: 'charge'; list: 'charges' | 'orders'; index: number; reversed: boolean }
  | {
      kind: 'confirmation';
      ref: string;
      answer: ConfirmationAnswer;
      who: string;
      channel: Channel;
      reference?: string;
      at?: Date;
      /** What they said, for a confirmation whose answer is a text, a date, a choice or an amount. */
      value?: FieldValue;
      /** A remark given with it: kept as a note of that step. */
      text?: string;
    }
  | { kind: 'resolve'; id: string; result: string };

class UnknownReference extends Error {
  constructor(
    readonly ref: string,
    readonly known: readonly string[],
  ) {
    super(`"${ref}" is not in this case. Known: ${known.join(', ') || '(none)'}`);
    this.name = 'UnknownReference';
  }
}

/** Turns one addition into journal events, checking it names things the case has. */
export function eventsFor(loaded: LoadedCase, addition: Addition, now: Date): JournalEvent[] {
  switch (addition.kind) {
    case 'note':
      if (addition.step !== undefined && !loaded.tasks.some((t) => t.key === addition.step))
        throw new UnknownReference(
          addition.step,
          loaded.tasks.map((t) => t.key),
        );
      return [makeNote(now, { text: addition.text, step: addition.step })];
    case 'contact':
      return [
        makeContact(now, {
          party: addition.party,
          who: addition.who,
          channel: addition.channel,
          phone: addition.phone,
          email: addition.email,
          reference: addition.reference,
        }),
        ...(addition.text === undefined || addition.text === ''
          ? []
          : [makeNote(now, { text: addition.text })]),
      ];
    case 'record': {
      const index = recordIndex(loaded, addition.list, addition.fields);
      return Object.entries(addition.fields).map(([field, value]) =>
        makeRecordField(now, {
          step: NOTE_STEP,
          question: addition.list,
          index,
          field,
          value,
          fact: addition.list,
        }),
      );
    }
    case 'charge': {
      const records = listRecords(loaded, addition.list);
      if (addition.index < 0 || addition.index >= records.length)
        throw new UnknownReference(
          String(addition.index + 1),
          records.map((_r, i) => String(i + 1)),
        );
      return [
        makeRecordField(now, {
          step: NOTE_STEP,
          question: addition.list,
          index: addition.index,
          field: 'reversed',
          value: { kind: 'yesno', value: addition.reversed },
          fact: addition.list,
        }),
      ];
    }
    case 'confirmation': {
      const dot = addition.ref.lastIndexOf('.');
      const step = addition.ref.slice(0, dot);
      const id = addition.ref.slice(dot + 1);
      const task = loaded.tasks.find((t) => t.key === step);
      const confirmation = task?.step.confirmations?.find((c) => c.id === id);
      if (!confirmation) {
        const known = loaded.tasks.flatMap((t) =>
          (t.step.confirmations ?? []).map((c) => `${t.key}.${c.id}`),
        );
        throw new UnknownReference(addition.ref, known);
      }
      const event = makeConfirmation(now, {
        step,
        confirmation: id,
        party: confirmation.party,
        answer: addition.answer,
        who: addition.who,
        channel: addition.channel,
        reference: addition.reference,
        at: addition.at,
        value: addition.value,
      });
      // A late yes sets its follow-up too, in the language the case was run in.
      const started = loaded.state.started?.lang ?? 'en';
      const lang = isLang(started) ? started : 'en';
      return [
        event,
        ...(task ? confirmationFollowUps(task, confirmation, event, loaded.state, lang, now) : []),
        ...(addition.text === undefined || addition.text === ''
          ? []
          : [makeNote(now, { text: addition.text, step })]),
      ];
    }
    case 'resolve':
      if (!loaded.state.followUps.has(addition.id))
        throw new UnknownReference(addition.id, [...loaded.state.followUps.keys()]);
      return [makeFollowUpResolved(now, { id: addition.id, result: addition.result })];
  }
}

/** The records of a list fact of the case so far. */
function listRecords(loaded: LoadedCase, list: string): readonly Record<string, FieldValue>[] {
  const value = loaded.state.facts.get(list)?.value;
  return value?.kind === 'records' ? value.value : [];
}

const sameId = (a: FieldValue | undefined, b: FieldValue | undefined): boolean =>
  a?.kind === 'text' &&
  b?.kind === 'text' &&
  a.value.replace(/[\s-]/g, '') !== '' &&
  a.value.replace(/[\s-]/g, '') === b.value.replace(/[\s-]/g, '');

/**
 * Where a later record goes: a parcel already listed (same tracking number) is that record,
 * its status told anew; anything else is a new record at the end of the list.
 */
function recordIndex(loaded: LoadedCase, list: string, fields: Record<string, FieldValue>): number {
  const records = listRecords(loaded, list);
  if (list === 'shipments') {
    const found = records.findIndex((r) => sameId(r.tracking, fields.tracking));
    if (found >= 0) return found;
  }
  return records.length;
}

/** Told when opening the journal cut a torn last line (the cut bytes are kept in a side file). */
export type OnCut = (journalPath: string, warning: JournalWarning) => void;

function tellCuts(open: OpenCase, onCut: OnCut | undefined): void {
  for (const warning of open.warnings) if (warning.kind === 'torn') onCut?.(open.journal.path, warning);
}

export async function addToCase(
  paths: Paths,
  caseId: string,
  addition: Addition,
  now: () => Date,
  onCut?: OnCut,
): Promise<JournalEvent[]> {
  const loaded = loadCase(paths, caseId);
  const events = eventsFor(loaded, addition, now());
  const open = openCase(paths, caseId);
  try {
    tellCuts(open, onCut);
    for (const event of events) await appendEvent(open.journal, event);
  } finally {
    closeCase(open);
  }
  return events;
}

/** A record told field by field at a terminal (`note <case> shipment` with no flags). */
export interface RecordWriter {
  /**
   * Puts one field on disk before the next question is asked. The record's place is decided
   * by the first field saved (a parcel's tracking number, asked first, finds it in the list).
   */
  save(field: string, value: FieldValue): Promise<void>;
  /** How many fields are on disk. */
  readonly saved: number;
  close(): void;
}

/** Holds the case's lock while the questions are asked, as the walk-through does. */
export function openRecordWriter(
  paths: Paths,
  caseId: string,
  list: 'shipments' | 'losses',
  now: () => Date,
  onCut?: OnCut,
): RecordWriter {
  const open = openCase(paths, caseId);
  tellCuts(open, onCut);
  let index: number | undefined;
  let saved = 0;
  return {
    async save(field, value) {
      index ??= recordIndex(loadCase(paths, caseId), list, { [field]: value });
      await appendEvent(
        open.journal,
        makeRecordField(now(), { step: NOTE_STEP, question: list, index, field, value, fact: list }),
      );
      saved += 1;
    },
    get saved() {
      return saved;
    },
    close: () => closeCase(open),
  };
}

export interface StillOpen {
  readonly confirmations: readonly OpenConfirmation[];
  readonly followUps: readonly PendingFollowUp[];
}

/** What keeps a case from closing: open confirmations and unchecked follow-ups. */
export function stillOpen(loaded: LoadedCase, now: Date): StillOpen {
  return {
    confirmations: openConfirmations(loaded.state, loaded.tasks),
    followUps: pendingFollowUps(loaded.state, formatLocalDate(now)),
  };
}

/** Closes the case, or returns what is still open (nothing is written then). */
export async function closeCaseRecord(
  paths: Paths,
  caseId: string,
  force: boolean,
  now: () => Date,
  onCut?: OnCut,
): Promise<StillOpen | undefined> {
  const loaded = loadCase(paths, caseId);
  if (loaded.state.closed) throw new CaseIsClosed(caseId);
  const open = stillOpen(loaded, now());
  const blocked = open.confirmations.length > 0 || open.followUps.length > 0;
  if (blocked && !force) return open;
  const handle = openCase(paths, caseId);
  try {
    tellCuts(handle, onCut);
    // Checked again with the lock held: another terminal may have closed it meanwhile.
    if (replayJournal(handle.events).closed) throw new CaseIsClosed(caseId);
    await appendEvent(handle.journal, makeCaseClosed(now(), { forced: blocked }));
  } finally {
    closeCase(handle);
  }
  return undefined;
}
