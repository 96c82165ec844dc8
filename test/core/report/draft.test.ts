// Drafts that can be sent (issue 10), from the fixed case of fixtures/case.ts plus what came
// later: the cardholder told in card-charges, a debit or credit card, the parcel refused at
// the door (`note shipment`), the gift card lost (`note loss`), the shop's mail address.
// Golden files for every party, the letter for every region, in both languages
// (fixtures/drafts; rewrite with UPDATE_GOLDEN=1 and read the diff), and the eml read back.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/i18n.js';
import {
  makeAnswer,
  makeContact,
  makeRecordField,
  type FieldValue,
  type JournalEvent,
} from '../../../src/core/journal/events.js';
import { buildDraftModel, DRAFT_PARTIES, renderDraftText } from '../../../src/core/report/draft.js';
import { renderDraftEml } from '../../../src/core/report/draft-eml.js';
import { REGIONS } from '../../../src/core/region.js';
import type { ReportInput } from '../../../src/core/report/model.js';
import { replayJournal } from '../../../src/core/session/state.js';
import { fixtureInput, NOW } from './fixtures/case.js';

const GOLDEN = join(import.meta.dirname, 'fixtures', 'drafts');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function checkGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    if (!UPDATE) throw new Error(`${name} did not exist; it is written now: review it, then run again`);
    return;
  }
  expect(actual, `${name} differs; if the change is intended, run with UPDATE_GOLDEN=1`).toBe(
    readFileSync(file, 'utf8'),
  );
}

const D = new Date('2026-01-01T00:00:00Z');
const at = <E extends JournalEvent>(ts: string, e: E): E => ({ ...e, ts: `2026-${ts}:00.000+09:00` });
const fact = (ts: string, step: string, question: string, name: string, value: FieldValue) =>
  at(ts, makeAnswer(D, { step, question, fact: name, answer: value }));
const later = (ts: string, list: string, index: number, field: string, value: FieldValue) =>
  at(ts, makeRecordField(D, { step: 'note', question: list, index, field, value, fact: list }));
const text = (value: string): FieldValue => ({ kind: 'text', value });

/** The fixture case and what came after it, as the walk-through and `note` record it. */
function laterInput(lang: Lang, kind: 'credit' | 'debit' = 'credit'): ReportInput {
  const base = fixtureInput(lang);
  const events = [
    ...base.events,
    fact('11-20T22:30', 'charges/cardholder', 'cardholder-name', 'cardholder.name', text('Hanako Yamada')),
    fact('11-20T22:30', 'charges/cardholder', 'cardholder-phone', 'cardholder.phone', text('090-1234-5678')),
    fact(
      '11-20T22:31',
      'charges/cardholder',
      'cardholder-address',
      'cardholder.address',
      text('1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023'),
    ),
    fact('11-20T22:31', 'charges/cardholder', 'card-kind', 'card.kind', { kind: 'choice', value: kind }),
    fact('11-20T21:30', 'account', 'mail', 'mail.address', text('hanako@example.jp')),
    at(
      '11-21T10:00',
      makeContact(D, {
        party: 'merchant',
        who: 'Sato',
        channel: 'email',
        email: 'support@example-shop.jp',
      }),
    ),
    later('11-22T09:00', 'shipments', 0, 'carrier', text('Yamato Transport')),
    later('11-22T09:00', 'shipments', 0, 'tracking', text('4455-6677-8899')),
    later('11-22T09:00', 'shipments', 0, 'status', { kind: 'choice', value: 'refused' }),
    later('11-22T09:05', 'losses', 0, 'what', text('Gift card 249-1001, already redeemed')),
    later('11-22T09:05', 'losses', 0, 'amount', {
      kind: 'money',
      value: { amount: '10000', currency: 'JPY' },
    }),
  ];
  return { ...base, events, state: replayJournal(events) };
}

describe('draft golden files', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const to of DRAFT_PARTIES)
      it(`to ${to} in ${lang}`, () => {
        checkGolden(`${to}.${lang}.txt`, renderDraftText(buildDraftModel(to, laterInput(lang))));
      });
    for (const region of REGIONS)
      it(`the card company letter for ${region} in ${lang}`, () => {
        const draft = buildDraftModel('card-company', laterInput(lang), { letter: true, region });
        checkGolden(`letter-${region}.${lang}.txt`, renderDraftText(draft));
      });
    it(`the US letter for a debit card in ${lang}`, () => {
      const draft = buildDraftModel('card-company', laterInput(lang, 'debit'), {
        letter: true,
        region: 'us',
      });
      checkGolden(`letter-us-debit.${lang}.txt`, renderDraftText(draft));
    });
  }
});

describe('each party gets what it needs, from the named sender', () => {
  const en = (to: (typeof DRAFT_PARTIES)[number]) => renderDraftText(buildDraftModel(to, laterInput('en')));

  it('is addressed to the party by its name and signed with the cardholder and contact', () => {
    expect(en('carrier')).toContain('To Yamato Transport,');
    expect(en('merchant')).toContain('To the customer support of example-shop.jp,');
    for (const to of DRAFT_PARTIES) {
      const draft = en(to);
      expect(draft.trimEnd()).toMatch(
        /Hanako Yamada\nPhone: 090-1234-5678\nMail: hanako@example\.jp\n1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023$/,
      );
    }
  });

  it('the carrier: each tracking number and what to do with it, not what it said it cannot do', () => {
    const draft = en('carrier');
    expect(draft).toContain(
      'Tracking number 4455-6677-8899 (order 249-1002): refused at the door: please confirm it is going back to the sender.',
    );
    expect(draft).not.toContain('Can you stop the delivery of this tracking number'); // answered "no"
    expect(draft).not.toContain('249-1001'); // an order without a parcel
    expect(draft).not.toContain('4242');
  });

  it('the shop: its orders, the money lost, no card charges', () => {
    const draft = en('merchant');
    expect(draft).toContain('249-1001, 2026-11-20, Gift card ×2, 10,000 JPY');
    expect(draft).toContain('Gift card 249-1001, already redeemed, 10,000 JPY');
    expect(draft).not.toContain('EXSHOP*MKTPLACE');
  });

  it('the card company: the card and its charges, not the order story', () => {
    const draft = en('card-company');
    expect(draft).toContain('Charges on my •••• 4242, credit card:');
    expect(draft).toContain('Total: 49,800 JPY');
    expect(draft).not.toContain('orders I did not place');
    expect(draft).not.toContain('Headphones');
  });

  it('the US letter says where it goes and by when; the debit card says its law differs', () => {
    const credit = renderDraftText(
      buildDraftModel('card-company', laterInput('en'), { letter: true, region: 'us' }),
    );
    expect(credit).toContain('"billing inquiries"');
    expect(credit).toContain('within 60 days after the first statement');
    expect(credit).toContain('by 2027-01-24');
    const debit = renderDraftText(
      buildDraftModel('card-company', laterInput('en', 'debit'), { letter: true, region: 'us' }),
    );
    expect(debit).toContain('Electronic Fund Transfer Act (Regulation E)');
    expect(debit).not.toContain('must reach the card company within 60 days');
    // Without --region, the region the case recorded when it started decides.
    const base = laterInput('en');
    const [started, ...rest] = base.events;
    const usCase = [{ ...started, region: 'us' } as JournalEvent, ...rest];
    const fromCase = buildDraftModel(
      'card-company',
      { ...base, events: usCase, state: replayJournal(usCase) },
      { letter: true },
    );
    expect(renderDraftText(fromCase)).toContain('Fair Credit Billing Act');
    expect(renderDraftText(buildDraftModel('card-company', base, { letter: true }))).not.toContain(
      'Fair Credit Billing Act',
    );
    const jp = renderDraftText(
      buildDraftModel('card-company', laterInput('ja'), { letter: true, region: 'jp' }),
    );
    expect(jp).toContain('不正利用の届出');
    expect(jp).toContain('所定の届出書');
  });
});

/** A small reader of what renderDraftEml writes: headers (unfolded, words decoded) and body. */
function readEml(eml: string): { headers: Map<string, string>; body: string } {
  const [head = '', body = ''] = eml.split('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    const value = line
      .slice(colon + 1)
      .trim()
      .replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/g, (_m, b64: string) =>
        Buffer.from(b64, 'base64').toString('utf8'),
      );
    headers.set(line.slice(0, colon).toLowerCase(), value.trim());
  }
  return { headers, body: Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8') };
}

describe('--format eml', () => {
  it('is a message a mail program opens: addressed, its subject and body in UTF-8', () => {
    for (const lang of ['en', 'ja'] as const) {
      const draft = buildDraftModel('merchant', laterInput(lang));
      const eml = renderDraftEml(draft, NOW);
      // Every header line ASCII and short; lines end in CRLF.
      const head = eml.split('\r\n\r\n')[0] ?? '';
      for (const line of head.split('\r\n')) {
        expect(line).toMatch(/^[\x20-\x7e]*$/);
        expect(line.length).toBeLessThanOrEqual(78);
      }
      const { headers, body } = readEml(eml);
      expect(headers.get('to')).toBe('example-shop.jp <support@example-shop.jp>');
      expect(headers.get('from')).toBe('Hanako Yamada <hanako@example.jp>');
      expect(headers.get('subject')).toBe(draft.subject);
      expect(headers.get('content-type')).toBe('text/plain; charset=UTF-8');
      expect(headers.get('date')).toBe('Mon, 30 Nov 2026 10:00:00 +0900');
      expect(body).toBe(draft.body.replace(/\n/g, '\r\n'));
    }
    const ja = readEml(renderDraftEml(buildDraftModel('merchant', laterInput('ja')), NOW));
    expect(ja.headers.get('subject')).toContain('身に覚えのない注文について');
    expect(ja.body).toContain('example-shop.jp お客様窓口 ご担当者様');
  });

  it('leaves out To when no mail address is known, and never lets one break the header', () => {
    const draft = buildDraftModel('carrier', laterInput('en'));
    expect(readEml(renderDraftEml(draft, NOW)).headers.has('to')).toBe(false);
    const hostile = { ...draft, recipient: { name: 'X', email: 'a@b.c\r\nBcc: evil@x.y' } };
    expect(renderDraftEml(hostile, NOW)).not.toContain('Bcc');
  });
});
