// What a draft takes from the case's facts: each parcel once, the delivery companies, the
// party's recorded name, the person who signs, the losses. Apart from the wording of the draft.
import type { FieldValue, Money } from '../journal/events.js';
import type { DraftParty, ParcelStatus } from './draft-texts.js';
import type { CaseFacts } from './facts.js';
import type { ReportInput } from './model.js';

export type Facts = ReportInput['state']['facts'];

export interface DraftPerson {
  readonly name?: string | undefined;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
  readonly address?: string | undefined;
}

export function factText(facts: Facts, name: string): string | undefined {
  const v = facts.get(name)?.value;
  return v !== undefined && (v.kind === 'text' || v.kind === 'choice') && v.value.trim() !== ''
    ? v.value.trim()
    : undefined;
}

function factRecords(facts: Facts, name: string): readonly Record<string, FieldValue>[] {
  const v = facts.get(name)?.value;
  return v?.kind === 'records' ? v.value : [];
}

const textOf = (v: FieldValue | undefined): string | undefined =>
  v?.kind === 'text' && v.value.trim() !== '' ? v.value.trim() : undefined;
const digits = (s: string) => s.replace(/[^0-9A-Za-z]/g, '');

export interface Parcel {
  readonly tracking: string;
  readonly order: string | undefined;
  readonly carrier: string | undefined;
  readonly status: ParcelStatus;
}

/** Every parcel of the case once: those told later (`note shipment`) over those of the orders. */
export function parcelsOf(facts: Facts, f: CaseFacts): Parcel[] {
  const parcels: Parcel[] = [];
  const add = (p: Parcel) => {
    const at = parcels.findIndex((q) => digits(q.tracking) === digits(p.tracking));
    if (at >= 0) parcels[at] = { ...parcels[at], ...p, order: p.order ?? parcels[at]?.order };
    else parcels.push(p);
  };
  for (const row of f.shipments) {
    const tracking = row.cells['tracking-number']?.trim();
    if (tracking === undefined || tracking === '') continue;
    add({ tracking, order: row.cells['order-number'], carrier: row.cells.carrier, status: 'shipped' });
  }
  for (const r of factRecords(facts, 'orders')) {
    const tracking = textOf(r['tracking-number']);
    if (tracking === undefined) continue;
    const status = r.status?.kind === 'choice' && r.status.value === 'delivered' ? 'delivered' : 'shipped';
    add({ tracking, order: textOf(r['order-number']), carrier: textOf(r.carrier), status });
  }
  for (const r of factRecords(facts, 'shipments')) {
    const tracking = textOf(r.tracking);
    if (tracking === undefined) continue;
    const s = r.status?.kind === 'choice' ? r.status.value : 'unknown';
    const status = (
      ['shipped', 'delivered', 'refused', 'returned', 'stopped'].includes(s) ? s : 'unknown'
    ) as ParcelStatus;
    add({ tracking, order: textOf(r.order), carrier: textOf(r.carrier), status });
  }
  return parcels;
}

export const sameCarrier = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The delivery companies of the parcels, each once, in the order first recorded. */
export function carriersOf(parcels: readonly Pick<Parcel, 'carrier'>[]): string[] {
  const out: string[] = [];
  for (const p of parcels) {
    const name = p.carrier?.trim();
    if (name && !out.some((c) => sameCarrier(c, name))) out.push(name);
  }
  return out;
}

/** The carrier named with `--carrier`: exactly, else the one whose name holds it ("yamato"). */
export function matchCarrier(carriers: readonly string[], asked: string): string | undefined {
  const q = asked.trim().toLowerCase();
  if (q === '') return undefined;
  return carriers.find((c) => sameCarrier(c, asked)) ?? carriers.find((c) => c.toLowerCase().includes(q));
}

/** The party by its recorded name, else the plain noun that reads inside a sentence. */
export function recipientName(
  to: DraftParty,
  f: CaseFacts,
  facts: Facts,
  parcels: readonly Parcel[],
): string | undefined {
  switch (to) {
    case 'merchant':
      return factText(facts, 'shop.name') ?? f.site;
    case 'card-company':
      return factText(facts, 'card.issuer') ?? f.issuer;
    case 'carrier':
      return (
        factText(facts, 'carrier.name') ??
        parcels.map((p) => p.carrier).find(Boolean) ??
        f.shipments.map((x) => x.cells.carrier).find(Boolean)
      );
  }
}

/** The person who signs: as the walk-through's facts say, else as the report found them. */
export function senderOf(facts: Facts, f: CaseFacts): DraftPerson {
  return {
    name: factText(facts, 'cardholder.name') ?? f.cardholder.name,
    phone: factText(facts, 'cardholder.phone') ?? f.cardholder.phone,
    email: factText(facts, 'mail.address') ?? factText(facts, 'shop.account-email'),
    address: factText(facts, 'cardholder.address'),
  };
}

/** What the person lost beside the charges (`note loss`), each with an amount. */
export function lossesOf(facts: Facts): { what: string | undefined; money: Money }[] {
  return factRecords(facts, 'losses').flatMap((r) =>
    r.amount?.kind === 'money' ? [{ what: textOf(r.what), money: r.amount.value }] : [],
  );
}
