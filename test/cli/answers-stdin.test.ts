import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

describe('respond start --answers -', () => {
  it('reads the answers from standard input', () => {
    const home = makeHome();
    const template = runCli(['show', 'emergency-contact', '--format', 'answers'], { home });
    const started = runCli(['start', 'emergency-contact', '--answers', '-'], {
      home,
      input: template.stdout,
    });
    expect(started.stderr).toBe('');
    expect(started.code).toBe(0);
    expect(started.stdout).toMatch(/Case \S+ recorded from standard input\./);
    const cases = JSON.parse(runCli(['cases', '--json', '--all'], { home }).stdout) as {
      progress: { finished: number; total: number };
    }[];
    expect(cases[0]?.progress.finished).toBe(cases[0]?.progress.total);
  });
});
