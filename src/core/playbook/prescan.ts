// A quick look at the raw text before the YAML parser sees it. The yaml library builds
// nested collections by recursion and slows down sharply on deep nesting: a 1 MiB file of
// "[" or "- - - ..." takes seconds and can exhaust memory rather than fail cleanly. So the
// nesting is estimated here, in one linear pass with no recursion, and anything absurd is
// refused before parsing. The estimate errs towards counting too many levels (a playbook
// needs about a dozen; the limit is 40). Tab indentation is found on the same pass, since
// the yaml library's own complaints about tabs point at the wrong place or cascade.
// Entries (lines with content, and items of flow collections) are counted too: the yaml
// library spends about a microsecond per node, and a 1 MiB file of tiny entries (100,000
// keys in one flow map, a tag or an alias on every line) took seconds before any check
// could refuse it. A playbook needs a few hundred entries; far more is refused up front.

interface Spot {
  readonly line: number;
  readonly col: number;
}

export interface PrescanResult {
  readonly tooDeep?: Spot;
  /** Where the entry beyond the limit begins. */
  readonly tooMany?: Spot;
  readonly tabs: readonly Spot[];
}

type Kind = 'seq' | 'key';

interface Level {
  readonly col: number;
  readonly kind: Kind;
}

// A mapping key at the start of the content: quoted, or plain up to ": " (or ":" at the end).
const KEY = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},|>&*!%@`][^#]*?)[ \t]*:(?=[ \t]|$)/;

/** Tabs beyond this many are not listed: the person needs the first few, not a million. */
const MAX_TABS = 200;

export function prescan(text: string, maxDepth: number, maxEntries = Infinity): PrescanResult {
  const tabs: Spot[] = [];
  let entries = 0;
  const stack: Level[] = [];
  let flow = 0;
  let quote: '"' | "'" | undefined;
  let blockScalarAbove: number | undefined;
  const lines = text.split('\n');

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const lineNo = index + 1;
    const indent = leadingSpaces(line);

    if (blockScalarAbove !== undefined) {
      if (line.trim() === '' || indent > blockScalarAbove) continue;
      blockScalarAbove = undefined;
    }

    let pos = 0;
    if (quote === undefined && flow === 0) {
      const firstText = line.search(/[^ \t]/);
      if (firstText < 0 || line[firstText] === '#') continue;
      const tab = line.indexOf('\t');
      if (tab >= 0 && tab < firstText && tabs.length < MAX_TABS) tabs.push({ line: lineNo, col: tab + 1 });
      if (++entries > maxEntries) return { tooMany: { line: lineNo, col: firstText + 1 }, tabs };
      if (line.startsWith('%')) continue;
      if (/^(?:---|\.\.\.)(?=[ \t]|$)/.test(line)) {
        stack.length = 0;
        pos = 3;
      } else {
        pos = firstText;
        const reached = enterBlock(line, pos, stack);
        pos = reached.pos;
        if (stack.length > maxDepth) return { tooDeep: { line: lineNo, col: reached.col + 1 }, tabs };
        pos = skipProperties(line, pos);
        const c = line[pos];
        if (c === '|' || c === '>') {
          blockScalarAbove = stack.at(-1)?.col ?? indent;
          continue;
        }
        if (c === '"' || c === "'") {
          quote = c;
          pos++;
        } else if (c !== '[' && c !== '{') {
          continue; // a plain value, a comment or nothing: no nesting starts here
        }
      }
    }

    // Flow collections and quoted text, character by character; both may span lines.
    let previous = ' ';
    for (; pos < line.length; pos++) {
      const c = line[pos] ?? '';
      if (quote !== undefined) {
        if (quote === '"' && c === '\\') pos++;
        else if (c === quote) {
          if (quote === "'" && line[pos + 1] === "'") pos++;
          else quote = undefined;
        }
        previous = 'x';
        continue;
      }
      if (c === '#' && (previous === ' ' || previous === '\t')) break;
      if (c === ',' && ++entries > maxEntries) return { tooMany: { line: lineNo, col: pos + 1 }, tabs };
      if (c === '[' || c === '{') {
        if (++entries > maxEntries) return { tooMany: { line: lineNo, col: pos + 1 }, tabs };
        flow++;
        if (stack.length + flow > maxDepth) return { tooDeep: { line: lineNo, col: pos + 1 }, tabs };
      } else if (c === ']' || c === '}') {
        flow = Math.max(0, flow - 1);
      } else if ((c === '"' || c === "'") && '[{,: \t'.includes(previous)) {
        quote = c;
      }
      if (flow === 0 && quote === undefined) break;
      if (c !== ' ' && c !== '\t') previous = c;
    }
  }
  return { tabs };
}

/** Skips blanks and node properties ("&anchor", "!tag"), which may stand before a value. */
function skipProperties(line: string, start: number): number {
  let pos = start;
  for (;;) {
    while (line[pos] === ' ' || line[pos] === '\t') pos++;
    if (line[pos] !== '&' && line[pos] !== '!') return pos;
    while (pos < line.length && line[pos] !== ' ' && line[pos] !== '\t') pos++;
  }
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (line[n] === ' ') n++;
  return n;
}

/**
 * Applies the block indicators ("- ", "? ", ": ") and the mapping key at the start of a
 * line to the stack of open block collections; returns where the value begins.
 */
function enterBlock(line: string, start: number, stack: Level[]): { pos: number; col: number } {
  let pos = start;
  let first = true;
  let col = start;
  const open = (at: number, kind: Kind) => {
    col = at;
    if (first) {
      first = false;
      while ((stack.at(-1)?.col ?? -1) > at) stack.pop();
      const top = stack.at(-1);
      if (top !== undefined && top.col === at) {
        if (top.kind === kind) return;
        // A key in the column of a sequence ends that sequence ("steps:" then "- a" then "other:").
        if (kind === 'key') {
          stack.pop();
          if (stack.at(-1)?.col === at && stack.at(-1)?.kind === 'key') return;
        }
      }
    }
    stack.push({ col: at, kind });
  };
  for (;;) {
    const c = line[pos];
    const next = line[pos + 1];
    if ((c === '-' || c === '?' || c === ':') && (next === undefined || next === ' ' || next === '\t')) {
      open(pos, c === '-' ? 'seq' : 'key');
      pos++;
      while (line[pos] === ' ' || line[pos] === '\t') pos++;
      continue;
    }
    break;
  }
  // A key longer than 1024 characters is invalid YAML anyway; the cap keeps this linear.
  const key = KEY.exec(line.slice(pos, pos + 1100));
  if (key) {
    open(pos, 'key');
    pos += key[0].length;
  }
  return { pos, col };
}
