// The numbers a person already typed while walking the emergency-contact playbook (alone or
// included by fraud-order), turned into entries for the contact card, so they are never
// typed twice. Pure: the case's answers come in, entries to add go out.
import type { AnswerValue, FieldValue } from './journal/events.js';
import { type ContactCard, type ContactInput, type ContactKind } from './contacts.js';
import type { Lang, Messages } from './i18n.js';

type Answers = ReadonlyMap<string, ReadonlyMap<string, AnswerValue>>;

interface FromCaseTexts {
  shop: string;
  issuer: string;
  carrier: string;
  fraudLine: (phone: string) => string;
  abroad: (phone: string) => string;
  twentyFour: string;
  backOfCard: string;
  notSignedOut: string;
  signedOut: string;
}

const texts: Messages<FromCaseTexts> = {
  en: {
    shop: 'The shop',
    issuer: 'Card company',
    carrier: 'Delivery company',
    fraudLine: (p) => `Fraud / account security line: ${p}`,
    abroad: (p) => `From abroad: ${p}`,
    twentyFour: '24h',
    backOfCard: 'the number printed on the back of the card',
    notSignedOut: 'not possible: this copy is the only way back',
    signedOut: 'on its contact page, signed out',
  },
  ja: {
    shop: 'ショップ',
    issuer: 'カード会社',
    carrier: '配送会社',
    fraudLine: (p) => `不正利用・アカウント安全の窓口: ${p}`,
    abroad: (p) => `海外から: ${p}`,
    twentyFour: '24時間',
    backOfCard: 'カード裏面に印刷された番号',
    notSignedOut: 'できない: この写しだけが頼り',
    signedOut: 'ログアウトした状態でお問い合わせページから',
  },
};

/** The answers of the step with this id, wherever it was included ("x/merchant-contact"). */
function stepAnswers(answers: Answers, stepId: string): ReadonlyMap<string, AnswerValue>[] {
  return [...answers.entries()]
    .filter(([key]) => key === stepId || key.endsWith(`/${stepId}`))
    .map(([, value]) => value);
}

function text(value: AnswerValue | FieldValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.kind === 'text' || value.kind === 'choice' || value.kind === 'date')
    return value.value.trim() === '' ? undefined : value.value.trim();
  return undefined;
}

function yesNo(value: AnswerValue | undefined): boolean | undefined {
  return value?.kind === 'yesno' ? value.value : undefined;
}

function lines(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => p !== undefined && p !== '');
  return kept.length > 0 ? kept.join('\n') : undefined;
}

/**
 * Every contact the case's emergency-contact answers hold, in the person's language; the
 * case's facts (the shop and its number, the card, the card company's number, told in any
 * playbook of the case) fill in what those steps did not ask again.
 */
export function contactsFromAnswers(
  answers: Answers,
  lang: Lang,
  facts: ReadonlyMap<string, { readonly value: AnswerValue }> = new Map(),
): ContactInput[] {
  const t = texts[lang];
  const fact = (name: string) => text(facts.get(name)?.value);
  const found: ContactInput[] = [];
  const entry = (kind: ContactKind, fields: Omit<ContactInput, 'kind'>) => {
    if (fields.phone === undefined && fields.url === undefined && fields.email === undefined) return;
    found.push({ kind, ...fields });
  };
  for (const a of stepAnswers(answers, 'merchant-contact')) {
    const fraud = text(a.get('fraud-line'));
    const signedOut = yesNo(a.get('found-signed-out'));
    entry('merchant', {
      name: text(a.get('merchant-name')) ?? fact('shop.name') ?? t.shop,
      phone: text(a.get('phone')) ?? fraud ?? fact('shop.phone'),
      hours: text(a.get('hours')),
      url: text(a.get('contact-page')),
      notes: lines(
        fraud !== undefined && text(a.get('phone')) !== undefined ? t.fraudLine(fraud) : undefined,
        text(a.get('other-channels')),
      ),
      findWithoutLogin: signedOut === undefined ? undefined : signedOut ? t.signedOut : t.notSignedOut,
    });
  }
  for (const a of stepAnswers(answers, 'card-issuer-contact')) {
    const last4 = text(a.get('card-last4')) ?? fact('card.last4');
    const abroad = text(a.get('phone-abroad'));
    entry('card-issuer', {
      name: `${text(a.get('issuer-name')) ?? fact('card.issuer') ?? t.issuer}${last4 !== undefined ? ` (•••• ${last4})` : ''}`,
      phone: text(a.get('phone-24h')) ?? abroad ?? fact('card.issuer-phone'),
      hours: text(a.get('phone-24h')) !== undefined ? t.twentyFour : undefined,
      notes: abroad !== undefined && text(a.get('phone-24h')) !== undefined ? t.abroad(abroad) : undefined,
      findWithoutLogin: t.backOfCard,
    });
  }
  for (const a of stepAnswers(answers, 'carrier-contact')) {
    entry('carrier', {
      name: text(a.get('carrier-name')) ?? fact('carrier.name') ?? t.carrier,
      phone: text(a.get('carrier-phone')),
      url: text(a.get('carrier-site')),
    });
  }
  // No emergency-contact step asked them: the numbers the case was told elsewhere.
  if (!found.some((c) => c.kind === 'merchant'))
    entry('merchant', { name: fact('shop.name') ?? t.shop, phone: fact('shop.phone') });
  if (!found.some((c) => c.kind === 'card-issuer')) {
    const last4 = fact('card.last4');
    entry('card-issuer', {
      name: `${fact('card.issuer') ?? t.issuer}${last4 !== undefined ? ` (•••• ${last4})` : ''}`,
      phone: fact('card.issuer-phone'),
      findWithoutLogin: t.backOfCard,
    });
  }
  for (const a of stepAnswers(answers, 'other-contacts')) {
    const records = a.get('contacts');
    if (records?.kind !== 'records') continue;
    for (const record of records.value) {
      const name = text(record.name);
      if (name === undefined) continue;
      entry('other', {
        name,
        phone: text(record.phone),
        hours: text(record.hours),
        notes: text(record.note),
      });
    }
  }
  return found;
}

const digits = (phone: string | undefined) => (phone ?? '').replace(/\D/g, '');

/** Whether the card already holds this entry: the same kind and number, or the same kind and name. */
export function isOnCard(card: ContactCard, input: ContactInput): boolean {
  return card.contacts.some(
    (c) =>
      c.kind === input.kind &&
      ((digits(input.phone) !== '' && digits(c.phone) === digits(input.phone)) ||
        (input.phone === undefined && c.name.trim() === (input.name ?? '').trim())),
  );
}
