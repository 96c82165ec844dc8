// card-charges asks the cardholder once for the whole case (issue 10): the name, a phone,
// the address the card company has, credit or debit; all may be left empty, and a name
// told already (by `report --name`, or another playbook) is shown, not asked again.
import { describe, expect, it } from 'vitest';
import { runSession } from '../../src/app/session.js';
import { makeAnswer, makeCaseStarted, type JournalEvent } from '../../src/core/journal/events.js';
import { replayJournal } from '../../src/core/session/state.js';
import { loadBuiltinLibrary } from '../helpers/builtins.js';
import { ScriptedPrompter, type Script } from '../helpers/scripted-prompter.js';

const now = new Date(2026, 10, 29, 9, 0);

async function walk(script: Script, before: JournalEvent[] = []) {
  const library = await loadBuiltinLibrary();
  const playbook = library.get('card-charges');
  if (playbook === undefined) throw new Error('no card-charges');
  const events: JournalEvent[] = [
    makeCaseStarted(now, {
      case: 'c',
      playbook: 'card-charges',
      playbookHash: `sha256:${'0'.repeat(64)}`,
      playbookFile: 'playbook.json',
      lang: 'ja',
    }),
    ...before,
  ];
  const prompter = new ScriptedPrompter(script, { takeDefaults: true });
  await runSession(
    { caseId: 'c', playbook, library, events: [...events] },
    {
      prompter,
      append: (e) => {
        events.push(e);
        return Promise.resolve();
      },
      now: () => now,
      lang: 'ja',
    },
  );
  return { prompter, state: replayJournal(events) };
}

describe('the cardholder, asked once in card-charges', () => {
  it('asks name, phone, address and credit or debit in Japanese, and keeps them as facts', async () => {
    const { prompter, state } = await walk({
      'call-issuer.card-last4': '4242',
      'cardholder.cardholder-name': '山田 花子',
      'cardholder.cardholder-phone': '090-1234-5678',
      'cardholder.cardholder-address': '東京都新宿区西新宿 2-8-1',
      'cardholder.card-kind': 'debit',
    });
    const asked = prompter.asked.filter((a) => a.id.startsWith('cardholder.'));
    expect(asked.map((a) => a.id)).toEqual([
      'cardholder.cardholder-name',
      'cardholder.cardholder-phone',
      'cardholder.cardholder-address',
      'cardholder.card-kind',
    ]);
    expect(asked[0]?.message).toContain('カードの名義');
    expect(state.facts.get('cardholder.phone')?.value).toEqual({ kind: 'text', value: '090-1234-5678' });
    expect(state.facts.get('card.kind')?.value).toEqual({ kind: 'choice', value: 'debit' });
    // Every answer given: the step is done by itself, with no "how did it go?".
    expect(prompter.asked.some((a) => a.id === 'cardholder:outcome')).toBe(false);
  });

  it('can be left empty, and a name told by report --name is shown, not asked', async () => {
    const told = makeAnswer(now, {
      step: 'report',
      question: 'cardholder-name',
      fact: 'cardholder.name',
      answer: { kind: 'text', value: 'Hanako Yamada' },
    });
    const { prompter, state } = await walk({ 'call-issuer.card-last4': '4242' }, [told]);
    expect(prompter.asked.some((a) => a.id === 'cardholder.cardholder-name')).toBe(false);
    expect(prompter.said.join('\n')).toContain('Hanako Yamada');
    expect(state.facts.has('cardholder.phone')).toBe(false);
    expect(state.facts.has('card.kind')).toBe(false);
  });
});
