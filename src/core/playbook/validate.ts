// Playbook bytes in, a playbook or every problem out, each at its line and column. Pure:
// io/playbooks.ts reads the file and calls this (changesets' validateConfig/readConfig).
// Never throws for any input: a playbook may come from anywhere.
import type { Lang } from '../i18n.js';
import { maskCardNumbers, OUTPUT_MASK } from '../mask.js';
import { stripControl } from '../sanitize.js';
import { validationTexts } from './messages.js';
import { prescan } from './prescan.js';
import { ID_PATTERN, Party, Playbook, Step } from './schema.js';
import { checkSemantics } from './semantics.js';
import { describeShapeIssues } from './shape-issues.js';
import { parseTree, type Finding, type Path, type Position, type Spotted } from './yaml-tree.js';

export type { Path, Position } from './yaml-tree.js';

export interface PlaybookIssue {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

export const MAX_PLAYBOOK_BYTES = 1024 * 1024;
const MAX_NESTING = 40;
/** Lines with content plus flow items: the largest built-in playbook has about 700. */
export const MAX_ENTRIES = 10_000;
/** Problems listed for one file; a garbage file would otherwise print a million lines. */
export const MAX_ISSUES = 100;

export interface ValidPlaybook {
  readonly playbook: Playbook;
  /** Where a part of the playbook is written, for problems found later (e.g. includes). */
  readonly locate: (path: Path, at?: 'key' | 'value') => Position;
}

export function validatePlaybookText(
  bytes: Uint8Array,
  file: string,
  lang: Lang,
): ValidPlaybook | { issues: PlaybookIssue[] } {
  try {
    return checkPlaybookText(bytes, file, lang);
  } catch (error) {
    // A bug here must not become a stack trace for the person; say where it gave up.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      issues: [{ file, line: 1, col: 1, message: validationTexts[lang].syntax(detail.split('\n')[0] ?? '') }],
    };
  }
}

/** The validator without its safety net: the property tests call it so no bug hides behind the net. */
export function checkPlaybookText(
  bytes: Uint8Array,
  file: string,
  lang: Lang,
): ValidPlaybook | { issues: PlaybookIssue[] } {
  const t = validationTexts[lang];
  const fail = (spots: readonly Spotted[]) => {
    const sorted = sortIssues(
      (spots.length > 0 ? spots : [{ line: 1, col: 1, message: t.invalid }]).map((s) => ({ file, ...s })),
    );
    const next = sorted[MAX_ISSUES];
    if (next === undefined) return { issues: sorted };
    return { issues: [...sorted.slice(0, MAX_ISSUES), { ...next, message: t.tooMany(MAX_ISSUES) }] };
  };
  if (bytes.length > MAX_PLAYBOOK_BYTES) return fail([{ line: 1, col: 1, message: t.tooBig('1 MiB') }]);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = decodeLoosely(bytes.subarray(0, bad));
    return fail([{ ...positionIn(before, before.length), message: t.notUtf8 }]);
  }
  const text = decodeLoosely(bytes);
  const nul = text.indexOf('\0');
  if (nul >= 0) return fail([{ ...positionIn(text, nul), message: t.notText }]);

  const scan = prescan(text, MAX_NESTING, MAX_ENTRIES);
  let spots: Spotted[] = scan.tabs.map((tab) => ({ ...tab, message: t.tab }));
  if (scan.tooDeep) return fail([...spots, { ...scan.tooDeep, message: t.tooDeep(MAX_NESTING) }]);
  if (scan.tooMany) return fail([...spots, { ...scan.tooMany, message: t.tooManyEntries(MAX_ENTRIES) }]);
  // Tabs leave the document unreadable, and the yaml library's recovery from a hundred
  // thousand of them takes seconds: say where they are and stop there.
  if (spots.length > 0) return fail(spots);

  const tree = parseTree(text, lang, MAX_NESTING + 5);
  spots = spots.concat(tree.issues);
  if (tree.broken) return fail(spots);

  const place = (findings: readonly Finding[]) =>
    findings.map((f) => ({ ...tree.locate(f.path, f.at), message: f.message }));
  const lineOf = (path: Path) => tree.locate(path).line;
  const result = Playbook.safeParse(tree.data);
  if (!result.success) {
    // An alias already has its own message; "this should be text" at the same spot is noise.
    const taken = new Set(tree.issues.map((s) => `${s.line}:${s.col}`));
    const shape = place(describeShapeIssues(Playbook, result.error.issues, tree.data, lang)).filter(
      (s) => !taken.has(`${s.line}:${s.col}`),
    );
    const salvaged = salvage(tree.data);
    const semantic = salvaged ? place(checkSemantics(salvaged, lang, lineOf)) : [];
    return fail(spots.concat(shape, semantic));
  }
  spots = spots.concat(place(checkSemantics(result.data, lang, lineOf)));
  if (spots.length > 0) return fail(spots);
  return { playbook: stripStrings(result.data), locate: tree.locate };
}

/**
 * When only the playbook's own fields are wrong (its id, its version) but every step and
 * party is well formed, the cross-field rules can still run, so all problems show at once.
 */
function salvage(data: unknown): Playbook | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const { steps, parties } = data as { steps?: unknown; parties?: unknown };
  if (!Array.isArray(steps) || steps.length === 0) return undefined;
  const okSteps = steps.map((s) => Step.safeParse(s));
  const okParties = Array.isArray(parties) ? parties.map((p) => Party.safeParse(p)) : [];
  if (!okSteps.every((r) => r.success) || !okParties.every((r) => r.success)) return undefined;
  if (parties !== undefined && !Array.isArray(parties)) return undefined;
  return {
    id: 'salvaged',
    title: 'salvaged',
    steps: okSteps.map((r) => r.data),
    parties: okParties.map((r) => r.data),
  };
}

function sortIssues(issues: PlaybookIssue[]): PlaybookIssue[] {
  const seen = new Set<string>();
  return issues
    .sort((a, b) => a.line - b.line || a.col - b.col)
    .filter((i) => {
      const key = `${i.line}:${i.col}:${i.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * Every string, however deep, loses what a terminal would act on, and a full card number is
 * masked (ids are slugs and stay as written). Keys are ids or language codes.
 */
function stripStrings<T>(value: T): T {
  if (typeof value === 'string')
    return (ID_PATTERN.test(value) ? value : maskCardNumbers(stripControl(value), OUTPUT_MASK)) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => stripStrings(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      Object.defineProperty(out, key, {
        value: stripStrings(inner),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
  }
  return value;
}

function decodeLoosely(bytes: Uint8Array): string {
  // The default TextDecoder drops a leading byte-order mark, which YAML would otherwise see.
  return new TextDecoder('utf-8').decode(bytes);
}

function positionIn(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Offset of the first byte that breaks UTF-8 (overlongs, surrogates and > U+10FFFF too), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
