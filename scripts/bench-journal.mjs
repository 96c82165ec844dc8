// Journal figures: the cost of one append including fsync (median, p99), written with
// the sync calls the journal uses and, for comparison, with the promise API; and the
// replay of a 10,000-event case (read + parse + validate + fold into the case state;
// target: under 200 ms).
// Run alone (`node scripts/bench-journal.mjs`) or import benchJournal() from bench.mjs.
import { loadSource } from './load-source.mjs';
import { Buffer } from 'node:buffer';
import { appendFileSync, closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { open as openAsync } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The journal modules, bundled to plain JS so this script needs no TypeScript loader. */
function loadJournal(dir) {
  return loadSource(dir, 'journal-bench', [
    `export * from './src/io/journal.ts';`,
    `export * from './src/core/journal/events.ts';`,
    `export { replayJournal } from './src/core/session/state.ts';`,
  ]);
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p99 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.99) - 1)];
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

/** A realistic mix: mostly answers and confirmations, some notes, a few follow-ups. */
function makeEvent(j, i, now) {
  switch (i % 5) {
    case 0:
      return j.makeAnswer(now, {
        step: `card-charges/step-${i % 40}`,
        question: 'order-number',
        answer: { kind: 'text', value: `ORDER-${i}-249-5551234` },
      });
    case 1:
      return j.makeAnswer(now, {
        step: `step-${i % 40}`,
        question: 'total',
        answer: { kind: 'money', value: { amount: '19800', currency: 'JPY' } },
      });
    case 2:
      return j.makeConfirmation(now, {
        step: `step-${i % 40}`,
        confirmation: 'stop',
        party: 'merchant',
        answer: 'yes',
        who: 'Sato (staff 1042)',
        channel: 'phone',
        reference: `REF-${i}`,
      });
    case 3:
      return j.makeNote(now, {
        text: `The card company called back about charge ${i}; they will reverse it within 10 days.`,
        step: `step-${i % 40}`,
      });
    default:
      return j.makeFollowUpSet(now, {
        id: `fu-${i}`,
        due: '2026-12-01',
        check: 'Check the next statement',
        origin: { step: `step-${i % 40}`, confirmation: 'stop' },
      });
  }
}

export async function benchJournal({ appends = 500, replayEvents = 10_000, replayRuns = 9 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'respond-bench-journal-'));
  try {
    const j = await loadJournal(dir);
    const paths = { playbooks: join(dir, 'pb'), cases: join(dir, 'cases'), data: dir };
    const now = new Date();

    // Append, as the journal does it: writeSync + fsyncSync, one line per event.
    const { journal } = await j.createCase(paths, {
      playbookId: 'bench',
      playbookSource: 'id: bench\n',
      lang: 'en',
    });
    const syncTimes = [];
    for (let i = 0; i < appends; i++) {
      const event = makeEvent(j, i, now);
      const start = process.hrtime.bigint();
      await j.appendEvent(journal, event);
      syncTimes.push(ms(start));
    }
    j.closeJournal(journal);

    // The same through the promise API, for comparison.
    const asyncPath = join(dir, 'async.jsonl');
    closeSync(openSync(asyncPath, 'a', 0o600));
    const handle = await openAsync(asyncPath, 'a');
    const asyncTimes = [];
    for (let i = 0; i < appends; i++) {
      const line = Buffer.from(`${JSON.stringify(makeEvent(j, i, now))}\n`);
      const start = process.hrtime.bigint();
      await handle.write(line);
      await handle.sync();
      asyncTimes.push(ms(start));
    }
    await handle.close();

    // Replay: a case of `replayEvents` events, read and validated from disk.
    const big = await j.createCase(paths, {
      playbookId: 'replay',
      playbookSource: 'id: replay\n',
      lang: 'en',
    });
    const lines = [];
    for (let i = 1; i < replayEvents; i++) lines.push(JSON.stringify(makeEvent(j, i, now)));
    appendFileSync(big.journal.path, `${lines.join('\n')}\n`);
    j.closeJournal(big.journal);
    const replayTimes = [];
    for (let r = 0; r < replayRuns; r++) {
      const start = process.hrtime.bigint();
      const { events, warnings } = j.readJournal(big.journal.path);
      // The case's state, as resume, cases and reports compute it.
      const state = j.replayJournal(events);
      replayTimes.push(ms(start));
      if (state.eventCount !== replayEvents) throw new Error(`replay folded ${state.eventCount} events`);
      if (events.length !== replayEvents || warnings.length > 0)
        throw new Error(`replay read ${events.length} events, ${warnings.length} warnings`);
    }

    return {
      appendSync: { median: median(syncTimes), p99: p99(syncTimes), n: appends },
      appendPromise: { median: median(asyncTimes), p99: p99(asyncTimes), n: appends },
      replay: { median: median(replayTimes), events: replayEvents, runs: replayRuns, target: 200 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatJournalFigures(f) {
  const r = (x) => x.toFixed(2).padStart(7);
  return [
    `journal (node ${process.version}, ${tmpdir()})`,
    `  append + fsync, writeSync/fsyncSync   median ${r(f.appendSync.median)} ms   p99 ${r(f.appendSync.p99)} ms   (${f.appendSync.n} appends)`,
    `  append + fsync, promise API           median ${r(f.appendPromise.median)} ms   p99 ${r(f.appendPromise.p99)} ms   (${f.appendPromise.n} appends)`,
    `  replay ${f.replay.events} events (read+state)  median ${r(f.replay.median)} ms   target < ${f.replay.target} ms   ${f.replay.median < f.replay.target ? 'ok' : 'SLOW'}`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatJournalFigures(await benchJournal()));
}
