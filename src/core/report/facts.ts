// The facts a report needs, found in the case by what a question is, not where it sits:
// a small explicit mapping by question id and format, so the same fact is found whether
// card-charges ran alone or inside fraud-order ("charges/look-at-statement"). A fact that
// was never answered stays undefined; renderers say "not recorded", never guess.
import { showDateValue } from '../session/parse-date.js';
import { localize, type Lang } from '../i18n.js';
import type { AnswerValue, FieldValue, Money } from '../journal/events.js';
import type { FieldQuestion, Question } from '../playbook/schema.js';
import type { WalkedTask } from '../playbook/walk.js';
import type { CaseState } from '../session/state.js';

/** Question ids whose date answer says when a party was told (the step's confirmations name the party). */
const TOLD_DATE_IDS = new Set(['reported-date', 'call-date', 'asked-date']);
/** Yes/no questions whose "yes" is a change the intruder made to the account. */
const ACCOUNT_CHANGE_IDS = [
  'unknown-address',
  'unknown-payment',
  'balance-used',
  'contact-changed',
  'strange-sign-ins',
  'mail-rules',
];
/** The parties on the merchant side of a dispute. */
export const MERCHANT_SIDE = new Set(['merchant', 'processor']);
/** Card reporting time limits are most often 60 days; the card's own terms decide. */
export const DISPUTE_DAYS = 60;

interface Answered {
  readonly task: WalkedTask;
  readonly question: Question;
  readonly value: AnswerValue;
}

type Row = Readonly<Record<string, string | undefined>>;

export interface RecordRow {
  /** field id → the value as a person reads it (choice labels, formatted money). */
  readonly cells: Row;
  readonly money: Money | undefined;
}

export interface CaseFacts {
  readonly cardholder: { readonly name: string | undefined; readonly phone: string | undefined };
  readonly issuer: string | undefined;
  readonly brand: string | undefined;
  readonly last4: string | undefined;
  readonly site: string | undefined;
  readonly noticed: string | undefined;
  readonly how: string | undefined;
  readonly statementDate: string | undefined;
  readonly told: readonly { readonly party: string; readonly date: string }[];
  readonly transactions: readonly RecordRow[];
  readonly orders: readonly RecordRow[];
  readonly shipments: readonly RecordRow[];
  readonly police: {
    readonly status: string | undefined;
    readonly date: string | undefined;
    readonly station: string | undefined;
    readonly receipt: string | undefined;
  };
  readonly lastDay: string | undefined;
  readonly needed: string | undefined;
  readonly neededBy: string | undefined;
  readonly filed: string | undefined;
  readonly shipped: string | undefined;
  readonly carrierAction: string | undefined;
  readonly result: string | undefined;
  readonly unknownAddress: string | undefined;
  readonly references: readonly { readonly label: string; readonly value: string }[];
  readonly accountChanges: readonly string[];
  readonly giftCards: boolean;
  readonly balanceUsed: boolean;
  readonly screenshots: boolean;
  readonly mailRules: boolean;
  readonly mailCount: string | undefined;
}

/** Where `report --name/--phone` keeps the cardholder's details in the journal (see docs/report-json.md). */
export const CARDHOLDER_STEP = 'report';

/** Every answered question, in walk order. */
function answeredQuestions(state: CaseState, tasks: readonly WalkedTask[]): Answered[] {
  const out: Answered[] = [];
  for (const task of tasks) {
    const answers = state.answers.get(task.key);
    if (!answers) continue;
    for (const question of task.step.questions ?? []) {
      const value = answers.get(question.id);
      if (value !== undefined) out.push({ task, question, value });
    }
  }
  return out;
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

function yesNo(value: boolean, lang: Lang): string {
  return lang === 'ja' ? (value ? 'はい' : 'いいえ') : value ? 'yes' : 'no';
}

/** One value as a person reads it: choice ids become their labels. */
export function describeField(
  question: FieldQuestion | Question,
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
        question.type === 'choice' ? question.options.find((o) => o.id === value.value) : undefined;
      return option ? localize(option.label, lang) : value.value;
    }
    case 'records':
      return value.value.map((r) => describeRecord(question, r, lang).join(', ')).join(' / ');
    case 'date':
      return showDateValue(value.value);
    default:
      return value.value;
  }
}

function describeRecord(
  question: Question | FieldQuestion,
  record: Record<string, FieldValue>,
  lang: Lang,
): string[] {
  const fields = question.type === 'records' ? question.fields : [];
  return Object.entries(record).map(([id, v]) => {
    const field = fields.find((f) => f.id === id);
    return field
      ? describeField(field, v, lang)
      : v.kind === 'money'
        ? formatMoney(v.value)
        : String(v.value);
  });
}

function rowsOf(a: Answered, lang: Lang): RecordRow[] {
  if (a.value.kind !== 'records' || a.question.type !== 'records') return [];
  const fields = a.question.fields;
  return a.value.value.map((record) => {
    // No prototype: a field may be called "constructor".
    const cells = Object.create(null) as Record<string, string>;
    let money: Money | undefined;
    for (const [id, v] of Object.entries(record)) {
      const field = fields.find((f) => f.id === id);
      cells[id] = field
        ? describeField(field, v, lang)
        : String(v.kind === 'money' ? formatMoney(v.value) : v.value);
      if (v.kind === 'money' && money === undefined) money = v.value;
    }
    return { cells, money };
  });
}

const fieldIds = (q: Question): string[] => (q.type === 'records' ? q.fields.map((f) => f.id) : []);
const hasMoney = (q: Question): boolean => q.type === 'records' && q.fields.some((f) => f.type === 'money');

/** The single party a step's confirmations address, if there is exactly one. */
function partyOf(task: WalkedTask): string | undefined {
  const parties = new Set((task.step.confirmations ?? []).map((c) => c.party));
  return parties.size === 1 ? [...parties][0] : undefined;
}

/**
 * A list fact ("orders") as one records answer: its records gathered from every question
 * that added to it (the numbers on one line, the details for each), its fields those of
 * all those questions, so choices read as their labels.
 */
function listFact(state: CaseState, tasks: readonly WalkedTask[], fact: string): Answered | undefined {
  const value = state.facts.get(fact)?.value;
  if (value?.kind !== 'records' || value.value.length === 0) return undefined;
  const sources = tasks.flatMap((task) =>
    (task.step.questions ?? [])
      .filter((q) => q.type === 'records' && (q.fact === fact || q['for-each'] === fact))
      .map((question) => ({ task, question })),
  );
  const first = sources[0];
  if (first === undefined) return undefined;
  const fields = sources.flatMap((s) => (s.question.type === 'records' ? s.question.fields : []));
  const question: Question = {
    id: fact,
    type: 'records',
    prompt: first.question.prompt,
    fields: fields.filter((f, i) => fields.findIndex((g) => g.id === f.id) === i),
  };
  return { task: first.task, question, value };
}

/** What a party told for a confirmation whose answer is a date or a text (the deadline, what is needed). */
function toldValue(state: CaseState, confirmationId: string, kind: 'date' | 'text'): string | undefined {
  for (const [key, list] of state.confirmations) {
    if (!key.endsWith(`.${confirmationId}`)) continue;
    const value = list.at(-1)?.value;
    if (value?.kind === kind && value.value !== '') return value.value;
  }
  return undefined;
}

export function gatherFacts(state: CaseState, tasks: readonly WalkedTask[], lang: Lang): CaseFacts {
  const answered = answeredQuestions(state, tasks);
  const fact = (name: string): string | undefined => {
    const v = state.facts.get(name)?.value;
    return v === undefined || v.kind === 'records' ? undefined : describeValueOf(v);
  };
  const first = (pred: (a: Answered) => boolean): string | undefined => {
    const a = answered.find(pred);
    return a ? describeField(a.question, a.value, lang) : undefined;
  };
  const byId = (id: string, type?: Question['type']) =>
    first((a) => a.question.id === id && (type === undefined || a.question.type === type));
  const isYes = (id: string) =>
    answered.some((a) => a.question.id === id && a.value.kind === 'yesno' && a.value.value);
  const cardholder = state.answers.get(CARDHOLDER_STEP);
  const text = (v: AnswerValue | undefined) => (v?.kind === 'text' && v.value !== '' ? v.value : undefined);

  const told = new Map<string, string>();
  for (const a of answered) {
    if (a.question.type !== 'date' || !TOLD_DATE_IDS.has(a.question.id) || a.value.kind !== 'date') continue;
    const party = partyOf(a.task);
    const day = showDateValue(a.value.value);
    if (party !== undefined && (told.get(party) ?? '9999') > day) told.set(party, day);
  }
  // No "when did you tell them" answer: the first confirmation they gave says it too.
  const answeredParties = new Set(told.keys());
  for (const c of [...state.confirmations.values()].flat()) {
    const day = c.at.slice(0, 10);
    if (!answeredParties.has(c.party) && (told.get(c.party) ?? '9999') > day) told.set(c.party, day);
  }

  // Records that belong to a list fact are read once, as that fact; the rest as written.
  const records = answered.filter(
    (a) =>
      a.question.type === 'records' && a.question.fact === undefined && a.question['for-each'] === undefined,
  );
  const isCharges = (a: Answered) =>
    hasMoney(a.question) && (a.question.id === 'charges' || fieldIds(a.question).includes('merchant'));
  const orderFact = listFact(state, tasks, 'orders');
  const chargeFact = listFact(state, tasks, 'charges');
  const orderRows = orderFact ? rowsOf(orderFact, lang) : [];
  const site = fact('shop.name') ?? byId('site', 'text') ?? byId('merchant-name', 'text');
  // The orders found on the statement are the charges to dispute when none were typed apart.
  const chargedOrders = (orderFact?.value.kind === 'records' ? orderFact.value.value : []).flatMap((r, i) => {
    const charged = r.charged;
    const row = orderRows[i];
    if (row === undefined || charged?.kind !== 'choice' || !['posted', 'pending'].includes(charged.value))
      return [];
    const cells: Record<string, string | undefined> = { ...row.cells, merchant: row.cells.merchant ?? site };
    return [{ cells, money: row.money } satisfies RecordRow];
  });
  const transactions = [
    ...records.filter(isCharges).flatMap((a) => rowsOf(a, lang)),
    ...(chargeFact ? rowsOf(chargeFact, lang) : []),
    ...(chargeFact === undefined ? chargedOrders : []),
  ];
  const orders = [
    ...records
      .filter((a) => !isCharges(a) && hasMoney(a.question) && fieldIds(a.question).includes('order-number'))
      .flatMap((a) => rowsOf(a, lang)),
    ...orderRows,
  ];
  const shipments = [
    ...records
      .filter((a) => fieldIds(a.question).some((id) => id === 'tracking-number' || id === 'merchant-answer'))
      .flatMap((a) => rowsOf(a, lang)),
    ...orderRows.filter((r) => r.cells['tracking-number'] !== undefined),
  ];

  const statementDate =
    byId('statement-date', 'date') ??
    transactions
      .map((t) => t.cells['statement-date'])
      .filter((d): d is string => d !== undefined)
      .sort()[0];

  const references = answered
    .filter(
      (a) =>
        a.question.type === 'text' &&
        a.question.format === 'reference' &&
        a.value.kind === 'text' &&
        a.value.value !== '',
    )
    .map((a) => ({
      label: localize(a.question.prompt, lang),
      value: describeField(a.question, a.value, lang),
    }));

  const accountChanges = ACCOUNT_CHANGE_IDS.flatMap((id) => {
    const a = answered.find((x) => x.question.id === id && x.value.kind === 'yesno' && x.value.value);
    return a ? [localize(a.question.prompt, lang)] : [];
  });

  return {
    cardholder: {
      name: text(cardholder?.get('cardholder-name')),
      phone: text(cardholder?.get('cardholder-phone')),
    },
    issuer: fact('card.issuer') ?? byId('issuer-name', 'text'),
    brand: byId('card-brand', 'choice') ?? fact('card.brand'),
    last4:
      fact('card.last4') ?? first((a) => a.question.type === 'text' && a.question.format === 'card-last4'),
    site,
    noticed: fact('incident.noticed') ?? byId('noticed-date', 'date'),
    how: byId('how-noticed', 'choice'),
    statementDate,
    told: [...told].map(([party, date]) => ({ party, date })).sort((a, b) => a.date.localeCompare(b.date)),
    transactions,
    orders,
    shipments,
    police: {
      status: byId('police-status'),
      date: byId('police-date'),
      station: byId('station'),
      receipt: byId('receipt-number') ?? fact('police.report-number'),
    },
    lastDay: byId('last-day', 'date') ?? toldValue(state, 'deadline', 'date'),
    needed: byId('needed', 'text') ?? toldValue(state, 'what-needed', 'text'),
    neededBy: byId('needed-by', 'date'),
    filed: byId('filed-date', 'date'),
    shipped: byId('shipped', 'choice'),
    carrierAction: byId('action', 'choice'),
    result: byId('result', 'choice'),
    unknownAddress: byId('unknown-address', 'text') ?? byId('address-text', 'text'),
    references,
    accountChanges,
    giftCards: isYes('gift-cards'),
    balanceUsed: isYes('balance-used'),
    screenshots: isYes('screenshots'),
    mailRules: isYes('mail-rules'),
    mailCount: byId('mail-count', 'text'),
  };
}

function describeValueOf(value: FieldValue): string {
  return value.kind === 'money' ? formatMoney(value.value) : String(value.value);
}
