import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePlaybookText, type PlaybookIssue } from '../../../src/core/playbook/validate.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const text = (s: string) => new TextEncoder().encode(s);

function issuesOf(bytes: Uint8Array, lang: 'en' | 'ja' = 'en'): PlaybookIssue[] {
  const result = validatePlaybookText(bytes, 'x.yaml', lang);
  if (!('issues' in result)) throw new Error('expected the playbook to be refused');
  return result.issues;
}

// One row per rejection: the fixture named for it, a piece of the message, where it points.
const rejections: [fixture: string, message: string, line: number, col: number][] = [
  ['yaml-syntax.yaml', 'never closed', 3, 10],
  ['tab-indent.yaml', 'indented with a tab', 5, 1],
  ['duplicate-key.yaml', '"title" appears twice', 3, 1],
  ['unknown-key.yaml', '"titel" is not a known field here. Did you mean "title"?', 5, 5],
  ['wrong-type.yaml', 'should be true/false, but it is text', 10, 19],
  ['missing-id.yaml', '"id" is missing', 1, 1],
  ['missing-title.yaml', '"title" is missing', 1, 1],
  ['missing-steps.yaml', '"steps" is missing', 1, 1],
  ['empty-steps.yaml', 'list of steps is empty', 3, 8],
  ['bad-slug.yaml', '"../etc/passwd" is not a valid id', 1, 5],
  ['duplicate-step-id.yaml', 'step id "a" is used twice (first on line 4)', 6, 9],
  ['duplicate-question-id.yaml', 'question id "q" is used twice', 8, 14],
  ['duplicate-option-id.yaml', 'option id "x" is used twice', 12, 18],
  ['duplicate-party-id.yaml', 'party id "shop" is used twice', 5, 10],
  ['duplicate-confirmation-id.yaml', 'confirmation id "c" is used twice', 10, 14],
  ['unknown-step-ref.yaml', 'no step "chek" in this playbook. Did you mean "check"?', 10, 20],
  ['unknown-answer-ref.yaml', 'Step "check" has no question "shiped". Did you mean "shipped"?', 10, 20],
  ['later-step-ref.yaml', 'Step "b" comes later', 6, 20],
  ['self-ref.yaml', 'looks at this step itself', 6, 20],
  ['later-question-ref.yaml', '"a.second" is asked after this question', 7, 63],
  ['unknown-party.yaml', 'no party "merchnt"', 9, 24],
  ['follow-up-from-not-date.yaml', '"a.note" is not a date question', 11, 13],
  ['unreachable-choice-option.yaml', '"shiped" is not one of the options of "a.status"', 15, 34],
  ['unreachable-yesno-value.yaml', 'yes/no question: its answer is yes or no, never "maybe"', 10, 35],
  ['anchor.yaml', 'Anchors ("&name") are not allowed', 2, 8],
  ['alias.yaml', 'Aliases ("*name") are not allowed', 7, 10],
  ['multiple-documents.yaml', 'second document starts here', 6, 1],
  ['not-utf8.yaml', 'not UTF-8 text', 2, 11],
  ['nul-byte.yaml', 'NUL byte', 2, 9],
  ['too-deep.yaml', 'nested too deeply', 5, 49],
  ['unsupported-version.yaml', 'only version 1 is supported', 1, 10],
  ['question-type.yaml', '"yes-no" is not a kind of question. Did you mean "yesno"?', 7, 23],
  ['empty-file.yaml', 'This file is empty', 1, 1],
  ['not-a-map.yaml', 'this file holds a list', 1, 1],
  ['bad-duration.yaml', '"tomorrow" is not a length of time', 6, 41],
  ['unknown-tag.yaml', 'tag "!shout" is not supported', 5, 12],
  ['unknown-situation.yaml', '"card-charge" is not one of the situations', 3, 20],
  [
    'unknown-action.yaml',
    '"change-pasword" is not a known protective action. Did you mean "change-password"?',
    6,
    13,
  ],
];

describe('validatePlaybookText: every rejection, its message and its position', () => {
  it.each(rejections)('%s', (name, message, line, col) => {
    const issues = issuesOf(fixture(name));
    const match = issues.find((i) => i.message.includes(message));
    expect(match, JSON.stringify(issues, null, 1)).toBeDefined();
    expect(match && [match.line, match.col]).toEqual([line, col]);
    expect(match?.file).toBe('x.yaml');
  });

  it('says the same in Japanese', () => {
    expect(issuesOf(fixture('unknown-key.yaml'), 'ja')[0]?.message).toContain(
      '「titel」はここでは使えない項目です。「title」の間違いではありませんか?',
    );
    expect(issuesOf(fixture('duplicate-step-id.yaml'), 'ja')[0]?.message).toContain(
      'ステップの id「a」が 2 回使われています',
    );
    expect(issuesOf(fixture('unknown-situation.yaml'), 'ja')[0]?.message).toContain(
      '「card-charge」は、最初の質問 (「何がありましたか?」) の選択肢にない状況です。',
    );
  });

  it('refuses a file over 1 MiB without looking further', () => {
    const issues = issuesOf(text('#'.repeat(1024 * 1024 + 1)));
    expect(issues).toEqual([
      { file: 'x.yaml', line: 1, col: 1, message: expect.stringContaining('larger than 1 MiB') as string },
    ]);
  });

  it.each([
    ['[', '['.repeat(1024 * 1024)],
    ['{', '{'.repeat(1024 * 1024)],
    ['- ', '- '.repeat(512 * 1024)],
    ['key: [', 'a: ['.repeat(256 * 1024)],
    ['&anchor [', `a: ${'&x ['.repeat(200 * 1024)}`],
    ['!tag [', `a: ${'!t ['.repeat(200 * 1024)}`],
  ])('refuses 1 MiB of "%s" quickly, without overflowing the stack', (_, source) => {
    const started = Date.now();
    const issues = issuesOf(text(source));
    expect(issues[0]?.message).toContain('nested too deeply');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('quotes a long value back only in part', () => {
    const [issue] = issuesOf(text(`id: ${'X'.repeat(5000)}\ntitle: t\nsteps:\n  - {id: a, title: A}\n`));
    expect(issue?.message).toContain(`"${'X'.repeat(119)}…" is not a valid id`);
    expect(issue?.message.length).toBeLessThan(300);
  });

  it('lists at most 100 problems, then says there are more', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `k${i}: v`).join('\n');
    const issues = issuesOf(text(`id: x\ntitle: t\nsteps:\n  - {id: a, title: A}\n${keys}\n`));
    expect(issues).toHaveLength(101);
    expect(issues[100]?.message).toBe('Only the first 100 problems are shown: fix these, then check again.');
  });

  it('reports every problem of a file at once, sorted by position', () => {
    const issues = issuesOf(
      text('id: Bad\nversion: 3\ntitel: x\nsteps:\n  - id: a\n    title: A\n  - id: a\n    title: B\n'),
    );
    expect(issues.map((i) => i.line)).toEqual([1, 2, 3, 7]);
  });

  it('does not also say "missing title" when "titel" is already reported', () => {
    const issues = issuesOf(fixture('unknown-key.yaml'));
    expect(issues).toHaveLength(1);
  });

  it('lists only the keys of the kind of step that was meant', () => {
    const issues = issuesOf(text('id: x\ntitle: t\nsteps:\n  - id: a\n    include: b\n    questions: []\n'));
    expect(issues.map((i) => i.message)).toEqual([
      '"questions" is not a known field here. Allowed here: id, when, include, title.',
    ]);
  });

  it('narrows a bad condition to the shape that was meant', () => {
    const issues = issuesOf(
      text('id: x\ntitle: t\nsteps:\n  - id: a\n    title: A\n    when: {answer: a.b, iss: true}\n'),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('"iss" is not a known field here. Did you mean "is"?'),
    ]);
  });
});

describe('validatePlaybookText: what it accepts', () => {
  it('accepts the smallest playbook', () => {
    const result = validatePlaybookText(
      text(
        'id: my-playbook\ntitle: What this is for\nsteps:\n  - id: first-step\n    title: Do the first thing\n',
      ),
      'x.yaml',
      'en',
    );
    expect(result).toMatchObject({ playbook: { id: 'my-playbook', steps: [{ id: 'first-step' }] } });
  });

  it('accepts a byte-order mark, CRLF, $schema and a yaml-language-server comment', () => {
    const result = validatePlaybookText(fixture('valid-bom-crlf.yaml'), 'x.yaml', 'en');
    expect('playbook' in result && result.playbook.steps[0]).toMatchObject({
      instructions: 'line one\nline two\n',
    });
  });

  it('accepts a playbook that uses every feature', () => {
    const result = validatePlaybookText(fixture('valid-everything.yaml'), 'x.yaml', 'en');
    expect('issues' in result ? result.issues : []).toEqual([]);
  });

  it('removes escape sequences and control characters from every string', () => {
    const source =
      'id: x\ntitle: "\\e[2J\\e]0;pwned\\aSafe"\nsteps:\n  - id: a\n    title: {en: "A\\u009b31mB", ja: "\\u202eX"}\n';
    const result = validatePlaybookText(text(source), 'x.yaml', 'en');
    expect('playbook' in result && result.playbook).toMatchObject({
      title: 'Safe',
      steps: [{ title: { en: 'AB', ja: 'X' } }],
    });
  });

  it('lets a __proto__ or constructor key pollute nothing', () => {
    const source =
      'id: x\ntitle: t\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\nsteps:\n  - id: a\n    title: {__proto__: {polluted: yes}}\n';
    const issues = issuesOf(text(source));
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('"__proto__" is not a known field'),
      expect.stringContaining('"constructor" is not a known field'),
      expect.stringContaining('should be text, or one text per language'),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
