// `respond attach`, run as the built binary: the copy, its mode and hash, the event, and the
// refusals (too large, a FIFO, a folder, a kind respond does not keep), each one line with
// nothing written; the same file twice kept once; a mail's Date, From and Subject.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvent, type JournalEvent } from '../../src/core/journal/events.js';
import { makeHome, runCli } from '../helpers/run-cli.js';

const ANSWERS = resolve(import.meta.dirname, '../e2e/fixtures/fraud-order.answers.yaml');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);

function startCase(): { home: string; id: string; files: string } {
  const home = makeHome();
  const started = runCli(['start', 'fraud-order', '--answers', ANSWERS], { home });
  expect(started.code, started.stderr).toBe(0);
  const id = /(\d{4}-\d{2}-\d{2}-fraud-order-[0-9a-f]+)/.exec(started.stdout)?.[1] ?? '';
  expect(id).not.toBe('');
  const files = join(home, 'files');
  mkdirSync(files);
  return { home, id, files };
}

const journal = (home: string, id: string): string =>
  readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8');
const evidenceEvents = (home: string, id: string): JournalEvent[] =>
  journal(home, id)
    .split('\n')
    .filter((l) => l !== '')
    .flatMap((l) => {
      const parsed = parseEvent(JSON.parse(l));
      return parsed.ok && parsed.event.type === 'evidence-attached' ? [parsed.event] : [];
    });
const evidenceDir = (home: string, id: string) => join(home, 'cases', id, 'evidence');
const listEvidence = (home: string, id: string): string[] => {
  try {
    return readdirSync(evidenceDir(home, id));
  } catch {
    return [];
  }
};

function sha256sum(path: string): string {
  const tool = spawnSync('sha256sum', [path], { encoding: 'utf8' });
  // Where there is no sha256sum (macOS has shasum), the same digest by node.
  if (tool.status !== 0) return createHash('sha256').update(readFileSync(path)).digest('hex');
  return tool.stdout.split(' ')[0] ?? '';
}

describe('respond attach', () => {
  it('copies the file 0600 into a 0700 evidence folder and records what sha256sum says of the original', () => {
    const { home, id, files } = startCase();
    const original = join(files, 'Screenshot 2026-11-22 at 09.05.png');
    writeFileSync(original, PNG);
    const run = runCli(['attach', id, original, '--note', 'the order history'], { home });
    expect(run.code, run.stderr).toBe(0);
    const digest = sha256sum(original);
    expect(run.stdout).toContain(`Kept: Screenshot 2026-11-22 at 09.05.png (PNG image, 72 bytes)`);
    expect(run.stdout).toContain(digest);
    const [event] = evidenceEvents(home, id);
    expect(event).toMatchObject({
      type: 'evidence-attached',
      file: `evidence/${digest.slice(0, 12)}-Screenshot_2026-11-22_at_09.05.png`,
      sha256: digest,
      size: PNG.length,
      name: 'Screenshot 2026-11-22 at 09.05.png',
      mediaType: 'image/png',
      note: 'the order history',
    });
    const copy = join(home, 'cases', id, (event as { file: string }).file);
    expect(sha256sum(copy)).toBe(digest);
    expect(statSync(copy).mode & 0o777).toBe(0o600);
    expect(statSync(evidenceDir(home, id)).mode & 0o777).toBe(0o700);
    // Nothing outside the case folder changed: the original is as it was.
    expect(readFileSync(original)).toEqual(PNG);
  });

  it('says the same file attached twice once, and keeps one copy', () => {
    const { home, id, files } = startCase();
    const first = join(files, 'a.png');
    const again = join(files, 'same bytes, other name.png');
    writeFileSync(first, PNG);
    writeFileSync(again, PNG);
    expect(runCli(['attach', id, first], { home }).code).toBe(0);
    const run = runCli(['attach', id, again, first], { home });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /same bytes, other name\.png: already attached on \d{4}-\d{2}-\d{2} \d{2}:\d{2} .*\(as a\.png\)/,
    );
    expect(run.stdout).toMatch(/a\.png: already attached on/);
    expect(evidenceEvents(home, id)).toHaveLength(1);
    expect(listEvidence(home, id)).toHaveLength(1);
  });

  it('refuses a file over 25 MB in one line, exit 65, nothing written', () => {
    const { home, id, files } = startCase();
    const big = join(files, 'video.png');
    writeFileSync(big, PNG);
    truncateSync(big, 25_000_001);
    const before = journal(home, id);
    const run = runCli(['attach', id, big], { home });
    expect(run.code).toBe(65);
    expect(run.stderr.trim().split('\n')).toEqual([
      `respond: ${big} is 25.0 MB: files over 25 MB are not kept. Keep a screenshot of the part that matters instead, and the file itself somewhere safe.`,
    ]);
    expect(journal(home, id)).toBe(before);
    expect(listEvidence(home, id)).toEqual([]);
  });

  it('refuses a FIFO without waiting for a writer, and a folder, and a program', () => {
    const { home, id, files } = startCase();
    const fifo = join(files, 'pipe.png');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo on this system
    const program = join(files, 'run.png');
    writeFileSync(program, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
    const before = journal(home, id);
    const startedAt = Date.now();
    const run = runCli(['attach', id, fifo, files, program], { home });
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    expect(run.code).toBe(65);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('pipe.png is not a plain file');
    expect(lines[1]).toContain('is not a plain file');
    expect(lines[2]).toContain('run.png is not a screenshot or photo');
    expect(journal(home, id)).toBe(before);
    expect(listEvidence(home, id)).toEqual([]);
  });

  it('keeps the files it can and exits 66 for a missing one', () => {
    const { home, id, files } = startCase();
    const shot = join(files, 'shot.png');
    writeFileSync(shot, PNG);
    const run = runCli(['attach', id, join(files, 'nothere.png'), shot], { home });
    expect(run.code).toBe(66);
    expect(run.stderr).toContain('nothere.png: no such file');
    expect(evidenceEvents(home, id)).toHaveLength(1);
  });

  it('reads a mail for its Date, From and Subject, in its own encodings', () => {
    const { home, id, files } = startCase();
    const mail = join(files, 'order.eml');
    writeFileSync(
      mail,
      [
        'Date: Sun, 22 Nov 2026 09:05:00 +0900',
        'From: =?UTF-8?B?44K344On44OD44OX?= <order@shop.example>',
        'Subject: =?ISO-2022-JP?B?GyRCQ21KOCQ3JF4kNyQ/GyhC?=',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Thank you for your order 1234.',
        '',
      ].join('\r\n'),
    );
    const run = runCli(['attach', id, mail], { home, env: { TZ: 'Asia/Tokyo' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'A mail from ショップ <order@shop.example>, sent 2026-11-22 09:05 +09:00: "注文しました"',
    );
    expect(evidenceEvents(home, id)[0]).toMatchObject({
      mediaType: 'message/rfc822',
      mail: {
        date: '2026-11-22T09:05:00.000+09:00',
        from: 'ショップ <order@shop.example>',
        subject: '注文しました',
      },
    });
  });

  it('keeps a hostile mail as it is: a header that never ends, no Date, odd encodings', () => {
    const { home, id, files } = startCase();
    const endless = join(files, 'endless.eml');
    writeFileSync(
      endless,
      `Subject: ${'x'.repeat(400_000)}\r\nX: ${'=?x-unknown?Q?=FF?= '.repeat(1000)}\r\n`,
    );
    const undated = join(files, 'undated.eml');
    writeFileSync(
      undated,
      'From: someone@example.com\r\nSubject: =?bogus?B?!!!?=\r\nDate: not a date\r\n\r\nbody\r\n',
    );
    const run = runCli(['attach', id, endless, undated], { home });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      "The mail's date, sender and subject could not be read; the file is kept as it is.",
    );
    const [first, second] = evidenceEvents(home, id);
    expect(first).not.toHaveProperty('mail');
    expect(second).toMatchObject({ mail: { from: 'someone@example.com' } });
    expect(second).not.toHaveProperty('mail.date');
  });

  it('a file name with a card number and escape sequences: kept, never shown or recorded raw', () => {
    const { home, id, files } = startCase();
    const hostile = join(files, 'card 4111 1111 1111 1111 \u001b[2J\u202e.png');
    writeFileSync(hostile, PNG);
    const run = runCli(['attach', id, hostile], { home });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('4111 1111 1111 1111');
    expect(run.stdout.includes('\u001b') || run.stdout.includes('\u202e')).toBe(false);
    expect(journal(home, id)).not.toContain('4111 1111 1111 1111');
    const [event] = evidenceEvents(home, id) as { name: string; file: string }[];
    expect(event?.name).toBe('card •••• 1111 .png');
    expect(event?.file).not.toMatch(/4111.?1111.?1111.?1111/);
    expect(event?.file).toMatch(/^evidence\/[0-9a-f]{12}-[\p{L}\p{N}._-]+\.png$/u);
  });

  it('is said in Japanese for a Japanese case', () => {
    const { home, id, files } = startCase();
    const shot = join(files, 'shot.png');
    writeFileSync(shot, PNG);
    const run = runCli(['attach', id, shot, '--lang', 'ja'], { home });
    expect(run.stdout).toContain('保存しました: shot.png (PNG 画像、72 バイト)');
  });
});

describe('reports of a case with evidence', () => {
  it('embeds small images in the HTML, lists a large photo without its bytes, and never a changed file', () => {
    const { home, id, files } = startCase();
    const small = join(files, 'order-page.png');
    writeFileSync(small, PNG);
    const photo = join(files, 'parcel.jpg');
    // A 3 MB photo: listed with its hash, not embedded.
    writeFileSync(photo, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3_000_000, 1)]));
    const later = join(files, 'changed.png');
    writeFileSync(later, Buffer.concat([PNG, Buffer.from('v1')]));
    expect(runCli(['attach', id, small, photo, later], { home }).code).toBe(0);
    const [, , changed] = evidenceEvents(home, id) as { file: string }[];
    writeFileSync(join(home, 'cases', id, changed?.file ?? ''), Buffer.concat([PNG, Buffer.from('v2')]));

    const out = join(home, 'police.html');
    const run = runCli(['report', id, '--for', 'police', '--format', 'html', '-o', out], { home });
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    const embedded = [...html.matchAll(/<img src="data:(image\/[a-z]+);base64,([^"]+)"/g)];
    expect(embedded.map((m) => [m[1], Buffer.from(m[2] ?? '', 'base64').equals(PNG)])).toEqual([
      ['image/png', true],
    ]);
    expect(html).toContain('parcel.jpg');
    expect(html).toContain('changed.png');
    expect(html).toContain('Not shown here');
    expect(statSync(out).size).toBeLessThan(200_000);

    const json = runCli(['report', id, '--json'], { home });
    expect(json.stdout).not.toContain('data:image');
    expect(json.stdout).toContain(sha256sum(photo));
  });

  it('shows a mail at the time it was sent in the timeline, not when it was attached', () => {
    const { home, id, files } = startCase();
    const mail = join(files, 'order.eml');
    writeFileSync(
      mail,
      'Date: Fri, 20 Nov 2026 20:41:00 +0900\r\nFrom: Shop <order@shop.example>\r\nSubject: Your order 1001\r\n\r\nThanks\r\n',
    );
    expect(runCli(['attach', id, mail], { home, env: { TZ: 'Asia/Tokyo' } }).code).toBe(0);
    const report = runCli(['report', id, '--for', 'all'], { home, env: { TZ: 'Asia/Tokyo' } });
    expect(report.code, report.stderr).toBe(0);
    const line = report.stdout
      .split('\n')
      .find((l) => l.includes('Mail received from Shop <order@shop.example>'));
    expect(line).toBe(
      '2026-11-20 20:41 +09:00  Mail received from Shop <order@shop.example>: "Your order 1001"',
    );
  });

  it('is checked by verify, in the chain and by its hash, and travels in an export to a new machine', () => {
    const { home, id, files } = startCase();
    writeFileSync(join(files, 'order-history.png'), PNG);
    expect(runCli(['attach', id, join(files, 'order-history.png')], { home }).code).toBe(0);
    const intact = runCli(['verify', id], { home });
    expect(intact.code, intact.stdout + intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/1 file/);
    // Moved to a fresh data folder and back: the same verdict, the file with it.
    const zip = join(home, 'case.zip');
    expect(runCli(['export', id, '-o', zip], { home }).code).toBe(0);
    const other = makeHome();
    const imported = runCli(['import', zip], { home: other });
    expect(imported.code, imported.stderr).toBe(0);
    expect(runCli(['verify', id], { home: other }).stdout).toMatch(/1 file/);
    // The kept copy changed: verify names it and fails.
    const [stored = ''] = listEvidence(home, id);
    writeFileSync(join(evidenceDir(home, id), stored), Buffer.concat([PNG, Buffer.from('x')]));
    const changed = runCli(['verify', id], { home });
    expect(changed.code).toBe(65);
    expect(changed.stdout + changed.stderr).toContain(stored);
  });
});
