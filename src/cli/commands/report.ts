// `respond report <case> [--for card-company|police|all] [--format text|md|html|pdf|json]
// [--json] [-o FILE [--force]] [--open] [--name NAME] [--phone PHONE]`: the completed checklist, for
// the card company, for the police, or the whole record. To the screen by default; -o writes
// the file atomically with mode 0600 (never over a link or an existing file without --force). The cardholder's name and phone (--name/--phone, or
// asked once at a terminal for the card company report) are kept in the case. `--json` is
// `--format json`. `--format pdf` prints the HTML with a Chromium-family browser found on
// the system (io/print-pdf.ts) and needs -o (or --open): a PDF is bytes, not for a terminal,
// and a file named on purpose is never a surprise; without a browser it exits 69.
import { describeWarning } from '../../core/journal/warning-text.js';
import type { AskCardholder } from '../../app/report.js';
import type { Messages } from '../../core/i18n.js';
import type { Context } from '../context.js';
import { caseLang } from '../case-lang.js';
import { CliError, ExitCode } from '../exit.js';
import { canPrompt } from '../../io/terminal.js';

const KINDS = ['card-company', 'police', 'all'] as const;
const FORMATS = ['text', 'md', 'html', 'pdf', 'json'] as const;
const EXTENSION = { text: 'txt', md: 'md', html: 'html', pdf: 'pdf', json: 'json' } as const;

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
const texts = (
  cmd: string,
): Messages<{
  usage: string;
  badFor: (v: string) => string;
  badFormat: (v: string) => string;
  jsonAndFormat: (v: string) => string;
  pdfNeedsFile: string;
  noBrowser: string;
  printFailed: (why: string) => string;
  written: (path: string) => string;
  opened: (path: string) => string;
  noOpener: (path: string) => string;
  askIntro: string;
  askName: string;
  askPhone: string;
}> => ({
  en: {
    usage: `name a case (${cmd} cases lists them), e.g. \`${cmd} report 2026-11-22-fraud --for card-company\``,
    badFor: (v) => `--for must be card-company, police or all (not "${v}")`,
    badFormat: (v) => `--format must be text, md, html, pdf or json (not "${v}")`,
    jsonAndFormat: (v) => `--json is --format json; leave out one of --json and --format ${v}`,
    pdfNeedsFile: `a PDF is written to a file: add -o FILE, e.g. \`${cmd} report 2026-11-22-fraud --for police --format pdf -o police.pdf\``,
    noBrowser: `no Chromium-family browser (Chromium, Chrome, Edge, Brave) was found to print the PDF. Use --format html and print it from any browser, or name one with RESPOND_BROWSER=/path/to/browser`,
    printFailed: (why) =>
      `the browser could not print the PDF (${why}). Use --format html and print it from the browser instead`,
    written: (p) => `Report written: ${p}`,
    opened: (p) => `Opened ${p}`,
    noOpener: (p) => `No program to open it was found. The report is here: ${p}`,
    askIntro:
      'The card company will want your name and a phone number. They are kept in this case, so you are asked only once (Enter to leave empty).',
    askName: 'Cardholder name, as on the card',
    askPhone: 'Phone number the card company can call you on',
  },
  ja: {
    usage: `ケースを指定してください (${cmd} cases で一覧)。例: \`${cmd} report 2026-11-22-fraud --for card-company\``,
    badFor: (v) => `--for は card-company、police、all のどれかです (「${v}」は使えません)`,
    badFormat: (v) => `--format は text、md、html、pdf、json のどれかです (「${v}」は使えません)`,
    jsonAndFormat: (v) =>
      `--json は --format json と同じです。--json か --format ${v} のどちらかを外してください`,
    pdfNeedsFile: `PDF はファイルに書き出します。-o ファイル名 を付けてください。例: \`${cmd} report 2026-11-22-fraud --for police --format pdf -o police.pdf\``,
    noBrowser: `PDF を印刷するための Chromium 系ブラウザ (Chromium、Chrome、Edge、Brave) が見つかりませんでした。--format html で書き出してブラウザから印刷するか、RESPOND_BROWSER=/path/to/browser でブラウザを指定してください`,
    printFailed: (why) =>
      `ブラウザで PDF を印刷できませんでした (${why})。--format html で書き出して、ブラウザから印刷してください`,
    written: (p) => `報告書を書き出しました: ${p}`,
    opened: (p) => `${p} を開きました`,
    noOpener: (p) => `開くためのプログラムが見つかりませんでした。報告書はここにあります: ${p}`,
    askIntro:
      'カード会社には氏名と電話番号が必要です。このケースに保存するので、聞くのは一度だけです (空欄のまま Enter で省略)。',
    askName: 'カード会員の氏名 (カードの表記どおり)',
    askPhone: 'カード会社から連絡を受ける電話番号',
  },
});

/** At a terminal, the card company report asks once for the cardholder's name and phone. */
function asker(ctx: Context): AskCardholder | undefined {
  if (!canPrompt()) return undefined;
  const t = texts(ctx.cmd)[ctx.lang];
  return async (missing) => {
    const { terminalPrompter } = await import('../prompting.js');
    const prompter = await terminalPrompter(ctx, `${ctx.cmd} report`, {
      instead: `${ctx.cmd} report <case> --name "…" --phone "…"`,
    });
    prompter.say(t.askIntro);
    const name = missing.includes('name')
      ? await prompter.text({ id: 'report.cardholder-name', message: t.askName })
      : undefined;
    const phone = missing.includes('phone')
      ? await prompter.text({ id: 'report.cardholder-phone', message: t.askPhone })
      : undefined;
    return { name, phone };
  };
}

const pick = <T extends string>(list: readonly T[], value: unknown, fallback: T): T | undefined =>
  value === undefined ? fallback : list.find((x) => x === value);

export async function run(given: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const ref = args[0];
  if (ref === undefined || ref === '') throw new CliError(texts(given.cmd)[given.lang].usage, ExitCode.usage);
  // In the case's language unless --lang says otherwise: a case run in Japanese gets a
  // Japanese paper even on a computer set to English.
  const { findCase, startedLang } = await import('../../app/cases.js');
  const ctx = { ...given, lang: caseLang(given, startedLang(given.paths, findCase(given.paths, ref))) };
  const t = texts(ctx.cmd)[ctx.lang];
  const kind = pick(KINDS, options.for, 'all');
  if (kind === undefined) throw new CliError(t.badFor(String(options.for)), ExitCode.usage);
  const wantsOpen = options.open === true;
  if (options.json === true && typeof options.format === 'string' && options.format !== 'json')
    throw new CliError(t.jsonAndFormat(options.format), ExitCode.usage);
  const format = pick(FORMATS, options.json === true ? 'json' : options.format, wantsOpen ? 'html' : 'text');
  if (format === undefined) throw new CliError(t.badFormat(String(options.format)), ExitCode.usage);
  const file = typeof options.output === 'string' && options.output !== '' ? options.output : undefined;
  if (format === 'pdf' && file === undefined && !wantsOpen)
    throw new CliError(t.pdfNeedsFile, ExitCode.usage);
  // Before anything is asked or written: without a browser there is no PDF to make.
  const printer = format === 'pdf' ? await import('../../io/print-pdf.js') : undefined;
  const browser = printer?.findBrowser(ctx.env);
  if (printer !== undefined && browser === undefined) throw new CliError(t.noBrowser, ExitCode.unavailable);

  const [{ loadReportInput, evidenceImages }, { buildReport }, { renderReport }] = await Promise.all([
    import('../../app/report.js'),
    import('../../core/report/model.js'),
    import('../../core/report/render.js'),
  ]);
  const cardholder = {
    name: typeof options.name === 'string' ? options.name : undefined,
    phone: typeof options.phone === 'string' ? options.phone : undefined,
  };
  const { input, loaded } = await loadReportInput(
    ctx.paths,
    ref,
    ctx.lang,
    ctx.now,
    cardholder,
    kind === 'card-company' ? asker(ctx) : undefined,
  );
  for (const warning of loaded.warnings)
    ctx.io.err(`respond: ${loaded.journalPath}:${warning.line}: ${describeWarning(warning, ctx.lang)}`);
  // The HTML (and the PDF printed from it) shows the images kept with the case.
  const report = buildReport(
    kind,
    format === 'html' || format === 'pdf'
      ? { ...input, images: evidenceImages(loaded.dir, input.state.evidence) }
      : input,
  );
  let content: string | Uint8Array;
  if (printer !== undefined && browser !== undefined) {
    try {
      content = await printer.printPdf(browser, renderReport(report, 'html'));
    } catch (error) {
      if (!(error instanceof printer.PrintFailed)) throw error;
      throw new CliError(t.printFailed(error.detail || error.message), ExitCode.unavailable);
    }
  } else content = renderReport(report, format === 'pdf' ? 'html' : format);

  if (typeof content === 'string' && file === undefined && !wantsOpen) {
    // Text and Markdown are read on the screen, through the pager; HTML and JSON are data.
    const { outLong } = await import('../paged.js');
    if (format === 'text' || format === 'md') await outLong(ctx, content.replace(/\n$/, ''));
    else ctx.io.out(content.replace(/\n$/, ''));
    return;
  }
  const [{ writeOutput }, path] = await Promise.all([import('../output-file.js'), import('node:path')]);
  // --open without -o: the file goes into the case folder, which is private already, and
  // is made anew each time.
  const target =
    file === undefined
      ? path.join(loaded.dir, `report-${kind}-${ctx.lang}.${EXTENSION[format]}`)
      : path.resolve(ctx.cwd, file);
  const written = await writeOutput(ctx.lang, target, content, file === undefined || options.force === true);
  if (!wantsOpen) {
    ctx.io.err(t.written(written));
    return;
  }
  const { openFile } = await import('../../io/open-file.js');
  ctx.io.err(openFile(written, ctx.env) ? t.opened(written) : t.noOpener(written));
}
