// Issue 9's figure in a real terminal (tmux), in Japanese: the first minutes of the real
// incident (a shop's order mails, the orders hidden, a card used) reach the first
// protective action — securing the mail and changing the shop password — within 15 prompts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { JournalEvent } from '../../src/core/journal/events.js';
import { makeHome } from '../helpers/run-cli.js';
import { suiteNeeding } from '../helpers/needs.js';
import { HAS_TMUX, Terminal } from '../helpers/pty.js';
import { respondEnv, respondOnPath } from './binary.js';

const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

function setUp(): { home: string; terminal: Terminal } {
  const home = makeHome();
  const path = respondOnPath(home);
  const env = respondEnv(home, {
    PATH: path,
    TERM: 'screen',
    LANG: 'ja_JP.UTF-8',
    RESPOND_REGION: 'jp',
  });
  const terminal = Terminal.open({ env, cwd: home });
  open.push(terminal);
  return { home, terminal };
}

const suite = suiteNeeding(HAS_TMUX ? '' : 'tmux is not installed (`which tmux` found nothing)');

suite('the first minutes of the real incident, in Japanese, in a terminal (tmux)', () => {
  it('reaches the password change within 15 prompts, every answer on disk', async () => {
    const { home, terminal: t } = setUp();
    const run = t.launch('respond start fraud-order');
    let prompts = 0;
    const answer = async (question: string | RegExp, keys: string, press = 'Enter') => {
      await t.waitFor(question);
      prompts += 1;
      if (keys !== '') t.type(keys);
      t.press(press);
    };
    const screen = await t.waitFor('? どのショップ・サイトですか?');
    const id = /ケース (\S+) を始めました/.exec(screen)?.[1] ?? '';
    await answer('? どのショップ・サイトですか?', 'さくらモール');
    await answer(/\? 最初に気づいた日/, '2026-11-29');
    await answer('? ログインできましたか?', '1'); // はい
    await answer('? メールにあった注文は見つかりましたか?', '2'); // 非表示・アーカイブ
    await answer('? どれかの支払いにカードが使われましたか?', '2'); // はい
    await answer('? ショップの電話番号', '0120-000-111');
    await answer('? 受付時間と、ほかの連絡手段', 'チャット 9時から21時');
    // The first protective action: the device, then the mail, then the shop password.
    await t.waitFor('? 信頼できる端末を使っていますか');
    prompts += 1;
    expect(prompts).toBeLessThanOrEqual(15);
    expect(t.screen()).toContain('まずメールを守り、それからショップのパスワードを変える');
    t.press('C-c');
    expect(await run.exited()).toBe(130);
    const journal = readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as JournalEvent);
    const facts = journal.flatMap((e) =>
      e.type === 'answer' && e.fact !== undefined ? [[e.fact, e.value]] : [],
    );
    expect(facts).toEqual([
      ['shop.name', 'さくらモール'],
      ['incident.noticed', '2026-11-29'],
      ['shop.phone', '0120-000-111'],
    ]);
  });
});
