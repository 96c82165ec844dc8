// The message itself (not the dispute letter, draft-letter.ts): its subject, then what
// happened, what I know, what I need, my questions, the references, and the signature.
import type { Conversation } from './draft-conversation.js';
import { lossesOf, type DraftPerson, type Facts, type Parcel } from './draft-facts.js';
import type { DraftParty, DraftTexts } from './draft-texts.js';
import { formatMoney, sumMoney, type CaseFacts } from './facts.js';

export interface MessageInput {
  readonly to: DraftParty;
  readonly t: DraftTexts;
  readonly caseId: string;
  /** The party by name, or the plain noun. */
  readonly name: string;
  /** "•••• 4242, credit card", or empty. */
  readonly card: string;
  readonly f: CaseFacts;
  readonly facts: Facts;
  /** The parcels this party handled. */
  readonly parcels: readonly Parcel[];
  readonly conversation: Conversation;
  readonly sender: DraftPerson;
}

export function buildMessage(m: MessageInput): { subject: string; body: string } {
  return { subject: subjectOf(m), body: bodyOf(m) };
}

/** The subject names the references the party knows the case by: parcels, orders, its own. */
function subjectOf({ to, t, f, parcels, conversation }: MessageInput): string {
  const orderNumbers = f.orders
    .map((o) => o.cells['order-number'])
    .filter((x): x is string => x !== undefined);
  const subjectRefs = [
    ...new Set([
      ...(to === 'carrier' ? parcels.map((p) => p.tracking) : to === 'merchant' ? orderNumbers : []),
      ...conversation.ownRefs,
    ]),
  ].slice(0, 4);
  return t.subject[to](subjectRefs.length > 0 ? ` (${subjectRefs.join(', ')})` : '');
}

function bodyOf(m: MessageInput): string {
  const { to, t, caseId, name, card, f, facts, parcels, conversation, sender } = m;
  const { confirmed, questions, ownRefs } = conversation;
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
  const losses = lossesOf(facts);
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
  bullet(t.myCase(caseId));
  lines.push('', t.closing, '', ...signature(sender, t));
  return `${lines.join('\n').trimEnd()}\n`;
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
