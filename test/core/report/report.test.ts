// What the golden files cannot say on their own: hostile text stays text, an unfinished case
// says so, the deadline counts calendar days, money adds up exactly, and each draft holds
// what its addressee needs and nothing it should not get.
import { describe, expect, it } from 'vitest';
import {
  makeAnswer,
  makeCaseClosed,
  makeCaseStarted,
  makeStepOutcome,
  type JournalEvent,
} from '../../../src/core/journal/events.js';
import type { Playbook } from '../../../src/core/playbook/schema.js';
import { walkTasks } from '../../../src/core/playbook/walk.js';
import { buildDraft } from '../../../src/core/report/draft.js';
import { formatMoney, sumMoney } from '../../../src/core/report/facts.js';
import { buildReport, type ReportInput } from '../../../src/core/report/model.js';
import { renderReport } from '../../../src/core/report/render.js';
import { escapeMarkdown } from '../../../src/core/report/render-md.js';
import { replayJournal } from '../../../src/core/session/state.js';
import { fixtureInput } from './fixtures/case.js';

const HOSTILE =
  '<script>alert("x")</script> *bold* _under_ | pipe # [link](http://evil.example) `tick` \u001b[2J';

describe('escaping', () => {
  const input = fixtureInput('en', { hostile: HOSTILE });

  it('HTML never carries a tag or an entity from the case', () => {
    const html = renderReport(buildReport('all', input), 'html');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('</script>');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(html).not.toMatch(/<a\s/);
    // the only <svg> and <style> are ours; no external resource at all (an evidence image is embedded)
    expect(html.replace(/<img src="data:image\/png;base64,[A-Za-z0-9+/]+=*"/g, '<img')).not.toMatch(
      /\b(?:src|href)=/,
    );
    expect(html).not.toMatch(/url\(/);
  });

  it('Markdown prints markup characters as typed', () => {
    const md = renderReport(buildReport('police', input), 'md');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\*bold\\*');
    expect(md).toContain('\\_under\\_');
    expect(md).toContain('\\| pipe \\#');
    expect(md).toContain('\\[link\\](http://evil.example)');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- not a bullet\nsecond line')).toBe('\\- not a bullet / second line');
  });

  it('text output carries no terminal escape sequence', () => {
    const text = renderReport(buildReport('all', input), 'text');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('<script>alert("x")</script>');
  });

  it('JSON keeps the text exactly, as data', () => {
    const json = JSON.parse(renderReport(buildReport('card-company', input), 'json')) as {
      format: string;
      version: number;
      facts: { site: string };
    };
    expect(json.format).toBe('respond-report');
    expect(json.version).toBe(1);
    expect(json.facts.site).toContain(HOSTILE);
  });
});

const tiny: Playbook = {
  id: 'tiny',
  title: { en: 'Tiny', ja: '小さな' },
  steps: [
    {
      id: 'only',
      title: { en: 'The only step', ja: '唯一の手順' },
      questions: [{ id: 'card', type: 'text', format: 'card-last4', prompt: 'Card' }],
    },
  ],
};

function tinyInput(
  events: JournalEvent[],
  lang: 'en' | 'ja' = 'en',
  now = '2026-11-30T10:00:00.000+09:00',
): ReportInput {
  const library = new Map([['tiny', tiny]]);
  return {
    caseId: '2026-11-30-tiny-0001',
    events,
    state: replayJournal(events),
    tasks: walkTasks(tiny, library),
    playbook: tiny,
    library,
    lang,
    now,
  };
}
const D = new Date('2026-11-30T00:00:00Z');
const started = makeCaseStarted(D, {
  case: '2026-11-30-tiny-0001',
  playbook: 'tiny',
  playbookHash: `sha256:${'0'.repeat(64)}`,
  playbookFile: 'playbook.yaml',
  lang: 'en',
});

describe('unfinished cases', () => {
  it('says so at the top and lists what is open', () => {
    const report = buildReport('card-company', fixtureInput('en'));
    expect(report.status.finished).toBe(false);
    expect(report.status.open).toContain('Step not finished: Keep the dispute deadline in sight');
    expect(
      report.status.open.some((l) =>
        l.startsWith('Not confirmed by Example Card (Visa): What is my deadline'),
      ),
    ).toBe(true);
    const text = renderReport(report, 'text');
    // What is unconfirmed, plainly, and where the rest is: not a count of steps.
    expect(text.split('\n')[6]).toMatch(
      /^!! Not confirmed yet: 6 questions to Example Card \(Visa\)\. 11 items still to do, on the last page/,
    );
    const html = renderReport(report, 'html');
    expect(html.indexOf('class="banner"')).toBeLessThan(html.indexOf('<section'));
    expect(renderReport(buildReport('police', fixtureInput('ja')), 'text')).toContain(
      'まだ確認できていないこと: ',
    );
  });

  it('a case done and closed has no banner', () => {
    const events = [
      started,
      makeStepOutcome(D, { step: 'only', outcome: 'done' }),
      makeCaseClosed(D, { forced: false }),
    ];
    const report = buildReport('all', tinyInput(events));
    expect(report.status).toMatchObject({ finished: true, banner: undefined, open: [] });
    expect(renderReport(report, 'text')).not.toContain('!!');
    expect(renderReport(report, 'html')).not.toContain('class="banner"');
  });

  it('a case closed by force says that it was closed with items open', () => {
    const events = [started, makeCaseClosed(D, { forced: true })];
    const report = buildReport('all', tinyInput(events));
    expect(report.status.banner).toBe(
      'This case is closed; every question asked was answered. 1 item still to do, on the last page ("Still to do").',
    );
    expect(report.status.open).toEqual(['Step not finished: The only step']);
  });
});

describe('facts and the deadline', () => {
  it('counts 60 calendar days from the statement date, and the days left from today', () => {
    const report = buildReport('card-company', fixtureInput('en'));
    const deadline = report.sections.find((s) => s.id === 'deadline')?.blocks[0];
    expect(deadline).toMatchObject({ type: 'fields' });
    expect(JSON.stringify(deadline)).toContain(
      '2027-01-24 (60 days after the statement date 2026-11-25; 55 days left)',
    );
    const late = buildReport('card-company', { ...fixtureInput('en'), now: '2027-01-30T09:00:00.000+09:00' });
    expect(JSON.stringify(late.sections)).toContain('passed 6 days ago');
    const ja = buildReport('card-company', fixtureInput('ja'));
    expect(JSON.stringify(ja.sections)).toContain(
      '2027-01-24 (明細の日付 2026-11-25 から 60 日後、残り 55 日)',
    );
  });

  it('says "not recorded" rather than inventing a fact', () => {
    const report = buildReport('card-company', tinyInput([started]));
    const text = renderReport(report, 'text');
    expect(text).toMatch(/Cardholder name:\s+not recorded/);
    expect(text).toMatch(/Card:\s+not recorded/);
    expect(text).toMatch(/Statement date:\s+not recorded/);
    expect(text).toContain('No disputed transaction is recorded in this case.');
    expect(text).toContain('No police report is recorded in this case.');
  });

  it('finds the card by the question format wherever the step is, and the cardholder where report --name keeps it', () => {
    const events = [
      started,
      makeAnswer(D, { step: 'only', question: 'card', answer: { kind: 'text', value: '1881' } }),
      makeAnswer(D, {
        step: 'report',
        question: 'cardholder-name',
        answer: { kind: 'text', value: 'Hanako Yamada' },
      }),
    ];
    const facts = buildReport('card-company', tinyInput(events)).facts;
    expect(facts.last4).toBe('1881');
    expect(facts.cardholder.name).toBe('Hanako Yamada');
    expect(facts.cardholder.phone).toBeUndefined();
  });

  it('adds money exactly, per currency', () => {
    expect(
      sumMoney([
        { amount: '0.1', currency: 'USD' },
        { amount: '0.2', currency: 'USD' },
        { amount: '1980', currency: 'JPY' },
        { amount: '12.50', currency: 'USD' },
      ]),
    ).toEqual([
      { amount: '12.80', currency: 'USD' },
      { amount: '1980', currency: 'JPY' },
    ]);
    expect(formatMoney({ amount: '1234567.5', currency: 'EUR' })).toBe('1,234,567.5 EUR');
  });
});

describe('drafts', () => {
  const input = fixtureInput('en');
  it('to the merchant: the orders, what they confirmed, the open questions, their reference', () => {
    const draft = buildDraft('merchant', input);
    expect(draft).toMatch(/^Subject: Orders I did not place on my account \(249-1001, 249-1002, CS-4471\)/);
    for (const heading of [
      '1. What happened',
      '2. What I know',
      '3. What I need',
      '4. My questions',
      '5. References so far',
    ])
      expect(draft).toContain(heading);
    expect(draft).toContain(
      '"Will you stop the shipment of each order that has not shipped yet?" — yes (Sato (ID 1042), 2026-11-20 22:05 +09:00, ref. CS-4471)',
    );
    expect(draft).toContain('Were gift cards bought or sent?');
    expect(draft).toContain('(asked before: "don\'t know", Sato (ID 1042), 2026-11-20 22:04 +09:00)');
    expect(draft).not.toContain('Can you block the pending charges');
  });
  it('to the card company: the card by its last 4 digits, each charge and the total', () => {
    const draft = buildDraft('card-company', input);
    expect(draft).toContain('Charges on my •••• 4242:');
    expect(draft).toContain('2026-11-20, EXSHOP*MKTPLACE TOKYO, 39,800 JPY, 249-1002');
    expect(draft).toContain('Total: 49,800 JPY');
    expect(draft).toContain('What is my deadline for disputing');
    expect(draft).toContain('Police receipt number: R6-1234');
  });
  it('to the carrier: the tracking number, not the card or the charges', () => {
    const draft = buildDraft('carrier', fixtureInput('ja'));
    expect(draft).toContain('4455-6677-8899');
    expect(draft).toContain('Yamato Transport ご担当者様');
    expect(draft).not.toContain('4242');
    expect(draft).not.toContain('VC-20261121-77');
    // It said it cannot stop the delivery itself: that is not asked of it again.
    expect(draft).not.toContain('この伝票番号の配達を止めて');
    expect(draft).toContain('追跡番号 4455-6677-8899');
  });
});
