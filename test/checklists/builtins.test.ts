// The built-in playbooks are the product's knowledge: each must parse, pass the schema, speak
// both English and Japanese in every text with the same numbers and placeholders, and hold
// together (unique ids, earlier-only references, includes that exist).
import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../src/core/playbook/schema.js';
import {
  SCHEMA_COMMENT,
  checkIds,
  checkIncludes,
  checkPromisesFollowedUp,
  checkReferences,
  checkSchema,
  checkTexts,
  collectTexts,
  listBuiltinFiles,
  numbersIn,
  placeholdersIn,
  readBuiltin,
} from './inspect.js';

const EXPECTED = ['card-charges', 'emergency-contact', 'fraud-order', 'stop-shipment'];

const builtins = listBuiltinFiles().map((path) => {
  const read = readBuiltin(path);
  const parsed = checkSchema(read.file, read.data).length === 0 ? (read.data as Playbook) : undefined;
  return { ...read, playbook: parsed };
});

function valid(file: string): Playbook {
  const found = builtins.find((b) => b.file === file)?.playbook;
  if (!found) throw new Error(`${file} does not pass the schema; see the schema test`);
  return found;
}

describe('built-in playbooks', () => {
  it('include the four the product starts from', () => {
    const ids = builtins.map((b) => b.file.replace(/\.ya?ml$/, ''));
    for (const id of EXPECTED) expect(ids, `checklists/${id}.yaml is missing`).toContain(id);
  });

  describe.each(builtins.map((b) => [b.file, b] as const))('%s', (file, builtin) => {
    it('is clean YAML, starting with the editor schema comment', () => {
      expect(builtin.problems).toEqual([]);
      expect(builtin.source.split(/\r?\n/)[0], `${file}: first line`).toBe(SCHEMA_COMMENT);
    });

    it('passes the playbook schema', () => {
      expect(checkSchema(file, builtin.data)).toEqual([]);
    });

    it('is named after its id', () => {
      expect(`${valid(file).id}.yaml`, `${file}: the id must match the file name`).toBe(file);
    });

    it('has non-empty English and Japanese in every text, with the same numbers and placeholders', () => {
      expect(collectTexts(builtin.data).length, `${file}: no text fields found`).toBeGreaterThan(0);
      expect(checkTexts(file, builtin.data)).toEqual([]);
    });

    it('uses each id once per scope', () => {
      expect(checkIds(file, valid(file))).toEqual([]);
    });

    it('refers only to earlier answers, declared parties and date questions', () => {
      expect(checkReferences(file, valid(file))).toEqual([]);
    });

    it('follows up every promise it asks for', () => {
      expect(checkPromisesFollowedUp(file, valid(file))).toEqual([]);
    });
  });

  it('include only built-ins that exist, without cycles', () => {
    const library = new Map(
      builtins.flatMap((b) =>
        b.playbook ? [[b.playbook.id, { file: b.file, playbook: b.playbook }] as const] : [],
      ),
    );
    expect(checkIncludes(library)).toEqual([]);
    const fraud = library.get('fraud-order')?.playbook;
    const included = fraud?.steps.flatMap((s) => ('include' in s ? [s.include] : [])) ?? [];
    expect(included.sort(), 'fraud-order includes its family').toEqual([
      'card-charges',
      'emergency-contact',
      'stop-shipment',
    ]);
  });
});

// The checks themselves must catch what they promise to catch, with the file and path named.
describe('the checks', () => {
  const base = {
    id: 'demo',
    title: { en: 'Call 188', ja: '188に電話' },
    steps: [{ id: 'one', title: { en: 'Step', ja: '手順' } }],
  };

  it('name a missing language and a plain-string text by path', () => {
    const data = { ...base, summary: { en: 'Only English' }, steps: [{ id: 'one', title: 'plain' }] };
    expect(checkTexts('demo.yaml', data).sort()).toEqual([
      'demo.yaml: steps[0].title: must be a map with both "en" and "ja", got "plain"',
      'demo.yaml: summary.ja: missing or empty',
    ]);
  });

  it('catch numbers and placeholders that differ between the languages', () => {
    const data = {
      ...base,
      summary: { en: 'Call #9110 within 60 days about {order}', ja: '#9110に30日以内に電話' },
    };
    const problems = checkTexts('demo.yaml', data);
    expect(problems).toContain(
      'demo.yaml: summary: numbers differ between en [#9110, 60] and ja [#9110, 30]',
    );
    expect(problems).toContain('demo.yaml: summary: placeholders differ between en [{order}] and ja []');
    expect(checkTexts('demo.yaml', { ...base, title: { en: 'Call 188', ja: '１８８に電話' } })[0]).toMatch(
      /title\.ja: use ASCII digits/,
    );
  });

  it('catch a space left between Japanese words by a folded YAML block', () => {
    const data = { ...base, summary: { en: 'Call 188 now', ja: '今すぐ 188 に電話して ください' } };
    expect(checkTexts('demo.yaml', data)).toEqual([
      'demo.yaml: summary.ja: stray space in "て く" (write Japanese on one line, not as a folded ">-" block)',
    ]);
  });

  it('read numbers the way people write them', () => {
    expect(numbersIn('Call 0120-123-456 or #9110, 24 hours, 1,000 yen')).toEqual([
      '#9110',
      '0120-123-456',
      '1,000',
      '24',
    ]);
    expect(placeholdersIn('{a} and {b} and {a}')).toEqual(['{a}', '{b}']);
  });

  it('report schema problems with the field path', () => {
    expect(checkSchema('demo.yaml', { ...base, steps: [] })[0]).toMatch(/^demo\.yaml: steps: /);
  });

  it('catch duplicate ids, later references, unknown parties and non-date follow-ups', () => {
    const text = { en: 'x', ja: 'x' };
    const playbook: Playbook = {
      id: 'demo',
      title: text,
      parties: [{ id: 'shop', name: text }],
      steps: [
        { id: 'a', title: text, when: { answer: 'b.q', is: true } },
        {
          id: 'b',
          title: text,
          questions: [
            { id: 'q', type: 'yesno', prompt: text },
            {
              id: 'q',
              type: 'choice',
              prompt: text,
              options: [
                { id: 'x', label: text },
                { id: 'y', label: text },
              ],
            },
          ],
          confirmations: [
            { id: 'c', party: 'bank', ask: text, 'follow-up': { check: text, after: '1d', from: 'a.q' } },
          ],
        },
        { id: 'b', title: text, when: { answer: 'b.q', is: 'maybe' } },
      ],
    };
    expect(checkIds('demo.yaml', playbook)).toEqual([
      'demo.yaml: steps: id "b" is used more than once',
      'demo.yaml: steps[1] (b) questions and confirmations: id "q" is used more than once',
    ]);
    const problems = checkReferences('demo.yaml', playbook);
    expect(problems).toContain(
      'demo.yaml: steps[0] (a).when: "b.q" is not a question asked earlier in this playbook',
    );
    expect(problems).toContain(
      'demo.yaml: steps[1] (b).confirmations[0].party: "bank" is not one of the parties (shop)',
    );
    expect(problems).toContain(
      'demo.yaml: steps[1] (b).confirmations[0].follow-up.from: "a.q" is not a date question of an earlier step',
    );
  });

  it('catch includes of unknown playbooks and include cycles', () => {
    const text = { en: 'x', ja: 'x' };
    const a: Playbook = {
      id: 'a',
      title: text,
      steps: [
        { id: 'to-b', include: 'b' },
        { id: 'to-z', include: 'z' },
      ],
    };
    const b: Playbook = { id: 'b', title: text, steps: [{ id: 'to-a', include: 'a' }] };
    const problems = checkIncludes(
      new Map([
        ['a', { file: 'a.yaml', playbook: a }],
        ['b', { file: 'b.yaml', playbook: b }],
      ]),
    );
    expect(problems).toContain('a.yaml: steps[1] (to-z).include: no built-in playbook "z"');
    expect(problems).toContain('a.yaml: include cycle a -> b -> a');
  });
});
