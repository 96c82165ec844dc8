import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPlaybookJsonSchema, SCHEMA_ID } from '../../../src/core/playbook/json-schema.js';
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
});
