// A case goes on in the language it was started in: every command that speaks about it
// uses that language, whatever the terminal's locale, unless --lang says otherwise.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

function japaneseCase(): { home: string; id: string } {
  const home = makeHome();
  const answers = join(mkdtempSync(join(tmpdir(), 'respond-answers-')), 'later.yaml');
  writeFileSync(answers, 'steps:\n  merchant-contact:\n    outcome: later\n');
  const started = runCli(['start', 'emergency-contact', '--lang', 'ja', '--answers', answers], { home });
  expect(started.code).toBe(0);
  return { home, id: /ケース (\S+) を/.exec(started.stdout)?.[1] ?? '' };
}

describe("the case's language", () => {
  it('is spoken by cases, log, note and close on an English system', () => {
    const { home, id } = japaneseCase();
    const env = { LANG: 'en_US.UTF-8' };
    const cases = runCli(['cases'], { home, env });
    expect(cases.stdout).toContain('次の確認');
    expect(cases.stdout).toContain('締め出される前に');
    const log = runCli(['log', id], { home, env });
    expect(log.stdout).toContain('締め出される前に');
    const note = runCli(['note', id, 'カード会社から電話があった'], { home, env });
    expect(note.code).toBe(0);
    expect(note.stdout).toContain('保存しました');
    const close = runCli(['close', id], { home, env });
    expect(close.code).toBe(0);
    expect(close.stdout).toContain('完了にしました');
  });

  it('gives way to --lang', () => {
    const { home, id } = japaneseCase();
    const cases = runCli(['cases', '--lang', 'en'], { home });
    expect(cases.stdout).toContain('checklist');
    expect(cases.stdout).not.toContain('締め出される前に');
    expect(runCli(['note', id, 'called back', '--lang', 'en'], { home }).stdout).toContain('Saved');
    expect(runCli(['log', id, '--lang', 'en'], { home }).stdout).not.toContain('締め出される前に');
  });

  it('says "プレイブック" nowhere a person in trouble reads it', () => {
    const { home } = japaneseCase();
    for (const args of [['--help'], ['start', '--help'], ['cases'], ['list'], ['show', 'fraud-order']])
      expect(runCli([...args, '--lang', 'ja'], { home }).stdout, args.join(' ')).not.toContain(
        'プレイブック',
      );
  });
});
