import { describe, expect, it } from 'vitest';
import type { ContactCard } from '../../src/core/contacts.js';
import {
  renderContactCardHtml,
  renderContactCardText,
  renderSavedContacts,
  wrapLine,
} from '../../src/core/contacts-render.js';
import { displayWidth } from '../../src/core/table.js';

const card: ContactCard = {
  version: 1,
  contacts: [
    {
      id: 'example-shop',
      kind: 'merchant',
      name: 'Example Shop',
      phone: '03-1234-5678',
      hours: 'weekdays 9-18',
      url: 'https://shop.example.com/help?a=1&b=2',
      updated: '2026-11-20T10:00:00.000+09:00',
    },
    {
      id: 'my-visa',
      kind: 'card-issuer',
      name: 'My Visa',
      phone: '0120-000-000',
      hours: '24h',
      findWithoutLogin: 'back of the card',
      updated: '2026-11-21T09:00:00.000+09:00',
    },
    {
      id: 'yamato',
      kind: 'carrier',
      name: 'ヤマト運輸',
      phone: '0120-01-9625',
      notes: '営業所で保管してもらえる',
      updated: '2026-11-19T09:00:00.000+09:00',
    },
  ],
};

// A card edited by hand: a full card number and a terminal escape that never went through `add`.
const handEdited: ContactCard = {
  version: 1,
  contacts: [
    {
      id: 'x',
      kind: 'bank',
      name: 'Bank \u001b[31m<script>alert(1)</script>',
      phone: '0120',
      notes: 'card 4111 1111 1111 1111',
      updated: '',
    },
  ],
};

describe('renderContactCardText', () => {
  const en = renderContactCardText(card, { lang: 'en', date: '2026-11-22' });
  const ja = renderContactCardText(card, { lang: 'ja', date: '2026-11-22' });

  it('prints the date, the offline line and the numbers grouped by kind, card companies first', () => {
    expect(en).toMatchInlineSnapshot(`
      "EMERGENCY CONTACT CARD   Printed 2026-11-22 (last change 2026-11-21)
      ====================================================================
      Keep this card somewhere offline: on paper at home and in your wallet or bag.
      When an account is suspended, its help pages and chat go with it; this card
      does not.
      Never write full card numbers, PINs, passwords or one-time codes on it.

      [ Card companies ]
        My Visa       0120-000-000  24h
            Without signing in: back of the card

      [ Shops and sites ]
        Example Shop  03-1234-5678  weekdays 9-18
            Web: https://shop.example.com/help?a=1&b=2

      [ Delivery companies ]
        ヤマト運輸    0120-01-9625
            Notes: 営業所で保管してもらえる"
    `);
  });

  it('is in Japanese with --lang ja, and fits one page', () => {
    expect(ja).toContain('緊急連絡先カード   印刷日 2026-11-22 (最終更新 2026-11-21)');
    expect(ja).toContain('オフラインの場所に保管してください');
    expect(ja).toContain('[ カード会社 ]');
    expect(ja).toContain('ログインせずに調べる方法: back of the card');
    expect(ja.indexOf('カード会社')).toBeLessThan(ja.indexOf('ショップ・サイト'));
    for (const text of [en, ja]) {
      expect(text.split('\n').length).toBeLessThan(60);
      for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(78);
    }
  });

  it('puts the number under the name when the columns do not fit a narrow terminal', () => {
    const narrow = renderContactCardText(card, { lang: 'en', date: '2026-11-22', width: 36 });
    expect(narrow).toContain('EMERGENCY CONTACT CARD\nPrinted 2026-11-22 (last change\n2026-11-21)');
    expect(narrow).toContain('  Example Shop\n    03-1234-5678  weekdays 9-18\n');
    for (const line of narrow.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(36);
  });

  it('masks card numbers and strips terminal escapes even from a hand-edited file', () => {
    const text = renderContactCardText(handEdited, { lang: 'en', date: '2026-11-22' });
    expect(text).not.toContain('4111 1111 1111 1111');
    expect(text).toContain('card •••• 1111');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('last change');
  });
});

describe('renderContactCardHtml', () => {
  const en = renderContactCardHtml(card, { lang: 'en', date: '2026-11-22' });
  const ja = renderContactCardHtml(card, { lang: 'ja', date: '2026-11-22' });

  it('is one self-contained A4 page: no scripts, no outside resources', () => {
    expect(en.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(ja).toContain('<html lang="ja">');
    expect(en).toContain('@page { size: A4;');
    expect(en).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(en).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
  });

  it('prints the date, the offline line, the groups in order and large numbers', () => {
    expect(en).toContain('<p class="date">Printed 2026-11-22 (last change 2026-11-21)</p>');
    expect(en).toContain('Keep this card somewhere offline');
    expect(en).toMatch(/\.phone \{ font-size: 22pt/);
    expect(en).toContain('<div class="phone"><a href="tel:0120000000">0120-000-000</a></div>');
    const order = ['Card companies', 'Shops and sites', 'Delivery companies'].map((h) =>
      en.indexOf(`<h2>${h}</h2>`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(en).toContain('https://shop.example.com/help?a=1&amp;b=2');
  });

  it('is in Japanese with lang ja', () => {
    expect(ja).toContain('<h1>緊急連絡先カード</h1>');
    expect(ja).toContain('<p class="date">印刷日 2026-11-22 (最終更新 2026-11-21)</p>');
    expect(ja).toContain('<h2>カード会社</h2>');
    expect(ja).toContain('オフラインの場所に保管してください');
    expect(ja).toContain('<div class="hours">受付時間: 24h</div>');
  });

  it('escapes every text and masks card numbers from a hand-edited file', () => {
    const html = renderContactCardHtml(handEdited, { lang: 'en', date: '2026-11-22' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('Bank &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('4111 1111 1111 1111');
    expect(html).toContain('card •••• 1111');
  });
});

describe('renderSavedContacts', () => {
  it("lists the saved numbers for a step, in the person's language", () => {
    const [, visa] = card.contacts;
    expect(renderSavedContacts(visa ? [visa] : [], 'en')).toBe(
      'From your emergency contact card:\n  My Visa [card company]: 0120-000-000 (24h)',
    );
    expect(renderSavedContacts(visa ? [visa] : [], 'ja')).toBe(
      '緊急連絡先カードに保存済みの連絡先:\n  My Visa [カード会社]: 0120-000-000 (24h)',
    );
    expect(renderSavedContacts([], 'en')).toBeUndefined();
  });

  it('shows the web or mail address when there is no phone number', () => {
    const text = renderSavedContacts(
      [{ id: 's', kind: 'merchant', name: 'Shop', url: 'shop.example.com', updated: '' }],
      'en',
    );
    expect(text).toContain('Shop [shop or site]: shop.example.com');
  });
});

describe('wrapLine', () => {
  it.each([
    ['short', 10, ['short']],
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['あいうえおかきくけこ', 8, ['あいうえ', 'おかきく', 'けこ']],
    // Between phrases first (BudouX reads あいうえ as one), then where it must.
    ['ab あいうえおかきくけこ', 8, ['ab', 'あいうえ', 'おかきく', 'けこ']],
    ['ショップに連絡して、注文を確認', 12, ['ショップに', '連絡して、', '注文を確認']],
    ['', 5, ['']],
  ])('%j at %i', (text, width, lines) => {
    expect(wrapLine(text, width)).toEqual(lines);
  });
});
