// The reports printed to PDF the way `report --format pdf` prints them (io/print-pdf.ts:
// the system's Chromium, headless, offline), read back with pdftotext and pdfinfo: the text
// and the tables are in the PDF, not only in the HTML; the police report of the incident
// persona fits in 2 A4 pages; the card company's page 1 holds the charges and their total;
// the person's own list is a page of its own; the page has the report's own header and
// footer and not the browser's. Runs wherever chromium and poppler-utils are installed
// (.ci/run installs them); skipped, saying why, elsewhere, and a failure on CI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { afterAll, expect, it } from 'vitest';
import type { Context } from '../../../src/cli/context.js';
import { CliError, ExitCode } from '../../../src/cli/exit.js';
import { run as runReport } from '../../../src/cli/commands/report.js';
import { buildReport, type ReportKind } from '../../../src/core/report/model.js';
import { renderReport } from '../../../src/core/report/render.js';
import { reportTexts } from '../../../src/core/report/texts.js';
import { findBrowser, printPdf } from '../../../src/io/print-pdf.js';
import { suiteNeeding } from '../../helpers/needs.js';
import { fixtureInput } from './fixtures/case.js';
import { PERSONA, PERSONA_CASE, PERSONA_NOW, personaCase, writePersonaCase } from './fixtures/persona.js';

// poppler-utils: the PDF read back as text, and its page count and size.
const PDFTOTEXT = 'pdftotext';
const PDFINFO = 'pdfinfo';
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const browser = findBrowser();
const missing = [browser ? '' : 'chromium', has(PDFTOTEXT) && has(PDFINFO) ? '' : 'poppler-utils']
  .filter(Boolean)
  .join(' and ');
if (missing !== '')
  console.warn(
    `report PDF test skipped: ${missing} not found (apt-get install chromium fonts-noto-cjk poppler-utils)`,
  );

const dir = mkdtempSync(join(tmpdir(), 'respond-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function print(name: string, html: string): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await printPdf(browser ?? 'chromium', html));
  return file;
}

/** The text of the PDF, page by page. */
function pages(file: string): string[] {
  const text = spawnSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text.status).toBe(0);
  return text.stdout.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

function info(file: string): { pages: number; size: string } {
  const out = spawnSync(PDFINFO, [file], { encoding: 'utf8' }).stdout;
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(out)?.[1] ?? '',
  };
}

const persona = await personaCase();

suiteNeeding(missing === '' ? '' : `${missing} not found`)('reports printed to PDF', () => {
  it(
    'the fixture in Japanese and English: the text and the transaction table',
    { timeout: 120_000 },
    async () => {
      const ja = pages(
        await print('fixture-ja', renderReport(buildReport('card-company', fixtureInput('ja')), 'html')),
      ).join('\n');
      expect(ja).toContain('カード不正利用の申し出');
      expect(ja).toContain('まだ確認できていないこと');
      expect(ja).toContain('不正利用として申し出る取引');
      expect(ja).toContain('カード番号の下4桁 4242');
      expect(ja).toContain('Example Card (Visa)');
      const rows = ja.split('\n').filter((l) => l.includes('EXSHOP*MKTPLACE TOKYO'));
      expect(
        rows.some((l) => /2026-11-20\s+EXSHOP\*MKTPLACE TOKYO\s+10,000 JPY\s+2026-11-25\s+249-1001/.test(l)),
      ).toBe(true);
      expect(ja).toMatch(/合計\s+49,800 JPY/);

      const en = pages(
        await print('fixture-en', renderReport(buildReport('card-company', fixtureInput('en')), 'html')),
      ).join('\n');
      expect(en).toContain('I did not make, authorise or benefit from the transactions listed above.');
      expect(en).toMatch(/Merchant \(as printed\)/);
      expect(en).toContain('55 days left');
    },
  );

  for (const lang of ['ja', 'en'] as const) {
    const t = reportTexts[lang];
    const printed = async (kind: ReportKind) => {
      const file = await print(
        `${kind}-${lang}`,
        renderReport(buildReport(kind, persona.input(lang)), 'html'),
      );
      return { file, pages: pages(file), info: info(file) };
    };

    it(
      `${lang}: the persona's police report fits in 2 A4 pages (under 3)`,
      { timeout: 120_000 },
      async () => {
        const police = await printed('police');
        expect(police.info.size).toMatch(/\(A4\)/);
        expect(police.info.pages).toBeLessThanOrEqual(2);
        expect(police.pages.length).toBe(police.info.pages);
        expect(police.pages.join('\n')).toContain(PERSONA.lossWhat);
      },
    );

    it(
      `${lang}: the card company's page 1 holds the charges and their total; the person's list a page of its own`,
      { timeout: 120_000 },
      async () => {
        const card = await printed('card-company');
        const first = spawnSync(PDFTOTEXT, ['-layout', '-f', '1', '-l', '1', card.file, '-'], {
          encoding: 'utf8',
        }).stdout;
        for (const order of ['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008'])
          expect(first).toMatch(new RegExp(`さくらモール\\s+[\\d,]+ JPY\\s+${order}`));
        expect(first).toMatch(new RegExp(`${t.f.total}\\s+121,440 JPY`));
        expect(first).toContain(PERSONA.name);
        expect(first).toContain(PERSONA.phone);
        expect(first).toContain(PERSONA.tracking);
        expect(first).toMatch(new RegExp(`${t.f.lossTotal}\\s+10,000 JPY`));
        // The report's own header and footer: its case id and "page 1 of n", no file:// path.
        const n = card.info.pages;
        expect(first).toContain(PERSONA_CASE);
        expect(first).toContain(lang === 'ja' ? `1 / ${n} ページ` : `page 1 of ${n}`);
        expect(card.pages.join('\n')).not.toContain('file://');
        // The last page is the person's list and nothing else; the signature is on an earlier one.
        const last = card.pages.at(-1) ?? '';
        expect(last).toContain(t.stillOpen);
        expect(last).not.toContain(t.signature.signature);
        const signed = card.pages.findIndex((p) => p.includes(t.unauthorised.slice(0, 20)));
        expect(signed).toBeGreaterThanOrEqual(0);
        expect(signed).toBeLessThan(card.pages.length - 1);
        expect(card.pages[signed]).not.toContain(t.stillOpen);
      },
    );
  }

  it(
    'respond report --format pdf -o writes a private PDF; without a browser it says so and exits 69',
    { timeout: 120_000 },
    async () => {
      const { home, paths } = writePersonaCase(persona);
      const err: string[] = [];
      const ctx = (env: Record<string, string>): Context => ({
        lang: 'en',
        langChosen: true,
        cmd: 'respond',
        colors: new Chalk({ level: 0 }),
        io: { out: () => undefined, err: (t) => err.push(t) },
        paths,
        env: { PATH: process.env.PATH ?? '', ...env },
        cwd: home,
        now: () => new Date(PERSONA_NOW),
      });
      try {
        await runReport(ctx({}), [PERSONA_CASE], { for: 'police', format: 'pdf', output: 'police.pdf' });
        const file = join(home, 'police.pdf');
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(info(file).pages).toBeLessThanOrEqual(2);
        expect(err.join('\n')).toContain(`Report written: ${file}`);

        const refused = async (env: Record<string, string>, options: Record<string, unknown>) => {
          try {
            await runReport(ctx(env), [PERSONA_CASE], options);
          } catch (error) {
            return error;
          }
          throw new Error('expected a failure');
        };
        const none = await refused(
          { RESPOND_BROWSER: join(home, 'no-such-browser') },
          { format: 'pdf', output: 'x.pdf' },
        );
        expect(none).toBeInstanceOf(CliError);
        expect((none as CliError).exitCode).toBe(ExitCode.unavailable);
        expect((none as CliError).message).toContain('--format html');
        const toScreen = await refused({}, { format: 'pdf' });
        expect((toScreen as CliError).exitCode).toBe(ExitCode.usage);
        expect((toScreen as CliError).message).toContain('-o');
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    },
  );
});
