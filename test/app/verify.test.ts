// The hash chain as written by the journal and checked by verify: an intact record holds;
// a changed, removed, reordered or inserted line is found with its line number; an old
// journal reads as "not chained"; attached files are checked against their hash and size.
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeNote } from '../../src/core/journal/events.js';
import { verifyCase } from '../../src/app/verify.js';
import { appendEvent, closeJournal, openJournal, readJournal } from '../../src/io/journal.js';
import { createCase } from '../../src/io/case-create.js';
import type { Paths } from '../../src/io/paths.js';

const PLAYBOOK = 'id: fraud-order\ntitle: Suspicious orders\nsteps:\n  - id: a\n    title: A\n';
let paths: Paths;

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'respond-verify-'));
  paths = {
    playbooks: join(root, 'playbooks'),
    cases: join(root, 'home', 'cases'),
    data: join(root, 'home'),
    cache: join(root, 'cache'),
  };
});

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/** A case with the start and `notes` notes: 1 + notes lines. */
async function makeCase(notes: number): Promise<{ id: string; path: string; dir: string }> {
  const { journal } = await createCase(paths, {
    playbookId: 'fraud-order',
    playbookSource: PLAYBOOK,
    lang: 'en',
    now: new Date('2026-11-22T11:41:07Z'),
    random: () => 0.6541,
  });
  for (let i = 1; i <= notes; i++)
    await appendEvent(journal, makeNote(new Date(Date.UTC(2026, 10, 22, 12, i)), { text: `note ${i}` }));
  closeJournal(journal);
  return { id: journal.caseId, path: journal.path, dir: journal.dir };
}

const linesOf = (path: string) => readFileSync(path, 'utf8').split('\n').slice(0, -1);
const writeLines = (path: string, lines: string[]) => writeFileSync(path, `${lines.join('\n')}\n`);

describe('the chain as written', () => {
  it('links each line to the exact bytes of the one before, as sha256sum would hash them', async () => {
    const { path } = await makeCase(3);
    const lines = linesOf(path);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ type: 'case-started', seq: 1 });
    expect(JSON.parse(lines[0] ?? '')).not.toHaveProperty('prev');
    for (let i = 1; i < lines.length; i++)
      expect(JSON.parse(lines[i] ?? '')).toMatchObject({
        seq: i + 1,
        prev: `sha256:${sha(lines[i - 1] ?? '')}`,
      });
  });

  it('keeps the chain fields out of the events read back', async () => {
    const { path } = await makeCase(1);
    const { events } = readJournal(path);
    expect(events[1]).toEqual(makeNote(new Date(Date.UTC(2026, 10, 22, 12, 1)), { text: 'note 1' }));
  });

  it('goes on from the last whole line after a torn tail is cut', async () => {
    const { id, path } = await makeCase(2);
    appendFileSync(path, '{"v":1,"type":"note","ts":"2026-11-2');
    const { journal } = openJournal(path, { now: new Date('2026-11-22T13:00:00Z') });
    await appendEvent(journal, makeNote(new Date('2026-11-22T13:00:00Z'), { text: 'after the cut' }));
    closeJournal(journal);
    const result = verifyCase(paths, id);
    expect(result).toMatchObject({ ok: true, events: 4, chainedFrom: 1, problems: [] });
  });
});

describe('verifyCase', () => {
  it('holds for an intact record, with its count and last hash', async () => {
    const { id, path } = await makeCase(5);
    const last = linesOf(path).at(-1) ?? '';
    expect(verifyCase(paths, id)).toMatchObject({
      ok: true,
      events: 6,
      chainedFrom: 1,
      problems: [],
      files: 0,
      last: { line: 6, hash: `sha256:${sha(last)}`, ts: (JSON.parse(last) as { ts: string }).ts },
    });
  });

  it('finds a changed line by its number', async () => {
    const { id, path } = await makeCase(5);
    const lines = linesOf(path);
    lines[2] = (lines[2] ?? '').replace('note 2', 'note 7');
    writeLines(path, lines);
    expect(verifyCase(paths, id)).toMatchObject({ ok: false, problems: [{ kind: 'changed', line: 3 }] });
  });

  it('finds a removed line, and how many are missing', async () => {
    const { id, path } = await makeCase(5);
    const lines = linesOf(path);
    lines.splice(3, 2);
    writeLines(path, lines);
    expect(verifyCase(paths, id)).toMatchObject({
      ok: false,
      problems: [{ kind: 'missing', line: 4, count: 2 }],
    });
  });

  it('finds a reordered pair', async () => {
    const { id, path } = await makeCase(5);
    const lines = linesOf(path);
    [lines[2], lines[3]] = [lines[3] ?? '', lines[2] ?? ''];
    writeLines(path, lines);
    expect(verifyCase(paths, id)).toMatchObject({ ok: false, problems: [{ kind: 'swapped', line: 3 }] });
  });

  it('finds a line inserted by hand', async () => {
    const { id, path } = await makeCase(4);
    const lines = linesOf(path);
    lines.splice(2, 0, '{"v":1,"type":"note","ts":"2026-11-22T12:01:30+00:00","text":"added later"}');
    writeLines(path, lines);
    expect(verifyCase(paths, id)).toMatchObject({ ok: false, problems: [{ kind: 'inserted', line: 3 }] });
  });

  it('tells a last line cut short by a crash apart: never saved, not a change', async () => {
    const { id, path } = await makeCase(3);
    appendFileSync(path, '{"v":1,"type":"note","ts":"2026-11-2');
    expect(verifyCase(paths, id)).toMatchObject({ ok: true, torn: true, events: 4, problems: [] });
    // A whole line lacking only its newline is part of the record.
    writeLines(path, linesOf(path).slice(0, 4));
    appendFileSync(path, '{"v":1,"type":"note","ts":"2026-11-22T13:00:00+00:00","text":"no newline"}');
    expect(verifyCase(paths, id)).toMatchObject({
      ok: false,
      torn: false,
      problems: [{ kind: 'unlinked', line: 5 }],
    });
  });

  it('finds a record whose start was cut off', async () => {
    const { id, path } = await makeCase(3);
    writeLines(path, linesOf(path).slice(1));
    expect(verifyCase(paths, id).problems[0]).toEqual({ kind: 'start-missing', line: 1 });
  });

  it('reads a journal written before the chain as not chained, and holds', async () => {
    const { id, path } = await makeCase(3);
    const old = linesOf(path).map((l) =>
      JSON.stringify({ ...JSON.parse(l), seq: undefined, prev: undefined }),
    );
    writeLines(path, old);
    expect(verifyCase(paths, id)).toMatchObject({ ok: true, chainedFrom: undefined, events: 4 });
    // Resumed by this version: chained from its first new line, the old lines never rewritten.
    const { journal } = openJournal(path);
    await appendEvent(journal, makeNote(new Date('2026-11-23T09:00:00Z'), { text: 'new' }));
    closeJournal(journal);
    expect(linesOf(path).slice(0, 4)).toEqual(old);
    expect(verifyCase(paths, id)).toMatchObject({ ok: true, chainedFrom: 5, events: 5 });
  });

  it('checks each attached file against its hash and size', async () => {
    const { id, path, dir } = await makeCase(1);
    mkdirSync(join(dir, 'evidence'), { mode: 0o700 });
    const files = { 'shot.png': Buffer.from('png bytes'), 'mail.eml': Buffer.from('From: shop') };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(dir, 'evidence', name), bytes, { mode: 0o600 });
      const last = linesOf(path).at(-1) ?? '';
      const line = JSON.stringify({
        v: 1,
        type: 'evidence-attached',
        ts: '2026-11-22T12:30:00+00:00',
        file: `evidence/${name}`,
        sha256: sha(bytes),
        size: bytes.length,
        name,
        mediaType: 'image/png',
        seq: linesOf(path).length + 1,
        prev: `sha256:${sha(last)}`,
      });
      appendFileSync(path, `${line}\n`);
    }
    writeFileSync(join(dir, 'evidence', 'stray.txt'), 'x');
    expect(verifyCase(paths, id)).toMatchObject({ ok: true, files: 2, unrecorded: ['evidence/stray.txt'] });
    writeFileSync(join(dir, 'evidence', 'shot.png'), 'png byteZ');
    expect(verifyCase(paths, id)).toMatchObject({
      ok: false,
      files: 1,
      problems: [{ kind: 'file-changed', file: 'evidence/shot.png' }],
    });
  });
});
