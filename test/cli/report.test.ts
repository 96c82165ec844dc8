// `respond report` and `respond draft` run in-process against a case on disk: the same
// output as the renderers, -o written whole and private, the cardholder kept in the case,
// --open never failing, and the exit codes of bad input.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { beforeEach, describe, expect, it } from 'vitest';
import { CaseNotFound, makeBundle } from '../../src/app/cases.js';
import { loadReportInput } from '../../src/app/report.js';
import type { Context } from '../../src/cli/context.js';
import { CliError, ExitCode } from '../../src/cli/exit.js';
import { run as runDraft } from '../../src/cli/commands/draft.js';
import { run as runReport } from '../../src/cli/commands/report.js';
import { formatLocalTimestamp } from '../../src/core/journal/timestamp.js';
import { hashPlaybook } from '../../src/io/journal.js';
import { buildReport } from '../../src/core/report/model.js';
import { renderReport } from '../../src/core/report/render.js';
import type { Paths } from '../../src/io/paths.js';
import { CASE_ID, fixtureEvents, fixtureInput, loadBuiltins, NOW } from '../core/report/fixtures/case.js';

interface Harness {
  ctx: Context;
  out: string[];
  err: string[];
  home: string;
}

function harness(lang: 'en' | 'ja' = 'en', env: Record<string, string> = {}): Harness {
  const home = mkdtempSync(join(tmpdir(), 'respond-report-'));
  const paths: Paths = { playbooks: join(home, 'playbooks'), cases: join(home, 'cases'), data: home };
  const dir = join(paths.cases, CASE_ID);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const library = loadBuiltins();
  const root = library.get('fraud-order');
  if (!root) throw new Error('no fraud-order');
  const bundle = JSON.stringify(makeBundle(root, library));
  writeFileSync(join(dir, 'playbook.json'), bundle, { mode: 0o600 });
  // The case-started event names the copy it was run with; a copy that does not match is refused.
  const events = fixtureEvents().map((e) => (e.type === 'case-started' ? { ...e, playbookHash: hashPlaybook(bundle) } : e));
  writeFileSync(join(dir, 'journal.jsonl'), events.map((e) => `${JSON.stringify(e)}\n`).join(''), { mode: 0o600 });
  const out: string[] = [];
  const err: string[] = [];
  const ctx: Context = {
    lang,
    colors: new Chalk({ level: 0 }),
    io: { out: (t) => out.push(t), err: (t) => err.push(t) },
    paths,
    env: { PATH: '', ...env },
    cwd: home,
    // The fixture's clock, seen from UTC: the same instant as NOW.
    now: () => new Date(NOW),
  };
  return { ctx, out, err, home };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('respond report', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness();
  });

  it('prints the whole record as text by default, as the renderer makes it', async () => {
    await runReport(h.ctx, ['2026-11-20-fraud'], {});
    const expected = renderReport(buildReport('all', { ...fixtureInput('en'), now: formatLocalTimestamp(new Date(NOW)) }), 'text');
    expect(`${h.out.join('\n')}\n`).toBe(expected);
  });

  it('-o writes the file whole, mode 0600, and leaves no temporary file', async () => {
    await runReport(h.ctx, [CASE_ID], { for: 'card-company', format: 'html', output: 'dispute.html' });
    const file = join(h.home, 'dispute.html');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    expect(readdirSync(h.home).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(h.err.join('\n')).toContain(`Report written: ${file}`);
    // writing again replaces it, still private
    await runReport(h.ctx, [CASE_ID], { for: 'police', format: 'json', output: 'dispute.html' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'respond-report', version: 1, kind: 'police' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('keeps --name and --phone in the case, once, for later reports', async () => {
    await runReport(h.ctx, [CASE_ID], { for: 'card-company', name: 'Hanako Yamada', phone: '090-1234-5678' });
    expect(h.out.join('\n')).toMatch(/Cardholder name:\s+Hanako Yamada/);
    const journal = join(h.ctx.paths.cases, CASE_ID, 'journal.jsonl');
    const lines = readFileSync(journal, 'utf8').trim().split('\n');
    expect(lines.slice(-2).map((l) => JSON.parse(l) as unknown)).toMatchObject([
      { type: 'answer', step: 'report', question: 'cardholder-name', value: 'Hanako Yamada' },
      { type: 'answer', step: 'report', question: 'cardholder-phone', value: '090-1234-5678' },
    ]);
    h.out.length = 0;
    await runReport(h.ctx, [CASE_ID], { for: 'card-company', name: 'Hanako Yamada' });
    expect(readFileSync(journal, 'utf8').trim().split('\n')).toHaveLength(lines.length);
    expect(h.out.join('\n')).toMatch(/Phone:\s+090-1234-5678/);
  });

  it('--open without an opener says where the file is and does not fail', async () => {
    await runReport(h.ctx, [CASE_ID], { for: 'card-company', open: true });
    const file = join(h.ctx.paths.cases, CASE_ID, 'report-card-company-en.html');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(h.err.join('\n')).toBe(`No program to open it was found. The report is here: ${file}`);
  });

  it('names an unknown case with CaseNotFound (exit 66 in main) and bad flags with 64', async () => {
    expect(await failure(runReport(h.ctx, ['1999-01-01-nothing'], {}))).toBeInstanceOf(CaseNotFound);
    expect(await failure(runReport(h.ctx, [], {}))).toMatchObject({ exitCode: ExitCode.usage });
    expect(await failure(runReport(h.ctx, [CASE_ID], { for: 'bank' }))).toMatchObject({ exitCode: ExitCode.usage });
    expect(await failure(runReport(h.ctx, [CASE_ID], { format: 'pdf' }))).toMatchObject({ exitCode: ExitCode.usage });
  });

  it('a folder it cannot write to is an I/O error, in one line', async () => {
    const error = await failure(runReport(h.ctx, [CASE_ID], { output: join(h.home, 'no', 'such', 'dir', 'r.txt') }));
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({ exitCode: ExitCode.io });
  });
});

describe('loadReportInput', () => {
  it('asks for the cardholder only what neither the flags nor the case hold, and keeps the answer', async () => {
    const h = harness();
    const asked: (readonly string[])[] = [];
    const ask = (missing: readonly ('name' | 'phone')[]) => {
      asked.push(missing);
      return Promise.resolve({ phone: '03-1111-2222' });
    };
    const first = await loadReportInput(h.ctx.paths, CASE_ID, 'en', h.ctx.now, { name: 'Hanako Yamada' }, ask);
    expect(asked).toEqual([['phone']]);
    expect(first.input.state.answers.get('report')?.get('cardholder-phone')).toEqual({ kind: 'text', value: '03-1111-2222' });
    await loadReportInput(h.ctx.paths, CASE_ID, 'en', h.ctx.now, {}, ask);
    expect(asked).toHaveLength(1);
  });
});

describe('respond draft', () => {
  it('prints the message for the party, in the language asked', async () => {
    const h = harness('ja');
    await runDraft(h.ctx, [CASE_ID], { to: 'carrier' });
    const text = h.out.join('\n');
    expect(text).toMatch(/^Subject: 配達停止のお願い/);
    expect(text).toContain('4455-6677-8899');
  });

  it('refuses a missing or unknown --to with exit 64', async () => {
    const h = harness();
    expect(await failure(runDraft(h.ctx, [CASE_ID], {}))).toMatchObject({ exitCode: ExitCode.usage });
    expect(await failure(runDraft(h.ctx, [CASE_ID], { to: 'police' }))).toMatchObject({ exitCode: ExitCode.usage });
  });
});
