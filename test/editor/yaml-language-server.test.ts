// The JSON Schema as an editor uses it: yaml-language-server 1.25.0 (the last that runs on
// Node 20) driven over stdio, as VS Code's YAML extension or Neovim's yamlls drive it. The
// diagnostics a person sees for a few broken playbooks, a completion and a hover, in English
// and, with the schema from `respond schema --lang ja`, in Japanese. The built-ins draw none.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlaybookJsonSchema } from '../../src/core/playbook/json-schema.js';
import { LspClient } from '../helpers/lsp.js';

const dir = mkdtempSync(join(tmpdir(), 'respond-lsp-'));
const schemaFor = (lang: 'en' | 'ja') => {
  const file = join(dir, `playbook.schema.${lang}.json`);
  writeFileSync(file, renderPlaybookJsonSchema(lang));
  return pathToFileURL(file).href;
};
const schemas = { en: schemaFor('en'), ja: schemaFor('ja') };

let client: LspClient;
beforeAll(async () => {
  client = await LspClient.yaml({
    validate: true,
    completion: true,
    hover: true,
    // Files under en/ use the English schema, under ja/ the Japanese one.
    schemas: { [schemas.en]: '**/en/*.yaml', [schemas.ja]: '**/ja/*.yaml' },
  });
});
afterAll(() => {
  client.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
const open = (lang: 'en' | 'ja', text: string) => {
  const uri = pathToFileURL(join(dir, lang, `playbook-${(n += 1)}.yaml`)).href;
  return { uri, diagnostics: client.open(uri, text) };
};
const messages = async (lang: 'en' | 'ja', text: string) =>
  (await open(lang, text).diagnostics).map((d) => `${d.range.start.line + 1}: ${d.message}`);

describe('yaml-language-server with the JSON Schema', { timeout: 30_000 }, () => {
  it('a step with only an id lacks its title, not an include', async () => {
    expect(await messages('en', 'id: p\ntitle: P\nsteps:\n  - id: only\n')).toEqual([
      '4: Missing property "title".',
    ]);
  });

  it('a pattern is told in words, in the schema language', async () => {
    const text =
      'id: p\ntitle: P\nsteps:\n  - id: s\n    title: S\n    follow-up:\n      check: C\n      after: 3x\n';
    expect(await messages('en', text)).toEqual([
      '8: A number and a unit: h (hours), d (days) or w (weeks), e.g. "3d" or "2w".',
    ]);
    expect(await messages('ja', text)).toEqual([
      '8: 数と単位で書きます: h (時間)、d (日)、w (週)。例: "3d"、"2w"。',
    ]);
    expect(await messages('en', 'id: Check Orders\ntitle: P\nsteps:\n  - id: s\n    title: S\n')).toEqual([
      '1: Use lowercase letters, digits and single dashes, e.g. "check-orders".',
    ]);
  });

  it('a wrong type names the kind of object, not the whole playbook', async () => {
    const found = await messages('en', 'id: p\ntitle: 42\nsteps:\n  - id: s\n    title: S\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^2: Incorrect type\. Expected "string \| Text in several languages"/);
    expect(found.join('\n')).not.toContain('respond playbook');
    expect(await messages('en', 'id: p\ntitle: P\ntitel: x\nsteps:\n  - id: s\n    title: S\n')).toEqual([
      '3: Property titel is not allowed.',
    ]);
  });

  it('completes en and ja in a text map, and a step’s fields', async () => {
    const text = 'id: p\ntitle:\n  \nsteps:\n  - id: s\n    \n';
    const doc = open('en', text);
    await doc.diagnostics;
    const inText = (await client.completion(doc.uri, 2, 2)).map((c) => c.label);
    expect(inText).toEqual(expect.arrayContaining(['en', 'ja']));
    const inStep = (await client.completion(doc.uri, 5, 4)).map((c) => c.label);
    // As docs/playbook-format.md lists them.
    expect(inStep).toEqual(
      expect.arrayContaining([
        'title',
        'why',
        'instructions',
        'questions',
        'confirmations',
        'follow-up',
        'action',
        'when',
        'include',
      ]),
    );
  });

  it('shows a field’s title and description on hover', async () => {
    const doc = open(
      'ja',
      'id: p\ntitle: P\nsteps:\n  - id: s\n    title: S\n    follow-up:\n      check: C\n      after: 3d\n',
    );
    expect(await doc.diagnostics).toEqual([]);
    const en = open(
      'en',
      'id: p\ntitle: P\nsteps:\n  - id: s\n    title: S\n    follow-up:\n      check: C\n      after: 3d\n',
    );
    await en.diagnostics;
    expect(await client.hover(en.uri, 7, 7)).toMatch(
      /Follow-up\s+How long after the start date it falls due\./,
    );
    const hover = await client.hover(doc.uri, 7, 7);
    expect(hover).toContain('確認の予定');
    expect(hover).toContain('起点の日からどれだけ後に確認するか。');
  });

  it('draws no diagnostic on the built-in playbooks', async () => {
    const root = resolve(import.meta.dirname, '../../checklists');
    // Opened where they are: their modeline names dist/playbook.schema.json (the build's copy).
    for (const file of readdirSync(root).filter((f) => f.endsWith('.yaml'))) {
      const path = join(root, file);
      const found = await client.open(pathToFileURL(path).href, readFileSync(path, 'utf8'));
      expect(
        found.map((d) => `${d.range.start.line + 1}: ${d.message}`),
        file,
      ).toEqual([]);
    }
  });

  it('shows what docs/playbook-format.md says it shows', async () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/playbook-format.md'), 'utf8');
    const section = doc.slice(doc.indexOf('### What the editor shows'));
    const playbook = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const shown = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(playbook).toContain('after: 3x');
    expect(await messages('en', playbook)).toEqual(shown.trim().split('\n'));
  });
});
