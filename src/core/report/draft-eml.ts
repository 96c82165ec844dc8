// A draft as a mail file (`respond draft --format eml`): an RFC 5322 message that a mail
// program opens as a draft to send. Headers are ASCII, with every non-ASCII word encoded
// (RFC 2047, UTF-8, base64, lines folded under 78 characters); the body is UTF-8 in base64
// (RFC 2045). `To` only when the case recorded the party's mail address, `From` when it
// recorded the person's own; X-Unsent asks the mail program to open it as unsent.
import type { Draft } from './draft.js';

const CRLF = '\r\n';

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** A plain header value folded at spaces, so no line passes 78 characters with its name. */
function foldAscii(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > 64) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(`${CRLF} `);
}

/** "=?UTF-8?B?…?=" words, each short enough for one folded header line. */
function encodeWords(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return foldAscii(text);
  const words: string[] = [];
  let chunk = '';
  const encoder = new TextEncoder();
  for (const ch of text) {
    // 36 bytes of UTF-8 make 48 base64 characters: with "Subject: " the line stays under 78.
    if (encoder.encode(chunk + ch).length > 36) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(encoder.encode(w))}?=`).join(`${CRLF} `);
}

/** A mailbox: the name encoded, the address as it is (refused when it could break the header). */
function mailbox(name: string | undefined, address: string): string | undefined {
  if (!/^[^\s<>@",;:\\()[\]]+@[^\s<>@",;:\\()[\]]+$/.test(address)) return undefined;
  if (name === undefined || name === '') return address;
  return `${encodeWords(name.replace(/["\\\r\n]/g, ' '))} <${address}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-30T10:00:00.000+09:00" → "Mon, 30 Nov 2026 10:00:00 +0900" (the local time as written). */
function rfc5322Date(ts: string): string {
  const [y = 1970, mo = 1, d = 1] = ts.slice(0, 10).split('-').map(Number);
  const weekday = DAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()] ?? 'Mon';
  const offset = ts.slice(23).replace(':', '');
  return `${weekday}, ${d} ${MONTHS[mo - 1] ?? 'Jan'} ${y} ${ts.slice(11, 19)} ${offset === 'Z' || offset === '' ? '+0000' : offset}`;
}

export function renderDraftEml(draft: Draft, now: string): string {
  const headers: string[] = [];
  const from = draft.sender.email === undefined ? undefined : mailbox(draft.sender.name, draft.sender.email);
  if (from !== undefined) headers.push(`From: ${from}`);
  const to =
    draft.recipient.email === undefined ? undefined : mailbox(draft.recipient.name, draft.recipient.email);
  if (to !== undefined) headers.push(`To: ${to}`);
  headers.push(
    `Subject: ${encodeWords(draft.subject.replace(/[\r\n]+/g, ' '))}`,
    `Date: ${rfc5322Date(now)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    'X-Unsent: 1',
  );
  const body = base64(new TextEncoder().encode(draft.body.replace(/\r?\n/g, CRLF)));
  const lines = body.match(/.{1,76}/g) ?? [];
  return `${headers.join(CRLF)}${CRLF}${CRLF}${lines.join(CRLF)}${CRLF}`;
}
