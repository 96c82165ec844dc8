// Issue 8, item 22: one rule for every path that records a confirmation: a yes to a
// confirmation with a follow-up sets it, counted from when the party said yes.
import { describe, expect, it } from 'vitest';
import { eventsFor } from '../../src/app/add-to-case.js';
import type { LoadedCase } from '../../src/app/cases.js';
import { runSession } from '../../src/app/session.js';
import { makeCaseStarted, type JournalEvent } from '../../src/core/journal/events.js';
import { walkTasks } from '../../src/core/playbook/walk.js';
import { replayJournal } from '../../src/core/session/state.js';
import { ScriptedPrompter } from '../helpers/scripted-prompter.js';
import { fraud, library, shipping } from './fixtures.js';

const NOW = new Date(2026, 10, 22, 9, 30); // 2026-11-22 09:30 local
const started = makeCaseStarted(NOW, {
  case: 'c',
  playbook: 'shipping',
  playbookHash: `sha256:${'0'.repeat(64)}`,
  playbookFile: 'playbook.json',
  lang: 'en',
});

function loadedShipping(events: JournalEvent[]): LoadedCase {
  return {
    id: 'c',
    dir: '/nowhere',
    journalPath: '/nowhere/journal.jsonl',
    events,
    warnings: [],
    playbook: shipping,
    library,
    tasks: walkTasks(shipping, library),
    state: replayJournal(events),
  };
}

describe('a yes sets its follow-up, counted from when the party said it', () => {
  it('in the walk-through, a yes given two days ago is due the day after it, not the day after today', async () => {
    const events: JournalEvent[] = [started];
    const prompter = new ScriptedPrompter(
      {
        'stop/status.shipped': 'yes',
        'stop/call-carrier.refuse': 'yes',
        'stop/call-carrier.refuse:who-name': 'desk',
        'stop/call-carrier.refuse:at': '2026-11-20 14:05',
        'stop/call-carrier:outcome': 'later',
      },
      { takeDefaults: true },
    );
    await runSession(
      { caseId: 'c', playbook: fraud, library, events: [started] },
      { prompter, append: (e) => (events.push(e), Promise.resolve()), now: () => NOW, lang: 'en' },
    );
    const set = events.find((e) => e.type === 'follow-up-set' && e.origin.confirmation === 'refuse');
    expect(set).toMatchObject({
      id: 'stop/call-carrier.refuse',
      due: '2026-11-21',
      check: 'Check the tracking page',
    });
  });

  it('with respond note --confirm, a late yes sets the follow-up too, from its own time', () => {
    const loaded = loadedShipping([started]);
    const events = eventsFor(
      loaded,
      {
        kind: 'confirmation',
        ref: 'call-carrier.refuse',
        answer: 'yes',
        who: '',
        channel: 'phone',
        at: new Date(2026, 10, 19, 23, 0),
      },
      NOW,
    );
    expect(events.map((e) => e.type)).toEqual(['confirmation', 'follow-up-set']);
    expect(events[1]).toMatchObject({
      id: 'call-carrier.refuse',
      due: '2026-11-20',
      origin: { step: 'call-carrier', confirmation: 'refuse' },
    });
    // A no, or don't know, promises nothing: it is a question to ask again, three days on.
    const no = eventsFor(
      loaded,
      { kind: 'confirmation', ref: 'call-carrier.refuse', answer: 'no', who: 'x', channel: 'phone' },
      NOW,
    );
    expect(no.map((e) => e.type)).toEqual(['confirmation', 'follow-up-set']);
    expect(no[1]).toMatchObject({
      id: 'call-carrier.refuse',
      origin: { step: 'call-carrier', confirmation: 'refuse', recheck: true },
    });
    expect((no[1] as { check: string }).check).toMatch(/ask again/);
  });
});
