// `respond verify`, `export` and `import` run as a person would (the built binary): an
// export imported on a fresh data folder verifies and reports the same; a hostile or
// damaged archive is refused with exit 65 and nothing is written.
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../src/app/import.js';
import { readZip, type ZipMember } from '../../src/io/zip.js';
import { makeHome, runCli } from '../helpers/run-cli.js';

let template = '';
let home = '';
let id = '';
let zip = '';
beforeAll(() => {
  template = runCli(['show', 'emergency-contact', '--format', 'answers']).stdout;
  ({ home, id } = homeWithCase());
  expect(runCli(['note', id, 'The card company called back.'], { home }).code).toBe(0);
  zip = join(home, 'case.zip');
  const exported = runCli(['export', id, '-o', zip], { home });
  expect(exported.stderr).toBe('');
  expect(exported.code).toBe(0);
});

function homeWithCase(): { home: string; id: string } {
  const h = makeHome();
  const answers = join(h, 'answers.yaml');
  writeFileSync(answers, template);
  const started = runCli(['start', 'emergency-contact', '--answers', answers], { home: h });
  const caseId = /Case (\S+) recorded/.exec(started.stdout)?.[1];
  if (started.code !== 0 || caseId === undefined)
    throw new Error(`could not start a case: ${started.stderr}`);
  return { home: h, id: caseId };
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const withoutPrepared = (s: string) => s.replace(/^Prepared .*$/m, '');

async function membersOf(file: string): Promise<ZipMember[]> {
  return readZip(file, { limits: IMPORT_LIMITS, accept: () => {} });
}

/** A zip of `members`, with a manifest made to match them unless `manifest` is given. */
async function archive(
  members: readonly (ZipMember & { unixMode?: number })[],
  options: { keepManifest?: boolean } = {},
): Promise<string> {
  const original = JSON.parse(
    Buffer.from(members.find((m) => m.path === 'manifest.json')?.bytes ?? new Uint8Array()).toString('utf8'),
  ) as { files: unknown[] };
  const others = members.filter((m) => m.path !== 'manifest.json');
  const manifest = options.keepManifest
    ? original
    : {
        ...original,
        files: others.map((m) => ({ path: m.path, size: m.bytes.length, sha256: sha(m.bytes) })),
      };
  const writer = new ZipWriter(new Uint8ArrayWriter());
  await writer.add('manifest.json', new Uint8ArrayReader(Buffer.from(JSON.stringify(manifest))));
  for (const m of others)
    await writer.add(
      m.path,
      new Uint8ArrayReader(m.bytes),
      m.unixMode === undefined ? {} : { unixMode: m.unixMode },
    );
  const file = join(makeHome(), 'hostile.zip');
  writeFileSync(file, await writer.close());
  return file;
}

/** Imports `file` into a fresh home and checks that it was refused with 65, nothing written. */
function expectRefused(file: string, words: RegExp): void {
  const fresh = makeHome();
  const before = readdirSync(fresh);
  const result = runCli(['import', file], { home: fresh });
  expect(result.stderr).toMatch(words);
  expect(result.stderr).toMatch(/Nothing was written\.\n$/);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.code).toBe(65);
  expect(readdirSync(fresh)).toEqual(before);
}

describe('respond verify', () => {
  it('says the record is intact, and exits 0', () => {
    const result = runCli(['verify', id], { home });
    expect(result.stdout).toMatch(/^The record is intact: 6 events, chained from the start, 0 files\.\n/);
    expect(result.code).toBe(0);
  });

  it('names the changed line and exits 65', () => {
    const { home: h, id: other } = homeWithCase();
    const journal = join(h, 'cases', other, 'journal.jsonl');
    const lines = readFileSync(journal, 'utf8').split('\n');
    lines[1] = (lines[1] ?? '').replace('"v":1', '"v":1 ');
    writeFileSync(journal, lines.join('\n'));
    const result = runCli(['verify', other], { home: h });
    expect(result.stdout).toMatch(/^line 2 was changed after it was written/);
    expect(result.stdout).toMatch(/The record does not hold: 1 problem in 5 events/);
    expect(result.code).toBe(65);
    const json = JSON.parse(runCli(['verify', other, '--json'], { home: h }).stdout) as { ok: boolean };
    expect(json.ok).toBe(false);
  });

  it('matches the hash a report prints', () => {
    const verified = JSON.parse(runCli(['verify', id, '--json'], { home }).stdout) as {
      last: { hash: string };
    };
    const report = JSON.parse(runCli(['report', id, '--json'], { home }).stdout) as {
      record: { hash: string; events: number };
    };
    expect(report.record).toMatchObject({ hash: verified.last.hash, events: 6 });
    expect(runCli(['report', id], { home }).stdout).toContain(`matches the record up to event 6 (`);
  });
});

describe('export and import', () => {
  it('writes a private zip whose manifest lists every file with its hash', async () => {
    expect(statSync(zip).mode & 0o777).toBe(0o600);
    const members = await membersOf(zip);
    const manifest = JSON.parse(
      Buffer.from(members.find((m) => m.path === 'manifest.json')?.bytes ?? []).toString('utf8'),
    ) as {
      files: { path: string; size: number; sha256: string }[];
      cases: { id: string; lastHash: string }[];
    };
    const paths = members.map((m) => m.path).sort();
    expect(paths).toEqual(
      [
        'manifest.json',
        `${id}/journal.jsonl`,
        `${id}/playbook.json`,
        `${id}/reports/record.html`,
        `${id}/reports/record.json`,
      ].sort(),
    );
    for (const f of manifest.files) {
      const m = members.find((x) => x.path === f.path);
      expect(m && { size: m.bytes.length, sha256: sha(m.bytes) }).toEqual({ size: f.size, sha256: f.sha256 });
    }
    const journal = readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(manifest.cases[0]?.lastHash).toBe(`sha256:${sha(Buffer.from(journal.at(-1) ?? ''))}`);
  });

  it('brings the case back on a fresh data folder: the same verify, reports and progress', () => {
    const fresh = makeHome();
    const imported = runCli(['import', zip], { home: fresh });
    expect(imported.stdout).toMatch(new RegExp(`^Imported ${id} \\(6 events, 0 attached files\\)`));
    expect(imported.code).toBe(0);
    expect(runCli(['verify', id], { home: fresh }).stdout).toBe(runCli(['verify', id], { home }).stdout);
    for (const format of ['md', 'json'] as const) {
      const there = runCli(['report', id, '--format', format], { home: fresh }).stdout;
      const here = runCli(['report', id, '--format', format], { home }).stdout;
      const strip = (s: string) => withoutPrepared(s).replace(/"generatedAt": "[^"]+"|Prepared [^"]+/g, '');
      expect(strip(there)).toBe(strip(here));
    }
    const cases = (h: string) =>
      (JSON.parse(runCli(['cases', '--json', '--all'], { home: h }).stdout) as { progress: unknown }[]).map(
        (c) => c.progress,
      );
    expect(cases(fresh)).toEqual(cases(home));
    const resume = (h: string) => {
      writeFileSync(join(h, 'answers.yaml'), template);
      const r = runCli(['resume', id, '--answers', join(h, 'answers.yaml')], { home: h });
      return { code: r.code, stdout: r.stdout, stderr: r.stderr.replaceAll(h, '<home>') };
    };
    expect(resume(fresh)).toEqual(resume(home));
    const dir = join(fresh, 'cases', id);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
    expect(readdirSync(fresh).filter((n) => n.startsWith('.import-'))).toEqual([]);
    // Never over an existing case: the same record is nothing to do, a different one is refused.
    expect(runCli(['import', zip], { home: fresh }).stdout).toMatch(
      /already on this computer with the very same/,
    );
    expect(runCli(['note', id, 'more'], { home: fresh }).code).toBe(0);
    // The chain goes on from the imported record.
    expect(runCli(['verify', id], { home: fresh }).stdout).toMatch(
      /^The record is intact: 7 events, chained from the start/,
    );
    const again = runCli(['import', zip], { home: fresh });
    expect(again.stderr).toMatch(/already on this computer with a different record/);
    expect(again.code).toBe(65);
  });

  it('encrypts with a passphrase, and refuses a wrong one without writing anything', async () => {
    const encrypted = join(makeHome(), 'secret.zip');
    const env = { RESPOND_PASSPHRASE: 'correct horse battery' };
    expect(runCli(['export', id, '-o', encrypted, '--encrypt'], { home, env }).code).toBe(0);
    expect(Buffer.from(readFileSync(encrypted)).includes('The card company called back')).toBe(false);
    await expect(membersOf(encrypted)).rejects.toMatchObject({ reason: 'passphrase-needed' });
    const fresh = makeHome();
    const wrong = runCli(['import', encrypted], { home: fresh, env: { RESPOND_PASSPHRASE: 'wrong horse' } });
    expect(wrong.stderr).toMatch(/passphrase is not the one/);
    expect(wrong.code).toBe(65);
    expect(existsSync(join(fresh, 'cases', id))).toBe(false);
    const none = runCli(['import', encrypted], { home: fresh });
    expect(none.stderr).toMatch(/RESPOND_PASSPHRASE/);
    expect(none.code).toBe(64);
    expect(runCli(['import', encrypted], { home: fresh, env }).code).toBe(0);
    expect(runCli(['verify', id], { home: fresh }).code).toBe(0);
  });

  it('says in cases when a case changed since its last backup', () => {
    const { home: h, id: other } = homeWithCase();
    const row = () => runCli(['cases'], { home: h }).stdout.split('\n')[1] ?? '';
    expect(row()).toMatch(/\bno\b/);
    expect(runCli(['export', other, '-o', join(h, 'b.zip')], { home: h }).code).toBe(0);
    expect(row()).toMatch(/\s\d{4}-\d\d-\d\d\s*$/);
    expect(runCli(['cases'], { home: h }).stdout).not.toMatch(/changed since the last backup/);
    runCli(['note', other, 'later'], { home: h });
    expect(row()).toContain('no (changed)');
    expect(runCli(['cases'], { home: h }).stdout).toMatch(/1 case has changed since the last backup/);
  });
});

describe('attached files and several cases', () => {
  it('travel in the zip, are checked on import, and --all brings every case', async () => {
    const { home: h, id: first } = homeWithCase();
    const second = homeWithCase();
    // Two cases in one data folder: the second one's folder moved over beside the first.
    renameSync(join(second.home, 'cases', second.id), join(h, 'cases', `${second.id.slice(0, -4)}beef`));
    const secondId = `${second.id.slice(0, -4)}beef`;
    // An attached file as the attach command records it (read structurally by verify).
    const dir = join(h, 'cases', first);
    mkdirSync(join(dir, 'evidence'), { mode: 0o700 });
    const shot = Buffer.from('a screenshot of the order mail');
    writeFileSync(join(dir, 'evidence', 'order-mail.png'), shot, { mode: 0o600 });
    const journal = join(dir, 'journal.jsonl');
    const lines = readFileSync(journal, 'utf8').trimEnd().split('\n');
    const event = {
      v: 1,
      type: 'evidence-attached',
      ts: '2026-12-01T10:00:00.000+00:00',
      file: 'evidence/order-mail.png',
      sha256: sha(shot),
      size: shot.length,
      name: 'order mail.png',
      mediaType: 'image/png',
      seq: lines.length + 1,
      prev: `sha256:${sha(Buffer.from(lines.at(-1) ?? ''))}`,
    };
    appendFileSync(journal, `${JSON.stringify(event)}\n`);
    expect(runCli(['verify', first], { home: h }).stdout).toMatch(/chained from the start, 1 file\./);
    const all = join(h, 'all.zip');
    expect(runCli(['export', '--all', '-o', all], { home: h }).stdout).toMatch(/^Saved 2 cases/);
    const members = await membersOf(all);
    expect(members.map((m) => m.path)).toContain(`${first}/evidence/order-mail.png`);
    const fresh = makeHome();
    const imported = runCli(['import', all], { home: fresh });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Imported ${first} (6 events, 1 attached file)`);
    expect(imported.stdout).toContain(`Imported ${secondId}`);
    expect(runCli(['verify', first], { home: fresh }).code).toBe(0);
    // A changed screenshot, with a manifest made to match it: its event still says otherwise.
    const changed = members.map((m) =>
      m.path.endsWith('order-mail.png') ? { ...m, bytes: Buffer.from('another picture') } : m,
    );
    expectRefused(await archive(changed), /evidence\/order-mail\.png was changed after it was attached/);
  });
});

describe('hostile archives are refused with 65, nothing written', () => {
  it('a member whose path escapes (zip-slip)', async () => {
    const members = await membersOf(zip);
    for (const path of [
      '../evil.txt',
      '/tmp/evil.txt',
      `${id}\\..\\evil.txt`,
      'C:/evil.txt',
      `${id}/../../evil`,
    ])
      expectRefused(
        await archive([...members, { path, bytes: Buffer.from('x') }]),
        /could be written outside the case folder|is not part of an export|leaves its folder|names a drive|backslash/,
      );
  });

  it('a symbolic link member', async () => {
    const members = await membersOf(zip);
    expectRefused(
      await archive([
        ...members,
        { path: `${id}/evidence/shot.png`, bytes: Buffer.from('/etc/passwd'), unixMode: 0o120777 },
      ]),
      /symbolic link/,
    );
  });

  it('a member that unpacks past the limit', async () => {
    const members = await membersOf(zip);
    const huge = Buffer.alloc(IMPORT_LIMITS.member + 1);
    expectRefused(
      await archive([...members, { path: `${id}/evidence/huge.bin`, bytes: huge }]),
      /unpacks to more/,
    );
  });

  it('a file that does not match its hash in the manifest', async () => {
    const members = await membersOf(zip);
    // An earlier line, not the last: the chain pins every line by the one after it.
    const changed = members.map((m) =>
      m.path.endsWith('journal.jsonl')
        ? { ...m, bytes: Buffer.from(Buffer.from(m.bytes).toString('utf8').replace('"v":1,', '"v":1 ,')) }
        : m,
    );
    expectRefused(await archive(changed, { keepManifest: true }), /does not match the SHA-256/);
    // The manifest made to match: the chain still finds the changed line.
    expectRefused(await archive(changed), /does not verify \(line 1 was changed/);
    // The last line is pinned by the manifest's last hash (and a printed report's).
    const lastChanged = members.map((m) =>
      m.path.endsWith('journal.jsonl')
        ? {
            ...m,
            bytes: Buffer.from(Buffer.from(m.bytes).toString('utf8').replace('called back', 'called us')),
          }
        : m,
    );
    expectRefused(await archive(lastChanged), /does not end where its manifest says/);
  });

  it('a file added after the export, and one that is not a zip', async () => {
    const members = await membersOf(zip);
    expectRefused(
      await archive([...members, { path: `${id}/extra.txt`, bytes: Buffer.from('x') }], {
        keepManifest: true,
      }),
      /is not in its manifest/,
    );
    const notZip = join(makeHome(), 'notes.zip');
    writeFileSync(notZip, 'just text');
    expectRefused(notZip, /not a zip made by respond export/);
    expectRefused(makeHome(), /not a zip made by respond export/); // a folder
  });
});
