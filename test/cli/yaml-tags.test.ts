// An unknown YAML tag is one plain line naming where it is, in an answers file as in a
// playbook: never Node's "(node:…) [TAG_RESOLVE_FAILED] YAMLWarning" block.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

describe('an unknown YAML tag', () => {
  it('in an answers file: one line with the place, exit 65, and no case', () => {
    const home = makeHome();
    const file = join(home, 'answers.yaml');
    writeFileSync(file, 'steps:\n  first-minutes:\n    note: !shout hello\n');
    const result = runCli(['start', 'fraud-order', '--answers', file], { home });
    expect(result.code).toBe(65);
    expect(result.stderr).toBe(
      `respond: ${file}:3:11: the tag "!shout" is not supported in an answers file. Remove it.\n`,
    );
    expect(JSON.parse(runCli(['cases', '--json', '--all'], { home }).stdout)).toEqual([]);
    const ja = runCli(['start', 'fraud-order', '--answers', '-'], {
      home,
      input: 'steps: !!set {a}\n',
      env: { LANG: 'ja_JP.UTF-8' },
    });
    expect(ja.code).toBe(65);
    expect(ja.stderr).not.toMatch(/YAMLWarning|\(node:/);
  });

  it('in a playbook: one validation message, for validate and for a file in the playbook folder', () => {
    const home = makeHome();
    mkdirSync(join(home, 'playbooks'), { recursive: true });
    const file = join(home, 'playbooks', 'tagged.yaml');
    writeFileSync(file, 'id: tagged\ntitle: T\nsteps:\n  - id: a\n    title: !shout A\n');
    const validated = runCli(['validate', file], { home });
    expect(validated.code).toBe(65);
    expect(validated.stderr.split('\n')[0]).toBe(
      `${file}:5:12  The tag "!shout" is not supported. Remove it.`,
    );
    const listed = runCli(['list'], { home });
    expect(listed.code).toBe(0);
    expect(listed.stderr).toBe(`${file}:5:12  The tag "!shout" is not supported. Remove it.\n`);
    for (const r of [validated, listed]) expect(r.stderr).not.toMatch(/YAMLWarning|\(node:/);
  });
});
