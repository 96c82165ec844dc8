// Report figures: a 10,000-event fraud-order case (the real built-in playbooks) turned into
// each report kind in each format: build the model and render it, median of several runs
// (target: under 300 ms each). PDF: the HTML printed by the system's Chromium, the browser's
// start-up (printing an empty page) measured apart and taken off. Run alone (`node scripts/bench-report.mjs`) or import
// benchReport() from bench.mjs.
import { loadSource } from './load-source.mjs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;

/** The report modules, bundled to plain JS so this script needs no TypeScript loader. */
function loadReport(dir) {
  return loadSource(dir, 'report-bench', [
    `export * from './src/core/journal/events.ts';`,
    `export { walkTasks } from './src/core/playbook/walk.ts';`,
    `export { replayJournal } from './src/core/session/state.ts';`,
    `export { buildReport } from './src/core/report/model.ts';`,
    `export { renderReport } from './src/core/report/render.ts';`,
    `export { buildDraft } from './src/core/report/draft.ts';`,
    `export { findBrowser, printPdf } from './src/io/print-pdf.ts';`,
  ]);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

function loadPlaybooks() {
  const ids = ['fraud-order', 'card-charges', 'stop-shipment', 'emergency-contact'];
  return new Map(ids.map((id) => [id, parse(readFileSync(join(root, 'checklists', `${id}.yaml`), 'utf8'))]));
}

/** A long case: answers to real questions (records growing), confirmations, notes, contacts, follow-ups. */
export function makeCaseEvents(r, tasks, count) {
  const start = Date.parse('2026-11-20T12:00:00Z');
  const events = [
    r.makeCaseStarted(new Date(start), {
      case: '2026-11-20-fraud-order-b0b0',
      playbook: 'fraud-order',
      playbookHash: `sha256:${'0'.repeat(64)}`,
      playbookFile: 'playbook.yaml',
      lang: 'en',
    }),
  ];
  const withQuestions = tasks.filter((t) => (t.step.questions ?? []).length > 0);
  const withConfirmations = tasks.filter((t) => (t.step.confirmations ?? []).length > 0);
  const channels = ['phone', 'chat', 'email'];
  for (let i = 1; events.length < count; i++) {
    // about 40 days of activity, several entries an hour
    const now = new Date(start + i * 6 * 60_000);
    const task = withQuestions[i % withQuestions.length];
    switch (i % 6) {
      case 0:
      case 1: {
        const q = task.step.questions[i % task.step.questions.length];
        const value = sampleAnswer(q, i);
        if (value) events.push(r.makeAnswer(now, { step: task.key, question: q.id, answer: value }));
        break;
      }
      case 2: {
        const t = withConfirmations[i % withConfirmations.length];
        const c = t.step.confirmations[i % t.step.confirmations.length];
        events.push(
          r.makeConfirmation(now, {
            step: t.key,
            confirmation: c.id,
            party: c.party,
            answer: ['yes', 'no', 'unknown'][i % 3],
            who: `Agent ${i % 97}`,
            channel: channels[i % 3],
            reference: `REF-${i % 500}`,
          }),
        );
        break;
      }
      case 3:
        events.push(
          r.makeNote(now, {
            text: `Called again about order ${i}: they said it would be handled within 3 days.`,
            step: i % 2 ? task.key : undefined,
          }),
        );
        break;
      case 4:
        events.push(
          i % 12 === 4
            ? r.makeContact(now, {
                party: 'merchant',
                who: `Agent ${i % 97}`,
                channel: 'phone',
                phone: '0120-000-000',
              })
            : r.makeStepOutcome(now, { step: task.key, outcome: 'done' }),
        );
        break;
      default:
        events.push(
          r.makeFollowUpSet(now, {
            id: `fu-${i % 300}`,
            due: '2026-12-20',
            check: 'Check the tracking page and the statement again.',
            origin: { step: task.key },
          }),
        );
    }
  }
  return events;
}

function sampleAnswer(q, i) {
  switch (q.type) {
    case 'yesno':
      return { kind: 'yesno', value: i % 2 === 0 };
    case 'text':
      return { kind: 'text', value: q.format === 'card-last4' ? '4242' : `text ${i}` };
    case 'choice':
      return { kind: 'choice', value: q.options[i % q.options.length].id };
    case 'date':
      return { kind: 'date', value: '2026-11-25' };
    case 'money':
      return { kind: 'money', value: { amount: String(1000 + i), currency: 'JPY' } };
    case 'records': {
      const rows = 1 + (i % 20);
      return {
        kind: 'records',
        value: Array.from({ length: rows }, (_, n) =>
          Object.fromEntries(
            q.fields.map((f) => [f.id, sampleAnswer(f, i + n)]).filter(([, v]) => v && v.kind !== 'records'),
          ),
        ),
      };
    }
    default:
      return undefined;
  }
}

export async function benchReport({ events: count = 10_000, runs = 7, pdfRuns = 3 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'respond-bench-report-'));
  try {
    const r = await loadReport(dir);
    const library = loadPlaybooks();
    const playbook = library.get('fraud-order');
    const tasks = r.walkTasks(playbook, library);
    const events = makeCaseEvents(r, tasks, count);
    const state = r.replayJournal(events);
    const input = {
      caseId: '2026-11-20-fraud-order-b0b0',
      events,
      state,
      tasks,
      playbook,
      library,
      lang: 'en',
      now: '2026-12-30T10:00:00.000+09:00',
    };
    const results = [];
    for (const kind of ['card-company', 'police', 'all']) {
      for (const format of ['text', 'md', 'html', 'json']) {
        const times = [];
        let bytes = 0;
        for (let i = 0; i < runs; i++) {
          const start = process.hrtime.bigint();
          bytes = r.renderReport(r.buildReport(kind, input), format).length;
          times.push(ms(start));
        }
        results.push({ kind, format, median: median(times), bytes });
      }
    }
    const pdf = await benchPdf(r, input, pdfRuns);
    return { events: events.length, runs, target: 300, results, pdf };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each report printed to PDF: the time beyond the browser's own start-up, which is measured on an empty page. */
async function benchPdf(r, input, runs) {
  const browser = r.findBrowser();
  if (browser === undefined) return undefined;
  const startup = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await r.printPdf(browser, '<!DOCTYPE html><html><body></body></html>');
    startup.push(ms(start));
  }
  const base = median(startup);
  const results = [];
  for (const kind of ['card-company', 'police', 'all']) {
    const times = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      bytes = (await r.printPdf(browser, r.renderReport(r.buildReport(kind, input), 'html'))).length;
      times.push(ms(start));
    }
    results.push({ kind, format: 'pdf', median: Math.max(0, median(times) - base), bytes });
  }
  return { browser, runs, startup: base, results };
}

export function formatReportFigures(f) {
  const lines = [
    `report of a ${f.events}-event case, build + render, median of ${f.runs} runs (node ${process.version})`,
  ];
  for (const x of f.results) {
    const verdict = x.median < f.target ? 'ok' : 'SLOW';
    lines.push(
      `  ${`${x.kind} ${x.format}`.padEnd(20)} ${x.median.toFixed(1).padStart(7)} ms  ${String(Math.round(x.bytes / 1024)).padStart(6)} KiB   target < ${f.target} ms   ${verdict}`,
    );
  }
  if (f.pdf === undefined) {
    lines.push('  pdf: skipped, no Chromium-family browser found (RESPOND_BROWSER names one)');
    return lines.join('\n');
  }
  lines.push(
    `  pdf, printed by ${f.pdf.browser}, median of ${f.pdf.runs} runs: the browser's start-up ${f.pdf.startup.toFixed(0)} ms (an empty page), then beyond it:`,
  );
  for (const x of f.pdf.results)
    lines.push(
      `  ${`${x.kind} ${x.format}`.padEnd(20)} ${x.median.toFixed(1).padStart(7)} ms  ${String(Math.round(x.bytes / 1024)).padStart(6)} KiB`,
    );
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatReportFigures(await benchReport()));
}
