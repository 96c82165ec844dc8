// Record figures: `respond verify` of a 10,000-event case with 50 attached files (the hash
// chain and every file's SHA-256), its export to one zip (with the full record as HTML and
// JSON), and its import into a fresh data folder (every member, the manifest and the chain
// checked in memory, then written). Medians of a few runs, the real modules in process.
// The evidence-attached events are written as the attach command writes them (their type
// is read structurally by verify), each chained to the line before.
// Run alone (`node scripts/bench-backup.mjs`) or import benchBackup() from bench.mjs.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSource } from './load-source.mjs';

const bin = new URL('../bin/respond.cjs', import.meta.url).pathname;

function loadModules(dir) {
  return loadSource(dir, 'backup-bench', [
    `export * from './src/io/journal.ts';`,
    `export { makeNote, makeContact } from './src/core/journal/events.ts';`,
    `export { verifyCase } from './src/app/verify.ts';`,
    `export { exportCases } from './src/app/export.ts';`,
    `export { importArchive } from './src/app/import.ts';`,
  ]);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const pathsOf = (home) => ({
  playbooks: join(home, 'playbooks'),
  cases: join(home, 'cases'),
  data: home,
  cache: join(home, 'cache'),
});

/** A real case started by the CLI, then grown to `events` lines with `files` attached files. */
async function makeBigCase(m, home, events, files) {
  const env = { ...process.env, RESPOND_HOME: home, NO_COLOR: '1', LANG: 'C' };
  const template = spawnSync(process.execPath, [bin, 'show', 'emergency-contact', '--format', 'answers'], {
    env,
    encoding: 'utf8',
  }).stdout;
  writeFileSync(join(home, 'answers.yaml'), template);
  const started = spawnSync(
    process.execPath,
    [bin, 'start', 'emergency-contact', '--answers', 'answers.yaml'],
    {
      env,
      cwd: home,
      encoding: 'utf8',
    },
  );
  if (started.status !== 0) throw new Error(`bench-backup: could not start a case: ${started.stderr}`);
  const [id] = readdirSync(join(home, 'cases'));
  const dir = join(home, 'cases', id);
  const path = join(dir, 'journal.jsonl');
  const { journal, events: first } = m.openJournal(path);
  const start = Date.parse('2026-11-20T12:00:00Z');
  for (let i = first.length; i < events - files; i++) {
    const now = new Date(start + i * 6 * 60_000);
    await m.appendEvent(
      journal,
      i % 4 === 0
        ? m.makeContact(now, {
            party: 'merchant',
            who: `Agent ${i % 97}`,
            channel: 'phone',
            reference: `REF-${i}`,
          })
        : m.makeNote(now, {
            text: `Called again about order ${i}: they said it would be handled within 3 days.`,
          }),
    );
  }
  m.closeJournal(journal);
  mkdirSync(join(dir, 'evidence'), { mode: 0o700 });
  let last = readFileSync(path, 'utf8').trimEnd().split('\n').at(-1);
  for (let f = 0; f < files; f++) {
    const name = `shot-${f}.png`;
    const bytes = randomBytes(200 * 1024);
    writeFileSync(join(dir, 'evidence', name), bytes, { mode: 0o600 });
    const line = JSON.stringify({
      v: 1,
      type: 'evidence-attached',
      ts: new Date(start + (events + f) * 6 * 60_000).toISOString().replace('Z', '+00:00'),
      file: `evidence/${name}`,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      name,
      mediaType: 'image/png',
      seq: events - files + f + 1,
      prev: `sha256:${createHash('sha256').update(last).digest('hex')}`,
    });
    appendFileSync(path, `${line}\n`);
    last = line;
  }
  return { id, journalBytes: readFileSync(path).length };
}

export async function benchBackup({ events = 10_000, files = 50, runs = 5 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'respond-bench-backup-'));
  try {
    const m = await loadModules(dir);
    const home = join(dir, 'home');
    mkdirSync(home);
    const { id, journalBytes } = await makeBigCase(m, home, events, files);
    const paths = pathsOf(home);
    const verify = [];
    let result;
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      result = m.verifyCase(paths, id);
      verify.push(ms(start));
    }
    if (!result.ok || result.files !== files || result.events !== events)
      throw new Error(
        `bench-backup: the case does not verify: ${JSON.stringify(result.problems.slice(0, 3))}`,
      );
    const exportTimes = [];
    let zip;
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      ({ zip } = await m.exportCases(
        paths,
        { ref: id },
        { version: 'bench', now: () => new Date(), lang: 'en' },
      ));
      writeFileSync(join(dir, 'case.zip'), zip);
      exportTimes.push(ms(start));
    }
    const importTimes = [];
    for (let i = 0; i < runs; i++) {
      const fresh = join(dir, `fresh-${i}`);
      mkdirSync(fresh);
      const start = process.hrtime.bigint();
      const imported = await m.importArchive(pathsOf(fresh), join(dir, 'case.zip'), {});
      importTimes.push(ms(start));
      if (imported.imported.length !== 1) throw new Error('bench-backup: the import did not bring the case');
    }
    return {
      events,
      files,
      runs,
      journalBytes,
      zipBytes: zip.length,
      verify: median(verify),
      export: median(exportTimes),
      import: median(importTimes),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatBackupFigures(f) {
  const kib = (n) => `${Math.round(n / 1024)} KiB`;
  return [
    `record of a ${f.events}-event case (journal ${kib(f.journalBytes)}) with ${f.files} attached files of 200 KiB, median of ${f.runs} runs`,
    `  ${'verify'.padEnd(20)} ${f.verify.toFixed(1).padStart(8)} ms   (the chain and every file's SHA-256)`,
    `  ${'export'.padEnd(20)} ${f.export.toFixed(1).padStart(8)} ms   (zip of ${kib(f.zipBytes)}, with the full record as HTML and JSON)`,
    `  ${'import'.padEnd(20)} ${f.import.toFixed(1).padStart(8)} ms   (every member, the manifest and the chain checked, then written)`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatBackupFigures(await benchBackup()));
}
