// After `npm install && npx respond start …` in the project folder there is no `respond`
// command: every hint must then name `npx respond`, and say once how to install it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandName } from '../../src/cli/invocation.js';
import { makeHome, runCli } from '../helpers/run-cli.js';

// What npx (npm exec) puts in the environment of what it starts.
const NPX_ENV = {
  npm_lifecycle_event: 'npx',
  npm_config_user_agent: 'npm/10.9.2 node/v20.19.0 linux x64 workspaces/false',
  npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
};

function laterAnswers(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'respond-answers-')), 'later.yaml');
  writeFileSync(file, 'steps:\n  merchant-contact:\n    outcome: later\n');
  return file;
}

describe('hints name the command the person can type', () => {
  it('says `npx respond resume` and how to install respond when started through npx', () => {
    const home = makeHome();
    const run = runCli(['start', 'emergency-contact', '--answers', laterAnswers()], { home, env: NPX_ENV });
    expect(run.code).toBe(0);
    const id = /Case (\S+) recorded/.exec(run.stdout)?.[1] ?? '';
    expect(run.stdout).toContain(`Saved. Continue with: npx respond resume ${id}`);
    expect(run.stdout).toContain('npm install -g .');
    expect(run.stdout.match(/npm install -g/g)).toHaveLength(1);
  });

  it('says `respond resume`, and nothing about installing, when respond is installed', () => {
    const home = makeHome();
    const run = runCli(['start', 'emergency-contact', '--answers', laterAnswers()], { home });
    const id = /Case (\S+) recorded/.exec(run.stdout)?.[1] ?? '';
    expect(run.stdout).toContain(`Saved. Continue with: respond resume ${id}`);
    expect(run.stdout).not.toContain('npx');
    expect(run.stdout).not.toContain('npm install');
  });

  it('speaks npx in Japanese too, in help examples and in the hints of errors', () => {
    const home = makeHome();
    const ja = runCli(['start', 'emergency-contact', '--lang', 'ja', '--answers', laterAnswers()], {
      home,
      env: NPX_ENV,
    });
    expect(ja.stdout).toMatch(/続きは: npx respond resume \S+/);
    expect(ja.stdout).toContain('npm install -g .');
    const help = runCli(['--help'], { env: NPX_ENV });
    expect(help.stdout).toContain('  npx respond start fraud-order');
    expect(runCli(['resume', '--help'], { env: NPX_ENV }).stdout).toContain('$ npx respond resume');
    const missing = runCli(['log', 'no-such-case'], { home, env: NPX_ENV });
    expect(missing.code).toBe(66);
    expect(missing.stderr).toContain('`npx respond cases --all`');
    const noCases = runCli(['cases'], { home: makeHome(), env: NPX_ENV });
    expect(noCases.stdout).toContain('npx respond start fraud-order');
  });
});

describe('commandName', () => {
  it.each([
    [{}, '/usr/local/bin/respond', 'respond'],
    [{}, '/home/h/respond/bin/respond.cjs', 'respond'],
    [{}, 'C:\\Users\\h\\AppData\\Roaming\\npm\\node_modules\\respond\\bin\\respond.js', 'respond'],
    [
      { npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' },
      '/p/node_modules/.bin/respond',
      'npx respond',
    ],
    [{ npm_config_user_agent: 'pnpm/9.0.0 npm/? node/v20.19.0' }, '/p/bin/respond.cjs', 'npx respond'],
    [{ npm_lifecycle_event: 'npx' }, undefined, 'npx respond'],
    [{}, '/home/h/shop/node_modules/.bin/respond', 'npx respond'],
    [{ npm_execpath: '' }, '/usr/local/lib/node_modules/.bin/respond', 'respond'],
  ] as const)('%o started from %s → %s', (env, launcher, expected) => {
    expect(commandName(env, launcher)).toBe(expected);
  });
});
