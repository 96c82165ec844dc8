import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('respond (the binary)', () => {
  it('prints its version and exits 0', () => {
    const result = runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers an unknown command with one usage line and exit 64', () => {
    const result = runCli(['lsit']);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("unknown command 'lsit'");
    expect(result.stderr).toContain('list');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('answers an unknown option with exit 64', () => {
    const result = runCli(['list', '--frobnicate']);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('--frobnicate');
  });

  it('shows help with examples for every command, in Japanese when asked', () => {
    for (const command of ['list', 'show', 'validate', 'schema', 'new']) {
      const result = runCli([command, '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toContain('Examples:');
      expect(result.stdout, command).toContain(`$ respond ${command}`);
    }
    const ja = runCli(['list', '--help', '--lang', 'ja']);
    expect(ja.stdout).toContain('例:');
  });
});
