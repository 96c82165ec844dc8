// The new fields of "say it once" misused: each refusal says what and where (line:col), in
// plain words, in English and Japanese.
import { describe, expect, it } from 'vitest';
import { validatePlaybookText, type PlaybookIssue } from '../../../src/core/playbook/validate.js';

function issuesOf(source: string, lang: 'en' | 'ja' = 'en'): PlaybookIssue[] {
  const result = validatePlaybookText(new TextEncoder().encode(source), 'x.yaml', lang);
  if (!('issues' in result)) throw new Error('expected the playbook to be refused');
  return result.issues;
}

const HEAD = 'id: x\ntitle: t\nparties: [{id: shop, name: Shop}]\nsteps:\n  - id: a\n    title: A\n';

const rejections: [name: string, body: string, message: string, line: number, col: number][] = [
  [
    'a fact that does not exist',
    '    questions:\n      - {id: q, type: text, fact: shop.nam, prompt: Q}\n',
    'There is no fact called "shop.nam". Did you mean "shop.name"?',
    8,
    35,
  ],
  [
    'a fact of the wrong type',
    '    questions:\n      - {id: q, type: date, fact: card.last4, prompt: Q}\n',
    'The fact "card.last4" is text (format: card-last4), but this question is date',
    8,
    35,
  ],
  [
    'the last 4 digits asked as plain text',
    '    questions:\n      - {id: q, type: text, fact: card.last4, prompt: Q}\n',
    'but this question is text.',
    8,
    35,
  ],
  [
    'for-each over something that is not a list',
    '    questions:\n      - id: q\n        type: records\n        for-each: shop.name\n        prompt: Q\n        fields: [{id: f, type: text, prompt: F}]\n',
    'for-each goes through a list, but "shop.name" is text',
    10,
    19,
  ],
  [
    'one-line with two fields',
    '    questions:\n      - id: q\n        type: records\n        entry: one-line\n        prompt: Q\n        fields: [{id: f, type: text, prompt: F}, {id: g, type: text, prompt: G}]\n',
    'exactly one text field',
    10,
    16,
  ],
  [
    'expect on a confirmation whose answer is a date',
    '    confirmations:\n      - {id: c, party: shop, ask: When?, answer: date, expect: no}\n',
    "expect says which of yes and no is good news, but this confirmation's answer is date",
    8,
    64,
  ],
  [
    'options without answer: choice',
    '    confirmations:\n      - {id: c, party: shop, ask: Who?, options: [{id: a, label: A}, {id: b, label: B}]}\n',
    'options are the choices of answer: choice',
    8,
    50,
  ],
  [
    'answer: choice without options',
    '    confirmations:\n      - {id: c, party: shop, ask: Who?, answer: choice}\n',
    'answer: choice needs "options:"',
    8,
    49,
  ],
  [
    'a field condition outside a record',
    '    questions:\n      - {id: q, type: text, prompt: Q, when: {field: status, is: shipped}}\n',
    'can only be used in the fields of a records question',
    8,
    54,
  ],
  [
    'a field condition naming no field of the record',
    '    questions:\n      - id: q\n        type: records\n        prompt: Q\n        fields:\n          - {id: status, type: text, prompt: S}\n          - {id: t, type: text, prompt: T, when: {field: statu, is: x}}\n',
    'This record has no field "statu". Did you mean "status"?',
    13,
    58,
  ],
  [
    'counts-from naming a question that is not a date',
    '    questions:\n      - {id: sent, type: text, prompt: S}\n      - {id: by, type: date, counts-from: a.sent, prompt: B}\n',
    'counts-from names the date a span counts from, so it must name a date question',
    9,
    43,
  ],
  [
    'counts-from naming a date asked later',
    '    questions:\n      - {id: by, type: date, counts-from: a.sent, prompt: B}\n      - {id: sent, type: date, prompt: S}\n',
    '"a.sent" is asked later, so its date is not known',
    8,
    43,
  ],
  [
    'counts-from on a confirmation whose answer is not a date',
    '    questions:\n      - {id: sent, type: date, prompt: S}\n    confirmations:\n      - {id: c, party: shop, ask: Pay?, counts-from: a.sent}\n',
    'counts-from names the date a span counts from',
    10,
    54,
  ],
  [
    'batch without for-each',
    '    questions:\n      - id: q\n        type: records\n        batch: s\n        prompt: Q\n        fields: [{id: s, type: yesno, prompt: S}]\n',
    'batch asks one field for a whole list at once, so it needs "for-each:"',
    10,
    16,
  ],
  [
    'batch over a text field',
    '    questions:\n      - id: q\n        type: records\n        for-each: orders\n        batch: s\n        prompt: Q\n        fields: [{id: s, type: text, prompt: S}]\n',
    'the field must be yesno or choice, not text',
    11,
    16,
  ],
  [
    'expect on a text question',
    '    questions:\n      - {id: q, type: text, expect: yes, prompt: Q}\n',
    '"expect" is not a known field here',
    8,
    29,
  ],
];

describe('facts, for-each and typed confirmations: misuse is refused where it is', () => {
  it.each(rejections)('%s', (_name, body, message, line, col) => {
    const issues = issuesOf(HEAD + body);
    const match = issues.find((i) => i.message.includes(message));
    expect(match, JSON.stringify(issues, null, 1)).toBeDefined();
    expect(match && [match.line, match.col]).toEqual([line, col]);
  });

  it('says it in Japanese too', () => {
    const [issue] = issuesOf(
      HEAD + '    questions:\n      - {id: q, type: text, fact: shop.nam, prompt: Q}\n',
      'ja',
    );
    expect(issue?.message).toContain('「shop.nam」という事実 (fact) はありません');
  });

  it('accepts every new field used as documented', () => {
    const source =
      HEAD +
      [
        '    questions:',
        '      - {id: shop, type: text, fact: shop.name, prompt: Shop}',
        '      - {id: card, type: text, format: card-last4, fact: card.last4, prompt: Card}',
        '      - {id: n, type: text, prompt: How many?}',
        '      - id: orders',
        '        type: records',
        '        fact: orders',
        '        entry: one-line',
        '        count: a.n',
        '        prompt: Order numbers',
        '        fields: [{id: number, type: text, format: reference, prompt: Number}]',
        '      - id: each',
        '        type: records',
        '        for-each: orders',
        '        batch: status',
        '        prompt: Each order',
        '        fields:',
        '          - {id: status, type: choice, prompt: S, options: [{id: u, label: U}, {id: s, label: S}]}',
        '          - {id: tracking, type: text, prompt: T, when: {field: status, is: s}}',
        '      - {id: changed, type: yesno, expect: yes, prompt: Changed?}',
        '      - {id: sent, type: date, prompt: Sent}',
        '      - {id: reply-by, type: date, counts-from: a.sent, prompt: Reply by}',
        '    confirmations:',
        '      - {id: pay, party: shop, ask: Pay?, expect: no, recheck: 1w}',
        '      - {id: when, party: shop, ask: When?, answer: date}',
        '      - {id: who, party: shop, ask: Who?, answer: choice, options: [{id: a, label: A}, {id: b, label: B}]}',
        '      - {id: by, party: shop, ask: By when?, answer: date, counts-from: a.sent}',
        '',
      ].join('\n');
    const result = validatePlaybookText(new TextEncoder().encode(source), 'x.yaml', 'en');
    expect('issues' in result ? result.issues : []).toEqual([]);
  });
});
