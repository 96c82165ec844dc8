// What an attached mail (.eml) says of itself: when it was sent, by whom, and its subject,
// read by postal-mime (a maintained MIME parser: encoded words, ISO-2022-JP and Shift_JIS
// subjects). Only the header is parsed: a hostile mail's body (25 MB of nesting) is never
// read, and a header that does not end within HEADER_LIMIT is refused. Whatever the mail
// holds, this never throws: it returns the facts it could read, or why it could not.
import type { MailFacts } from '../journal/events.js';
import { formatLocalTimestamp } from '../journal/timestamp.js';
import { stripControl } from '../sanitize.js';

const HEADER_LIMIT = 256 * 1024;
const MAX_TEXT = 300;

export type MailProblem = 'no-header-end' | 'unparsable' | 'nothing';

/** Where the header ends (the first empty line), or undefined within the limit. */
function headerEnd(bytes: Uint8Array): number | undefined {
  const end = Math.min(bytes.length, HEADER_LIMIT);
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a) return i + 2;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 3;
  }
  // A mail with no body at all: its header is the whole file.
  return bytes.length <= HEADER_LIMIT ? bytes.length : undefined;
}

const clean = (text: string | undefined): string | undefined => {
  const one = text === undefined ? '' : stripControl(text).replace(/\s+/g, ' ').trim();
  return one === '' ? undefined : [...one].slice(0, MAX_TEXT).join('');
};

/** The local timestamp of a Date header postal-mime read as a date (it leaves an unreadable one as it was). */
function mailDate(value: string | undefined): string | undefined {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  try {
    return formatLocalTimestamp(date);
  } catch {
    return undefined; // a year beyond 9999
  }
}

export async function readMailFacts(
  bytes: Uint8Array,
): Promise<{ facts: MailFacts } | { problem: MailProblem }> {
  const end = headerEnd(bytes);
  if (end === undefined) return { problem: 'no-header-end' };
  try {
    const { default: PostalMime } = await import('postal-mime');
    const email = await PostalMime.parse(bytes.subarray(0, end), {
      maxHeadersSize: HEADER_LIMIT,
      maxNestingDepth: 8,
      maxRfc822NestingDepth: 0,
    });
    const from = email.from;
    const sender =
      from === undefined
        ? undefined
        : from.address !== undefined
          ? from.name !== '' && from.name !== from.address
            ? `${from.name} <${from.address}>`
            : from.address
          : from.name;
    const facts: MailFacts = {};
    const date = mailDate(email.date);
    const who = clean(sender);
    const subject = clean(email.subject);
    if (date !== undefined) facts.date = date;
    if (who !== undefined) facts.from = who;
    if (subject !== undefined) facts.subject = subject;
    return Object.keys(facts).length === 0 ? { problem: 'nothing' } : { facts };
  } catch {
    return { problem: 'unparsable' };
  }
}
