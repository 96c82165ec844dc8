// The offer to keep a screenshot, in a real terminal (tmux): the path of a file dragged into
// the window (a terminal pastes it with backslashes before the spaces) is kept with the case,
// from the step that offered it; a folder is refused on the spot and asked again; Enter skips.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

const SHOTS = `id: shots
title: Look and keep
steps:
  - id: look
    title: Look at the account's addresses
    instructions: Take a screenshot of each page.
    evidence: screenshot
    questions:
      - { id: unknown-address, type: yesno, required: true, prompt: An address you do not know? }
  - id: next
    title: Then the card
    evidence: screenshot
    questions:
      - { id: last4, type: text, prompt: Last 4 digits }
`;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 9),
]);

const suite = suiteNeeding(HAS_TMUX ? '' : 'tmux is not installed (`which tmux` found nothing)');

suite('keeping a screenshot during the walk (tmux)', () => {
  it('a dragged path is kept, a folder is refused and asked again, Enter skips', async () => {
    const home = makeHome();
    const path = respondOnPath(home);
    writeFileSync(join(home, 'shots.yaml'), SHOTS);
    mkdirSync(join(home, 'My Pictures'));
    writeFileSync(join(home, 'My Pictures', 'address page.png'), PNG);
    const env = respondEnv(home, {
      PATH: path,
      TERM: 'screen',
      RESPOND_REGION: 'other',
    });
    const t = Terminal.open({ env, cwd: home });
    open.push(t);

    const run = t.launch('respond start ./shots.yaml');
    const id = /Case (\S+) started\./.exec(await t.waitFor('? An address you do not know?'))?.[1] ?? '';
    t.press('Enter');
    await t.waitFor('? Keep the screenshot with this case?');
    t.type(`${home}/My\\ Pictures`);
    t.press('Enter');
    await t.waitFor('is not a plain file');
    // Asked again: the folder's path cleared, the file itself dragged in.
    t.press('C-u');
    t.type(`${home}/My\\ Pictures/address\\ page.png`);
    t.press('Enter');
    await t.waitFor('Kept: address page.png (PNG image, 72 bytes)');
    await t.waitFor('? Last 4 digits');
    t.type('4242');
    t.press('Enter');
    await t.waitFor(/✔ Last 4 digits.* 4242/);
    await t.waitFor(/^\? Keep the screenshot with this case\?/m);
    t.press('Enter'); // nothing at hand: skipped
    expect(await run.exited()).toBe(0);

    const events = readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as JournalEvent);
    const kept = events.filter((e) => e.type === 'evidence-attached');
    expect(kept).toMatchObject([
      { step: 'look', name: 'address page.png', mediaType: 'image/png', size: 72 },
    ]);
    expect(t.screen()).not.toMatch(/Error|^\s+at /m);
  });
});
