// Plain-text tables whose columns line up in a terminal, Japanese included: a wide
// character (kanji, kana, full-width forms) takes two columns.
import { eastAsianWidth } from 'get-east-asian-width';

/** Marks, format characters and controls: no column of their own. */
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
// Made for the first grapheme measured, not at start-up: the bundle writes these two as
// `new RegExp(…)`, which V8 compiles at once, a Unicode property set each (0.5 ms).
let emoji: { readonly pictograph: RegExp; readonly flag: RegExp } | undefined;
const emojiPatterns = () =>
  (emoji ??= { pictograph: /\p{Extended_Pictographic}/u, flag: /\p{Regional_Indicator}/u });
// Made for the first text that is not plain ASCII: most of what is measured never needs it,
// and `list` should not wait for it (string-width's own set-up cost 30 ms at every start).
let graphemes: Intl.Segmenter | undefined;
const segmenter = (): Intl.Segmenter => (graphemes ??= new Intl.Segmenter());

/** One grapheme as a terminal draws it. */
function graphemeWidth(cluster: string): number {
  const { flag, pictograph } = emojiPatterns();
  if (flag.test(cluster)) return 2;
  // An emoji drawn as a picture: it asks to be (VS16) or joins others (ZWJ); else its own width.
  if (pictograph.test(cluster) && (cluster.includes('\ufe0f') || cluster.includes('\u200d'))) return 2;
  for (const ch of cluster) if (!ZERO.test(ch)) return eastAsianWidth(ch.codePointAt(0) ?? 0);
  return 0;
}

/**
 * Columns a text takes in a terminal, grapheme by grapheme: East Asian wide characters and
 * emoji (✅ ⚠️ 🚚, a family 👨‍👩‍👧, a flag) two, combining marks and zero-width characters
 * none, by Unicode's East Asian Width table (get-east-asian-width). Printable ASCII, most of
 * what is measured, is counted directly.
 */
export function displayWidth(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const { segment } of segmenter().segment(text)) width += graphemeWidth(segment);
  return width;
}

export interface TableFit {
  /** The columns the table may take (the terminal's width); none: as wide as its cells. */
  readonly maxWidth?: number | undefined;
  /**
   * Columns that give up width, cut with "…", the first given first, to fit maxWidth; each
   * at most down to its `min` (default 12 columns, and never narrower than its heading).
   */
  readonly shrink?: readonly (number | { readonly column: number; readonly min: number })[];
}

const MIN_SHRUNK = 12;

/** `text` cut to `width` columns, ending in "…" when it was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of segmenter().segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/**
 * Rows of cells, columns padded to the widest cell, two spaces apart, no trailing space.
 * With `fit`, the `shrink` columns are cut until a row fits the width (never under 12
 * columns each, nor than the heading in the first row), so a table does not wrap in a
 * narrow terminal.
 */
export function renderTable(rows: readonly (readonly string[])[], fit: TableFit = {}): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  const total = () => widths.reduce((sum, w) => sum + w, 0) + 2 * Math.max(0, widths.length - 1);
  const limits = new Map<number, number>();
  if (fit.maxWidth !== undefined)
    for (const entry of fit.shrink ?? []) {
      const over = total() - fit.maxWidth;
      if (over <= 0) break;
      const i = typeof entry === 'number' ? entry : entry.column;
      const min = typeof entry === 'number' ? MIN_SHRUNK : entry.min;
      const width = widths[i] ?? 0;
      // Never narrower than the column's heading (the first row).
      const next = Math.max(min, displayWidth(rows[0]?.[i] ?? ''), width - over);
      if (next < width) {
        widths[i] = next;
        limits.set(i, next);
      }
    }
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const limit = limits.get(i);
          const text = limit === undefined ? cell : truncate(cell, limit);
          return i === row.length - 1 ? text : text + ' '.repeat((widths[i] ?? 0) - displayWidth(text));
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
