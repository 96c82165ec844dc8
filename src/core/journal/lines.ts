// Reading a journal never fails on its content: a person's record must stay readable even
// after a power cut or a stray edit. Every line is checked on its own; a bad one becomes a
// warning with its line number and the rest is still read.
import type { JournalEvent } from './events.js';
import { maskCardNumbersDeep } from '../mask.js';
import { parseEvent } from './validate.js';

export interface JournalWarning {
  /** 1-based, as an editor shows it. */
  line: number;
  /** torn: the last line was cut short by a crash or power loss (it was never confirmed as saved). */
  kind: 'torn' | 'corrupt';
  /** In English, for logs and tests; the person reads `describeWarning` (warning-text.ts). */
  message: string;
  /** corrupt: what is wrong with the line (technical: a field and what it should be). */
  detail?: string;
  /** torn: how many bytes were cut from the journal, and the side file that keeps them. */
  cut?: { readonly bytes: number; readonly keptIn: string };
}

export interface ParsedJournal {
  events: JournalEvent[];
  warnings: JournalWarning[];
  /** The last line has no newline and is not a valid event: a write that never finished. */
  tornTail: boolean;
  /** The last line is whole JSON but lacks its newline (e.g. saved by an editor). */
  unterminated: boolean;
}

export function parseJournalText(text: string): ParsedJournal {
  const events: JournalEvent[] = [];
  const warnings: JournalWarning[] = [];
  // A byte order mark (an editor saved the file) is not part of the first entry.
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split('\n');
  // With a final newline, split leaves one empty string after it; without one, the last
  // element is a line whose write may not have finished.
  const last = lines.length - 1;
  let tornTail = false;
  let unterminated = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const error = checkLine(line, events);
    if (i === last && error !== NOT_JSON) unterminated = true;
    if (error === undefined) continue;
    // Only a line that is not even JSON counts as torn: whole JSON that fails the checks
    // (say, a newer version's event) is kept on disk and reported, never cut off.
    if (i === last && error === NOT_JSON) {
      tornTail = true;
      warnings.push({
        line: i + 1,
        kind: 'torn',
        message: `line ${i + 1}: the last entry was cut short (the program stopped while writing it) and is skipped`,
      });
    } else {
      warnings.push({
        line: i + 1,
        kind: 'corrupt',
        message: `line ${i + 1}: ${error}; skipped`,
        detail: error,
      });
    }
  }
  return { events, warnings, tornTail, unterminated };
}

const NOT_JSON = 'not valid JSON';
// Ids, times and hashes: digits there are never a card, and must stay as written.
const UNMASKED_KEYS = new Set([
  'v',
  'type',
  'ts',
  'at',
  'due',
  'case',
  'playbook',
  'playbookHash',
  'playbookFile',
  'step',
  'question',
  'confirmation',
  'id',
  'field',
  'kind',
  'lang',
  'hash',
  'prev',
  'seq',
]);

function checkLine(line: string, events: JournalEvent[]): string | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(line);
  } catch {
    return NOT_JSON;
  }
  const result = parseEvent(decoded);
  if (!result.ok) return result.error;
  // The chain's fields belong to the line, not to the event: `respond verify` reads them (chain.ts).
  if ('seq' in result.event || 'prev' in result.event) {
    const event: Record<string, unknown> = { ...result.event };
    delete event.seq;
    delete event.prev;
    result.event = event as unknown as JournalEvent;
  }
  // respond masks what it writes; this catches a number edited into the file by hand.
  events.push(maskCardNumbersDeep(result.event, UNMASKED_KEYS));
  return undefined;
}
