// The HTML report printed to PDF by a real browser (Debian's chromium, headless), read back
// with pdftotext: the Japanese and the English text and the transaction table must be in
// the PDF, not only in the HTML. Runs wherever chromium and pdftotext are installed
// (.ci/run installs them); skipped, saying why, elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { suiteNeeding } from '../../helpers/needs.js';
import { buildReport } from '../../../src/core/report/model.js';
import { renderReport } from '../../../src/core/report/render.js';
import { fixtureInput } from './fixtures/case.js';

function which(name: string): string | undefined {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found !== '' ? found : undefined;
}

const chromium =
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ??
  which('chromium') ??
  which('chromium-browser');
const pdftotext = which('pdftotext');
const missing = [chromium ? '' : 'chromium', pdftotext ? '' : 'pdftotext (poppler-utils)']
  .filter(Boolean)
  .join(' and ');
if (missing !== '')
  console.warn(
    `report PDF test skipped: ${missing} not found (apt-get install chromium fonts-noto-cjk poppler-utils)`,
  );

const dir = mkdtempSync(join(tmpdir(), 'respond-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function printToText(name: string, html: string): string {
  const htmlFile = join(dir, `${name}.html`);
  const pdfFile = join(dir, `${name}.pdf`);
  writeFileSync(htmlFile, html);
  const print = spawnSync(
    chromium ?? 'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-pdf-header-footer',
      `--user-data-dir=${join(dir, `profile-${name}`)}`,
      `--print-to-pdf=${pdfFile}`,
      pathToFileURL(htmlFile).href,
    ],
    { encoding: 'utf8', timeout: 90_000 },
  );
  expect(existsSync(pdfFile), `chromium wrote no PDF: ${print.stderr}`).toBe(true);
  const text = spawnSync(pdftotext ?? 'pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  expect(text.status).toBe(0);
  return text.stdout;
}

suiteNeeding(missing === '' ? '' : `${missing} not found`)('HTML report printed to PDF by chromium', () => {
  it('holds the Japanese and English text and the transaction table', { timeout: 120_000 }, () => {
    const ja = printToText(
      'card-company-ja',
      renderReport(buildReport('card-company', fixtureInput('ja')), 'html'),
    );
    expect(ja).toContain('カード不正利用の申し出');
    expect(ja).toContain('このケースはまだ完了していません');
    expect(ja).toContain('不正利用として申し出る取引');
    expect(ja).toContain('東京都港区芝1-2-3');
    expect(ja).toContain('カード番号の下4桁 4242');
    // English typed by the person, inside the Japanese report
    expect(ja).toContain('Example Card (Visa)');
    // the table: one row per transaction, its cells on one line
    const rows = ja.split('\n').filter((l) => l.includes('EXSHOP*MKTPLACE TOKYO'));
    expect(
      rows.some((l) => /2026-11-20\s+EXSHOP\*MKTPLACE TOKYO\s+10,000 JPY\s+2026-11-25\s+249-1001/.test(l)),
    ).toBe(true);
    expect(rows.some((l) => /2026-11-20\s+EXSHOP\*MKTPLACE TOKYO\s+39,800 JPY/.test(l))).toBe(true);
    expect(ja).toMatch(/合計\s+49,800 JPY/);

    const en = printToText(
      'card-company-en',
      renderReport(buildReport('card-company', fixtureInput('en')), 'html'),
    );
    expect(en).toContain('Dispute of card charges');
    expect(en).toContain('I did not make, authorise or benefit from the transactions listed above.');
    expect(en).toMatch(/Merchant \(as printed\)/);
    expect(en).toContain('55 days left');
  });
});
