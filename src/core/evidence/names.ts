// The names of evidence: the one the person's file had (shown in reports, cleaned of what a
// terminal or a report would act on) and the one it gets in the case folder, which can
// neither collide (it starts with the file's own hash) nor lead anywhere (one plain name,
// no separators, no leading dot). Pure.
import { maskCardNumbers } from '../mask.js';
import { stripControl } from '../sanitize.js';

/** Files over this size are refused: a screenshot, a mail or a scan is far smaller. */
export const MAX_EVIDENCE_BYTES = 25 * 1000 * 1000;

/** The evidence folder of a case, relative to the case folder. */
export const EVIDENCE_DIR = 'evidence';

const MAX_NAME = 200;
const MAX_STORED_STEM = 60;

/**
 * The original name as recorded: the last path part, control and bidi characters removed,
 * one line, a full card number in it masked (it names the stored copy too, so it is never written).
 */
export function cleanOriginalName(name: string): string {
  const base = name.split(/[/\\]/).at(-1) ?? '';
  const clean = [...maskCardNumbers(stripControl(base.normalize('NFC')).replace(/\s+/g, ' ').trim())];
  if (clean.length === 0) return 'file';
  if (clean.length <= MAX_NAME) return clean.join('');
  // Too long: the start and the extension are what tell the file apart.
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 6 ? clean.slice(dot) : [];
  return [...clean.slice(0, MAX_NAME - ext.length), ...ext].join('');
}

/**
 * `<first 12 hex of sha256>-<name>`: letters, digits, `.`, `_` and `-` of any script kept,
 * anything else a `_`, short enough for every file system, the extension kept.
 */
export function storedName(sha256: string, original: string): string {
  const safe = cleanOriginalName(original)
    .replace(/[^\p{L}\p{N}\p{M}._-]+/gu, '_')
    .replace(/^[._-]+/, '');
  const dot = safe.lastIndexOf('.');
  const ext = dot > 0 && safe.length - dot <= 6 ? safe.slice(dot) : '';
  const stem = [...(ext === '' ? safe : safe.slice(0, dot))].slice(0, MAX_STORED_STEM).join('');
  return `${sha256.slice(0, 12)}-${stem === '' ? 'file' : stem}${ext}`;
}

/**
 * The paths a person dragged into the terminal or typed: terminals paste a path quoted
 * ('a b.png', "a b.png"), with backslashes before spaces (a\ b.png), or as a file:// URL;
 * several files are separated by spaces. An empty line is no path.
 */
export function parseDroppedPaths(line: string): string[] {
  const paths: string[] = [];
  let current = '';
  let started = false;
  let quote: '"' | "'" | undefined;
  const text = line.trim();
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < text.length && '"\\$`'.includes(text[i + 1] ?? ''))
        current += text[++i];
      else current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      started = true;
    } else if (c === '\\' && i + 1 < text.length) {
      current += text[++i];
      started = true;
    } else if (/\s/.test(c)) {
      if (started) paths.push(current);
      current = '';
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) paths.push(current);
  return paths.filter((p) => p !== '').map(fromFileUrl);
}

/** file:///home/me/a%20b.png → /home/me/a b.png; anything else as it is. */
function fromFileUrl(path: string): string {
  if (!/^file:\/\//i.test(path)) return path;
  try {
    const url = new URL(path);
    if (url.host !== '' && url.host !== 'localhost') return path;
    return decodeURIComponent(url.pathname);
  } catch {
    return path;
  }
}
