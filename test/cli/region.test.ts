// Where the person lives is kept with the case: from --region, else the RESPOND_REGION
// setting, else the system's time zone and locale (asked in a terminal when they disagree:
// test/e2e/triage-terminal.test.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('a playbook that depends on the region', () => {
  const home = makeHome();
  const file = join(home, 'regional.yaml');
  writeFileSync(
    file,
    [
      'id: regional',
      'title: Regional',
      'steps:',
      '  - id: call-188',
      '    title: Call 188',
      '    when: { region: jp }',
      '  - id: ftc',
      '    title: Report at ReportFraud.ftc.gov',
      '    when: { region: [us] }',
      '  - id: everyone',
      '    title: Keep your record',
      '    questions:',
      '      - { id: q, type: yesno, prompt: Did you save the mails? }',
      '      - { id: passbook, type: yesno, prompt: Did you update your passbook?, when: { all: [{ region: jp }, { answer: everyone.q, is: yes }] } }',
      '',
    ].join('\n'),
  );

  it('`show --region` leaves out what only another region needs; without it, says where each part applies', () => {
    const us = runCli(['show', file, '--region', 'us'], { home });
    expect(us.code).toBe(0);
    expect(us.stdout).toContain('ReportFraud.ftc.gov');
    expect(us.stdout).not.toContain('188');
    expect(us.stdout).not.toContain('passbook');
    const jp = runCli(['show', file, '--region', 'jp', '--lang', 'en'], { home });
    expect(jp.stdout).toContain('Call 188');
    expect(jp.stdout).toContain('passbook');
    expect(jp.stdout).not.toContain('ftc');
    const all = runCli(['show', file], { home });
    expect(all.stdout).toContain('you live in Japan');
  });

  it('a case walks only its own region', () => {
    const answers = 'steps:\n  everyone:\n    answers: { q: yes, passbook: yes }\n';
    const asked = (region: string): string[] => {
      const own = makeHome();
      const run = runCli(['start', file, '--answers', '-', '--region', region], {
        home: own,
        input: answers,
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const [id] = readdirSync(join(own, 'cases')).filter((f) => !f.startsWith('.'));
      return readFileSync(join(own, 'cases', id ?? '', 'journal.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { type: string; question?: string; step?: string })
        .flatMap((e) =>
          e.type === 'answer' ? [e.question ?? ''] : e.type === 'step-outcome' ? [e.step ?? ''] : [],
        );
    };
    expect(asked('jp')).toEqual(['call-188', 'q', 'passbook', 'everyone']);
    expect(asked('us')).toEqual(['ftc', 'q', 'everyone']);
  });

  it('refuses a region it does not know, at its line and column', () => {
    writeFileSync(
      join(home, 'bad.yaml'),
      'id: bad\ntitle: Bad\nsteps:\n  - id: a\n    title: A\n    when: { region: mars }\n',
    );
    const result = runCli(['validate', join(home, 'bad.yaml')], { home });
    expect(result.code).toBe(65);
    expect(result.stderr + result.stdout).toMatch(/bad\.yaml:6:\d+/);
    expect(result.stderr + result.stdout).toContain('mars');
  });
});
