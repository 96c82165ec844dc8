import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  buildPlaybookJsonSchema,
  PATTERN_MESSAGES,
  SCHEMA_ID,
} from '../../../src/core/playbook/json-schema.js';
import { DESCRIPTIONS_JA } from '../../../src/core/playbook/json-schema-ja.js';
import { Playbook } from '../../../src/core/playbook/schema.js';

const root = resolve(import.meta.dirname, '../../..');
const yamlIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name));

// The built-ins, the documented example, and the render fixtures (test/core/playbook/fixtures/
// holds the validator's deliberately broken files).
const goodFiles = [
  ...yamlIn('checklists'),
  'docs/examples/every-feature.yaml',
  ...yamlIn('test/core/playbook/render-fixtures'),
];

const schema = buildPlaybookJsonSchema();
const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile(schema);
const check = (data: unknown) => {
  const ok = validate(data);
  return { ok, errors: ajv.errorsText(validate.errors) };
};

describe('the JSON Schema', () => {
  it('is draft-07 with an $id, a title and descriptions', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(schema.title).toMatch(/respond playbook/);
    expect(JSON.stringify(schema)).toContain('"description":"Why it matters."');
  });

  it.each(goodFiles)('accepts %s (as the zod schema does)', (file) => {
    const data: unknown = parse(readFileSync(join(root, file), 'utf8'));
    expect(Playbook.safeParse(data).success).toBe(true);
    expect(check(data)).toEqual({ ok: true, errors: 'No errors' });
  });

  it('accepts the smallest playbook the format allows', () => {
    expect(
      check({
        id: 'my-playbook',
        title: 'What this is for',
        steps: [{ id: 'first-step', title: 'Do the first thing' }],
      }).ok,
    ).toBe(true);
  });

  const minimal = { id: 'p', title: 'T', steps: [{ id: 's', title: 'S' }] };
  const broken: [string, unknown, RegExp][] = [
    ['no steps', { id: 'p', title: 'T' }, /steps/],
    ['an empty step list', { ...minimal, steps: [] }, /fewer than 1/],
    ['an id that is not a slug', { ...minimal, id: '../etc/passwd' }, /pattern/],
    ['an unknown key', { ...minimal, titel: 'x' }, /additional properties/],
    ['a number where text belongs', { ...minimal, title: 42 }, /title/],
    ['an empty language map', { ...minimal, title: {} }, /fewer than 1/],
    [
      'an unknown question type',
      { ...minimal, steps: [{ id: 's', title: 'S', questions: [{ id: 'q', type: 'essay', prompt: 'P' }] }] },
      /questions/,
    ],
    [
      'a choice with one option',
      {
        ...minimal,
        steps: [
          {
            id: 's',
            title: 'S',
            questions: [{ id: 'q', type: 'choice', prompt: 'P', options: [{ id: 'a', label: 'A' }] }],
          },
        ],
      },
      /fewer than 2/,
    ],
    [
      'a follow-up without a duration unit',
      { ...minimal, steps: [{ id: 's', title: 'S', 'follow-up': { after: '3', check: 'C' } }] },
      /pattern/,
    ],
    [
      'a condition written as code',
      { ...minimal, steps: [{ id: 's', title: 'S', when: 'answers.x == true' }] },
      /when/,
    ],
    [
      'a confirmation answer that does not exist',
      { ...minimal, steps: [{ id: 's', title: 'S', when: { confirmation: 'a.b', is: 'maybe' } }] },
      /when/,
    ],
    ['version 2', { ...minimal, version: 2 }, /version/],
    ['a situation the triage does not offer', { ...minimal, for: ['card-charge'] }, /for\/0.*allowed values/],
    [
      'an unknown protective action',
      { ...minimal, steps: [{ id: 's', title: 'S', action: 'change-pasword' }] },
      /action.*allowed values/,
    ],
  ];

  it('accepts the situations and the actions an editor can complete', () => {
    expect(check({ ...minimal, for: ['order-mails', 'gave-away'] }).ok).toBe(true);
    expect(check({ ...minimal, steps: [{ id: 's', title: 'S', action: 'stop-card' }] }).ok).toBe(true);
  });

  it.each(broken)('rejects %s', (_name, data, message) => {
    const result = check(data);
    expect(result.ok).toBe(false);
    expect(result.errors).toMatch(message);
  });

  /** Every value of `key` anywhere in the schema, with the object it sits in. */
  const everywhere = (node: unknown, key: string, found: [unknown, Record<string, unknown>][] = []) => {
    if (Array.isArray(node)) for (const n of node) everywhere(n, key, found);
    else if (typeof node === 'object' && node !== null) {
      const o = node as Record<string, unknown>;
      if (key in o) found.push([o[key], o]);
      for (const v of Object.values(o)) everywhere(v, key, found);
    }
    return found;
  };

  it('says every pattern in words, in both languages, never as the regex', () => {
    for (const lang of ['en', 'ja'] as const) {
      const patterns = everywhere(buildPlaybookJsonSchema(lang), 'pattern');
      expect(patterns.length).toBeGreaterThan(10);
      for (const [pattern, where] of patterns) {
        expect(where.patternErrorMessage, String(pattern)).toBe(PATTERN_MESSAGES[String(pattern)]?.[lang]);
        expect(String(where.patternErrorMessage)).not.toContain('[a-z');
      }
    }
  });

  it('names each kind of object (Step, Question, Condition, Text…), the task step before the include step', () => {
    const titles = new Set(everywhere(schema, 'title').map(([t]) => t));
    for (const title of [
      'Step',
      'Include step',
      'Condition',
      'Text',
      'Yes/no question',
      'Records question',
      'Confirmation',
      'Follow-up',
      'Party',
      'Option',
    ])
      expect(titles, title).toContain(title);
    const steps = (schema.properties as { steps: { items: { anyOf: { title: string }[] } } }).steps.items
      .anyOf;
    expect(steps.map((s) => s.title)).toEqual(['Step', 'Include step']);
    // No object is left to be named after the whole playbook.
    expect(JSON.stringify(schema)).not.toContain('__schema');
  });

  it('gives every description, title and message in Japanese with --lang ja, and checks the same', () => {
    const english = everywhere(schema, 'description').map(([d]) => String(d));
    // The languages of a text map are named in each language by the schema builder itself.
    const missing = [...new Set(english)].filter(
      (d) => DESCRIPTIONS_JA[d] === undefined && d !== 'English' && d !== 'Japanese',
    );
    expect(missing).toEqual([]);
    const ja = buildPlaybookJsonSchema('ja');
    expect(ja.title).toBe('respond プレイブック (形式バージョン 1)');
    const japanese = everywhere(ja, 'description').map(([d]) => String(d));
    expect(japanese.length).toBe(english.length);
    expect(japanese.filter((d) => !/[ぁ-んァ-ン一-龯]/.test(d))).toEqual([]);
    const validateJa = ajv.compile({ ...ja, $id: `${SCHEMA_ID}:ja` });
    for (const file of goodFiles)
      expect(validateJa(parse(readFileSync(join(root, file), 'utf8'))), file).toBe(true);
    expect(
      validateJa({ ...minimal, steps: [{ id: 's', title: 'S', 'follow-up': { after: '3', check: 'C' } }] }),
    ).toBe(false);
  });
});
