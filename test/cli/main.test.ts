import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, makeHome, runCli } from '../helpers/run-cli.js';

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
    expect(ja.stdout).toContain('使い方: respond list');
    expect(ja.stdout).not.toContain('Usage:');
    const top = runCli(['--help'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(top.stdout).toContain('まずはここから:');
    expect(top.stdout.indexOf('start [オプション]')).toBeLessThan(top.stdout.indexOf('list [オプション]'));
    // commander's own words read in Japanese too: usage, choices, defaults.
    expect(top.stdout).toContain('使い方: respond [オプション] [コマンド]');
    const report = runCli(['report', '--help', '--lang', 'ja']);
    expect(report.stdout).toContain('(選択肢:');
    for (const english of ['[options]', '[command]', '(choices:', '(default:'])
      expect(`${top.stdout}${report.stdout}`).not.toContain(english);
  });

  it('turns colors off with --no-color before or after the command, even when FORCE_COLOR is set', () => {
    const colored = runCli(['list'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(colored.stdout).toContain('\u001b[');
    for (const args of [
      ['list', '--no-color'],
      ['--no-color', 'list'],
    ]) {
      const plain = runCli(args, { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
      expect(plain.code, args.join(' ')).toBe(0);
      expect(plain.stdout, args.join(' ')).not.toContain('\u001b[');
    }
  });

  it('leaves quietly when the reader closes the pipe early (respond show | true)', () => {
    const home = makeHome();
    // `true` exits without reading, so the very first write meets a closed pipe.
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" show fraud-order | true`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: home, RESPOND_HOME: home, LANG: 'C', NO_COLOR: '1' },
      timeout: 15_000,
    });
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});
