// The hostile playbooks of scripts/hostile-playbooks.ts (each near the 1 MiB limit, built
// to be slow), each accepted or refused in under a second, with a message at a real place.
// Before the entry limit and the capped rules, the slowest took over five minutes.
import { describe, expect, it } from 'vitest';
import { ENTRY_BUDGET, hostilePlaybooks } from '../../../scripts/hostile-playbooks.js';
import {
  MAX_ENTRIES,
  MAX_ISSUES,
  MAX_PLAYBOOK_BYTES,
  validatePlaybookText,
} from '../../../src/core/playbook/validate.js';

const corpus = hostilePlaybooks();
const encoder = new TextEncoder();
// What each file must come to; every other one is refused.
const VALID = new Set(['valid-many-steps-full.yaml', 'many-includes-full.yaml', 'long-line.yaml']);

describe('hostile playbooks', () => {
  it('are as big as the limits allow, and the "-full" ones pass the entry count', () => {
    expect(ENTRY_BUDGET).toBeLessThan(MAX_ENTRIES);
    for (const { name, text } of corpus) {
      const size = encoder.encode(text).length;
      expect(size, name).toBeLessThanOrEqual(MAX_PLAYBOOK_BYTES);
      expect(size, name).toBeGreaterThan(MAX_PLAYBOOK_BYTES * 0.4);
    }
  });

  it.each(corpus.map((p) => [p.name, p.text] as const))(
    '%s is accepted or refused in under a second',
    (name, text) => {
      const bytes = encoder.encode(text);
      validatePlaybookText(
        encoder.encode('id: warm\ntitle: W\nsteps: [{id: a, title: A}]\n'),
        'warm.yaml',
        'en',
      );
      const start = performance.now();
      const result = validatePlaybookText(bytes, name, 'en');
      const ms = performance.now() - start;
      expect(ms).toBeLessThan(1000);
      if (VALID.has(name)) {
        expect('playbook' in result, JSON.stringify(result).slice(0, 300)).toBe(true);
        return;
      }
      if (!('issues' in result)) throw new Error(`${name} was accepted`);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
      // A real place, not the 1:1 of "gave up".
      const first = result.issues[0];
      expect(first && first.line + first.col).toBeGreaterThan(2);
      if (name.endsWith('-1mib.yaml') && !/^(tabs|long-keys)-/.test(name))
        expect(first?.message).toMatch(/more than 10,000 entries/);
      // The "-full" ones reach the parser and the rules: what they get wrong is said.
      if (name.endsWith('-full.yaml'))
        expect(result.issues.some((i) => /entries/.test(i.message))).toBe(false);
    },
  );
});
