// The facts of a case: what a person tells once and every playbook of the case knows
// (docassemble's model: an answer is a named variable, and a question is asked only while
// the value it sets is unknown). A question names the fact it sets (`fact: shop.name`); a
// later question naming the same fact, in this playbook or another one of the case, is not
// asked again but shown ("✔ Shop: さくらモール") and can be corrected.
//
// The vocabulary is fixed and typed so that playbooks written apart (fraud-order,
// stop-shipment, card-charges) agree on what "the shop" and "the orders" are; the validator
// refuses a fact of the wrong type. docs/playbook-format.md lists it.
import type { Messages } from '../i18n.js';

type FactType =
  | { type: 'text'; format?: 'plain' | 'phone' | 'email' | 'url' | 'card-last4' | 'reference' }
  | { type: 'date' }
  | { type: 'money' }
  | { type: 'choice' }
  | { type: 'records' };

interface FactSpec {
  readonly of: FactType;
  readonly label: Messages<string>;
}

const text = (format?: 'phone' | 'email' | 'url' | 'card-last4' | 'reference'): FactType =>
  format === undefined ? { type: 'text' } : { type: 'text', format };

const FACTS = {
  'incident.noticed': { of: { type: 'date' }, label: { en: 'Noticed', ja: '気づいた日時' } },
  'shop.name': { of: text(), label: { en: 'Shop', ja: 'ショップ' } },
  'shop.url': { of: text('url'), label: { en: "Shop's address", ja: 'ショップのアドレス' } },
  'shop.phone': { of: text('phone'), label: { en: "Shop's phone", ja: 'ショップの電話番号' } },
  'shop.account-email': {
    of: text('email'),
    label: { en: 'Mail address of the shop account', ja: 'ショップのアカウントのメールアドレス' },
  },
  'card.last4': { of: text('card-last4'), label: { en: 'Card (last 4 digits)', ja: 'カード(下4桁)' } },
  'card.brand': { of: text(), label: { en: 'Card brand', ja: 'カードのブランド' } },
  'card.issuer': { of: text(), label: { en: 'Card company', ja: 'カード会社' } },
  'card.issuer-phone': {
    of: text('phone'),
    label: { en: "Card company's phone", ja: 'カード会社の電話番号' },
  },
  'card.kind': { of: { type: 'choice' }, label: { en: 'Credit or debit', ja: 'クレジットかデビットか' } },
  'cardholder.name': { of: text(), label: { en: 'Cardholder', ja: 'カード名義' } },
  'cardholder.phone': { of: text('phone'), label: { en: "Cardholder's phone", ja: 'カード会員の電話番号' } },
  'cardholder.address': {
    of: text(),
    label: { en: 'Address the card company has', ja: 'カード会社に登録している住所' },
  },
  'carrier.name': { of: text(), label: { en: 'Delivery company', ja: '配送業者' } },
  'bank.name': { of: text(), label: { en: 'Bank', ja: '銀行' } },
  'phone.carrier': { of: text(), label: { en: 'Mobile carrier', ja: '携帯電話会社' } },
  'payment.service': { of: text(), label: { en: 'Payment app or service', ja: '決済サービス' } },
  'mail.address': { of: text('email'), label: { en: 'Your mail address', ja: 'あなたのメールアドレス' } },
  'police.report-number': {
    of: text('reference'),
    label: { en: 'Police report number', ja: '警察の受理番号' },
  },
  orders: { of: { type: 'records' }, label: { en: 'Orders', ja: '注文' } },
  charges: { of: { type: 'records' }, label: { en: 'Charges', ja: '請求' } },
  shipments: { of: { type: 'records' }, label: { en: 'Shipments', ja: '配送' } },
  losses: { of: { type: 'records' }, label: { en: 'Money lost', ja: '戻らないお金' } },
} as const satisfies Record<string, FactSpec>;

export type FactName = keyof typeof FACTS;

export const FACT_NAMES = Object.keys(FACTS) as FactName[];

function isFactName(name: string): name is FactName {
  return Object.hasOwn(FACTS, name);
}

export function factSpec(name: string): FactSpec | undefined {
  return isFactName(name) ? FACTS[name] : undefined;
}

/**
 * Whether a question of this type and text format can hold the fact. A card's last 4
 * digits must be asked as `card-last4`, so the check and masking of that format apply;
 * plain text may carry any text fact that has no format of its own.
 */
export function factFits(name: string, type: string, format: string | undefined): boolean {
  const spec = factSpec(name);
  if (spec === undefined) return false;
  if (spec.of.type !== type) return false;
  if (spec.of.type !== 'text') return true;
  const wanted = spec.of.format ?? 'plain';
  const given = format ?? 'plain';
  return wanted === given || (wanted === 'plain' && given === 'multiline');
}

/** "text (card-last4)", "records": how the docs and the validator name a fact's type. */
export function describeFactType(name: string): string {
  const spec = factSpec(name);
  if (spec === undefined) return '';
  return spec.of.type === 'text' && spec.of.format !== undefined
    ? `text (format: ${spec.of.format})`
    : spec.of.type;
}
