// Makes N realistic cases in a respond home, quickly, for benches and by hand:
//   node scripts/make-cases.mjs N DIR        (DIR becomes RESPOND_HOME; needs `npm run build`)
// Two template cases are recorded by the real binary (fraud-order from the end-to-end
// answers file, emergency-contact from its blank answers), then copied N times with new
// ids, dates, a few notes and follow-ups each; about a third are closed. Every copy keeps
// the real playbook.json, so its playbookHash holds and respond reads it as its own.
// As for a person who has used respond for years, old cases are closed: of all but the
// newest 30, only about one in fifty is left open (add --open-third to leave every third open).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'respond.cjs');
const openThird = process.argv.includes('--open-third');
const [countArg, dirArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const count = Number(countArg);
if (!Number.isInteger(count) || count < 0 || dirArg === undefined) {
  console.error(
    'usage: node scripts/make-cases.mjs N DIR [--open-third]   (N cases in the respond home DIR)',
  );
  process.exit(64);
}
const home = resolve(dirArg);

function respond(args, input = '') {
  const scratch = templates;
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: scratch,
      RESPOND_HOME: scratch,
      LANG: 'C',
      NO_COLOR: '1',
      TZ: 'UTC',
    },
  });
  if (result.status !== 0) throw new Error(`respond ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

// The templates, recorded once by respond itself.
const templates = mkdtempSync(join(tmpdir(), 'respond-templates-'));
const blank = join(templates, 'emergency-contact.yaml');
writeFileSync(blank, respond(['show', 'emergency-contact', '--format', 'answers']));
respond(['start', 'emergency-contact', '--answers', blank]);
respond(['start', 'fraud-order', '--answers', join(root, 'test/e2e/fixtures/fraud-order.answers.yaml')]);
const kinds = readdirSync(join(templates, 'cases')).map((id) => {
  const dir = join(templates, 'cases', id);
  const lines = readFileSync(join(dir, 'journal.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const steps = lines.filter((e) => e.type === 'step-outcome').map((e) => e.step);
  return { playbook: lines[0].playbook, bundle: readFileSync(join(dir, 'playbook.json')), lines, steps };
});
rmSync(templates, { recursive: true, force: true });

mkdirSync(join(home, 'cases'), { recursive: true, mode: 0o700 });
const day0 = Date.parse('2020-01-01T09:00:00Z');
for (let i = 0; i < count; i++) {
  const kind = kinds[i % kinds.length];
  const start = day0 + i * 4.3 * 3600_000; // ten thousand cases span about five years
  const date = new Date(start).toISOString().slice(0, 10);
  const id = `${date}-${kind.playbook}-${(i % 0x10000).toString(16).padStart(4, '0')}`;
  const at = (minutes) => new Date(start + minutes * 60_000).toISOString().replace('Z', '+00:00');
  const events = kind.lines.map((e, n) => ({
    ...e,
    ts: at(n),
    ...(e.type === 'case-started' ? { case: id, name: `case ${i}` } : {}),
  }));
  const step = kind.steps[i % Math.max(1, kind.steps.length)] ?? 'x';
  events.push({ v: 1, type: 'note', ts: at(60), text: `Called back about order ${1000 + i}`, step });
  events.push({
    v: 1,
    type: 'follow-up-set',
    ts: at(61),
    id: `fu-${i}`,
    due: new Date(start + 3 * 86_400_000).toISOString().slice(0, 10),
    check: 'Check the statement',
    origin: { step },
  });
  const closed = openThird ? i % 3 === 0 : i < count - 30 && i % 49 !== 0;
  if (closed) {
    events.push({ v: 1, type: 'follow-up-resolved', ts: at(4000), id: `fu-${i}`, result: 'Refunded' });
    events.push({ v: 1, type: 'case-closed', ts: at(4001), forced: true });
  }
  const dir = join(home, 'cases', id);
  mkdirSync(dir, { mode: 0o700 });
  writeFileSync(join(dir, 'playbook.json'), kind.bundle, { mode: 0o600 });
  writeFileSync(join(dir, 'journal.jsonl'), events.map((e) => `${JSON.stringify(e)}\n`).join(''), {
    mode: 0o600,
  });
}
console.log(
  `${count} cases in ${join(home, 'cases')} (${kinds.map((k) => k.playbook).join(', ')}; ${openThird ? 'every third closed' : 'old ones closed'})`,
);
