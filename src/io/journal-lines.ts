// A journal's lines as bytes: each one's hash (the chain's `prev`, core/journal/chain.ts),
// the last one (where an open journal's chain goes on), and the record's anchor that
// reports and exports name. Pure: journal.ts reads and writes the files.
import { createHash } from 'node:crypto';
import type { ChainLine } from '../core/journal/chain.js';

/** `sha256:<hex>` of one line's bytes without its newline: what `prev` holds. */
export function hashLine(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The number of non-blank lines and the last one (only that one is hashed). */
export function lastLine(bytes: Buffer): { lines: number; last: Buffer | undefined } {
  let lines = 0;
  let last: Buffer | undefined;
  eachLine(bytes, (line) => {
    lines++;
    last = line;
  });
  return { lines, last };
}

function eachLine(bytes: Buffer, visit: (line: Buffer, lineNumber: number) => void): void {
  for (let start = 0, n = 1; start < bytes.length; n++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    const line = bytes.subarray(start, end);
    if (!isBlank(line)) visit(line, n);
    start = end + 1;
  }
}

/** Every non-blank line with its hash; the last one marked when it has no newline (a torn write). */
export function chainLines(bytes: Buffer): ChainLine[] {
  const lines: ChainLine[] = [];
  eachLine(bytes, (line, n) => lines.push({ line: n, text: line.toString('utf8'), hash: hashLine(line) }));
  const last = lines[lines.length - 1];
  if (last !== undefined && bytes[bytes.length - 1] !== 0x0a)
    lines[lines.length - 1] = { ...last, unterminated: true };
  return lines;
}

/** What a report or an export names to be matched to the record: the last line, its place and hash. */
export interface RecordAnchor {
  readonly events: number;
  readonly hash: string;
  /** The last event's time, as recorded. */
  readonly at: string | undefined;
  /** False for a journal written before the chain: the hash then pins only its last line. */
  readonly chained: boolean;
}

/** The anchor of a journal's bytes: its last whole line (a torn one was never saved). */
export function recordAnchor(bytes: Buffer): RecordAnchor | undefined {
  let lines = 0;
  let last: Buffer | undefined;
  let before: Buffer | undefined;
  eachLine(bytes, (line) => {
    lines++;
    before = last;
    last = line;
  });
  if (last === undefined) return undefined;
  let decoded = decodeLine(last);
  // A last line cut short by a crash was never saved: the record ends at the one before (chain.ts).
  if (decoded === undefined && bytes[bytes.length - 1] !== 0x0a) {
    if (before === undefined) return undefined;
    lines--;
    last = before;
    decoded = decodeLine(last);
  }
  return {
    events: lines,
    hash: hashLine(last),
    at: typeof decoded?.ts === 'string' ? decoded.ts : undefined,
    chained: typeof decoded?.seq === 'number',
  };
}

function decodeLine(line: Buffer): { ts?: unknown; seq?: unknown } | undefined {
  try {
    return JSON.parse(line.toString('utf8')) as { ts?: unknown; seq?: unknown };
  } catch {
    return undefined;
  }
}

/** A line the reader skips (lines.ts: `trim() === ''`). */
function isBlank(line: Uint8Array): boolean {
  if (line[0] === 0x7b) return false; // '{': every line respond writes
  return Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8').trim() === '';
}
