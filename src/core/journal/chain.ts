// The hash chain: every line after the first carries `seq` (its place, 1-based, counting
// non-blank lines) and `prev`, "sha256:<hex>" of the exact bytes of the line before it,
// without the newline. So anyone can check it with standard tools (docs/verify.md):
//   sed -n 5p journal.jsonl | tr -d '\n' | sha256sum   equals line 6's prev.
// A changed line breaks the next line's link; a removed one leaves a gap in `seq`; a moved
// one points at a line that is elsewhere. Journals written before the chain have neither
// field and are read as they are ("not chained"); one resumed by a chaining version is
// chained from its first new line. Pure: the caller hashes the lines (io/journal.ts).

/** One non-blank line of the journal as it is on disk. */
export interface ChainLine {
  /** 1-based line number in the file, as an editor shows it. */
  readonly line: number;
  readonly text: string;
  /** `sha256:<hex>` of the line's bytes. */
  readonly hash: string;
  /** The last line, without its newline: a write that may not have finished. */
  readonly unterminated?: boolean;
}

export type ChainProblem =
  /** The line is not JSON at all. */
  | { readonly kind: 'unreadable'; readonly line: number }
  /** The line is not what was written: the next line's link no longer matches it. */
  | { readonly kind: 'changed'; readonly line: number }
  /** `count` events are missing just before this line. */
  | { readonly kind: 'missing'; readonly line: number; readonly count: number }
  /** This line was written right after line `after`, not after the line above it. */
  | { readonly kind: 'moved'; readonly line: number; readonly after: number }
  /** This line and the next one were written the other way round. */
  | { readonly kind: 'swapped'; readonly line: number }
  /** This line was not written by respond between its neighbours. */
  | { readonly kind: 'inserted'; readonly line: number }
  /** A line without a link in a chained record. */
  | { readonly kind: 'unlinked'; readonly line: number }
  /** The record does not begin with the start of the case: its first events are missing. */
  | { readonly kind: 'start-missing'; readonly line: number };

export interface ChainCheck {
  /** Non-blank lines: the events of the record. */
  readonly events: number;
  /** The event number the chain starts at: 1 when chained from the start, undefined when not chained. */
  readonly chainedFrom: number | undefined;
  readonly problems: readonly ChainProblem[];
  /** The last line: its number, hash and time, which a report or an export names. */
  readonly last:
    { readonly line: number; readonly hash: string; readonly ts: string | undefined } | undefined;
  /** Each line decoded (undefined when not JSON), for checks that read events structurally. */
  readonly records: readonly unknown[];
  /**
   * The last line was cut short by a crash while it was written: it was never confirmed as
   * saved, is no part of the record, and the next `resume` or `note` cuts it off.
   */
  readonly torn: boolean;
}

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);

function decode(text: string): unknown {
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

export function checkChain(all: readonly ChainLine[]): ChainCheck {
  const tail = all[all.length - 1];
  const torn = tail?.unterminated === true && decode(tail.text) === undefined;
  const lines = torn ? all.slice(0, -1) : all;
  const records = lines.map((l) => decode(l.text));
  const prevOf = (i: number): string | undefined => {
    const r = records[i];
    return isRec(r) && typeof r.prev === 'string' ? r.prev : undefined;
  };
  const seqOf = (i: number): number | undefined => {
    const r = records[i];
    return isRec(r) && typeof r.seq === 'number' && Number.isSafeInteger(r.seq) ? r.seq : undefined;
  };
  const byHash = new Map<string, number>();
  lines.forEach((l, i) => byHash.set(l.hash, i));
  const problems = new Map<number, ChainProblem>();
  const add = (p: ChainProblem): void => {
    if (!problems.has(p.line)) problems.set(p.line, p);
  };
  lines.forEach((l, i) => {
    if (records[i] === undefined) add({ kind: 'unreadable', line: l.line });
  });

  // Where the chain starts: the first line that carries a link or a place.
  let start = -1;
  for (let i = 0; i < lines.length && start < 0; i++)
    if (seqOf(i) !== undefined || prevOf(i) !== undefined) start = i;
  const first = records[0];
  const firstIsStart = isRec(first) && first.type === 'case-started';
  if (lines.length > 0 && !firstIsStart) add({ kind: 'start-missing', line: lines[0]?.line ?? 1 });
  else if (start >= 0 && (seqOf(start) ?? 0) !== start + 1 && start === 0)
    add({ kind: 'start-missing', line: lines[0]?.line ?? 1 });

  const skip = new Set<number>();
  for (let i = Math.max(start, 1); start >= 0 && i < lines.length; i++) {
    if (skip.has(i)) continue;
    const line = lines[i];
    const before = lines[i - 1];
    if (line === undefined || before === undefined) continue;
    const prev = prevOf(i);
    if (prev === before.hash) continue;
    if (records[i] === undefined) continue; // told as unreadable
    const next = lines[i + 1];
    if (prev === undefined) {
      // Added by hand between two lines that still link to each other across it.
      add({
        kind: next !== undefined && prevOf(i + 1) === before.hash ? 'inserted' : 'unlinked',
        line: line.line,
      });
      if (next !== undefined && prevOf(i + 1) === before.hash) skip.add(i + 1);
      continue;
    }
    const target = byHash.get(prev);
    if (target === i + 1 && next !== undefined && prevOf(i + 1) === before.hash) {
      add({ kind: 'swapped', line: line.line });
      skip.add(i + 1).add(i + 2);
      continue;
    }
    if (target === i - 2 && i >= 2) {
      problems.delete(before.line);
      add({ kind: 'inserted', line: before.line });
      continue;
    }
    if (target !== undefined) {
      add({ kind: 'moved', line: line.line, after: lines[target]?.line ?? 0 });
      continue;
    }
    const seq = seqOf(i);
    const seqBefore = seqOf(i - 1);
    if (seq !== undefined && seqBefore !== undefined && seq > seqBefore + 1)
      add({ kind: 'missing', line: line.line, count: seq - seqBefore - 1 });
    else if (records[i - 1] !== undefined) add({ kind: 'changed', line: before.line });
  }
  const lastLine = lines[lines.length - 1];
  const lastRec = records[records.length - 1];
  return {
    events: lines.length,
    chainedFrom: start < 0 ? undefined : start + 1,
    problems: [...problems.values()].sort((a, b) => a.line - b.line),
    last:
      lastLine === undefined
        ? undefined
        : {
            line: lastLine.line,
            hash: lastLine.hash,
            ts: isRec(lastRec) && typeof lastRec.ts === 'string' ? lastRec.ts : undefined,
          },
    records,
    torn,
  };
}
