// `respond log`, `report --json` and `show --json` on the incident persona's case on disk:
// the log reads as the person's words (choice labels, never the ids order-mails, hidden,
// visa, waiting; a record's fields on one line, not the list again after every field), and
// the JSON flags give the same data as --format json.
import { rmSync } from 'node:fs';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/cli/context.js';
import { CliError, ExitCode } from '../../src/cli/exit.js';
import { run as runLog } from '../../src/cli/commands/log.js';
import { run as runReport } from '../../src/cli/commands/report.js';
import { run as runShow } from '../../src/cli/commands/show.js';
import { PERSONA_CASE, PERSONA_NOW, personaCase, writePersonaCase } from '../core/report/fixtures/persona.js';

const persona = await personaCase();
const { home, paths } = writePersonaCase(persona);
afterAll(() => rmSync(home, { recursive: true, force: true }));

function context(lang: 'en' | 'ja'): { ctx: Context; out: string[] } {
  const out: string[] = [];
  const ctx: Context = {
    lang,
    langChosen: true,
    cmd: 'respond',
    colors: new Chalk({ level: 0 }),
    io: { out: (t) => out.push(t), err: () => undefined },
    paths,
    env: { PATH: '' },
    cwd: home,
    now: () => new Date(PERSONA_NOW),
  };
  return { ctx, out };
}

describe('respond log of the incident persona', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: labels, never option ids; each record once, on one line`, async () => {
      const { ctx, out } = context(lang);
      await runLog(ctx, [PERSONA_CASE], {});
      const text = out.join('\n');
      expect(text).not.toMatch(/: (order-mails|hidden|visa|waiting|posted|pending|not-shipped|shipped)$/m);
      expect(text).toContain(lang === 'en' ? 'Visa' : 'Visa');
      // The third order's details: one line with its items, amount and status.
      const third = text.split('\n').filter((l) => l.includes('家電 3'));
      expect(third).toHaveLength(1);
      expect(third[0]).toMatch(/11,940 JPY/);
      expect(third[0]).toContain(lang === 'en' ? 'Shipped' : '発送済み');
      // The order numbers read on one line each, never the whole list again after a field.
      expect(text.split('\n').filter((l) => l.includes('1001') && l.includes('1008'))).toHaveLength(0);
    });
  }

  it('--json keeps one object per event, with its own line of text', async () => {
    const { ctx, out } = context('en');
    await runLog(ctx, [PERSONA_CASE], { json: true });
    const lines = JSON.parse(out.join('\n')) as { type: string; text: string }[];
    expect(lines).toHaveLength(persona.events.length);
    expect(lines.find((l) => l.type === 'answer' && l.text.includes('Visa'))).toBeDefined();
  });
});

describe('--json', () => {
  it('report --json is --format json', async () => {
    const a = context('en');
    const b = context('en');
    await runReport(a.ctx, [PERSONA_CASE], { for: 'card-company', json: true });
    await runReport(b.ctx, [PERSONA_CASE], { for: 'card-company', format: 'json' });
    expect(a.out.join('\n')).toBe(b.out.join('\n'));
    expect(JSON.parse(a.out.join('\n'))).toMatchObject({ format: 'respond-report', kind: 'card-company' });
  });

  it('report --json with another --format is a usage error', async () => {
    const { ctx } = context('en');
    const error = await runReport(ctx, [PERSONA_CASE], { json: true, format: 'html' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(ExitCode.usage);
  });

  it('show --json gives the playbook and the ones it includes', async () => {
    const { ctx, out } = context('en');
    await runShow(ctx, ['fraud-order'], { json: true });
    const shown = JSON.parse(out.join('\n')) as {
      format: string;
      playbook: { id: string };
      includes: Record<string, unknown>;
    };
    expect(shown.format).toBe('respond-playbook');
    expect(shown.playbook.id).toBe('fraud-order');
    expect(Object.keys(shown.includes).sort()).toEqual([
      'card-charges',
      'emergency-contact',
      'stop-shipment',
    ]);
  });
});
