// The facts a report needs, found in the case by what a question is, not where it sits:
// a small explicit mapping by question id and format, so the same fact is found whether
// card-charges ran alone or inside fraud-order ("charges/look-at-statement"). A fact that
// was never answered stays undefined; renderers say "not recorded", never guess.
import { showDateValue } from '../session/parse-date.js';
import { localize, type Lang } from '../i18n.js';
import type { AnswerValue, Channel, FieldValue } from '../journal/events.js';
import type { Question } from '../playbook/schema.js';
import type { WalkedTask } from '../playbook/walk.js';
import type { CaseState } from '../session/state.js';
import {
  describeField,
  formatMoney,
  knownLabel,
  listFact,
  lossRows,
  rowsOf,
  shipmentRows,
  totalOf,
  uniqueRows,
  type Answered,
  type RecordRow,
} from './facts-lists.js';
import { reportTexts } from './texts.js';

export { describeField, formatMoney, sumMoney, type RecordRow } from './facts-lists.js';

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
] as const;
export type AccountChange = (typeof ACCOUNT_CHANGE_IDS)[number];
/** The parties on the merchant side of a dispute. */
export const MERCHANT_SIDE = new Set(['merchant', 'processor']);
/** Card reporting time limits are most often 60 days; the card's own terms decide. */
export const DISPUTE_DAYS = 60;

/** One conversation with a party: who, by which channel, when it happened (not when it was typed), its reference. */
interface Call {
  readonly party: string;
  readonly who: string;
  readonly channel: Channel;
  /** When the party said it (the confirmation's `at`), a timestamp with offset. */
  readonly at: string;
  readonly reference: string | undefined;
}

export interface CaseFacts {
  readonly cardholder: {
    readonly name: string | undefined;
    readonly phone: string | undefined;
    /** The address the card company has on file. */
    readonly address: string | undefined;
  };
  readonly issuer: string | undefined;
  readonly brand: string | undefined;
  /** Credit or debit, in words. */
  readonly cardKind: string | undefined;
  readonly last4: string | undefined;
  readonly site: string | undefined;
  readonly noticed: string | undefined;
  readonly how: string | undefined;
  readonly statementDate: string | undefined;
  readonly told: readonly { readonly party: string; readonly date: string }[];
  readonly transactions: readonly RecordRow[];
  /** The disputed charges' total per currency, "121,440 JPY". */
  readonly transactionTotal: string | undefined;
  readonly orders: readonly RecordRow[];
  readonly shipments: readonly RecordRow[];
  /** Money that cannot come back (a gift card redeemed, a transfer): `what`, `amount`, `when`. */
  readonly losses: readonly RecordRow[];
  readonly lossTotal: string | undefined;
  /** The carrier's name, as told (a fact, a shipment, or an order's carrier). */
  readonly carrier: string | undefined;
  /** Every conversation with a party, oldest first: the card's calls are those with `card-issuer`. */
  readonly calls: readonly Call[];
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

const fieldIds = (q: Question): string[] => (q.type === 'records' ? q.fields.map((f) => f.id) : []);
const hasMoney = (q: Question): boolean => q.type === 'records' && q.fields.some((f) => f.type === 'money');

/** The single party a step's confirmations address, if there is exactly one. */
function partyOf(task: WalkedTask): string | undefined {
  const parties = new Set((task.step.confirmations ?? []).map((c) => c.party));
  return parties.size === 1 ? [...parties][0] : undefined;
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
  const choiceFact = (name: string): string | undefined => {
    const v = state.facts.get(name)?.value;
    return v?.kind === 'choice' || v?.kind === 'text' ? (knownLabel(v.value, lang) ?? v.value) : undefined;
  };

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
  // An order saved twice (a resume, a correction) is one order.
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
  const typedCharges = [
    ...records.filter(isCharges).flatMap((a) => rowsOf(a, lang)),
    ...(chargeFact ? rowsOf(chargeFact, lang) : []),
  ];
  const transactions = uniqueRows(
    typedCharges.length > 0 || chargeFact !== undefined
      ? typedCharges
      : uniqueRows(chargedOrders, 'order-number'),
    'order-number',
  );
  const orders = uniqueRows(
    [
      ...records
        .filter((a) => !isCharges(a) && hasMoney(a.question) && fieldIds(a.question).includes('order-number'))
        .flatMap((a) => rowsOf(a, lang)),
      ...orderRows,
    ],
    'order-number',
  );
  // A parcel once, by its tracking number: what `respond note` told later wins over the walk.
  const shipments = uniqueRows(
    [
      ...records
        .filter((a) =>
          fieldIds(a.question).some((id) => id === 'tracking-number' || id === 'merchant-answer'),
        )
        .flatMap((a) => rowsOf(a, lang)),
      ...orders.filter((r) => r.cells['tracking-number'] !== undefined),
      ...shipmentRows(state, tasks, lang),
    ],
    'tracking-number',
  );
  const losses = lossRows(state, tasks, lang);

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

  const unknownAddress = byId('unknown-address', 'text') ?? byId('address-text', 'text');
  // What was found, in words: "an unknown delivery address: …", not the question that found it.
  const findings = reportTexts[lang].findings;
  const accountChanges = ACCOUNT_CHANGE_IDS.flatMap((id) =>
    isYes(id) ? [findings[id](id === 'unknown-address' ? unknownAddress : undefined)] : [],
  );

  return {
    // The latest told wins: the walk's facts, else what `report --name/--phone` kept.
    cardholder: {
      name: fact('cardholder.name') ?? text(cardholder?.get('cardholder-name')),
      phone: fact('cardholder.phone') ?? text(cardholder?.get('cardholder-phone')),
      address: fact('cardholder.address') ?? text(cardholder?.get('cardholder-address')),
    },
    issuer: fact('card.issuer') ?? byId('issuer-name', 'text'),
    brand: byId('card-brand', 'choice') ?? fact('card.brand'),
    cardKind: choiceFact('card.kind') ?? byId('card-kind', 'choice'),
    last4:
      fact('card.last4') ?? first((a) => a.question.type === 'text' && a.question.format === 'card-last4'),
    site,
    noticed: fact('incident.noticed') ?? byId('noticed-date', 'date'),
    how: byId('how-noticed', 'choice'),
    statementDate,
    told: [...told].map(([party, date]) => ({ party, date })).sort((a, b) => a.date.localeCompare(b.date)),
    transactions,
    transactionTotal: totalOf(transactions),
    orders,
    shipments,
    losses,
    lossTotal: totalOf(losses),
    carrier:
      fact('carrier.name') ??
      shipments.map((r) => r.cells.carrier).find((c) => c !== undefined && c !== '') ??
      byId('carrier', 'text'),
    calls: callsOf(state),
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
    unknownAddress,
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

/**
 * One call per conversation: the confirmations and contacts with the same party, person,
 * channel and reference on the same day are one call, at the time it happened.
 */
function callsOf(state: CaseState): Call[] {
  const calls = new Map<string, Call>();
  const add = (call: Call) => {
    const key = [call.party, call.who, call.channel, call.at.slice(0, 10)].join('\u0000');
    const earlier = calls.get(key);
    if (earlier === undefined) calls.set(key, call);
    else if (earlier.reference === undefined && call.reference !== undefined)
      calls.set(key, { ...earlier, reference: call.reference });
  };
  for (const c of [...state.confirmations.values()].flat())
    add({ party: c.party, who: c.who, channel: c.channel, at: c.at, reference: c.reference });
  for (const c of state.contacts)
    add({ party: c.party, who: c.who, channel: c.channel, at: c.ts, reference: undefined });
  return [...calls.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
