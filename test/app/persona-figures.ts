// The guide judged in prompts, for `npm run bench` (scripts/bench-personas.mjs): each
// built-in playbook walked by its persona (walk-persona.ts: Enter where Enter is enough, a
// plausible value where one is needed, "yes, with a name and a reference" to every
// confirmation), counting the prompts until the first protective action is put to the
// person and in all. A step protects when the playbook names the action it performs
// (`action:` on the step).
import { runSession } from '../../src/app/session.js';
import { makeCaseStarted, type JournalEvent } from '../../src/core/journal/events.js';
import type { Playbook } from '../../src/core/playbook/schema.js';
import { walkTasks } from '../../src/core/playbook/walk.js';
import { ENTER_AT_EVIDENCE, PersonaPrompter } from './walk-persona.js';

export interface PersonaFigure {
  readonly playbook: string;
  /** 1-based; undefined when the playbook has no protective step (it prepares, or escalates). */
  readonly toFirstProtective: number | undefined;
  readonly total: number;
}

export async function personaFigures(library: ReadonlyMap<string, Playbook>): Promise<PersonaFigure[]> {
  const now = new Date(2026, 10, 22, 9, 30);
  const figures: PersonaFigure[] = [];
  for (const [id, root] of library) {
    const tasks = walkTasks(root, library);
    const prompter = new PersonaPrompter(tasks);
    const events: JournalEvent[] = [
      makeCaseStarted(now, {
        case: 'persona',
        playbook: id,
        playbookHash: `sha256:${'0'.repeat(64)}`,
        playbookFile: 'playbook.json',
        lang: 'en',
      }),
    ];
    await runSession(
      { caseId: 'persona', playbook: root, library, events: [...events] },
      { prompter, evidence: ENTER_AT_EVIDENCE, append: () => Promise.resolve(), now: () => now, lang: 'en' },
    );
    const protective = new Set(tasks.filter((t) => t.step.action !== undefined).map((t) => t.key));
    const stepOf = (promptId: string) => promptId.split(/[.:[]/)[0] ?? '';
    const first = prompter.asked.findIndex((a) => protective.has(stepOf(a.id)));
    figures.push({
      playbook: id,
      toFirstProtective: first === -1 ? undefined : first + 1,
      total: prompter.asked.length,
    });
  }
  return figures.sort((a, b) => a.playbook.localeCompare(b.playbook));
}
