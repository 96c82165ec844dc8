// card-charges and police-report as a person in each region reads them (`respond show <id>
// --region <r>`): issue 11's corrections 1, 2, 3, 9 (card-charges) and 4, 5, 6, 14
// (police-report), and no region's text naming another region's institutions.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/i18n.js';
import { forRegion, libraryForRegion } from '../../src/core/playbook/for-region.js';
import { renderChecklist } from '../../src/core/playbook/render.js';
import type { Playbook } from '../../src/core/playbook/schema.js';
import type { Region } from '../../src/core/region.js';
import { checkSchema, listBuiltinFiles, readBuiltin } from './inspect.js';

const library = new Map<string, Playbook>();
for (const path of listBuiltinFiles()) {
  const { file, data } = readBuiltin(path);
  if (checkSchema(file, data).length === 0) library.set((data as Playbook).id, data as Playbook);
}

/** The blank checklist as `respond show <id> --region <region> --lang <lang>` prints it. */
function shown(id: 'card-charges' | 'police-report', region: Region, lang: Lang): string {
  const playbook = library.get(id);
  if (!playbook) throw new Error(`checklists/${id}.yaml is missing or does not pass the schema`);
  // As `show` resolves it: the playbook and what it includes (neither includes another).
  const own = new Map([[id, playbook]]);
  return renderChecklist(forRegion(playbook, region), libraryForRegion(own, region), {
    format: 'text',
    lang,
  });
}

describe('card-charges, by region', () => {
  it('1. Japan: cover counts back from the day you report, the reminder from the earliest charge', () => {
    const en = shown('card-charges', 'jp', 'en');
    const ja = shown('card-charges', 'jp', 'ja');
    expect(en).toMatch(/60 days\) before the day you report it/);
    expect(en).toMatch(/A reminder is set from the\s+earliest charge/);
    expect(en).toContain('Date of the earliest charge you do not recognise');
    expect(en).toMatch(/From which date does the period run, the day I report or the statement/);
    expect(ja).toContain('届け出た日からさかのぼって');
    expect(ja).toContain('いちばん古い利用日を起点にリマインダー');
    // The old rule: the reminder counted from the statement date.
    expect(en).not.toMatch(/A reminder is set from the statement date/);
    expect(en).not.toMatch(/counted from this date/);
    expect(ja).not.toContain('明細の日付を起点にリマインダー');
  });

  it('2. US: the written dispute always, to "billing inquiries" within 60 days, with the letter command', () => {
    const en = shown('card-charges', 'us', 'en');
    const ja = shown('card-charges', 'us', 'ja');
    expect(en).toMatch(/Fair Credit Billing Act/);
    expect(en).toMatch(/"billing\s+inquiries"/);
    expect(en).toMatch(/within 60 days after it sent the first\s+statement showing the charge/);
    expect(en).toContain('respond draft <case> --to card-company --letter');
    expect(ja).toContain('respond draft <case> --to card-company --letter');
    expect(ja).toContain('billing inquiries');
    // Not only "if the card company asked for a written form".
    expect(en).not.toMatch(/If the card company asked for a written form/);
  });

  it('3. a debit card: US "call today" with the EFTA tiers, Japan "ask the bank", never the credit rules alone', () => {
    const us = shown('card-charges', 'us', 'en');
    expect(us).toContain('A debit card: call the bank today');
    expect(us).toMatch(
      /within 2 business days of finding out limits your loss to\s+\$50; later, up to \$500/,
    );
    expect(us).toMatch(/60 days after the\s+statement/);
    expect(shown('card-charges', 'us', 'ja')).toContain('2営業日以内');
    const jp = shown('card-charges', 'jp', 'en');
    expect(jp).toMatch(/Debit and prepaid cards have their own rules/);
    expect(jp).not.toContain('$50');
    expect(shown('card-charges', 'jp', 'ja')).toContain(
      'デビットカードやプリペイドカードには、クレジットカードとは別のルール',
    );
    for (const region of ['uk', 'other'] as const) {
      const text = shown('card-charges', region, 'en');
      expect(text).toContain('A debit card: ask the bank for its time limits today');
      expect(text).not.toMatch(/Electronic Fund Transfer|\$500/);
    }
  });

  it('9. the payment company: ask the card company for its contact, never an ad or a search result', () => {
    for (const region of ['jp', 'us', 'uk', 'other'] as const) {
      const en = shown('card-charges', region, 'en');
      const ja = shown('card-charges', region, 'ja');
      expect(en).toContain('Ask your card company for its contact details');
      expect(en).toMatch(/Never call a number from an\s+ad or a search result/);
      expect(ja).toContain('カード会社に尋ねて教えてもらいます');
      expect(en).not.toMatch(/search engine/);
      expect(ja).not.toContain('自分で検索して');
    }
  });
});

describe('police-report, by region', () => {
  it('4. the UK is told Report Fraud, never Action Fraud', () => {
    const en = shown('police-report', 'uk', 'en');
    const ja = shown('police-report', 'uk', 'ja');
    expect(en).toContain('reportfraud.police.uk');
    expect(en).toContain('0300 123 2040');
    expect(ja).toContain('Report Fraud');
    for (const text of [en, ja]) expect(text).not.toContain('Action Fraud');
  });

  it('5. Japan: the web forms go through the national online desk, and a report there is not a 被害届', () => {
    const en = shown('police-report', 'jp', 'en');
    const ja = shown('police-report', 'jp', 'ja');
    expect(en).toMatch(/National Police Agency's online desk\. A report sent there is not a damage report/);
    expect(en).toMatch(/is not a damage report \(被害届\)/);
    expect(ja).toContain('いまは警察庁のオンライン受付窓口');
    expect(ja).toContain('被害届にはならず');
    // Not the old advice: each prefecture's own web form.
    expect(en).not.toMatch(/often with a web form/);
    expect(ja).not.toContain('ウェブのフォームで受け付けていることもあります');
  });

  it('6. money leaving right now: the bank or card company first, not 110', () => {
    for (const region of ['jp', 'us', 'uk', 'other'] as const) {
      const en = shown('police-report', region, 'en');
      const ja = shown('police-report', region, 'ja');
      expect(en).toMatch(
        /If money is leaving your account or card right now, call your bank or card company first/,
      );
      expect(en).toContain('Call your bank or card company now, to stop the money');
      expect(ja).toContain('まず銀行やカード会社に');
      expect(en).not.toMatch(/money is being taken right now, call 110/);
      expect(ja).not.toContain('いままさにお金が取られているときは、すぐに110番');
      // The stop-the-money step comes before the report is taken at the station.
      expect(en.indexOf('to stop the money')).toBeLessThan(en.indexOf('At the police station'));
    }
    expect(shown('police-report', 'jp', 'ja')).toContain('すぐに110番に電話する');
  });

  it('14. whether a consultation number is enough is asked of the card company, not assumed', () => {
    for (const region of ['jp', 'us', 'uk', 'other'] as const) {
      const en = shown('police-report', region, 'en');
      const ja = shown('police-report', region, 'ja');
      expect(en).toMatch(/Ask your card company what it accepts/);
      expect(ja).toContain('何を受け付けるか');
      expect(en).not.toMatch(/often enough for a card company/);
      expect(ja).not.toContain('それで足りることがよくあります');
    }
  });
});

describe("no region's text names another region's institutions", () => {
  const texts = (region: Region) =>
    (['card-charges', 'police-report'] as const).flatMap((id) =>
      (['en', 'ja'] as const).map((lang) => ({ id, lang, text: shown(id, region, lang) })),
    );
  // "110" as a number of its own (not inside 1100 or a date).
  const JP_110 = /(?<![\d-])110(?!\d)/;
  const JAPAN = [/\b188\b/, /#9110/, JP_110, /警察庁/, /警察相談専用電話/, /都道府県/, /In Japan/];
  const US = [/FCBA/, /Fair Credit Billing/, /Electronic Fund Transfer/, /IC3/, /ReportFraud\.ftc/];
  const UK = [/Action Fraud/, /Report Fraud/, /reportfraud\.police\.uk/, /Police Scotland/];

  /** Each match with the text around it, so a failure shows where it is. */
  function found(text: string, pattern: RegExp): string | undefined {
    const match = pattern.exec(text);
    return match ? text.slice(Math.max(0, match.index - 40), match.index + 40) : undefined;
  }

  function expectNone(region: Region, patterns: RegExp[]) {
    for (const { id, lang, text } of texts(region))
      for (const pattern of patterns)
        expect({ id, lang, found: found(text, pattern) }).toEqual({ id, lang, found: undefined });
  }

  it('a US reader never sees 188, #9110, 110 or 警察 (in English), nor the UK services', () => {
    expectNone('us', [...JAPAN, ...UK]);
    for (const { id, text } of texts('us').filter((t) => t.lang === 'en'))
      expect({ id, found: found(text, /警察/) }).toEqual({ id, found: undefined });
  });

  it('a Japanese reader never sees the FCBA, Fair Credit Billing, Action Fraud or Report Fraud', () => {
    expectNone('jp', [...US, ...UK]);
  });

  it('a UK reader never sees 188 or the FCBA', () => {
    expectNone('uk', [...JAPAN, ...US]);
  });

  it('elsewhere, the advice names none of them', () => {
    expectNone('other', [...JAPAN, ...US, ...UK]);
  });
});
