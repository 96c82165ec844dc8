import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

describe('a case whose creation was interrupted (empty journal)', () => {
  it('is one warning line in `cases`, and a clear refusal (65) to resume or log it', () => {
    const home = makeHome();
    const id = '2026-11-22-fraud-order-0bad';
    mkdirSync(join(home, 'cases', id), { recursive: true, mode: 0o700 });
    writeFileSync(join(home, 'cases', id, 'journal.jsonl'), '', { mode: 0o600 });

    const cases = runCli(['cases'], { home });
    expect(cases.code).toBe(0);
    expect(cases.stderr.trim().split('\n')).toHaveLength(1);
    expect(cases.stderr).toContain(id);
    expect(cases.stdout).toContain('No open cases');

    for (const args of [
      ['resume', id],
      ['log', id],
    ]) {
      const result = runCli(args, { home });
      expect(result.code, args.join(' ')).toBe(65);
      expect(result.stderr, args.join(' ')).toContain('interrupted while it was being created');
      expect(result.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });
});
