// `respond helplines`: the directory for where the person lives, from the built binary.
import { describe, expect, it } from 'vitest';
import { HELPLINES, helplinesFor } from '../../../src/core/helplines/directory.js';
import { runCli } from '../../helpers/run-cli.js';

describe('respond helplines', () => {
  it('--region us never names the Japanese lines, --region jp never the FTC', () => {
    const us = runCli(['helplines', '--region', 'us']);
    expect(us.code).toBe(0);
    expect(us.stdout).toMatch(/ReportFraud\.ftc\.gov/);
    expect(us.stdout).not.toMatch(/188|#9110|110/);
    const jp = runCli(['helplines', '--region', 'jp']);
    expect(jp.code).toBe(0);
    expect(jp.stdout).toMatch(/#9110/);
    expect(jp.stdout).not.toMatch(/FTC|ftc\.gov|Report Fraud|Cifas/);
  });

  it('takes the region from RESPOND_REGION when none is given', () => {
    const uk = runCli(['helplines'], { env: { RESPOND_REGION: 'uk' } });
    expect(uk.code).toBe(0);
    expect(uk.stdout).toMatch(/0300 123 2040/);
    expect(uk.stdout).toMatch(/Action Fraud/);
    expect(uk.stdout).not.toMatch(/#9110|FTC/);
  });

  it('speaks Japanese with --lang ja, institutions unchanged', () => {
    const out = runCli(['helplines', '--region', 'uk', '--lang', 'ja']);
    expect(out.code).toBe(0);
    expect(out.stdout.split('\n')[0]).toContain('イギリス');
    expect(out.stdout).toContain('詐欺やネットの犯罪を届け出る');
    expect(out.stdout).toMatch(/0300 123 2040/);
  });

  it('prints the data as JSON that reads back as the directory', () => {
    const jp = runCli(['helplines', '--region', 'jp', '--json']);
    expect(jp.code).toBe(0);
    expect(JSON.parse(jp.stdout)).toEqual(JSON.parse(JSON.stringify(helplinesFor('jp'))));
    const all = runCli(['helplines', '--region', 'all', '--json']);
    expect(JSON.parse(all.stdout)).toEqual(JSON.parse(JSON.stringify(HELPLINES)));
  });

  it('refuses a region it does not know, in one line, exit 64', () => {
    const out = runCli(['helplines', '--region', 'mars']);
    expect(out.code).toBe(64);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/mars/);
  });
});
