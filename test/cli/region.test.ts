// Where the person lives is kept with the case: from --region, else the RESPOND_REGION
// setting, else the system's time zone and locale (asked in a terminal when they disagree:
// test/e2e/triage-terminal.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

function startedRegion(args: string[], env: Record<string, string> = {}): unknown {
  const home = makeHome();
  const template = runCli(['show', 'stop-shipment', '--format', 'answers'], { home });
  expect(template.code).toBe(0);
  const run = runCli(['start', 'stop-shipment', '--answers', '-', ...args], {
    home,
    env,
    input: template.stdout,
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const [id] = readdirSync(join(home, 'cases')).filter((f) => !f.startsWith('.'));
  const first = readFileSync(join(home, 'cases', id ?? '', 'journal.jsonl'), 'utf8').split('\n')[0] ?? '';
  return (JSON.parse(first) as { region?: unknown }).region;
}

describe('the region of a case', () => {
  it('comes from --region, before the setting', () => {
    expect(startedRegion(['--region', 'us'], { RESPOND_REGION: 'jp' })).toBe('us');
  });

  it('comes from the RESPOND_REGION setting', () => {
    expect(startedRegion([], { RESPOND_REGION: 'uk' })).toBe('uk');
  });

  it('is guessed from the time zone when nothing else says', () => {
    expect(startedRegion([], { TZ: 'Asia/Tokyo', LANG: 'en_US.UTF-8' })).toBe('jp');
    expect(startedRegion([], { TZ: 'America/New_York', LANG: 'en_US.UTF-8' })).toBe('us');
  });

  it('refuses a region it does not know, in one line, exit 64', () => {
    const result = runCli(['start', 'stop-shipment', '--region', 'mars']);
    expect(result.code).toBe(64);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--region.*mars.*jp, us, uk, other/);
  });
});
