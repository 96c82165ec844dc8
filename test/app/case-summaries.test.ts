// The index of case summaries: `respond cases` and `start` read it instead of replaying
// every journal, and it must never show something the journals do not say.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { summarizeCases } from '../../src/app/case-summaries.js';
import { latestOpenCase } from '../../src/app/open-case.js';
import type { Paths } from '../../src/io/paths.js';
import { makeHome, runCli } from '../helpers/run-cli.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const SCRIPT = resolve(import.meta.dirname, '../../scripts/make-cases.mjs');

let home: string;
let paths: Paths;
beforeEach(() => {
  home = makeHome();
  paths = {
    playbooks: join(home, 'playbooks'),
    cases: join(home, 'cases'),
    data: home,
    cache: join(home, 'cache'),
  };
  execFileSync(process.execPath, [SCRIPT, '12', home], { stdio: 'ignore' });
});

const ids = () => readdirSync(paths.cases).sort();
const indexFile = () => join(home, 'cache', 'cases.json');

const STAMP_TIME = 1_700_000_000; // whole seconds, so that setting it again gives the same mtime

/** Replaces a file's bytes with as many other bytes, keeping its modification time. */
function swapKeepingStamp(file: string, bytes: string): void {
  const size = statSync(file).size;
  writeFileSync(file, bytes.padEnd(size, ' ').slice(0, size));
  utimesSync(file, STAMP_TIME, STAMP_TIME);
}

describe('summarizeCases and its index', () => {
  it('reads unchanged cases from the index, not from their files, and keeps the index private', () => {
    const id = ids()[0] ?? '';
    utimesSync(join(paths.cases, id, 'playbook.json'), STAMP_TIME, STAMP_TIME);
    const first = summarizeCases(paths, NOW, 'en');
    expect(first.map((c) => c.id).sort()).toEqual(ids());
    expect(statSync(indexFile()).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'cache')).mode & 0o777).toBe(0o700);
    // Same size, same time: only the index can still say what this case holds.
    swapKeepingStamp(join(paths.cases, id, 'playbook.json'), '{}');
    const errors: unknown[] = [];
    expect(summarizeCases(paths, NOW, 'en', (e) => errors.push(e))).toEqual(first);
    expect(errors).toEqual([]);
    // Once the time changes, the case is read again and its damage reported.
    utimesSync(join(paths.cases, id, 'playbook.json'), STAMP_TIME + 1, STAMP_TIME + 1);
    expect(summarizeCases(paths, NOW, 'en', (e) => errors.push(e)).map((c) => c.id)).not.toContain(id);
    expect(String(errors[0])).toContain(id);
  });

  it('sees every change a journal gets: a note, a closing, a new case, a deleted one', () => {
    summarizeCases(paths, NOW, 'en');
    const [a = '', b = '', c = ''] = ids().filter(
      (id) => !summarizeCases(paths, NOW, 'en').find((s) => s.id === id)?.closed,
    );
    expect(runCli(['note', a, 'the bank called back'], { home }).code).toBe(0);
    expect(runCli(['close', b, '--force'], { home }).code).toBe(0);
    execFileSync('rm', ['-r', join(paths.cases, c)]);
    const after = summarizeCases(paths, NOW, 'en');
    expect(after.find((s) => s.id === b)?.closed).toBe(true);
    expect(after.find((s) => s.id === c)).toBeUndefined();
    expect(after[0]?.id).toBe(b); // touched last
    expect(after.find((s) => s.id === a)?.lastActivity?.slice(0, 4)).toBe(String(new Date().getFullYear()));
    // The index agrees with a rebuild from the journals alone.
    writeFileSync(indexFile(), 'not json');
    expect(summarizeCases(paths, NOW, 'en')).toEqual(after);
  });

  it('a damaged or hostile index is rebuilt from the journals', () => {
    const truth = summarizeCases(paths, NOW, 'en');
    const index = JSON.parse(readFileSync(indexFile(), 'utf8')) as { entries: Record<string, unknown> };
    const keys = Object.keys(index.entries);
    index.entries[keys[0] ?? ''] = null;
    index.entries[keys[1] ?? ''] = { journal: [1, 2], bundle: null, summary: { playbook: 'x' } };
    writeFileSync(indexFile(), JSON.stringify(index));
    expect(summarizeCases(paths, NOW, 'en')).toEqual(truth);
  });

  it('a filter (what start asks: open cases of one playbook) gives what the full list gives', () => {
    const all = summarizeCases(paths, NOW, 'en');
    const open = all.filter((s) => !s.closed && s.playbook === 'fraud-order');
    expect(open.length).toBeGreaterThan(0);
    expect(summarizeCases(paths, NOW, 'en', undefined, { playbook: 'fraud-order', open: true })).toEqual(
      open,
    );
    expect(summarizeCases(paths, NOW, 'en', undefined, { open: true })).toEqual(all.filter((s) => !s.closed));
  });

  it('works out overdue and the follow-up text on the day and in the language asked', () => {
    const early = summarizeCases(paths, new Date('2019-01-01T12:00:00Z'), 'en');
    const late = summarizeCases(paths, new Date('2031-01-01T12:00:00Z'), 'ja');
    const pick = (list: typeof early) =>
      list.find((s) => s.nextFollowUp !== undefined && s.playbook === 'fraud-order');
    expect(pick(early)?.overdueFollowUps).toBe(0);
    expect(pick(late)?.overdueFollowUps).toBeGreaterThan(0);
    expect(pick(early)?.nextFollowUpCheck).not.toBe(pick(late)?.nextFollowUpCheck);
  });

  it('latestOpenCase (what start offers) is the open case of that playbook touched last, kept up to date', async () => {
    const open = () => summarizeCases(paths, NOW, 'en', undefined, { playbook: 'fraud-order', open: true });
    const [latest, older] = open();
    expect(await latestOpenCase(paths, 'fraud-order')).toEqual({
      id: latest?.id,
      progress: latest?.progress,
    });
    expect(statSync(join(home, 'cache', 'case-heads.json')).mode & 0o777).toBe(0o600);
    expect(await latestOpenCase(paths, 'no-such-playbook')).toBeUndefined();
    // A note makes an older case the latest; closing it hands the place back.
    expect(runCli(['note', older?.id ?? '', 'called again'], { home }).code).toBe(0);
    expect((await latestOpenCase(paths, 'fraud-order'))?.id).toBe(older?.id);
    expect(runCli(['close', older?.id ?? '', '--force'], { home }).code).toBe(0);
    expect((await latestOpenCase(paths, 'fraud-order'))?.id).toBe(open()[0]?.id);
    expect((await latestOpenCase(paths, 'fraud-order'))?.id).not.toBe(older?.id);
  });

  it('latestOpenCase reads its index back and keeps it: nothing changed, nothing rebuilt or rewritten', async () => {
    await latestOpenCase(paths, undefined);
    const file = join(home, 'cache', 'case-heads.json');
    const written = readFileSync(file, 'utf8');
    // Made old on purpose: a rewrite would show as a new modification time.
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    await latestOpenCase(paths, undefined);
    await latestOpenCase(paths, 'fraud-order');
    expect(statSync(file).mtime.getFullYear()).toBe(2020);
    expect(readFileSync(file, 'utf8')).toBe(written);
  });
});
