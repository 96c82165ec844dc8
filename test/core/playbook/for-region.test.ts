// A checklist for one region (`respond show --region`): what the region rules out is left out,
// and what the region settles is no longer said, so a checklist for elsewhere never reads
// "Only if: you live in the United Kingdom or another country".
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { forRegion } from '../../../src/core/playbook/for-region.js';
import { renderChecklist } from '../../../src/core/playbook/render.js';
import { Playbook } from '../../../src/core/playbook/schema.js';

const book = Playbook.parse(
  parse(`
id: regions
title: Regions
steps:
  - id: first
    title: First
    questions:
      - { id: paid, type: yesno, prompt: Did you pay? }
      - { id: list, type: yesno, prompt: Found the FTC's list?, when: { region: us } }
      - { id: reached, type: yesno, prompt: Reached them?, when: { region: [jp, uk, other] } }
      - id: money
        type: yesno
        prompt: Money back?
        when: { all: [{ region: [uk, other] }, { answer: first.paid, is: true }] }
  - id: later
    title: Later
    when: { any: [{ region: jp }, { answer: first.paid, is: true }] }
`),
);

const shown = (region: 'jp' | 'us' | 'uk' | 'other') =>
  renderChecklist(forRegion(book, region), new Map(), { format: 'text', lang: 'en' });

describe('a checklist for one region', () => {
  it('says no condition the region settles, and keeps what still depends on answers', () => {
    const other = shown('other');
    expect(other).toContain('Reached them?');
    expect(other).not.toContain("FTC's list");
    expect(other).not.toMatch(/Japan|United Kingdom|United States|another country/);
    // Only the answer is left of "in the UK or elsewhere, and paid".
    expect(other).toMatch(/Money back\?[\s\S]*Only if: "Did you pay\?" → yes/);
    // "In Japan, or paid": elsewhere only "paid" is left; in Japan the step always shows.
    expect(other).toMatch(/Later[\s\S]*Only if: "Did you pay\?" → yes/);
    expect(shown('jp')).not.toMatch(/Later\n[^\n]*\n?\s*Only if/);
  });

  it('leaves out what the region rules out, as before', () => {
    expect(shown('us')).toContain("Found the FTC's list?");
    expect(shown('us')).not.toContain('Reached them?');
    expect(shown('jp')).not.toContain('Money back?');
  });
});
