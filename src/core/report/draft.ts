// A message to the shop, the card company or the delivery company, built from the case
// (lesson 6: write so you cannot be misread): what happened, what I know, what I need, my
// questions, the references so far; addressed to the party by its name, signed with the
// person's name and contact. Each party gets only what it needs: the shop its orders, the
// card company the card's charges (not the order story), the delivery company its parcels
// and what to do with each (not what it already said it cannot do). A question answered is
// not asked again: only those never answered, or answered "don't know", are open.
// The dispute letter (`--letter`) is draft-letter.ts; the mail file (`--format eml`) draft-eml.ts.
import { localize, type Lang } from '../i18n.js';
import type { Confirmation as ConfirmationEvent, FieldValue } from '../journal/events.js';
import { whoLabel } from '../journal/who.js';
import type { Confirmation } from '../playbook/schema.js';
import { isQuestionVisible, visibleTasks } from '../session/plan.js';
import { showDateValue } from '../session/parse-date.js';
import { latestConfirmation } from '../session/state.js';
import { isRegion, type Region } from '../region.js';
import { buildLetter } from './draft-letter.js';
import { draftTexts, type DraftParty, type DraftTexts, type ParcelStatus } from './draft-texts.js';
import { formatMoney, sumMoney, type CaseFacts } from './facts.js';
import { buildReport, type ReportInput } from './model.js';
import { shortTime } from './timeline.js';

export { DRAFT_PARTIES, type DraftParty } from './draft-texts.js';

/** The playbook party ids each addressee stands for. */
const PARTY_IDS: Record<DraftParty, readonly string[]> = {
  merchant: ['merchant'],
  'card-company': ['card-issuer'],
  carrier: ['carrier'],
};

interface DraftPerson {
  readonly name?: string | undefined;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
  readonly address?: string | undefined;
}

export interface Draft {
  readonly to: DraftParty;
  readonly letter: boolean;
  readonly lang: Lang;
  readonly caseId: string;
  /** The party by name (or the plain noun), and a mail address recorded for it, if any. */
  readonly recipient: { readonly name: string; readonly email: string | undefined };
  readonly sender: DraftPerson;
  readonly subject: string;
  /** The message itself, without the subject line. */
  readonly body: string;
  /** Every delivery company the case's parcels went with; a carrier draft is for one of them. */
  readonly carriers: readonly string[];
}

export interface DraftOptions {
  readonly letter?: boolean;
  readonly region?: Region;
  /** The party's mail address from the emergency contact card, when the case recorded none. */
  readonly recipientEmail?: string | undefined;
  /** For `--to carrier` when parcels went with several: which one (as recorded, any case). */
  readonly carrier?: string | undefined;
}

type Facts = ReportInput['state']['facts'];

function factText(facts: Facts, name: string): string | undefined {
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

interface Parcel {
  readonly tracking: string;
  readonly order: string | undefined;
  readonly carrier: string | undefined;
  readonly status: ParcelStatus;
}

/** Every parcel of the case once: those told later (`note shipment`) over those of the orders. */
function parcelsOf(facts: Facts, f: CaseFacts): Parcel[] {
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

const sameCarrier = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The delivery companies of the parcels, each once, in the order first recorded. */
function carriersOf(parcels: readonly Pick<Parcel, 'carrier'>[]): string[] {
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
function recipientName(
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

/** What the person said about a confirmation, in words: yes / no / don't know, or the value they told. */
function answerWords(c: Confirmation, latest: ConfirmationEvent, t: DraftTexts, lang: Lang): string {
  const v = latest.value;
  if (latest.answer === 'yes' && v !== undefined) {
    if (v.kind === 'choice')
      return localize(c.options?.find((o) => o.id === v.value)?.label, lang) || t.answers.yes;
    if (v.kind === 'money') return formatMoney(v.value);
    if (v.kind === 'date') return showDateValue(v.value);
    if (v.kind === 'text') return v.value;
  }
  return t.answers[latest.answer];
}

export function buildDraftModel(to: DraftParty, input: ReportInput, options: DraftOptions = {}): Draft {
  const lang = input.lang;
  const t = draftTexts[lang];
  const f = buildReport('card-company', input).facts;
  const facts = input.state.facts;
  const parties = new Set(PARTY_IDS[to]);
  const every = parcelsOf(facts, f);
  // The delivery company the walk-through talked to comes first: its conversation is the
  // one the case recorded for "the delivery company".
  const talkedTo = factText(facts, 'carrier.name');
  const carriers = carriersOf([...(talkedTo ? [{ carrier: talkedTo }] : []), ...every]);
  // A carrier's draft holds its own parcels, and those whose carrier nobody recorded go to
  // the first: the person is not asked for what the delivery company did not handle.
  const carrier =
    to !== 'carrier'
      ? undefined
      : options.carrier !== undefined
        ? matchCarrier(carriers, options.carrier)
        : carriers[0];
  const parcels =
    carrier === undefined
      ? every
      : every.filter((p) =>
          p.carrier?.trim() ? sameCarrier(p.carrier, carrier) : sameCarrier(carrier, carriers[0] ?? ''),
        );
  const named = carrier ?? recipientName(to, f, facts, parcels);
  const name = named ?? t.noun[to];

  const confirmed: string[] = [];
  const questions: string[] = [];
  const seen = new Set<string>();
  // Another delivery company than the one talked to: what that one said is not this one's.
  const ownConversation = carrier === undefined || sameCarrier(carrier, carriers[0] ?? '');
  for (const task of visibleTasks(input.state, input.tasks)) {
    for (const c of task.step.confirmations ?? []) {
      if (!parties.has(c.party) || !isQuestionVisible(task, c, input.state)) continue;
      const ask = localize(c.ask, lang);
      if (seen.has(ask)) continue;
      seen.add(ask);
      const latest = latestConfirmation(input.state, `${task.key}.${c.id}`);
      const who = latest ? whoLabel(latest.who, lang) : '';
      if (latest === undefined) questions.push(ask);
      else if (latest.answer === 'unknown')
        questions.push(`${ask} ${t.earlier(t.answers.unknown, who, shortTime(latest.at))}`);
      // What the delivery company said it cannot do is not asked of it again, nor held against it.
      else if (!ownConversation) questions.push(ask);
      else if (!(to === 'carrier' && latest.answer === 'no'))
        confirmed.push(
          t.confirmedLine(
            ask,
            answerWords(c, latest, t, lang),
            who,
            shortTime(latest.at),
            latest.reference ?? '',
          ),
        );
    }
  }
  const refs = [...[...input.state.confirmations.values()].flat(), ...input.state.contacts].filter(
    (e) => ownConversation && parties.has(e.party) && e.reference !== undefined,
  );
  const ownRefs = [...new Set(refs.map((e) => e.reference ?? ''))].filter((r) => r !== '');
  const orderNumbers = f.orders
    .map((o) => o.cells['order-number'])
    .filter((x): x is string => x !== undefined);
  const subjectRefs = [
    ...new Set([
      ...(to === 'carrier' ? parcels.map((p) => p.tracking) : to === 'merchant' ? orderNumbers : []),
      ...ownRefs,
    ]),
  ].slice(0, 4);
  const subject = t.subject[to](subjectRefs.length > 0 ? ` (${subjectRefs.join(', ')})` : '');
  const kind = factText(facts, 'card.kind');
  const card = [f.last4 !== undefined ? `•••• ${f.last4}` : undefined, kind ? t.kind[kind] : undefined]
    .filter(Boolean)
    .join(', ');
  const email =
    [...input.state.contacts].reverse().find((c) => parties.has(c.party) && c.email)?.email ??
    options.recipientEmail;
  const sender: DraftPerson = {
    name: factText(facts, 'cardholder.name') ?? f.cardholder.name,
    phone: factText(facts, 'cardholder.phone') ?? f.cardholder.phone,
    email: factText(facts, 'mail.address') ?? factText(facts, 'shop.account-email'),
    address: factText(facts, 'cardholder.address'),
  };
  const base = { to, lang, caseId: input.caseId, recipient: { name, email }, sender, carriers };
  if (options.letter === true && to === 'card-company') {
    const letter = buildLetter(
      { input, facts: f, cardKind: kind, card, ownRefs, sender, issuer: named },
      options.region ?? caseRegion(input),
    );
    return { ...base, letter: true, subject: letter.subject, body: letter.body };
  }

  const lines: string[] = [t.greeting[to](name), ''];
  const bullet = (s: string) => lines.push(`   - ${s}`);
  lines.push(t.happened);
  if (to === 'card-company')
    lines.push(`   ${t.cardHappened(card || t.unknown, f.noticed ?? t.unknown)}`, `   ${t.cardNotMe}`, '');
  else
    lines.push(
      `   ${t.happenedText(f.site ?? t.noun.merchant, f.noticed ?? t.unknown, f.how ?? t.unknown)}`,
      `   ${t.notMe}`,
      '',
    );
  lines.push(t.know);
  if (to === 'merchant' && f.orders.length > 0) {
    bullet(t.orders);
    for (const o of f.orders)
      lines.push(
        `     ${[o.cells['order-number'], o.cells['order-date'], o.cells.items, o.cells.amount].filter(Boolean).join(', ')}`,
      );
  }
  if (to === 'card-company' && f.transactions.length > 0) {
    bullet(t.charges(card || t.unknown));
    for (const c of f.transactions)
      lines.push(
        `     ${[c.cells.date, c.cells.merchant, c.cells.amount, c.cells['order-number']].filter(Boolean).join(', ')}`,
      );
    const sum = sumMoney(f.transactions.flatMap((x) => (x.money ? [x.money] : [])));
    if (sum.length > 0) lines.push(`     ${t.total(sum.map(formatMoney).join(' + '))}`);
  }
  if (to === 'carrier' && parcels.length > 0) {
    bullet(t.parcels);
    for (const p of parcels) lines.push(`     ${t.parcel(p.tracking, p.order)}: ${t.parcelAsk[p.status]}`);
  }
  const losses = factRecords(facts, 'losses').flatMap((r) =>
    r.amount?.kind === 'money' ? [{ what: textOf(r.what), money: r.amount.value }] : [],
  );
  if (to === 'merchant' && losses.length > 0) {
    bullet(t.losses);
    for (const l of losses) lines.push(`     ${[l.what, formatMoney(l.money)].filter(Boolean).join(', ')}`);
    if (losses.length > 1)
      lines.push(
        `     ${t.total(
          sumMoney(losses.map((l) => l.money))
            .map(formatMoney)
            .join(' + '),
        )}`,
      );
  }
  if (to !== 'card-company' && f.unknownAddress !== undefined)
    bullet(t.unknownAddress(f.unknownAddress.replace(/\s*\n\s*/g, ' ')));
  if (f.police.receipt !== undefined)
    bullet(t.police(f.police.receipt, f.police.station ?? t.unknown, f.police.date ?? t.unknown));
  if (confirmed.length > 0) {
    bullet(t.confirmed);
    for (const c of confirmed) lines.push(`     ${c}`);
  }
  lines.push('', t.need, `   ${t.needText[to]}`, '', t.questions);
  if (questions.length === 0) lines.push(`   ${t.noQuestions}`);
  questions.forEach((q, i) => lines.push(`   ${i + 1}. ${q}`));
  lines.push('', t.references);
  for (const r of ownRefs) bullet(t.refLine(name, r));
  if (f.police.receipt !== undefined) bullet(t.refLine(t.policeReceipt, f.police.receipt));
  bullet(t.myCase(input.caseId));
  lines.push('', t.closing, '', ...signature(sender, t));
  return { ...base, letter: false, subject, body: `${lines.join('\n').trimEnd()}\n` };
}

/** Where the person lives, as the case recorded it; a case from before regions: jp for a Japanese case, else other. */
function caseRegion(input: ReportInput): Region {
  const region = input.state.started?.region;
  return isRegion(region) ? region : input.lang === 'ja' ? 'jp' : 'other';
}

/** The sender under the closing: name, phone, mail, address, each that is known. */
function signature(sender: DraftPerson, t: Pick<DraftTexts, 'sender'>): string[] {
  return [
    sender.name,
    sender.phone === undefined ? undefined : `${t.sender.phone}: ${sender.phone}`,
    sender.email === undefined ? undefined : `${t.sender.mail}: ${sender.email}`,
    sender.address,
  ].filter((x): x is string => x !== undefined);
}

/** The draft as plain text: the subject line, then the message. */
export function renderDraftText(draft: Draft): string {
  return draft.letter ? draft.body : `Subject: ${draft.subject}\n\n${draft.body}`;
}

export function buildDraft(to: DraftParty, input: ReportInput, options: DraftOptions = {}): string {
  return renderDraftText(buildDraftModel(to, input, options));
}
