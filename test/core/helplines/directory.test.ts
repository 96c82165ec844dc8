// The helpline directory is a lockfile of facts: every entry names the authority's page it
// was checked against and when, in both languages, with numbers in the region's own form.
import { describe, expect, it } from 'vitest';
import { makeContact } from '../../../src/core/contacts.js';
import { HELPLINES, helpline, helplinesFor } from '../../../src/core/helplines/directory.js';
import { helplineContact } from '../../../src/core/helplines/render.js';

const DAY = 24 * 60 * 60 * 1000;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** How each region writes the numbers a person dials. */
const PHONE_FORM = {
  jp: /^(#\d{4}|1\d{2}|0\d{1,4}-\d{1,4}-\d{4}|0120-\d{2,3}-\d{3,4})$/,
  us: /^(\d{4,5}|1-\d{3}-\d{3}-\d{4})$/,
  uk: /^(\d{3,4}|0\d{3} \d{3} \d{4}|0\d{2} \d{4} \d{4})$/,
} as const;

describe('the helpline directory', () => {
  it('has the entries the playbooks refer to, each id once', () => {
    const ids = HELPLINES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'jp-188',
      'jp-9110',
      'jp-npa-cyber',
      'jp-ipa-anshin',
      'jp-ppc',
      'jp-jicc',
      'jp-ksc',
      'jp-antiphishing',
      'us-reportfraud',
      'us-apwg',
      'us-7726',
      'us-ic3',
      'us-identitytheft',
      'us-credit-freeze',
      'uk-7726',
      'uk-report-fraud',
      'uk-cifas',
      'uk-ncsc-sers',
      'uk-159',
    ])
      expect(helpline(id)?.id, id).toBe(id);
    expect(helpline('jp-188')?.phone).toBe('188');
    expect(helpline('uk-report-fraud')?.phone).toBe('0300 123 2040');
    expect(helpline('nowhere')).toBeUndefined();
  });

  it.each(HELPLINES.map((entry) => [entry.id, entry] as const))(
    '%s names its sources (https), its region and both languages',
    (id, entry) => {
      expect(id.startsWith(`${entry.region}-`)).toBe(true);
      for (const source of entry.sources) expect(new URL(source).protocol, source).toBe('https:');
      if (entry.web !== undefined) expect(new URL(entry.web).protocol).toBe('https:');
      for (const text of [entry.name, entry.helpsWith, entry.hours, entry.note]) {
        if (text === undefined) continue;
        expect(text.en.trim()).not.toBe('');
        expect(text.en).not.toMatch(/[\u3040-\u30ff]/);
        expect(text.ja).toMatch(JAPANESE);
      }
      if (entry.phone !== undefined) expect(entry.phone).toMatch(PHONE_FORM[entry.region]);
      // Nobody can reach an entry with no number and no address.
      expect(entry.phone ?? entry.web).toBeDefined();
    },
  );

  // The point is the real clock: a year after an entry was checked, this fails until
  // someone reads its sources again and moves `checked` (src/core/helplines/directory.ts).
  it.each(HELPLINES.map((entry) => [entry.id, entry.checked] as const))(
    '%s was checked against its sources within the last year (%s)',
    (_id, checked) => {
      expect(checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const when = Date.parse(`${checked}T00:00:00Z`);
      expect(Number.isNaN(when)).toBe(false);
      const now = Date.now();
      expect(when, 'checked in the future').toBeLessThanOrEqual(now + DAY);
      expect(now - when, 'checked more than a year ago: read its sources again').toBeLessThanOrEqual(
        366 * DAY,
      );
    },
  );

  it('keeps each region to its own institutions, and names none for other', () => {
    expect(helplinesFor('other')).toEqual([]);
    expect(helplinesFor('us').map((entry) => entry.region)).toEqual(helplinesFor('us').map(() => 'us'));
    expect(helplinesFor('jp').map((entry) => entry.id)).toContain('jp-9110');
    expect(helplinesFor('jp').map((entry) => entry.id)).not.toContain('us-reportfraud');
  });

  it.each(HELPLINES.map((entry) => [entry.id, entry] as const))(
    '%s goes onto the contact card as a valid contact in both languages',
    (_id, entry) => {
      for (const lang of ['en', 'ja'] as const) {
        const made = makeContact(helplineContact(entry, lang), new Set(), '2026-12-01T10:00:00+09:00');
        if (!('contact' in made)) throw new Error(JSON.stringify(made.issues));
        expect(made.contact.name).toBe(entry.name[lang]);
        expect(made.contact.phone).toBe(entry.phone);
        expect(made.contact.url).toBe(entry.web);
        expect(made.contact.notes).toContain(entry.helpsWith[lang]);
        expect(made.contact.kind).toBe(entry.police === true ? 'police' : 'other');
      }
    },
  );
});
