import { describe, expect, it } from 'vitest';
import { helplinesFor } from '../../../src/core/helplines/directory.js';
import { renderHelplines } from '../../../src/core/helplines/render.js';
import { REGIONS } from '../../../src/core/region.js';
import { displayWidth } from '../../../src/core/table.js';

describe('renderHelplines', () => {
  it.each(REGIONS.flatMap((region) => (['en', 'ja'] as const).map((lang) => [region, lang] as const)))(
    '%s in %s fits 80 columns and shows every entry with its checked date',
    (region, lang) => {
      const entries = helplinesFor(region);
      const text = renderHelplines(region, entries, lang, 80, 'respond helplines');
      for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      for (const entry of entries) {
        expect(text).toContain(entry.name[lang]);
        if (entry.phone !== undefined) expect(text).toContain(entry.phone);
        if (entry.web !== undefined) expect(text).toContain(entry.web);
      }
      const checked = text
        .split('\n')
        .filter((line) =>
          /^ {4}(checked \d{4}-\d\d-\d\d · id |\d{4}-\d\d-\d\d 確認 · ID )[a-z0-9-]+$/.test(line),
        );
      expect(checked.map((line) => /\d{4}-\d\d-\d\d/.exec(line)?.[0])).toEqual(
        entries.map((entry) => entry.checked),
      );
    },
  );

  it('says plainly when it has nothing for the region', () => {
    expect(renderHelplines('other', [], 'en', 80, 'respond helplines')).toMatch(/bank or card company/);
    expect(renderHelplines('other', [], 'ja', 80, 'respond helplines')).toMatch(/カード会社/);
  });
});
