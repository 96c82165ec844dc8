// The answers file itself: its format, how it is read (YAML or JSON, without aliases or
// tags, maps without prototypes) and the shape it must have before a dry run.
//
//   what-happened: [order-mails, gave-away]   # `respond start` without a playbook: the situations
//   which: { order-mails: my-shop }           # when several playbooks answer one situation
//   steps:
//     <step-key>:                         # "check-orders", or "stop-it/ask-merchant" inside an include
//       answers: { <question-id>: value } # records: a list of maps of field id → value
//       confirmations:
//         <confirmation-id>: { answer: yes|no|unknown, who: ..., channel: phone, reference: ..., at: "2026-11-20 14:05" }
//       note: text
//       evidence: ./screenshot.png           # or a list: a step that offers to attach a file
//       outcome: done | later | { skipped: reason } | { waiting: YYYY-MM-DD }
// yaml is imported statically: this module is itself loaded lazily, and a dynamic
// import('yaml') of that CommonJS package yields only its default export once bundled.
import { parseDocument } from 'yaml';
import { MAX_RECORDS } from '../core/journal/events.js';
import { maskCardNumbers } from '../core/mask.js';
import { SITUATIONS } from '../core/playbook/situations.js';

/** A tag ("!shout") the file uses: nothing in an answers file needs one. */
export class UnsupportedTag extends Error {
  constructor(
    readonly tag: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(`line ${line}, column ${col}: the tag ${tag} is not supported`);
    this.name = 'UnsupportedTag';
  }
}

/**
 * Parses an answers file (YAML, so JSON too); aliases are refused, duplicate keys are
 * errors, and so is an unknown tag, which yaml's parse() would only print as a Node
 * warning block on stderr while keeping the text.
 */
export function parseAnswersText(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true });
  const [error] = doc.errors;
  if (error) throw error;
  const [warning] = doc.warnings;
  if (warning) {
    const at = warning.linePos?.[0] ?? { line: 1, col: 1 };
    if (warning.code === 'TAG_RESOLVE_FAILED')
      throw new UnsupportedTag(/Unresolved tag: (\S+)/.exec(warning.message)?.[1] ?? '?', at.line, at.col);
    throw new Error(warning.message);
  }
  return withoutPrototypes(doc.toJS({ maxAliasCount: 0 }));
}

/**
 * Maps as objects without a prototype: ids are the file's keys, and a step or question
 * named "constructor" must find only what the file says, never Object.prototype's.
 */
function withoutPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypes);
  if (value === null || typeof value !== 'object') return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, inner] of Object.entries(value)) out[key] = withoutPrototypes(inner);
  return out;
}

export interface StepAnswers {
  readonly answers?: Readonly<Record<string, unknown>>;
  readonly confirmations?: Readonly<Record<string, Readonly<Record<string, unknown>> | null>>;
  readonly note?: string;
  /** A file (or files) to attach where the step offers it: paths, relative to the folder respond runs in. */
  readonly evidence?: string | readonly string[];
  readonly outcome?: string | Readonly<Record<string, unknown>>;
}

export interface AnswersFile {
  readonly steps: Readonly<Record<string, StepAnswers>>;
  readonly 'what-happened'?: string | readonly string[];
  readonly which?: Readonly<Record<string, string>>;
}

/** The prompt id of "What happened?"; "what-happened:<situation>" asks which playbook of several. */
export const TRIAGE_ID = 'what-happened';

/** Entries (map keys and list items, at any depth) one answers file may hold. */
export const MAX_ANSWER_ENTRIES = 50_000;

/** Counts map keys and list items, stopping as soon as there are more than `limit`. */
function countEntries(data: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0 && count <= limit) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    const children: unknown[] = Array.isArray(value)
      ? (value as unknown[])
      : Object.values(value as Record<string, unknown>);
    count += children.length;
    stack.push(...children.slice(0, limit + 1));
  }
  return count;
}

/**
 * Checks the file's shape; returns one problem per bad entry ("steps.x.outcome: ..."). The
 * step keys are checked only when known (the triage decides them after the file is read).
 */
export function checkAnswersShape(
  data: unknown,
  stepKeys: ReadonlySet<string> | undefined,
): { file: AnswersFile } | { problems: string[] } {
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { problems: ['the file must be a map with a "steps" key'] };
  if (countEntries(data, MAX_ANSWER_ENTRIES) > MAX_ANSWER_ENTRIES)
    return {
      problems: [`the file holds more than ${MAX_ANSWER_ENTRIES} entries; a run never needs that many`],
    };
  const steps = (data as Record<string, unknown>).steps;
  if (typeof steps !== 'object' || steps === null || Array.isArray(steps))
    return { problems: ['"steps" must be a map of step keys'] };
  const situations = (data as Record<string, unknown>)[TRIAGE_ID];
  const known = new Set<string>(SITUATIONS);
  if (
    situations !== undefined &&
    !(
      (typeof situations === 'string' && known.has(situations)) ||
      (Array.isArray(situations) && situations.every((s) => typeof s === 'string' && known.has(s)))
    )
  )
    problems.push(`${TRIAGE_ID}: must be a list of: ${SITUATIONS.join(', ')}`);
  const which = (data as Record<string, unknown>).which;
  if (
    which !== undefined &&
    (typeof which !== 'object' ||
      which === null ||
      Array.isArray(which) ||
      Object.entries(which).some(([k, v]) => !known.has(k) || typeof v !== 'string'))
  )
    problems.push(`which: must map a situation to a playbook id, e.g. "order-mails: fraud-order"`);
  for (const [key, value] of Object.entries(steps as Record<string, unknown>)) {
    // Keys are echoed on stderr: a full card number typed as one is shown as its last 4.
    const shown = maskCardNumbers(key);
    if (stepKeys !== undefined && !stepKeys.has(key))
      problems.push(
        `steps.${shown}: no step has this key (known: ${[...stepKeys].slice(0, 6).join(', ')}${stepKeys.size > 6 ? ', …' : ''})`,
      );
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`steps.${shown}: must be a map (answers, confirmations, note, evidence, outcome)`);
      continue;
    }
    for (const field of Object.keys(value)) {
      if (!['answers', 'confirmations', 'note', 'evidence', 'outcome'].includes(field))
        problems.push(
          `steps.${shown}.${maskCardNumbers(field)}: unknown key (use answers, confirmations, note, evidence or outcome)`,
        );
    }
    const evidence = (value as Record<string, unknown>).evidence;
    if (
      evidence !== undefined &&
      typeof evidence !== 'string' &&
      !(Array.isArray(evidence) && evidence.length <= 100 && evidence.every((p) => typeof p === 'string'))
    )
      problems.push(`steps.${shown}.evidence: must be a file path, or a list of paths`);
    const answers = (value as Record<string, unknown>).answers;
    if (typeof answers === 'object' && answers !== null && !Array.isArray(answers)) {
      for (const [question, list] of Object.entries(answers)) {
        if (Array.isArray(list) && list.length > MAX_RECORDS)
          problems.push(
            `steps.${shown}.answers.${maskCardNumbers(question)}: ${list.length} entries; one question keeps at most ${MAX_RECORDS}`,
          );
      }
    }
    // Only outcomes that move on: "back" or "note" as an outcome would ask the same step forever.
    const outcome = (value as Record<string, unknown>).outcome;
    const validOutcome =
      outcome === undefined ||
      outcome === null ||
      outcome === 'done' ||
      outcome === 'later' ||
      (typeof outcome === 'object' &&
        !Array.isArray(outcome) &&
        Object.keys(outcome).length === 1 &&
        ('skipped' in outcome || 'waiting' in outcome));
    if (!validOutcome)
      problems.push(
        `steps.${shown}.outcome: must be done, later, { skipped: why } or { waiting: YYYY-MM-DD }`,
      );
  }
  return problems.length > 0 ? { problems } : { file: data as AnswersFile };
}
