// `respond report` and `respond draft` run in-process against a case on disk: the same
// output as the renderers, -o written whole and private, the cardholder kept in the case,
// --open never failing, and the exit codes of bad input.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeBundle } from '../../src/app/bundle.js';
import { CaseNotFound } from '../../src/app/cases.js';
import { loadReportInput } from '../../src/app/report.js';
import type { Context } from '../../src/cli/context.js';
import { CliError, ExitCode } from '../../src/cli/exit.js';
import { run as runDraft } from '../../src/cli/commands/draft.js';
import { run as runReport } from '../../src/cli/commands/report.js';
import { formatLocalTimestamp } from '../../src/core/journal/timestamp.js';
import { hashPlaybook } from '../../src/io/case-create.js';
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
  const paths: Paths = {
    playbooks: join(home, 'playbooks'),
    cases: join(home, 'cases'),
    data: home,
    cache: join(home, 'cache'),
  };
  const dir = join(paths.cases, CASE_ID);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const library = loadBuiltins();
  const root = library.get('fraud-order');
  if (!root) throw new Error('no fraud-order');
  const bundle = JSON.stringify(makeBundle([root], library));
  writeFileSync(join(dir, 'playbook.json'), bundle, { mode: 0o600 });
  // The case-started event names the copy it was run with; a copy that does not match is refused.
  const events = fixtureEvents().map((e) =>
    e.type === 'case-started' ? { ...e, playbookHash: hashPlaybook(bundle) } : e,
  );
  writeFileSync(join(dir, 'journal.jsonl'), events.map((e) => `${JSON.stringify(e)}\n`).join(''), {
    mode: 0o600,
  });
  const out: string[] = [];
  const err: string[] = [];
  const ctx: Context = {
    lang,
    // As with --lang: these tests ask for the language (the fixture case was run in Japanese).
    langChosen: true,
    cmd: 'respond',
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
    // The record line names the journal on disk: its last line, hashed as sha256sum would.
    const lines = readFileSync(join(h.home, 'cases', CASE_ID, 'journal.jsonl'), 'utf8')
      .trimEnd()
      .split('\n');
    const last = lines.at(-1) ?? '';
    const record = {
      events: lines.length,
      at: (JSON.parse(last) as { ts: string }).ts,
      hash: `sha256:${createHash('sha256').update(last).digest('hex')}`,
      chained: false,
    };
    const expected = renderReport(
      buildReport('all', { ...fixtureInput('en'), now: formatLocalTimestamp(new Date(NOW)), record }),
      'text',
    );
    expect(expected).toContain('Made from the record up to event');
    expect(`${h.out.join('\n')}\n`).toBe(expected);
  });

  it('-o writes the file whole, mode 0600, and leaves no temporary file', async () => {
    await runReport(h.ctx, [CASE_ID], { for: 'card-company', format: 'html', output: 'dispute.html' });
    const file = join(h.home, 'dispute.html');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    expect(readdirSync(h.home).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(h.err.join('\n')).toContain(`Report written: ${file}`);
    // writing again with --force replaces it, still private
    await runReport(h.ctx, [CASE_ID], { for: 'police', format: 'json', output: 'dispute.html', force: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      format: 'respond-report',
      version: 1,
      kind: 'police',
    });
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

  it('masks a card number typed into --name or --phone, in any form, in the journal and the report', async () => {
    await runReport(h.ctx, [CASE_ID], {
      for: 'card-company',
      name: 'Hanako ４１１１　１１１１　１１１１　１１１１',
      phone: '4111\u00a01111\u00a01111\u00a01111',
    });
    const journal = readFileSync(join(h.ctx.paths.cases, CASE_ID, 'journal.jsonl'), 'utf8');
    for (const text of [journal, h.out.join('\n')]) {
      expect(text.normalize('NFKC').replace(/\s/g, '')).not.toContain('4111111111111111');
      expect(text).toContain('Hanako •••• 1111');
    }
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
    expect(await failure(runReport(h.ctx, [CASE_ID], { for: 'bank' }))).toMatchObject({
      exitCode: ExitCode.usage,
    });
    expect(await failure(runReport(h.ctx, [CASE_ID], { format: 'pdf' }))).toMatchObject({
      exitCode: ExitCode.usage,
    });
  });

  it('a folder it cannot write to is an I/O error, in one line', async () => {
    const error = await failure(
      runReport(h.ctx, [CASE_ID], { output: join(h.home, 'no', 'such', 'dir', 'r.txt') }),
    );
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({ exitCode: ExitCode.io });
  });
});

describe('respond report -o: where it will not write', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness();
  });

  it('refuses an existing file unless --force, and says so in one line', async () => {
    const file = join(h.home, 'dispute.txt');
    writeFileSync(file, 'my own notes\n');
    const error = await failure(runReport(h.ctx, [CASE_ID], { output: file }));
    expect(error).toMatchObject({
      exitCode: ExitCode.usage,
      message: `${file} already exists. Add --force to replace it, or choose another name.`,
    });
    expect(readFileSync(file, 'utf8')).toBe('my own notes\n');
    await runReport(h.ctx, [CASE_ID], { output: file, force: true });
    expect(readFileSync(file, 'utf8')).toMatch(/^Case record/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses a symbolic link, even with --force, and leaves the link and its target alone', async () => {
    const target = join(h.home, 'elsewhere.txt');
    writeFileSync(target, 'not yours\n');
    const link = join(h.home, 'report.txt');
    symlinkSync(target, link);
    const stdoutLink = join(h.home, 'stdout.txt');
    symlinkSync('/proc/self/fd/1', stdoutLink);
    for (const output of [link, stdoutLink]) {
      const error = await failure(runReport(h.ctx, [CASE_ID], { output, force: true }));
      expect(error).toMatchObject({
        exitCode: ExitCode.usage,
        message: expect.stringContaining(`${output} is a symbolic link`) as string,
      });
      expect(lstatSync(output).isSymbolicLink()).toBe(true);
    }
    expect(readlinkSync(stdoutLink)).toBe('/proc/self/fd/1');
    expect(readFileSync(target, 'utf8')).toBe('not yours\n');
  });

  it('refuses a FIFO without hanging, and leaves it a FIFO', async () => {
    const fifo = join(h.home, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const error = await failure(runReport(h.ctx, [CASE_ID], { output: fifo, force: true }));
    expect(error).toMatchObject({
      exitCode: ExitCode.usage,
      message: expect.stringContaining('is a pipe (FIFO)') as string,
    });
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes to a device as it is: /dev/full says the disk is full (74), /dev/null stays a device', async () => {
    const error = await failure(runReport(h.ctx, [CASE_ID], { output: '/dev/full' }));
    expect(error).toMatchObject({
      exitCode: ExitCode.io,
      message: 'cannot write /dev/full: the disk is full. Free some space and run the same command again.',
    });
    await runReport(h.ctx, [CASE_ID], { output: '/dev/null' });
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(h.err.join('\n')).toContain('Report written: /dev/null');
  });

  it('says it in Japanese too', async () => {
    const ja = harness('ja');
    const file = join(ja.home, 'r.txt');
    writeFileSync(file, 'x');
    expect(await failure(runReport(ja.ctx, [CASE_ID], { output: file }))).toMatchObject({
      message: `${file} はすでにあります。置き換えるには --force を付けるか、別の名前を指定してください。`,
    });
  });
});

describe('the language of the papers', () => {
  it("is the case's own without --lang: a case run in Japanese gets Japanese papers on an English system", async () => {
    const h = harness('en');
    const ctx = { ...h.ctx, langChosen: false };
    await runReport(ctx, [CASE_ID], {});
    expect(h.out.join('\n')).toContain('ケースの記録');
    await runDraft(ctx, [CASE_ID], { to: 'merchant' });
    expect(h.out.at(-1)).not.toContain('Dear');
    expect(h.out.at(-1)).toMatch(/[ぁ-ん]/);
    const chosen = harness('en');
    await runReport(chosen.ctx, [CASE_ID], {});
    expect(chosen.out.join('\n')).toContain('Case record');
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
    const first = await loadReportInput(
      h.ctx.paths,
      CASE_ID,
      'en',
      h.ctx.now,
      { name: 'Hanako Yamada' },
      ask,
    );
    expect(asked).toEqual([['phone']]);
    expect(first.input.state.answers.get('report')?.get('cardholder-phone')).toEqual({
      kind: 'text',
      value: '03-1111-2222',
    });
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
    expect(await failure(runDraft(h.ctx, [CASE_ID], { to: 'police' }))).toMatchObject({
      exitCode: ExitCode.usage,
    });
  });
});
