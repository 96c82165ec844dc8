// The walk-through's offer to keep a screenshot, at a step marked `evidence: screenshot`:
// a dragged path (quoted, escaped, file://) is kept like `respond attach` keeps it, from that
// step; Enter skips; a file respond would refuse is said at once; nothing is offered where no
// file can be given (no script for it, as without a terminal), nor again once kept.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceOffer } from '../../src/app/attach.js';
import { AnswersPrompter } from '../../src/app/answers-prompter.js';
import { runSession } from '../../src/app/session.js';
import type { Prompter } from '../../src/app/prompter.js';
import { makeCaseStarted, type JournalEvent } from '../../src/core/journal/events.js';
import type { Playbook } from '../../src/core/playbook/schema.js';
import { replayJournal } from '../../src/core/session/state.js';
import { validatePlaybookText } from '../../src/core/playbook/validate.js';
import { ScriptedPrompter, type Script } from '../helpers/scripted-prompter.js';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(40, 3),
]);
const NOW = new Date('2026-11-22T00:05:00Z');

const PLAYBOOK = {
  id: 'shots',
  title: 'Screenshots',
  steps: [
    {
      id: 'look',
      title: 'Look at the account',
      evidence: 'screenshot',
      questions: [{ id: 'unknown-address', type: 'yesno', prompt: 'An address you do not know?' }],
    },
    { id: 'after', title: 'Then this', questions: [{ id: 'x', type: 'text', prompt: 'Anything else?' }] },
  ],
} as unknown as Playbook;

async function walk(prompter: Prompter, events: JournalEvent[] = [started()]) {
  const dir = mkdtempSync(join(tmpdir(), 'respond-offer-'));
  const journal = [...events];
  await runSession(
    { caseId: 'c1', playbook: PLAYBOOK, library: new Map([['shots', PLAYBOOK]]), events: [...events] },
    {
      prompter,
      append: (event) => {
        journal.push(event);
        return Promise.resolve();
      },
      now: () => NOW,
      lang: 'en',
      evidence: evidenceOffer(dir, events, 'en', () => NOW, 'respond', dir),
    },
  );
  return { dir, journal, state: replayJournal(journal) };
}

function started(): JournalEvent {
  return makeCaseStarted(NOW, {
    case: 'c1',
    playbook: 'shots',
    playbookHash: `sha256:${'0'.repeat(64)}`,
    playbookFile: 'playbook.json',
    lang: 'en',
  });
}

const base: Script = {
  'look.unknown-address': 'yes',
  'after.x': '',
  'after:outcome': 'done',
};

describe('the offer to keep a screenshot during the walk', () => {
  it('keeps a file dragged in with a space in its name, from the step that offered it, before the next step', async () => {
    const files = mkdtempSync(join(tmpdir(), 'respond-shots-'));
    writeFileSync(join(files, 'my address page.png'), PNG);
    const prompter = new ScriptedPrompter({
      ...base,
      'look:evidence': `'${join(files, 'my address page.png')}'`,
    });
    const { dir, journal, state } = await walk(prompter);
    expect(prompter.asked.map((a) => a.id)).toEqual([
      'look.unknown-address',
      'look:evidence',
      'after.x',
      'after:outcome',
    ]);
    expect(prompter.asked[1]?.message).toBe(
      'Keep the screenshot with this case? (drag the file into this window, or type its path; Enter skips)',
    );
    expect(state.evidence).toMatchObject([
      { step: 'look', name: 'my address page.png', mediaType: 'image/png' },
    ]);
    // Recorded before the step ended, so a stop right after loses nothing.
    const types = journal.map((e) => e.type);
    expect(types.indexOf('evidence-attached')).toBeLessThan(types.indexOf('step-outcome'));
    expect(readdirSync(join(dir, 'evidence'))).toHaveLength(1);
    expect(prompter.said.some((s) => s.startsWith('Kept: my address page.png (PNG image, 48 bytes)'))).toBe(
      true,
    );
  });

  it('Enter skips: nothing kept, the walk goes on', async () => {
    const prompter = new ScriptedPrompter({ ...base, 'look:evidence': '' });
    const { state } = await walk(prompter);
    expect(state.evidence).toEqual([]);
    expect(state.outcomes.get('look')?.outcome).toBe('done');
  });

  it('refuses a folder at once, with the reason, so the person can drag another', async () => {
    const files = mkdtempSync(join(tmpdir(), 'respond-shots-'));
    const prompter = new ScriptedPrompter({ ...base, 'look:evidence': files });
    await expect(walk(prompter)).rejects.toThrow(/was refused: .* is not a plain file/);
  });

  it('is not offered where no file can be given, nor again on resume once one is kept', async () => {
    const quiet = new ScriptedPrompter(base);
    await walk(quiet);
    expect(quiet.asked.map((a) => a.id)).not.toContain('look:evidence');

    const files = mkdtempSync(join(tmpdir(), 'respond-shots-'));
    writeFileSync(join(files, 'a.png'), PNG);
    const first = await walk(
      new ScriptedPrompter({
        'look.unknown-address': 'yes',
        'look:evidence': join(files, 'a.png'),
        'after.x': '',
        'after:outcome': 'later',
      }),
    );
    const kept = first.journal.filter((e) => e.type !== 'step-outcome' || e.step !== 'look');
    // Back at the step (it was left unfinished): the file it kept is not asked for again.
    const again = new ScriptedPrompter({
      'look.unknown-address': 'yes',
      'look:evidence': 'never asked',
      'after.x': '',
      'after:outcome': 'done',
    });
    await walk(again, kept);
    expect(again.asked.map((a) => a.id)).not.toContain('look:evidence');
  });

  it('takes the path from an answers file', async () => {
    const files = mkdtempSync(join(tmpdir(), 'respond-shots-'));
    writeFileSync(join(files, "it's here.png"), PNG);
    const prompter = new AnswersPrompter({
      steps: {
        look: { answers: { 'unknown-address': true }, evidence: join(files, "it's here.png") },
        after: { answers: { x: 'no' }, outcome: 'done' },
      },
    });
    const { state } = await walk(prompter);
    expect(state.evidence.map((e) => e.name)).toEqual(["it's here.png"]);
  });
});

describe('a step marked evidence in a playbook', () => {
  it('takes screenshot, photo, mail or document, and says where another word is wrong', () => {
    const yaml = (kind: string) =>
      new TextEncoder().encode(`id: p\ntitle: P\nsteps:\n  - id: s\n    title: S\n    evidence: ${kind}\n`);
    for (const kind of ['screenshot', 'photo', 'mail', 'document'])
      expect(validatePlaybookText(yaml(kind), 'p.yaml', 'en')).toHaveProperty('playbook');
    const result = validatePlaybookText(yaml('screenshots'), 'p.yaml', 'en');
    const issue = 'issues' in result ? result.issues[0] : undefined;
    expect(issue?.message).toContain('"screenshots"');
    expect(issue?.message).toContain('screenshot');
    expect(issue && [issue.line, issue.col]).toEqual([6, 15]);
  });
});
