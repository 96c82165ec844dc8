// docs/playbook-format.md points at docs/examples/every-feature.yaml as the example that uses
// every feature: it must stay valid, and stay complete.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePlaybookText } from '../../src/core/playbook/validate.js';
import { runCli } from '../helpers/run-cli.js';

const file = resolve(import.meta.dirname, '../../docs/examples/every-feature.yaml');
const text = readFileSync(file, 'utf8');

describe('docs/examples/every-feature.yaml', () => {
  it('passes the validator', () => {
    const result = validatePlaybookText(readFileSync(file), file, 'en');
    expect('issues' in result ? result.issues : []).toEqual([]);
  });

  it('passes `respond validate`, includes resolved against the built-ins', () => {
    const result = runCli(['validate', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.each([
    ['the editor modeline', /^# yaml-language-server: \$schema=/m],
    ['version', /^version: 1$/m],
    ['summary', /^summary:/m],
    ['for (the triage situations)', /^for: \[[a-z-]+/m],
    ['a step action', /^\s+action: [a-z-]+$/m],
    ['parties with role and contact', /^\s+role:[\s\S]*^\s+contact:/m],
    ['why', /^\s+why:/m],
    ['instructions', /^\s+instructions:/m],
    ...(['yesno', 'text', 'choice', 'date', 'money', 'records'] as const).map(
      (type) => [`a ${type} question`, new RegExp(`type: ${type}\\b`)] as [string, RegExp],
    ),
    ['a text format', /format: (phone|email|url|card-last4|reference|multiline)/],
    ['a currency', /currency: [A-Z]{3}/],
    ['item-name', /item-name:/],
    ['help', /^\s+help:/m],
    ['required', /required: true/],
    [
      'a confirmation with why, when and a follow-up',
      /party: \w[\s\S]*ask:[\s\S]*why:[\s\S]*when:[\s\S]*follow-up:/,
    ],
    ['a step follow-up counted from a date', /from: [a-z-]+\.[a-z-]+/],
    ['an include with a title and a condition', /include: [a-z-]+/],
    ['condition: is', /is: /],
    ['condition: not', /not: /],
    ['condition: answered', /answered: true/],
    ['condition: confirmation', /confirmation: /],
    ['condition: all', /all:/],
    ['condition: any', /any:/],
    ['condition: none', /none:/],
    ['localized text', /\{ en: .*, ja: .* \}/],
    ['a fact', /fact: [a-z]+(\.[a-z0-9-]+)?/],
    ['a one-line list', /entry: one-line/],
    ['for-each', /for-each: [a-z]+/],
    ['condition: field', /when: \{ field: /],
    ['condition: fact', /when: \{ fact: /],
    ['a yes/no question with expect', /type: yesno\n\s+expect: /],
    ['a typed confirmation', /answer: (date|choice|text|money)/],
    ['expect on a confirmation', /party: [\w-]+\n\s+expect: 'no'/],
    ['recheck', /recheck: /],
    ['topic', /topic: /],
    ['action', /action: /],
    ['counts-from', /counts-from: [a-z-]+\.[a-z-]+/],
    ['batch', /batch: [a-z-]+/],
  ])('uses %s', (_feature, pattern) => {
    expect(text).toMatch(pattern);
  });
});

describe('docs/playbook-format.md', () => {
  it('shows the example exactly as the file is', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/playbook-format.md'), 'utf8');
    expect(doc).toContain('```yaml\n' + text + '```');
  });
});
