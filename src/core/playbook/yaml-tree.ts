// From YAML text to plain data, keeping the way back: every problem found later in the
// data (by zod or by the cross-field rules) is reported at a line and column of the text.
import {
  Composer,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  type Document,
  type YAMLError,
} from 'yaml';
import type { Lang } from '../i18n.js';
import { validationTexts, type ValidationTexts } from './messages.js';

export type Path = readonly (string | number)[];

/** A problem before positions are known: where in the data it is, and what to say. */
export interface Finding {
  readonly path: Path;
  /** 'key' points at the name of the last path segment rather than at its value. */
  readonly at?: 'key' | 'value';
  readonly message: string;
}

export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface Spotted extends Position {
  readonly message: string;
}

export interface ParsedTree {
  readonly data: unknown;
  readonly doc: Document.Parsed | undefined;
  readonly issues: Spotted[];
  /** True when the text could not be read as one clean YAML document: checking its shape would only add noise. */
  readonly broken: boolean;
  readonly locate: (path: Path, at?: 'key' | 'value') => Position;
}

type AnyNode = unknown;

/** More problems than this are not even described: a garbage file can hold half a million. */
const MAX_REPORTED = 500;

export function parseTree(text: string, lang: Lang, maxDepth: number): ParsedTree {
  const t = validationTexts[lang];
  const lineCounter = new LineCounter();
  const pos = (offset: number): Position => lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
  const issues: Spotted[] = [];
  let broken = false;
  // yaml's own duplicate-key check compares every key with every other (quadratic); toData
  // below does it with a set.
  const docs = [
    ...new Composer({ uniqueKeys: false }).compose(new Parser(lineCounter.addNewLine).parse(text)),
  ];
  const doc = docs[0];
  const locate = (path: Path, at?: 'key' | 'value') => pos(offsetOf(doc?.contents, path, at));

  if (docs.length > 1) {
    broken = true;
    const second = docs[1];
    issues.push({ ...pos(second?.range[0] ?? 0), message: t.multipleDocs });
  }
  for (const d of docs.slice(0, 1)) {
    for (const error of [...d.errors, ...d.warnings]) {
      if (issues.length >= MAX_REPORTED) break;
      const where = pos(
        error.code === 'MISSING_CHAR' && /quote/i.test(error.message)
          ? openingQuote(text, error)
          : error.pos[0],
      );
      // A duplicate key leaves a readable document; any other syntax error does not.
      if (error.name === 'YAMLParseError' && error.code !== 'DUPLICATE_KEY') broken = true;
      issues.push({ ...where, message: describeYamlError(error, text, t) });
    }
  }
  if (
    doc === undefined ||
    doc.contents === null ||
    (isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === '')
  ) {
    if (issues.length === 0) issues.push({ line: 1, col: 1, message: t.empty });
    return { data: undefined, doc, issues, broken: true, locate };
  }

  const toData = (node: AnyNode, depth: number): unknown => {
    if (depth > maxDepth) {
      if (!broken) issues.push({ ...pos(rangeStart(node)), message: t.tooDeep(maxDepth) });
      broken = true;
      return null;
    }
    if (isAlias(node)) {
      if (issues.length < MAX_REPORTED) issues.push({ ...pos(node.range?.[0] ?? 0), message: t.alias });
      return null;
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (node.anchor !== undefined) {
        const start = node.range?.[0] ?? 0;
        const mark = text.lastIndexOf(`&${node.anchor}`, start);
        if (issues.length < MAX_REPORTED)
          issues.push({ ...pos(mark >= 0 ? mark : start), message: t.anchor });
      }
    }
    if (isScalar(node)) return typeof node.value === 'bigint' ? Number(node.value) : node.value;
    if (isSeq(node)) return node.items.map((item) => toData(item, depth + 1));
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (isAlias(pair.key)) toData(pair.key, depth + 1);
        if (key === undefined) {
          if (issues.length < MAX_REPORTED) issues.push({ ...pos(rangeStart(pair.key)), message: t.invalid });
          continue;
        }
        if (isScalar(pair.key) && pair.key.anchor !== undefined) toData(pair.key, depth + 1);
        if (seen.has(key)) {
          if (issues.length < MAX_REPORTED)
            issues.push({ ...pos(rangeStart(pair.key)), message: t.duplicateKey(key) });
          continue;
        }
        seen.add(key);
        // defineProperty, not assignment: a "__proto__" key stays a plain, harmless property.
        Object.defineProperty(out, key, {
          value: toData(pair.value, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return null;
  };
  const data = toData(doc.contents, 1);
  if (!isMap(doc.contents) && !broken) {
    issues.push({ ...pos(rangeStart(doc.contents)), message: t.notAMap(t.kind[kindOf(data)]) });
    broken = true;
  }
  return { data, doc, issues, broken, locate };
}

export function kindOf(value: unknown): 'text' | 'number' | 'boolean' | 'nothing' | 'list' | 'map' {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'list';
  if (value !== null && typeof value === 'object') return 'map';
  return 'nothing';
}

function rangeStart(node: unknown): number {
  if (node !== null && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: readonly number[] | null }).range;
    return range?.[0] ?? 0;
  }
  return 0;
}

/** The offset of the node a data path names; the nearest existing ancestor when it is missing. */
function offsetOf(root: AnyNode, path: Path, at?: 'key' | 'value'): number {
  let node: AnyNode = root;
  let offset = rangeStart(root);
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair === undefined) return offset;
      const keyOffset = rangeStart(pair.key);
      const empty = pair.value === null || (isScalar(pair.value) && pair.value.value === null);
      if ((last && at === 'key') || empty) return keyOffset;
      node = pair.value;
      offset = rangeStart(node);
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: AnyNode = node.items[segment];
      if (item === undefined || item === null) return offset;
      node = item;
      offset = rangeStart(node);
    } else {
      return offset;
    }
  }
  return offset;
}

/**
 * yaml reports a quote that is never closed at the end of the file; the person needs the
 * place where it was opened: the last quote before that which starts a value.
 */
function openingQuote(text: string, error: YAMLError): number {
  const mark = /double/i.test(error.message) || error.message.includes('"') ? '"' : "'";
  let found = error.pos[0];
  for (const match of text
    .slice(0, error.pos[0])
    .matchAll(mark === '"' ? /(?:^|[\s:[{,-])"/gm : /(?:^|[\s:[{,-])'/gm)) {
    found = match.index + match[0].length - 1;
  }
  return found;
}

function describeYamlError(error: YAMLError, text: string, t: ValidationTexts): string {
  const detail = error.message.split('\n')[0] ?? error.code;
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const match = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^:\n]*?))\s*:/.exec(
        text.slice(error.pos[0], error.pos[0] + 1100),
      );
      return t.duplicateKey(match?.[1] ?? match?.[2] ?? match?.[3] ?? '?');
    }
    case 'TAB_AS_INDENT':
      return t.tab;
    case 'MISSING_CHAR':
      return t.unclosed;
    case 'BAD_INDENT':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return /end with a|closing/.test(detail) ? t.unclosed : t.badIndent;
    case 'KEY_OVER_1024_CHARS':
      return t.keyTooLong;
    case 'TAG_RESOLVE_FAILED':
      return t.tag(detail.replace(/^Unresolved tag:\s*/, ''));
    case 'RESOURCE_EXHAUSTION':
      return t.tooDeep(40);
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return t.alias;
    case 'MULTIPLE_ANCHORS':
      return t.anchor;
    case 'BAD_DIRECTIVE':
    case 'BAD_DQ_ESCAPE':
    case 'BAD_PROP_ORDER':
    case 'BAD_SCALAR_START':
    case 'BLOCK_IN_FLOW':
    case 'IMPOSSIBLE':
    case 'MULTIPLE_DOCS':
    case 'MULTIPLE_TAGS':
    case 'NON_STRING_KEY':
    case 'UNEXPECTED_TOKEN':
    case 'BAD_COLLECTION_TYPE':
    default:
      return t.syntax(detail);
  }
}
