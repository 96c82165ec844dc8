// The record-list facts of a case as rows a person reads: orders once each (an order saved
// twice after a resume is one row, its fields merged, the later value winning), the
// shipments told by any step or by `respond note`, and the losses with their total. Pure.
import { showDateValue } from '../session/parse-date.js';
import { localize, type Lang } from '../i18n.js';
import type { AnswerValue, FieldValue, Money } from '../journal/events.js';
import type { FieldQuestion, Question } from '../playbook/schema.js';
import type { WalkedTask } from '../playbook/walk.js';
import type { CaseState } from '../session/state.js';

export interface Answered {
  readonly task: WalkedTask;
  readonly question: Question;
  readonly value: AnswerValue;
}

type Cells = Readonly<Record<string, string | undefined>>;

export interface RecordRow {
  /** field id → the value as a person reads it (choice labels, formatted money). */
  readonly cells: Cells;
  readonly money: Money | undefined;
}

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

/** "12800" JPY → "12,800 JPY": grouped for reading, never rounded. */
export function formatMoney(money: Money): string {
  const [int = '', frac] = money.amount.split('.');
  return `${int.replace(GROUP, ',')}${frac !== undefined ? `.${frac}` : ''} ${money.currency}`;
}

/** Sums decimal strings exactly, per currency, in the order the currencies first appear. */
export function sumMoney(amounts: readonly Money[]): Money[] {
  const totals = new Map<string, { units: bigint; scale: number }>();
  for (const m of amounts) {
    const [int = '0', frac = ''] = m.amount.replace(/^\+/, '').split('.');
    const prev = totals.get(m.currency) ?? { units: 0n, scale: 0 };
    const scale = Math.max(prev.scale, frac.length);
    const units = prev.units * 10n ** BigInt(scale - prev.scale) + BigInt(int + frac.padEnd(scale, '0'));
    totals.set(m.currency, { units, scale });
  }
  return [...totals].map(([currency, { units, scale }]) => {
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
    const amount = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return { amount: negative ? `-${amount}` : amount, currency };
  });
}

/** The total of the rows' amounts, "121,440 JPY" (or "… + 20.00 USD"); undefined without amounts. */
export function totalOf(rows: readonly RecordRow[]): string | undefined {
  const sums = sumMoney(rows.flatMap((r) => (r.money ? [r.money] : [])));
  return sums.length === 0 ? undefined : sums.map(formatMoney).join(' + ');
}

function yesNo(value: boolean, lang: Lang): string {
  return lang === 'ja' ? (value ? 'はい' : 'いいえ') : value ? 'yes' : 'no';
}

/**
 * The labels of the statuses a shipment can have (`respond note` records them as ids), for
 * a shipments fact whose question the case's playbooks do not hold.
 */
const SHIPMENT_STATUS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  shipped: { en: 'shipped', ja: '発送済み' },
  delivered: { en: 'delivered', ja: '配達済み' },
  refused: { en: 'refused at the door', ja: '受け取り拒否' },
  returned: { en: 'returned to the sender', ja: '差出人に返送' },
  stopped: { en: 'delivery stopped', ja: '配達停止' },
};
const CARD_KIND: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  credit: { en: 'credit card', ja: 'クレジットカード' },
  debit: { en: 'debit card', ja: 'デビットカード' },
  prepaid: { en: 'prepaid card', ja: 'プリペイドカード' },
};

/** A choice id the playbooks do not label, in words when the report knows it. */
export function knownLabel(id: string, lang: Lang): string | undefined {
  return (SHIPMENT_STATUS[id] ?? CARD_KIND[id])?.[lang];
}

/** One value as a person reads it: choice ids become their labels, never the id itself when known. */
export function describeField(
  question: FieldQuestion | Question | undefined,
  value: FieldValue | AnswerValue,
  lang: Lang,
): string {
  switch (value.kind) {
    case 'yesno':
      return yesNo(value.value, lang);
    case 'money':
      return formatMoney(value.value);
    case 'choice': {
      const option =
        question?.type === 'choice' ? question.options.find((o) => o.id === value.value) : undefined;
      return option ? localize(option.label, lang) : (knownLabel(value.value, lang) ?? value.value);
    }
    case 'records':
      return value.value
        .map((r) =>
          Object.entries(r)
            .map(([id, v]) => describeField(fieldOf(question, id), v, lang))
            .join(', '),
        )
        .join(' / ');
    case 'date':
      return showDateValue(value.value);
    default:
      return value.value;
  }
}

function fieldOf(question: Question | FieldQuestion | undefined, id: string): FieldQuestion | undefined {
  return question?.type === 'records' ? question.fields.find((f) => f.id === id) : undefined;
}

export function rowsOf(a: Answered, lang: Lang): RecordRow[] {
  if (a.value.kind !== 'records') return [];
  return a.value.value.map((record) => rowOf(a.question, record, lang));
}

function rowOf(question: Question | undefined, record: Record<string, FieldValue>, lang: Lang): RecordRow {
  // No prototype: a field may be called "constructor".
  const cells = Object.create(null) as Record<string, string>;
  let money: Money | undefined;
  for (const [id, v] of Object.entries(record)) {
    cells[id] = describeField(fieldOf(question, id), v, lang);
    if (v.kind === 'money' && money === undefined) money = v.value;
  }
  return { cells, money };
}

/**
 * A list fact ("orders") as one records answer: its records gathered from every question
 * that added to it (the numbers on one line, the details for each), its fields those of
 * all those questions, so choices read as their labels. A list told only by `respond note`
 * (no question of the playbooks adds to it) is read with the report's own labels.
 */
export function listFact(state: CaseState, tasks: readonly WalkedTask[], fact: string): Answered | undefined {
  const value = state.facts.get(fact)?.value;
  if (value?.kind !== 'records' || value.value.length === 0) return undefined;
  const sources = tasks.flatMap((task) =>
    (task.step.questions ?? [])
      .filter((q) => q.type === 'records' && (q.fact === fact || q['for-each'] === fact))
      .map((question) => ({ task, question })),
  );
  const fields = sources.flatMap((s) => (s.question.type === 'records' ? s.question.fields : []));
  const first = sources[0] ?? tasks.map((task) => ({ task, question: undefined }))[0];
  if (first === undefined) return undefined;
  const question: Question = {
    id: fact,
    type: 'records',
    prompt: first.question?.prompt ?? fact,
    fields: fields.filter((f, i) => fields.findIndex((g) => g.id === f.id) === i),
  };
  return { task: first.task, question, value };
}

/**
 * Rows once each by the value of `key` (an order number, a tracking number): a later row
 * with the same key fills in and overrides the earlier one, in the earlier one's place.
 * Rows without the key are kept as they are, and empty rows (every field known elsewhere) dropped.
 */
export function uniqueRows(rows: readonly RecordRow[], key: string): RecordRow[] {
  const out: { cells: Record<string, string | undefined>; money: Money | undefined }[] = [];
  const at = new Map<string, number>();
  for (const row of rows) {
    if (Object.keys(row.cells).length === 0) continue;
    const id = row.cells[key]?.trim();
    const index = id === undefined || id === '' ? undefined : at.get(id);
    if (index === undefined) {
      if (id !== undefined && id !== '') at.set(id, out.length);
      out.push({ cells: { ...row.cells }, money: row.money });
      continue;
    }
    const earlier = out[index];
    if (earlier === undefined) continue;
    for (const [field, value] of Object.entries(row.cells))
      if (value !== undefined && value !== '') earlier.cells[field] = value;
    if (row.money !== undefined) earlier.money = row.money;
  }
  return out;
}

/** The shipments fact's rows (fields `order`, `carrier`, `tracking`, `status`) as the report's columns. */
export function shipmentRows(state: CaseState, tasks: readonly WalkedTask[], lang: Lang): RecordRow[] {
  const fact = listFact(state, tasks, 'shipments');
  if (fact === undefined) return [];
  return rowsOf(fact, lang).map((r) => ({
    cells: {
      'order-number': r.cells.order ?? r.cells['order-number'],
      'tracking-number': r.cells.tracking ?? r.cells['tracking-number'],
      carrier: r.cells.carrier,
      status: r.cells.status,
    },
    money: undefined,
  }));
}

/** The losses fact (fields `what`, `amount`, `when`): money that cannot come back. */
export function lossRows(state: CaseState, tasks: readonly WalkedTask[], lang: Lang): RecordRow[] {
  const fact = listFact(state, tasks, 'losses');
  return fact === undefined ? [] : rowsOf(fact, lang).filter((r) => Object.keys(r.cells).length > 0);
}
