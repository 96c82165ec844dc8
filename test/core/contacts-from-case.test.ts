import { describe, expect, it } from 'vitest';
import { contactsFromAnswers, isOnCard } from '../../src/core/contacts-from-case.js';
import type { ContactCard } from '../../src/core/contacts.js';
import type { AnswerValue, FieldValue } from '../../src/core/journal/events.js';

const txt = (value: string): FieldValue => ({ kind: 'text', value });
const answers = (steps: Record<string, Record<string, AnswerValue>>) =>
  new Map(Object.entries(steps).map(([k, v]) => [k, new Map(Object.entries(v))]));

const emergency = answers({
  // Included by fraud-order: the key carries the include step's id.
  'secure-contact/merchant-contact': {
    'merchant-name': txt('Example Shop'),
    phone: txt('03-1234-5678'),
    hours: txt('weekdays 9-18'),
    'fraud-line': txt('0120-999-999'),
    'other-channels': txt('help@shop.example.com'),
    'contact-page': txt('https://shop.example.com/help'),
    'found-signed-out': { kind: 'yesno', value: false },
  },
  'secure-contact/card-issuer-contact': {
    'issuer-name': txt('My Visa'),
    'card-last4': txt('1111'),
    'phone-24h': txt('0120-000-000'),
    'phone-abroad': txt('+81 3-0000-0000'),
  },
  'secure-contact/carrier-contact': { 'carrier-name': txt('Yamato') },
  'secure-contact/other-contacts': {
    contacts: {
      kind: 'records',
      value: [
        { name: txt('Police consultation'), phone: txt('#9110'), note: txt('advice') },
        { name: txt('No number') },
      ],
    },
  },
  'check-orders': { phone: txt('not a contact step') },
});

describe('contactsFromAnswers', () => {
  it('turns the emergency-contact answers into card entries, wherever the playbook was included', () => {
    expect(contactsFromAnswers(emergency, 'en')).toEqual([
      {
        kind: 'merchant',
        name: 'Example Shop',
        phone: '03-1234-5678',
        hours: 'weekdays 9-18',
        url: 'https://shop.example.com/help',
        notes: 'Fraud / account security line: 0120-999-999\nhelp@shop.example.com',
        findWithoutLogin: 'not possible: this copy is the only way back',
      },
      {
        kind: 'card-issuer',
        name: 'My Visa (•••• 1111)',
        phone: '0120-000-000',
        hours: '24h',
        notes: 'From abroad: +81 3-0000-0000',
        findWithoutLogin: 'the number printed on the back of the card',
      },
      { kind: 'other', name: 'Police consultation', phone: '#9110', hours: undefined, notes: 'advice' },
    ]);
  });

  it('words its own additions in Japanese, and names an unnamed party by its role', () => {
    const ja = contactsFromAnswers(
      answers({
        'card-issuer-contact': { 'phone-24h': txt('0120-000-000') },
        'merchant-contact': { 'fraud-line': txt('0120-1') },
      }),
      'ja',
    );
    expect(ja).toEqual([
      {
        kind: 'merchant',
        name: 'ショップ',
        phone: '0120-1',
        hours: undefined,
        url: undefined,
        notes: undefined,
        findWithoutLogin: undefined,
      },
      {
        kind: 'card-issuer',
        name: 'カード会社',
        phone: '0120-000-000',
        hours: '24時間',
        notes: undefined,
        findWithoutLogin: 'カード裏面に印刷された番号',
      },
    ]);
  });

  it('finds nothing in a case without those steps', () => {
    expect(contactsFromAnswers(answers({ 'check-orders': { phone: txt('0120') } }), 'en')).toEqual([]);
  });
});

describe('isOnCard', () => {
  const card: ContactCard = {
    version: 1,
    contacts: [
      { id: 'my-visa', kind: 'card-issuer', name: 'My Visa', phone: '0120-000-000', updated: '' },
      { id: 'help', kind: 'merchant', name: 'Shop help', url: 'shop.example.com', updated: '' },
    ],
  };
  it.each([
    [{ kind: 'card-issuer', name: 'Visa (•••• 1111)', phone: '0120 000 000' }, true],
    [{ kind: 'bank', name: 'My Visa', phone: '0120-000-000' }, false],
    [{ kind: 'card-issuer', name: 'My Visa', phone: '0120-111-111' }, false],
    [{ kind: 'merchant', name: 'Shop help', url: 'other.example.com' }, true],
    [{ kind: 'merchant', name: 'Another shop', url: 'shop.example.com' }, false],
  ])('%j → %s', (input, expected) => {
    expect(isOnCard(card, input)).toBe(expected);
  });
});

describe('contacts the case was told in other playbooks', () => {
  it('takes the shop and its number from the case facts when no emergency-contact step asked them', () => {
    const facts = new Map([
      ['shop.name', { value: { kind: 'text', value: 'さくらモール' } as const }],
      ['shop.phone', { value: { kind: 'text', value: '0120-000-111' } as const }],
      ['card.last4', { value: { kind: 'text', value: '4242' } as const }],
    ]);
    const found = contactsFromAnswers(new Map(), 'ja', facts);
    expect(found).toEqual([{ kind: 'merchant', name: 'さくらモール', phone: '0120-000-111' }]);
  });
});
