import { describe, expect, it } from 'vitest';
import { rewriteWithYaml } from '../../../src/cli/commands/new-copy-yaml.js';
import { renderStarter, rewriteCopy } from '../../../src/cli/commands/new-starter.js';
import { validatePlaybookText } from '../../../src/core/playbook/validate.js';

const ref = './playbook.schema.json';
const issuesOf = (text: string) => {
  const result = validatePlaybookText(new TextEncoder().encode(text), 'starter.yaml', 'en');
  return 'issues' in result ? result.issues : [];
};

describe('renderStarter', () => {
  it.each(['en', 'ja'] as const)('writes a starter that the validator accepts (%s)', (lang) => {
    const text = renderStarter('my-bank', ref, lang);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./playbook.schema.json');
    expect(text).toMatch(/^id: my-bank$/m);
    expect(issuesOf(text)).toEqual([]);
  });
});

describe('rewriteCopy', () => {
  const source =
    '# yaml-language-server: $schema=../dist/playbook.schema.json\nversion: 1\nid: fraud-order # the id\ntitle: T\nsteps:\n  - id: keep-me\n    title: S\n';

  it('replaces only the top-level id and points the modeline at our schema, comments kept', () => {
    const copy = rewriteCopy(source, 'my-copy', ref);
    expect(copy).toBe(
      '# yaml-language-server: $schema=./playbook.schema.json\nversion: 1\nid: my-copy\ntitle: T\nsteps:\n  - id: keep-me\n    title: S\n',
    );
  });

  it('adds a modeline when there is none, and drops a BOM and CRLF', () => {
    const copy = rewriteCopy('\uFEFFid: a\r\ntitle: T\r\nsteps:\r\n  - id: s\r\n    title: S\r\n', 'b', ref);
    expect(copy).toBe(
      '# yaml-language-server: $schema=./playbook.schema.json\nid: b\ntitle: T\nsteps:\n  - id: s\n    title: S\n',
    );
  });

  it('leaves an unusual layout to the YAML library', () => {
    const flow = '{"id": "a", "title": "T", "steps": [{"id": "s", "title": "S"}]}\n';
    expect(rewriteCopy(flow, 'b', ref)).toBeUndefined();
    const copy = rewriteWithYaml(flow, 'b', ref) ?? '';
    expect(copy.startsWith('# yaml-language-server: $schema=./playbook.schema.json\n')).toBe(true);
    expect(issuesOf(copy)).toEqual([]);
    expect(copy).toMatch(/"?id"?: "?b"?/);
  });

  it('keeps "$" sequences in the schema path literally', () => {
    expect(rewriteCopy('id: a\n', 'b', "./$&$'.json")).toContain("$schema=./$&$'.json");
  });
});
