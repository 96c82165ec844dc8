import { describe, expect, it } from 'vitest';
import {
  addContact,
  checkField,
  type Contact,
  type ContactCard,
  contactsForParties,
  deriveId,
  EMPTY_CARD,
  makeContact,
  removeContact,
  renderContactIssue,
  slugify,
  sortContacts,
} from '../../src/core/contacts.js';
import { parseContactCard, serializeContactCard } from '../../src/core/contacts-file.js';

const NOW = '2026-11-22T20:41:00.000+09:00';
const none = new Set<string>();

function made(input: Parameters<typeof makeContact>[0], taken: ReadonlySet<string> = none): Contact {
  const result = makeContact(input, taken, NOW);
  if ('issues' in result) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result.contact;
}

function issuesOf(input: Parameters<typeof makeContact>[0], taken: ReadonlySet<string> = none): string[] {
  const result = makeContact(input, taken, NOW);
  return 'issues' in result ? result.issues.map((i) => i.code) : [];
}

describe('slugify and deriveId', () => {
  it.each([
    ['My Visa', 'my-visa'],
    ['  Example   Shop!  ', 'example-shop'],
    ['Crédit Agricole', 'credit-agricole'],
    ['ＡＢＣ銀行', 'abc'],
    ['三井住友カード', ''],
    ['a'.repeat(60), 'a'.repeat(40)],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('falls back to the kind for a name without Latin letters, and numbers repeats', () => {
    expect(deriveId('三井住友カード', 'card-issuer', none)).toBe('card-issuer');
    expect(deriveId('三井住友カード', 'card-issuer', new Set(['card-issuer']))).toBe('card-issuer-2');
    expect(deriveId('My Visa', 'card-issuer', new Set(['my-visa', 'my-visa-2']))).toBe('my-visa-3');
  });
});

describe('makeContact', () => {
  it('builds an entry with an id from the name, the kind and the timestamp', () => {
    expect(
      made({
        kind: 'card-issuer',
        name: 'My Visa',
        phone: '0120-000-000',
        hours: '24h',
        findWithoutLogin: 'back of the card',
      }),
    ).toEqual({
      id: 'my-visa',
      kind: 'card-issuer',
      name: 'My Visa',
      phone: '0120-000-000',
      hours: '24h',
      findWithoutLogin: 'back of the card',
      updated: NOW,
    });
  });

  it('keeps an explicit id, turns full-width phone digits into ASCII and drops empty fields', () => {
    const c = made({
      id: 'yamato',
      kind: 'carrier',
      name: 'ヤマト運輸',
      phone: '０１２０－０１－９６２５',
      hours: '  ',
      notes: '',
    });
    expect(c).toEqual({
      id: 'yamato',
      kind: 'carrier',
      name: 'ヤマト運輸',
      phone: '0120-01-9625',
      updated: NOW,
    });
  });

  it('masks a full card number in every text field and says so', () => {
    const result = makeContact(
      {
        kind: 'card-issuer',
        name: 'Visa 4111 1111 1111 1111',
        phone: '0120-000-000',
        notes: 'card 4242424242424242',
        findWithoutLogin: 'back of 5555-5555-5555-4444',
        hours: '24h',
      },
      none,
      NOW,
    );
    expect('contact' in result && result.masked).toBe(true);
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/4111 1111 1111 1111|4242424242424242|5555-5555-5555-4444/);
    expect(text).toContain('•••• 1111');
    expect(text).toContain('•••• 4242');
    expect(text).toContain('•••• 4444');
    expect(
      (makeContact({ kind: 'bank', name: 'Bank', phone: '0120-000-000' }, none, NOW) as { masked: boolean })
        .masked,
    ).toBe(false);
  });

  it('never stores a card number typed into the phone field: it is masked, then refused as a phone number', () => {
    const result = makeContact({ kind: 'card-issuer', name: 'Visa', phone: '4111111111111111' }, none, NOW);
    expect('issues' in result && result.issues).toEqual([
      { field: 'phone', code: 'phone', value: '•••• 1111' },
    ]);
  });

  it('masks a card number split over lines in a single-line field, and refuses one as the id', () => {
    expect(made({ kind: 'card-issuer', name: 'Visa 4111\n1111\n1111\n1111', phone: '0120-1' }).name).toBe(
      'Visa •••• 1111',
    );
    const result = makeContact(
      { id: '4111-1111-1111-1111', kind: 'card-issuer', name: 'Visa', phone: '0120-1' },
      none,
      NOW,
    );
    expect('issues' in result && result.issues).toEqual([{ field: 'id', code: 'id', value: '•••• 1111' }]);
  });

  it('strips terminal escapes and keeps single-line fields on one line', () => {
    const c = made({
      kind: 'merchant',
      name: 'Shop\u001b[2J\nName',
      url: 'shop.example.com',
      notes: 'one\ntwo',
    });
    expect(c.name).toBe('Shop Name');
    expect(c.notes).toBe('one\ntwo');
  });

  it.each([
    [{ kind: 'bank', name: '', phone: '123' }, ['name-empty']],
    [{ kind: 'bank', name: 'B', phone: 'call them' }, ['phone']],
    [{ kind: 'bank', name: 'B', url: 'not a url' }, ['url']],
    [{ kind: 'bank', name: 'B', email: 'x@' }, ['email']],
    [{ kind: 'bank', name: 'B' }, ['no-channel']],
    [{ kind: 'friend', name: 'B', phone: '123' }, ['kind']],
    [{ kind: 'bank', name: 'B', phone: '123', id: 'My Bank' }, ['id']],
    [{ kind: 'bank', name: 'B', phone: '123', id: 'taken' }, ['id-taken']],
    [{ kind: 'bank', name: 'B', phone: '123', notes: 'x'.repeat(1001) }, ['too-long']],
    [
      { kind: 'bank', name: ' ', phone: 'abc', url: 'nope', email: 'x@' },
      ['name-empty', 'phone', 'url', 'email'],
    ],
  ])('%j has issues %j', (input, codes) => {
    expect(issuesOf(input, new Set(['taken']))).toEqual(codes);
  });

  it('accepts phone numbers as people write them', () => {
    for (const phone of [
      '0120-000-000',
      '+81 3-1234-5678',
      '(555) 123-4567',
      '#9110',
      '188',
      '03.1234.5678',
    ]) {
      expect(issuesOf({ kind: 'police', name: 'P', phone })).toEqual([]);
    }
  });
});

describe('validation messages', () => {
  const input = { kind: 'friend', name: '', phone: 'abc', url: 'nope', email: 'x@', id: 'Bad Id' };
  const result = makeContact(input, none, NOW);
  const issues = 'issues' in result ? result.issues : [];

  it('say in English what is wrong and show an example', () => {
    expect(issues.map((i) => renderContactIssue(i, 'en'))).toEqual([
      '"friend" is not a kind of contact: use one of card-issuer, bank, merchant, carrier, police, other',
      'the name is empty: say who they are, e.g. "My Visa" or "Example Shop"',
      '"abc" does not look like a phone number: digits with spaces, dashes or brackets, e.g. 0120-123-456 or +1 800 555 0100',
      '"nope" does not look like a web address, e.g. https://www.example.com/help',
      '"x@" does not look like a mail address, e.g. help@example.com',
      'the id "Bad Id" must be lowercase letters, digits and dashes (at most 40), e.g. my-visa',
    ]);
  });

  it('say the same in Japanese', () => {
    const ja = issues.map((i) => renderContactIssue(i, 'ja'));
    expect(ja).toHaveLength(6);
    expect(ja[0]).toBe(
      '「friend」は連絡先の種類ではありません: card-issuer、bank、merchant、carrier、police、other のどれかを指定してください',
    );
    expect(ja[2]).toContain('「abc」は電話番号に見えません');
    expect(ja.every((m) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(m))).toBe(true);
  });

  it('name the command to run for an id already taken, and the limit for a long field', () => {
    expect(renderContactIssue({ field: 'id', code: 'id-taken', value: 'my-visa' }, 'en')).toContain(
      'respond contacts remove my-visa',
    );
    expect(renderContactIssue({ field: 'notes', code: 'too-long', max: 1000 }, 'en')).toBe(
      'the notes is too long: at most 1000 characters',
    );
    expect(renderContactIssue({ field: 'notes', code: 'too-long', max: 1000 }, 'ja')).toBe(
      'メモが長すぎます: 1000 文字までです',
    );
  });

  it('checkField validates one prompt answer at a time; empty is fine for optional fields', () => {
    expect(checkField('phone', '', 'en')).toBeUndefined();
    expect(checkField('phone', '0120-000-000', 'en')).toBeUndefined();
    expect(checkField('phone', 'abc', 'ja')).toContain('電話番号に見えません');
    expect(checkField('name', '  ', 'en')).toContain('the name is empty');
    expect(checkField('url', 'https://example.com', 'en')).toBeUndefined();
    expect(checkField('email', 'a@b', 'en')).toContain('mail address');
  });
});

describe('the card', () => {
  const visa = made({ kind: 'card-issuer', name: 'Visa', phone: '0120-1' });
  const amex = made({ kind: 'card-issuer', name: 'amex', phone: '0120-2' });
  const shop = made({ kind: 'merchant', name: 'Shop', url: 'shop.example.com' });
  const bank = made({ kind: 'bank', name: 'Bank', phone: '03-1' });
  const police = made({ kind: 'police', name: '#9110', phone: '#9110' });
  const card: ContactCard = { version: 1, contacts: [shop, police, visa, bank, amex] };

  it('sorts card companies first, then banks, shops, carriers, police, other; by name within a kind', () => {
    expect(sortContacts(card.contacts, 'en').map((c) => c.name)).toEqual([
      'amex',
      'Visa',
      'Bank',
      'Shop',
      '#9110',
    ]);
  });

  it('adds and removes by id', () => {
    const more = addContact(EMPTY_CARD, visa);
    expect(more.contacts).toEqual([visa]);
    expect(removeContact(more, 'visa')?.contacts).toEqual([]);
    expect(removeContact(more, 'nope')).toBeUndefined();
  });

  it("finds the entries for a step's parties by kind or by id", () => {
    expect(contactsForParties(card, ['card-issuer'], 'en').map((c) => c.id)).toEqual(['amex', 'visa']);
    expect(contactsForParties(card, ['merchant', 'payment-processor'], 'en').map((c) => c.id)).toEqual([
      'shop',
    ]);
    expect(contactsForParties(card, ['bank'], 'en').map((c) => c.id)).toEqual(['bank']);
    expect(contactsForParties(card, ['payment-processor'], 'en')).toEqual([]);
  });

  it('round-trips through its file form, with stable key order', () => {
    const text = serializeContactCard(card);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = parseContactCard(JSON.parse(text));
    expect(parsed).toEqual({ card });
    expect(Object.keys((JSON.parse(text) as { contacts: object[] }).contacts[0] ?? {})).toEqual([
      'id',
      'kind',
      'name',
      'url',
      'updated',
    ]);
  });
});

describe('parseContactCard reads tolerantly', () => {
  it('ignores unknown keys, treats an unknown kind as other, derives missing ids, accepts a bare list', () => {
    const parsed = parseContactCard([
      { name: 'My Visa', kind: 'card-issuer', phone: '0120', color: 'blue' },
      { name: 'Friend', kind: 'neighbour', phone: '090', id: 'my-visa' },
      { name: 'Card 4111111111111111', notes: null },
    ]);
    expect(parsed).toEqual({
      card: {
        version: 1,
        contacts: [
          { id: 'my-visa', kind: 'card-issuer', name: 'My Visa', phone: '0120', updated: '' },
          { id: 'my-visa-2', kind: 'other', name: 'Friend', phone: '090', updated: '' },
          { id: 'card-1111', kind: 'other', name: 'Card •••• 1111', updated: '' },
        ],
      },
    });
  });

  it.each([
    [{ contacts: 'x' }, 'expected {"version": 1, "contacts": [...]}'],
    ['text', 'expected {"version": 1, "contacts": [...]}'],
    [{ contacts: [1] }, 'contacts[0]: expected an object'],
    [{ contacts: [{ name: 'a' }, { phone: '1' }] }, 'contacts[1].name: missing'],
    [{ contacts: [{ name: 'a', phone: 120 }] }, 'contacts[0].phone: expected text'],
    [{ version: 2, contacts: [] }, 'version 2 was written by a newer respond'],
  ])('%j is a problem: %s', (data, problem) => {
    expect(parseContactCard(data)).toEqual({ problem });
  });
});
