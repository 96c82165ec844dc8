// At 80 columns `list` and `cases` fit the terminal in both languages (COLUMNS stands for the
// terminal here): no row wraps, a cut cell ends in "…", and an overdue check keeps its date
// and its mark. Sent to a pipe without COLUMNS, every cell is whole, for scripts.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/core/table.js';
import { makeHome, runCli } from '../helpers/run-cli.js';

const ANSWERS = resolve(import.meta.dirname, '../e2e/fixtures/fraud-order.answers.yaml');

describe('tables at 80 columns', () => {
  const home = makeHome();
  const started = runCli(['start', 'fraud-order', '--answers', ANSWERS], { home });

  it.each([
    ['list', 'en'],
    ['list', 'ja'],
    ['cases', 'en'],
    ['cases', 'ja'],
  ])('%s --lang %s fits', (command, lang) => {
    expect(started.code, started.stderr).toBe(0);
    const run = runCli([command, '--lang', lang], { home, env: { COLUMNS: '80' } });
    expect(run.code, run.stderr).toBe(0);
    const rows = run.stdout
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('Your own') && !l.startsWith('自分の'));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(displayWidth(row), row).toBeLessThanOrEqual(80);
    if (command === 'cases') expect(rows[1]).toMatch(/\d{4}-\d{2}-\d{2} (OVERDUE|期限切れ) {2}/);
    // Whole in a pipe.
    const whole = runCli([command, '--lang', lang], { home });
    expect(whole.stdout).not.toContain('…');
  });
});
