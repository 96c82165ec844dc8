// zod's issues, turned into findings a person can act on. zod reports a failed union as
// every branch's complaints at once ("not a string, not a map, not ..."); here the branch
// the author evidently meant is picked and only its complaints are kept.
import type { z } from 'zod';
import type { Lang } from '../i18n.js';
import { validationTexts, type ValidationTexts } from './messages.js';
import { QUESTION_TYPES } from './schema.js';
import { suggest } from './suggest.js';
import { kindOf, type Finding, type Path } from './yaml-tree.js';

type Issue = z.core.$ZodIssue;

interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly element?: unknown;
  readonly innerType?: unknown;
  readonly getter?: () => unknown;
  readonly options?: readonly unknown[];
  readonly valueType?: unknown;
}

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

/** Looks through optional and lazy wrappers (and unions, when `flat`). */
function unwrap(schema: unknown, flat: boolean): unknown[] {
  const def = defOf(schema);
  if (def === undefined) return [];
  if (
    (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') &&
    def.innerType !== undefined
  )
    return unwrap(def.innerType, flat);
  if (def.type === 'lazy' && def.getter) return unwrap(def.getter(), flat);
  if (flat && def.type === 'union') return (def.options ?? []).flatMap((o) => unwrap(o, true));
  return [schema];
}

function schemasAt(root: unknown, path: Path, flatLast: boolean): unknown[] {
  let current = unwrap(root, flatLast || path.length > 0);
  for (const [index, segment] of path.entries()) {
    const next: unknown[] = [];
    for (const schema of current) {
      const def = defOf(schema);
      if (
        def?.type === 'object' &&
        typeof segment === 'string' &&
        def.shape &&
        Object.hasOwn(def.shape, segment)
      )
        next.push(def.shape[segment]);
      else if (def?.type === 'array' && typeof segment === 'number') next.push(def.element);
      else if (def?.type === 'record') next.push(def.valueType);
    }
    current = next.flatMap((s) => unwrap(s, flatLast || index < path.length - 1));
  }
  return current;
}

function objectKeys(schema: unknown): string[] {
  const def = defOf(schema);
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/**
 * The keys a map may have at this place in the playbook. Where several kinds of map may
 * stand (a step, or a step that includes another playbook), a key only one kind has and
 * that the map uses ("include") says which kind was meant.
 */
function allowedKeysAt(
  root: unknown,
  path: Path,
  value?: unknown,
  unknown: readonly string[] = [],
): string[] {
  const kinds = schemasAt(root, path, true).map(objectKeys);
  const keys = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  // A set: a hostile map has a hundred thousand unknown keys, and includes() on each is quadratic.
  const unknownSet = new Set(unknown);
  const present = keys.filter((k) => !unknownSet.has(k));
  const decided = kinds.filter((keys, i) =>
    present.some((k) => keys.includes(k) && !kinds.some((other, j) => j !== i && other.includes(k))),
  );
  return [...new Set((decided.length === 1 ? decided : kinds).flat())];
}

const MAX_FINDINGS = 500;

interface Draft extends Finding {
  readonly missing?: string;
  readonly suggested?: string;
}

export function describeShapeIssues(
  root: unknown,
  issues: readonly Issue[],
  data: unknown,
  lang: Lang,
): Finding[] {
  const t = validationTexts[lang];
  const out: Draft[] = [];
  for (const issue of issues) {
    // A garbage file can have tens of thousands of unknown keys; the first few hundred say enough.
    if (out.length >= MAX_FINDINGS) break;
    collect(root, issue, [], data, t, out);
  }
  // "titel" reported as unknown with "Did you mean title?" already says title is missing.
  const suggested = new Set(
    out
      .filter((f) => f.suggested !== undefined)
      .map((f) => `${JSON.stringify(f.path.slice(0, -1))}|${f.suggested}`),
  );
  return out.filter(
    (f) => f.missing === undefined || !suggested.has(`${JSON.stringify(f.path)}|${f.missing}`),
  );
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** The keys of the union branch chosen for the map at `path`, when they are what the author meant. */
interface BranchKeys {
  readonly path: string;
  readonly keys: readonly string[];
}

function collect(
  root: unknown,
  issue: Issue,
  base: Path,
  data: unknown,
  t: ValidationTexts,
  out: Draft[],
  branchKeys?: BranchKeys,
): void {
  const path: Path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const value = valueAt(data, path);
  const found = t.kind[kindOf(value)];
  switch (issue.code) {
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        const typeValue = show(value ?? '');
        if (value === undefined)
          out.push({ path: path.slice(0, -1), message: t.missingKey('type'), missing: 'type' });
        else
          out.push({
            path,
            message: t.questionType(typeValue, QUESTION_TYPES, suggest(typeValue, QUESTION_TYPES)),
          });
        return;
      }
      const key = path.at(-1);
      if (value === undefined && key !== undefined) {
        out.push({ path: path.slice(0, -1), message: t.missingKey(String(key)), missing: String(key) });
        return;
      }
      const picked = pickBranch(root, issue.errors, path, value);
      if (picked === undefined) {
        out.push({ path, message: unionMessage(issue.message, found, t) });
        return;
      }
      const keys = picked.keys ? { path: JSON.stringify(path), keys: picked.keys } : branchKeys;
      for (const inner of picked.branch) collect(root, inner, path, data, t, out, keys);
      return;
    }
    case 'unrecognized_keys': {
      const allowed =
        branchKeys?.path === JSON.stringify(path)
          ? [...branchKeys.keys]
          : allowedKeysAt(root, path, value, issue.keys);
      for (const key of issue.keys.slice(0, MAX_FINDINGS)) {
        const suggestion = suggest(key, allowed);
        out.push({
          path: [...path, key],
          at: 'key',
          message: t.unknownKey(key, allowed, suggestion),
          ...(suggestion ? { suggested: suggestion } : {}),
        });
      }
      return;
    }
    case 'invalid_type': {
      const key = path.at(-1);
      if (value === undefined && key !== undefined) {
        out.push({ path: path.slice(0, -1), message: t.missingKey(String(key)), missing: String(key) });
        return;
      }
      out.push({ path, message: t.wrongType(expectedName(issue.expected, t), found) });
      return;
    }
    case 'too_small':
      if (path.length === 1 && path[0] === 'steps') out.push({ path, message: t.emptySteps });
      else if (issue.origin === 'string') out.push({ path, message: t.emptyText });
      else out.push({ path, message: t.tooFew(Number(issue.minimum)) });
      return;
    case 'too_big':
      out.push({ path, message: t.tooLong(Number(issue.maximum)) });
      return;
    case 'invalid_format': {
      const text = show(value);
      const formats: Record<string, (v: string) => string> = {
        slug: t.slug,
        duration: t.duration,
        ref: t.ref,
        currency: t.currency,
        fact: t.fact,
      };
      out.push({ path, message: (formats[issue.message] ?? (() => t.invalid))(text) });
      return;
    }
    case 'invalid_key':
      out.push({ path, at: 'key', message: t.langKey(String(path.at(-1))) });
      return;
    case 'invalid_value': {
      if (issue.message === 'version') {
        out.push({ path, message: t.version(show(value)) });
        return;
      }
      const allowed = issue.values.map(String);
      const say =
        issue.message === 'situation'
          ? t.situation
          : issue.message === 'action'
            ? t.action
            : issue.message === 'helpline'
              ? t.helpline
              : t.oneOf;
      out.push({ path, message: say(show(value), allowed, suggest(show(value), allowed)) });
      return;
    }
    case 'custom':
      out.push({ path, message: issue.message === 'empty-text-map' ? t.textType(found) : t.invalid });
      return;
    case 'not_multiple_of':
    case 'invalid_element':
    default:
      out.push({ path, message: t.invalid });
  }
}

function unionMessage(code: string, found: string, t: ValidationTexts): string {
  if (code === 'text') return t.textType(found);
  if (code === 'condition') return t.condition;
  if (code === 'step') return t.step;
  return t.invalid;
}

function expectedName(expected: string, t: ValidationTexts): string {
  const names: Record<string, string> = {
    string: t.kind.text,
    number: t.kind.number,
    boolean: t.kind.boolean,
    array: t.kind.list,
    object: t.kind.map,
    record: t.kind.map,
  };
  return names[expected] ?? expected;
}

/** A branch fails at its root when the value is not even the right kind of thing for it. */
function failsAtRoot(branch: readonly Issue[]): boolean {
  return branch.some(
    (i) =>
      i.path.length === 0 &&
      (i.code === 'invalid_type' ||
        (i.code === 'invalid_union' && i.errors.length > 0 && i.errors.every(failsAtRoot))),
  );
}

/**
 * The branch the author meant: the fewest unknown and missing keys, a missing key that only
 * this branch has counting double (a step without "include" was not meant to include).
 * Undefined when no branch fits at all.
 */
function pickBranch(
  root: unknown,
  branches: readonly (readonly Issue[])[],
  path: Path,
  value: unknown,
): { branch: readonly Issue[]; keys?: readonly string[] } | undefined {
  const options = schemasAt(root, path, false)
    .map((s) => defOf(s))
    .find((d) => d?.type === 'union')?.options;
  const keySets = (options ?? []).map((o) => new Set(unwrap(o, true).flatMap(objectKeys)));
  const inputKeys =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  let best: readonly Issue[] | undefined;
  let bestIndex = -1;
  let bestScore = Infinity;
  branches.forEach((branch, index) => {
    if (failsAtRoot(branch)) return;
    let score = 0;
    let unknown = 0;
    for (const issue of branch) {
      if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
        unknown += issue.keys.length;
        score += issue.keys.length;
      } else if (
        issue.code === 'invalid_type' &&
        issue.path.length === 1 &&
        valueAt(value, issue.path as Path) === undefined
      ) {
        const key = String(issue.path[0]);
        score += keySets.some((keys, other) => other !== index && keys.has(key)) ? 1 : 2;
      } else {
        score += 0.1;
      }
    }
    // A map none of whose keys this branch knows is not an attempt at this branch.
    if (inputKeys.length > 0 && unknown === inputKeys.length) return;
    if (score < bestScore) {
      best = branch;
      bestIndex = index;
      bestScore = score;
    }
  });
  if (best === undefined) return undefined;
  // A key only this branch has ("include") says which one was meant: list only its keys.
  const own = keySets[bestIndex];
  const decisive =
    own !== undefined &&
    inputKeys.some((k) => own.has(k) && !keySets.some((keys, other) => other !== bestIndex && keys.has(k)));
  return decisive ? { branch: best, keys: [...own] } : { branch: best };
}
