import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

describe('respond resume', () => {
  it('goes on in the language the case was started in, unless --lang says otherwise', () => {
    const home = makeHome();
    const answers = join(mkdtempSync(join(tmpdir(), 'respond-answers-')), 'later.yaml');
    writeFileSync(answers, 'steps:\n  merchant-contact:\n    outcome: later\n');
    const started = runCli(['start', 'emergency-contact', '--lang', 'ja', '--answers', answers], { home });
    expect(started.code).toBe(0);
    expect(started.stdout).toContain('保存しました');
    const id = /ケース (\S+) を/.exec(started.stdout)?.[1] ?? '';

    const resumed = runCli(['resume', id, '--answers', answers], { home, env: { LANG: 'C' } });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`保存しました。続きは: respond resume ${id}`);

    const english = runCli(['resume', id, '--answers', answers, '--lang', 'en'], {
      home,
      env: { LANG: 'C' },
    });
    expect(english.stdout).toContain(`Saved. Continue with: respond resume ${id}`);
  });
});
