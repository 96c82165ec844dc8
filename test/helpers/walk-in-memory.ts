// A playbook walked through the real session engine with a scripted prompter and a journal
// kept in memory: what the person was asked and told, and the case state the journal gives.
import { runSession } from '../../src/app/session.js';
import { makeCaseStarted, type JournalEvent } from '../../src/core/journal/events.js';
import type { Playbook } from '../../src/core/playbook/schema.js';
import { replayJournal } from '../../src/core/session/state.js';
import { ScriptedPrompter, type Script } from './scripted-prompter.js';

export async function walkInMemory(
  playbook: Playbook,
  script: Script,
  now: Date,
  options: {
    readonly takeDefaults?: boolean;
    readonly region?: string;
    readonly lang?: 'en' | 'ja';
    /** The playbooks it includes, by id. */
    readonly library?: ReadonlyMap<string, Playbook>;
  } = {},
) {
  const lang = options.lang ?? 'en';
  const events: JournalEvent[] = [
    makeCaseStarted(now, {
      case: 'c1',
      playbook: playbook.id,
      playbookHash: `sha256:${'0'.repeat(64)}`,
      playbookFile: 'playbook.json',
      lang,
      ...(options.region === undefined ? {} : { region: options.region }),
    }),
  ];
  const prompter = new ScriptedPrompter(script, options);
  await runSession(
    {
      caseId: 'c1',
      playbook,
      library: new Map([...(options.library ?? []), [playbook.id, playbook]]),
      events: [...events],
    },
    {
      prompter,
      append: (event) => {
        events.push(event);
        return Promise.resolve();
      },
      now: () => now,
      lang,
    },
  );
  return { prompter, events, state: replayJournal(events) };
}
