// Checks one decoded journal line. Hand-written rather than zod because resume, `cases`
// and every report replay whole journals: 10,000 events must parse in a few milliseconds.
// Unknown keys are tolerated (a newer v1 writer may add optional fields); unknown versions
// and unknown event types are refused, never guessed at.
import { CONFIRMATION_ANSWERS } from './answers.js';
import { CHANNELS } from './channels.js';
import { MAX_RECORDS, type JournalEvent } from './events.js';
import { isDate, isDateValue, isTimestamp } from './timestamp.js';

export type ParseResult = { ok: true; event: JournalEvent } | { ok: false; error: string };

type Obj = Record<string, unknown>;
type Check = (o: Obj) => string | undefined;

const CHANNEL_SET = new Set<string>(CHANNELS);
const CONFIRMATION_SET = new Set<string>(CONFIRMATION_ANSWERS);
const AMOUNT = /^-?\d{1,12}(?:\.\d{1,4})?$/;
const CURRENCY = /^[A-Z]{3}$/;
const HASH = /^sha256:[0-9a-f]{64}$/;
const SHA256 = /^[0-9a-f]{64}$/;
/** A file of the case's evidence folder: one name, no way up or out. */
// eslint-disable-next-line no-control-regex
const EVIDENCE_FILE = /^evidence\/(?!\.)[^/\\\u0000]+$/;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isName = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
const isDue = (x: unknown): boolean => isDate(x) || isTimestamp(x);

function str(o: Obj, key: string): string | undefined {
  return isName(o[key]) ? undefined : `${key}: expected a non-empty string`;
}
function optStr(o: Obj, key: string): string | undefined {
  return o[key] === undefined || isStr(o[key]) ? undefined : `${key}: expected a string`;
}
function oneOf(o: Obj, key: string, set: Set<string>): string | undefined {
  const v = o[key];
  return isStr(v) && set.has(v) ? undefined : `${key}: expected one of ${[...set].join(', ')}`;
}
function first(...results: (string | undefined)[]): string | undefined {
  return results.find((r) => r !== undefined);
}

function checkField(v: Obj, path: string, allowRecords: boolean): string | undefined {
  const value = v.value;
  switch (v.kind) {
    case 'yesno':
      return typeof value === 'boolean' ? undefined : `${path}: expected true or false`;
    case 'text':
      return isStr(value) ? undefined : `${path}: expected a string`;
    case 'choice':
      return isName(value) ? undefined : `${path}: expected an option id`;
    case 'date':
      return isDateValue(value) ? undefined : `${path}: expected a date YYYY-MM-DD (or YYYY-MM-DDTHH:MM)`;
    case 'money':
      if (!isObj(value) || !isStr(value.amount) || !AMOUNT.test(value.amount))
        return `${path}.amount: expected a decimal string`;
      return isStr(value.currency) && CURRENCY.test(value.currency)
        ? undefined
        : `${path}.currency: expected an ISO 4217 code`;
    case 'records': {
      if (!allowRecords) return `${path}: records cannot nest`;
      if (!Array.isArray(value)) return `${path}: expected an array of records`;
      for (let i = 0; i < value.length; i++) {
        const rec: unknown = value[i];
        if (!isObj(rec)) return `${path}[${i}]: expected a map of fields`;
        for (const [field, fv] of Object.entries(rec)) {
          const err = isObj(fv)
            ? checkField(fv, `${path}[${i}].${field}`, false)
            : `${path}[${i}].${field}: expected {kind, value}`;
          if (err !== undefined) return err;
        }
      }
      return undefined;
    }
    default:
      return `${path === 'value' ? 'kind' : `${path}.kind`}: unknown answer kind`;
  }
}

const CHECKS: Record<JournalEvent['type'], Check> = {
  'case-started': (o) =>
    first(
      str(o, 'case'),
      str(o, 'playbook'),
      str(o, 'playbookFile'),
      str(o, 'lang'),
      optStr(o, 'region'),
      optStr(o, 'name'),
      isStr(o.playbookHash) && HASH.test(o.playbookHash) ? undefined : 'playbookHash: expected sha256:<hex>',
    ),
  answer: (o) => first(str(o, 'step'), str(o, 'question'), optStr(o, 'fact'), checkField(o, 'value', true)),
  'record-field': (o) =>
    first(
      str(o, 'step'),
      str(o, 'question'),
      str(o, 'field'),
      Number.isInteger(o.index) && (o.index as number) >= 0 && (o.index as number) < MAX_RECORDS
        ? undefined
        : `index: expected a whole number below ${MAX_RECORDS}`,
      optStr(o, 'fact'),
      checkField(o, 'value', false),
    ),
  contact: (o) =>
    first(
      str(o, 'party'),
      str(o, 'who'),
      oneOf(o, 'channel', CHANNEL_SET),
      optStr(o, 'phone'),
      optStr(o, 'email'),
      optStr(o, 'reference'),
    ),
  confirmation: (o) =>
    first(
      str(o, 'step'),
      str(o, 'confirmation'),
      str(o, 'party'),
      oneOf(o, 'answer', CONFIRMATION_SET),
      isStr(o.who) ? undefined : 'who: expected a string (empty when no name was given)',
      oneOf(o, 'channel', CHANNEL_SET),
      optStr(o, 'reference'),
      isTimestamp(o.at) ? undefined : 'at: expected a timestamp with offset',
      o.value === undefined
        ? undefined
        : isObj(o.value)
          ? checkField(o.value, 'value', false)
          : 'value: expected {kind, value}',
    ),
  'step-outcome': (o) => {
    const err = str(o, 'step');
    if (err !== undefined) return err;
    switch (o.outcome) {
      case 'done':
      case 'later':
        return undefined;
      case 'skipped':
        return isStr(o.reason) ? undefined : 'reason: expected a string';
      case 'waiting':
        return isDue(o.due) ? undefined : 'due: expected a date or a timestamp';
      default:
        return 'outcome: expected done, skipped, waiting or later';
    }
  },
  note: (o) => first(isStr(o.text) ? undefined : 'text: expected a string', optStr(o, 'step')),
  'follow-up-set': (o) => {
    const origin = o.origin;
    return first(
      str(o, 'id'),
      isDue(o.due) ? undefined : 'due: expected a date or a timestamp',
      str(o, 'check'),
      isObj(origin)
        ? first(
            str(origin, 'step'),
            optStr(origin, 'confirmation'),
            origin.recheck === undefined || typeof origin.recheck === 'boolean'
              ? undefined
              : 'origin.recheck: expected true or false',
          )
        : 'origin: expected {step, confirmation?}',
    );
  },
  'follow-up-resolved': (o) => first(str(o, 'id'), isStr(o.result) ? undefined : 'result: expected a string'),
  'step-back': (o) => first(str(o, 'from'), str(o, 'to')),
  'case-closed': (o) => (typeof o.forced === 'boolean' ? undefined : 'forced: expected true or false'),
  triage: (o) =>
    first(
      Array.isArray(o.situations) && o.situations.every(isName)
        ? undefined
        : 'situations: expected a list of ids',
      Array.isArray(o.playbooks) && o.playbooks.every(isName)
        ? undefined
        : 'playbooks: expected a list of ids',
    ),
  'playbook-added': (o) =>
    first(
      str(o, 'playbook'),
      isStr(o.playbookHash) && HASH.test(o.playbookHash) ? undefined : 'playbookHash: expected sha256:<hex>',
    ),
  'evidence-attached': (o) =>
    first(
      isStr(o.file) && EVIDENCE_FILE.test(o.file) ? undefined : 'file: expected evidence/<name>',
      isStr(o.sha256) && SHA256.test(o.sha256) ? undefined : 'sha256: expected 64 lowercase hex digits',
      Number.isSafeInteger(o.size) && (o.size as number) >= 0
        ? undefined
        : 'size: expected a number of bytes',
      str(o, 'name'),
      str(o, 'mediaType'),
      optStr(o, 'note'),
      optStr(o, 'step'),
      o.mail === undefined
        ? undefined
        : isObj(o.mail)
          ? first(
              o.mail.date === undefined || isTimestamp(o.mail.date)
                ? undefined
                : 'mail.date: expected a timestamp with offset',
              optStr(o.mail, 'from'),
              optStr(o.mail, 'subject'),
            )
          : 'mail: expected {date?, from?, subject?}',
    ),
};

export function parseEvent(input: unknown): ParseResult {
  if (!isObj(input)) return { ok: false, error: 'expected an object' };
  if (input.v !== 1)
    return { ok: false, error: `unsupported format version: ${JSON.stringify(input.v) ?? 'none'}` };
  const type = input.type;
  const check = isStr(type) && Object.hasOwn(CHECKS, type) ? CHECKS[type as JournalEvent['type']] : undefined;
  if (check === undefined)
    return { ok: false, error: `unknown event type: ${JSON.stringify(type) ?? 'none'}` };
  if (!isTimestamp(input.ts)) return { ok: false, error: 'ts: expected a timestamp with offset' };
  const error = check(input);
  return error === undefined
    ? { ok: true, event: input as unknown as JournalEvent }
    : { ok: false, error: `${type as string}: ${error}` };
}
