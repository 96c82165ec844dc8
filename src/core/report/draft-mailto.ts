// A draft as a mailto: link (RFC 6068; `respond draft --format mailto`): opened, it starts a
// new message in the person's mail program with the address, subject and body filled in.
// Everything is percent-encoded UTF-8, lines end in CRLF (%0D%0A). Mail programs and
// operating systems cut long links (Windows at 2,048 characters, some browsers sooner),
// so a link longer than MAILTO_LIMIT is not made: the eml file is the way then.
import type { Draft } from './draft.js';

export const MAILTO_LIMIT = 2000;

const ADDRESS = /^[^\s<>@",;:\\()[\]?&=%]+@[^\s<>@",;:\\()[\]?&=%]+$/;

/** The link, or its length when it would be too long to open safely. */
export function renderDraftMailto(draft: Draft): { url: string } | { tooLong: number } {
  const to =
    draft.recipient.email !== undefined && ADDRESS.test(draft.recipient.email) ? draft.recipient.email : '';
  const body = draft.body.replace(/\r?\n/g, '\r\n');
  const url = `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(body)}`;
  return url.length <= MAILTO_LIMIT ? { url } : { tooLong: url.length };
}
