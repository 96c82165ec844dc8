// respond(1), as the build writes it (dist/respond.1) from the command table: groff reads it
// without a warning, and it has every command, every action and every flag the help has,
// and every setting the README lists.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandSpecs } from '../../src/cli/command-table.js';
import { texts } from '../../src/cli/command-texts.js';
import { suiteNeeding } from '../helpers/needs.js';

const root = resolve(import.meta.dirname, '../..');
const page = readFileSync(resolve(root, 'dist/respond.1'), 'utf8');
const hasGroff = spawnSync('sh', ['-c', 'command -v groff']).status === 0;

/** The page as a person reads it, hyphens and all. */
const rendered = (): string => {
  const run = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-P', '-cbou'], { input: page, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout.replace(/\u2010/g, '-');
};

describe('the manual page', () => {
  it('is registered for npm to install', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { man?: string[] };
    expect(pkg.man).toEqual(['./dist/respond.1']);
    expect(page).toMatch(/^\.TH RESPOND 1 "\d{4}-\d{2}" "respond \d+\.\d+\.\d+"/);
  });
});

suiteNeeding(hasGroff ? '' : 'groff not found')('the manual page, rendered', () => {
  it('has every command, action and flag of the help, and every README setting', () => {
    const text = rendered();
    for (const spec of commandSpecs(texts.en, 'respond')) {
      expect(text, spec.name).toContain(`${spec.name}${spec.args ? ` ${spec.args}` : ''}`);
      for (const option of spec.options ?? [])
        expect(text, `${spec.name} ${option.flags}`).toContain(option.flags);
      for (const sub of spec.subcommands ?? []) {
        expect(text).toContain(`${spec.name} ${sub.name}`);
        for (const option of sub.options ?? []) expect(text).toContain(option.flags);
      }
    }
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    const settings = readme.slice(readme.indexOf('| variable | what it does |'));
    const names = [...settings.slice(0, settings.indexOf('\n\n')).matchAll(/^\| `([A-Z_]+)/gm)].map(
      (m) => m[1] ?? '',
    );
    expect(names.length).toBeGreaterThan(4);
    for (const name of names) expect(text, name).toContain(name);
    expect(text).toContain('EXIT STATUS');
    expect(text).toMatch(/64\s+usage/);
  });
});
