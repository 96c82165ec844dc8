// Tab completion as the shells run it: the script `respond completion <shell>` prints is
// loaded into real bash, zsh and fish, which ask the built binary for the candidates of a
// half-typed command line: commands, an action, a flag's choices, the case ids on disk and
// the playbook ids. Where nothing fits, a file name does (each shell's own path completion).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { respondBinary } from '../e2e/binary.js';
import { suiteNeeding } from '../helpers/needs.js';
import { makeHome, runCli } from '../helpers/run-cli.js';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** A home with one case and one contact, and a `respond` on PATH running the built binary. */
function setUp(): { home: string; env: Record<string, string>; caseId: string } {
  const home = makeHome();
  const started = runCli(['start', 'emergency-contact', '--answers', '-'], {
    home,
    input: 'steps: {}\n',
  });
  const caseId =
    /(\d{4}-\d{2}-\d{2}-emergency-contact-[0-9a-f]+)/.exec(started.stdout + started.stderr)?.[1] ?? '';
  expect(caseId, started.stderr).not.toBe('');
  expect(
    runCli(['contacts', 'add', '--kind', 'card-issuer', '--name', 'My Visa', '--phone', '0120-000-000'], {
      home,
    }).code,
  ).toBe(0);
  const bin = join(home, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'respond'), `#!/bin/sh\nexec '${process.execPath}' '${respondBinary()}' "$@"\n`);
  chmodSync(join(bin, 'respond'), 0o755);
  return {
    home,
    caseId,
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: home, RESPOND_HOME: home, LANG: 'C.UTF-8' },
  };
}

const script = (shell: string, home: string) => {
  const out = runCli(['completion', shell], { home });
  expect(out.code, out.stderr).toBe(0);
  const file = join(home, `respond.${shell}`);
  writeFileSync(file, `${out.stdout}\n`);
  return file;
};

describe('respond completion', () => {
  it('refuses a shell it does not know, in one line', () => {
    const out = runCli(['completion', 'tcsh']);
    expect(out.code).toBe(64);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain('bash, zsh or fish');
  });
});

suiteNeeding(has('bash') ? '' : 'bash not found')('completion in bash', () => {
  it('completes commands, actions, choices, case ids and playbook ids', () => {
    const { home, env, caseId } = setUp();
    const file = script('bash', home);
    const tab = (line: string): string[] => {
      const words = line.split(' ');
      const run = spawnSync(
        'bash',
        [
          '-c',
          `source '${file}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _respond_complete; printf '%s\\n' "\${COMPREPLY[@]}"; complete -p respond`,
        ],
        { env, encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
      return run.stdout.trim().split('\n');
    };
    expect(tab('respond re')).toEqual([
      'resume',
      'report',
      'complete -o default -F _respond_complete respond',
    ]);
    expect(tab('respond report x --for ')).toContain('police');
    expect(tab('respond resume ')).toContain(caseId);
    expect(tab('respond start fr')).toContain('fraud-order');
    expect(tab('respond contacts ')).toEqual(expect.arrayContaining(['add', 'list', 'remove', 'print']));
    expect(tab('respond contacts remove ')).toContain('my-visa');
    expect(tab('respond note x ')).toEqual(expect.arrayContaining(['shipment', 'loss', 'call', 'charge']));
    // A file name: no candidate, and bash's own completion (-o default) takes over.
    expect(tab('respond start --answers ')).toEqual(['complete -o default -F _respond_complete respond']);
  });
});

suiteNeeding(has('zsh') ? '' : 'zsh not found (apt-get install zsh)')('completion in zsh', () => {
  it('offers the candidates to compadd, and files where a file name goes', () => {
    const { home, env, caseId } = setUp();
    const file = script('zsh', home);
    // compadd and _files stand in for the completion system: they print what they are given.
    const tab = (line: string): string[] => {
      const words = line.split(' ');
      const run = spawnSync(
        'zsh',
        [
          '-f',
          '-c',
          `compdef() { :; }; compadd() { shift 2; print -l -- "$@"; }; _files() { print FILES; }; source '${file}'; words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; _respond_complete`,
        ],
        { env, encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
      return run.stdout.trim().split('\n');
    };
    expect(tab('respond re')).toEqual(['resume', 'report']);
    expect(tab('respond log ')).toContain(caseId);
    expect(tab('respond show ')).toContain('card-charges');
    expect(tab('respond validate ')).toEqual(['FILES']);
  });
});

suiteNeeding(has('fish') ? '' : 'fish not found (apt-get install fish)')('completion in fish', () => {
  it('answers complete -C with the candidates, and paths where a file name goes', () => {
    const { home, env, caseId } = setUp();
    const file = script('fish', home);
    const tab = (line: string): string[] => {
      const run = spawnSync('fish', ['--no-config', '-c', `source '${file}'; complete -C '${line}'`], {
        env,
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('\t')[0] ?? '');
    };
    expect(tab('respond re')).toEqual(['report', 'resume']);
    expect(tab('respond draft x --to ')).toEqual(['card-company', 'carrier', 'merchant']);
    expect(tab('respond close ')).toContain(caseId);
    writeFileSync(join(home, 'answers.yaml'), 'steps: {}\n');
    const paths = spawnSync(
      'fish',
      ['--no-config', '-c', `cd '${home}'; source '${file}'; complete -C 'respond start --answers ans'`],
      {
        env,
        encoding: 'utf8',
      },
    );
    expect(paths.stdout).toContain('answers.yaml');
  });
});
