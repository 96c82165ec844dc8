// Follow-ups as an iCalendar file (RFC 5545) a calendar program imports: one all-day event
// per open follow-up, with an alarm at 9:00 that day, the check to make and the command to
// run in its description. The UID is the case and the follow-up's own id, so importing the
// file again updates the events instead of adding copies. Pure: the time is passed in.

export interface CalendarItem {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly id: string;
  /** YYYY-MM-DD. */
  readonly due: string;
  readonly check: string;
  /** What to run, e.g. `respond resume 2026-11-22-fraud-order-a7f3`. */
  readonly command: string;
}

export function renderCalendar(items: readonly CalendarItem[], now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//respond//respond-incident//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const item of items) {
    const start = item.due.replace(/-/g, '');
    const end = nextDay(item.due).replace(/-/g, '');
    const summary = `respond: ${item.check}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(`${item.caseId}.${item.id}@respond`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${end}`,
      `SUMMARY:${text(summary)}`,
      `DESCRIPTION:${text(`${item.check}\n\n${item.caseTitle} (${item.caseId})\n${item.command}`)}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${text(summary)}`,
      'TRIGGER;RELATED=START:PT9H',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** TEXT as RFC 5545 writes it: backslash, semicolon, comma and new lines escaped. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets folded (CRLF and a space), never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function nextDay(day: string): string {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
