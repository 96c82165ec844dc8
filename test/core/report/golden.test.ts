// Every report kind × format × language from one fixed journal and a fixed clock, compared
// with the files in fixtures/golden. After a deliberate change, rewrite them with
// `UPDATE_GOLDEN=1 npx vitest run test/core/report` and read the diff before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDraft, DRAFT_PARTIES } from '../../../src/core/report/draft.js';
import { buildReport, REPORT_KINDS } from '../../../src/core/report/model.js';
import { REPORT_FORMATS, renderReport } from '../../../src/core/report/render.js';
import { fixtureInput } from './fixtures/case.js';

const GOLDEN = join(import.meta.dirname, 'fixtures', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const EXT = { text: 'txt', md: 'md', html: 'html', json: 'json' } as const;

function checkGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    if (!UPDATE) throw new Error(`${name} did not exist; it is written now: review it, then run again`);
    return;
  }
  expect(actual, `${name} differs; if the change is intended, run with UPDATE_GOLDEN=1`).toBe(
    readFileSync(file, 'utf8'),
  );
}

describe('report golden files', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const kind of REPORT_KINDS) {
      for (const format of REPORT_FORMATS) {
        it(`${kind} as ${format} in ${lang}`, () => {
          checkGolden(
            `${kind}.${lang}.${EXT[format]}`,
            renderReport(buildReport(kind, fixtureInput(lang)), format),
          );
        });
      }
    }
    for (const to of DRAFT_PARTIES) {
      it(`draft to ${to} in ${lang}`, () => {
        checkGolden(`draft-${to}.${lang}.txt`, buildDraft(to, fixtureInput(lang)));
      });
    }
  }
});
