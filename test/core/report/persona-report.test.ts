// Issue 10's "done when", on the incident persona (fraud-order walked in Japanese, then the
// weeks after): the card company's report, in both languages and every format, names the
// cardholder, the returned parcel with its tracking number, the gift card lost with its
// amount, each order once, every answer of the shop in words, no option id, and the
// person's own list on a page after the signature.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/i18n.js';
import { buildReport, type Report } from '../../../src/core/report/model.js';
import { REPORT_FORMATS, renderReport } from '../../../src/core/report/render.js';
import { reportTexts } from '../../../src/core/report/texts.js';
import { PERSONA, personaCase } from './fixtures/persona.js';

/** Option ids of the persona's answers: none may reach a page. */
const OPTION_IDS =
  /\b(order-mails|not-shipped|some-shipped|return-to-sender|in-progress|other-address|card-company|not-yet)\b|\bvisa\b/;

const persona = await personaCase();

function cardReport(lang: Lang): Report {
  return buildReport('card-company', persona.input(lang));
}

/** The words a page shows: for JSON, the sections' text only (the keys are ids on purpose). */
function pageText(report: Report, format: (typeof REPORT_FORMATS)[number]): string {
  if (format !== 'json') return renderReport(report, format);
  const parsed = JSON.parse(renderReport(report, 'json')) as Report;
  return JSON.stringify([parsed.title, parsed.status, parsed.sections]);
}

describe('the card company report of the incident persona', () => {
  for (const lang of ['ja', 'en'] as const) {
    const t = reportTexts[lang];
    const report = cardReport(lang);
    for (const format of REPORT_FORMATS) {
      it(`${lang} ${format}: the cardholder, the parcel, the loss, no option id`, () => {
        const text = pageText(report, format);
        expect(text).toContain(PERSONA.name);
        expect(text).toContain(PERSONA.phone);
        expect(text).toContain(PERSONA.address);
        expect(text).toContain(PERSONA.tracking);
        expect(text).toContain(lang === 'ja' ? '差出人に返送' : 'returned to the sender');
        expect(text).toContain(lang === 'ja' ? 'クレジットカード' : 'credit card');
        expect(text).toContain(PERSONA.lossWhat);
        expect(text).toContain(t.f.lossTotal);
        expect(text).not.toMatch(OPTION_IDS);
        // the charges' total, and the card's call with its agent and reference in the header
        expect(text).toContain('121,440 JPY');
        expect(text).toContain('CARD-7788');
        expect(text).toContain('田中');
      });
    }

    it(`${lang}: each order once, with the total of the eight`, () => {
      const numbers = report.facts.transactions.map((r) => r.cells['order-number']);
      expect(numbers).toEqual(['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008']);
      expect(report.facts.transactionTotal).toBe('121,440 JPY');
      expect(report.facts.lossTotal).toBe('10,000 JPY');
      const text = renderReport(report, 'text');
      // An order with no parcel appears once on the whole paper.
      expect(text.split('1005').length - 1).toBe(1);
    });

    it(`${lang}: every answer of the shop in words, never a bare tick`, () => {
      const merchant = report.sections.find((s) => s.id === 'merchant');
      const rows = merchant?.blocks.flatMap((b) => (b.type === 'table' ? b.rows : [])) ?? [];
      const answered = [...persona.input(lang).state.confirmations.values()]
        .map((list) => list.at(-1))
        .filter((c) => c?.party === 'merchant');
      expect(rows.length).toBe(answered.length);
      for (const row of rows) {
        expect(row.mark).toBeUndefined();
        expect(row.cells[1]).not.toMatch(/^[✓□]?$/);
      }
      const answers = rows.map((r) => r.cells[1]);
      // what they said, the choice's label, and a compound "yes" that says it is one
      expect(answers).toContain('1008 のギフト券は未使用。停止すると回答');
      expect(answers).toContain(
        lang === 'ja' ? '私からカード会社に申し出る必要がある' : 'I must dispute them with my card company',
      );
      // "Will you cancel these orders? Will you read back their numbers?" asks two things.
      if (lang === 'ja') expect(answers).toContain(t.compoundYes);
      const text = renderReport(report, 'text');
      const section = text.slice(text.indexOf(t.sections.merchant), text.indexOf(t.sections.discovery));
      expect(section).not.toContain('✓');
      expect(section).toContain('INQ-20261129-01');
    });

    it(`${lang}: the person's list is on its own page after the signature, and the banner says what is unconfirmed`, () => {
      expect(report.status.banner).not.toMatch(/\d+ (of|のうち) \d+/);
      expect(report.status.banner).not.toContain('手順');
      const html = renderReport(report, 'html');
      const signature = html.indexOf('class="signature"');
      const open = html.indexOf('<section id="still-open"');
      expect(signature).toBeGreaterThan(0);
      expect(open).toBeGreaterThan(signature);
      expect(html).toMatch(/#still-open\.apart \{ break-before: page;/);
      expect(html).toContain('<section id="still-open" class="open-items apart">');
      expect(html.slice(open)).toContain(t.stillOpen);
      for (const format of ['text', 'md'] as const) {
        const text = renderReport(report, format);
        expect(text.lastIndexOf(t.stillOpen)).toBeGreaterThan(text.lastIndexOf(t.signature.name));
      }
      // The shop's open question is the person's, not the card company's.
      expect(report.status.open.join('\n')).not.toContain('不正アクセスされたのか');
    });
  }

  it('party names read inside a sentence: the shop by its name, never "Reported to The shop"', () => {
    const en = renderReport(cardReport('en'), 'text');
    expect(en).not.toMatch(/\w The /);
    expect(en).toContain('Reported to さくらモール');
  });
});

describe('the police report of the incident persona', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`${lang}: short, the findings not the questions, every conversation once`, () => {
      const t = reportTexts[lang];
      const report = buildReport('police', persona.input(lang));
      const text = renderReport(report, 'text');
      expect(text.split('\n').length).toBeLessThan(160);
      expect(text).toContain(
        lang === 'ja' ? '知らない届け先の住所: 大阪府大阪市北区1-2-3' : 'A delivery address I do not know',
      );
      expect(text).not.toContain(lang === 'ja' ? '知らない住所がありますか' : 'Is there an address you');
      expect(text).toContain(PERSONA.lossWhat);
      expect(text).toContain(t.f.lossTotal);
      // Each conversation once, in the timeline, with who and its reference; not again in
      // a table of its own or among the evidence.
      expect(report.sections.some((s) => s.id === 'contacts')).toBe(false);
      const timeline = report.sections.find((s) => s.id === 'timeline')?.blocks[0];
      const lines = timeline?.type === 'timeline' ? timeline.entries.filter((e) => e.type === 'contact') : [];
      expect(lines.map((e) => /^[^:]+: ([^,、]+)/.exec(e.text)?.[1])).toEqual(['佐藤', '田中', '木村']);
      expect(text.split('INQ-20261129-01').length - 1).toBe(1);
      // The days the person told, in the same list, in words.
      expect(text).toContain(t.dated.police);
      expect(text).not.toMatch(OPTION_IDS);
      // What is unconfirmed closes the paper, on no page of its own, for its reader too.
      expect(report.status.apart).toBe(false);
      expect(text).toContain(`== ${t.stillOpenEnd} ==`);
      expect(text).not.toContain(t.stillOpenNote);
      expect(renderReport(report, 'html')).toContain('<section id="still-open" class="open-items">');
    });
  }
});
