// Issue 11, section 1: a region's step names its helpline by id (`helplines:`) instead of
// spelling the number in its text, so the number and hours a person reads are the
// directory's, checked against its source. Each step below is read as its region's reader
// meets it in the walk, in both languages: the directory's number is there, the text does
// not repeat it, and a reader elsewhere never meets the step or the line.
import { describe, expect, it } from 'vitest';
import { renderStepHeader } from '../../src/app/session.js';
import { helpline } from '../../src/core/helplines/directory.js';
import type { Lang } from '../../src/core/i18n.js';
import { forRegion } from '../../src/core/playbook/for-region.js';
import { walkTasks, type WalkedTask } from '../../src/core/playbook/walk.js';
import { REGIONS, type Region } from '../../src/core/region.js';
import { loadBuiltinLibrary } from '../helpers/builtins.js';

const builtins = await loadBuiltinLibrary();
const LANGS: readonly Lang[] = ['en', 'ja'];

/** The steps that name their lines, the region they are for, and what their text must not spell. */
const STEPS: readonly { playbook: string; step: string; lines: string[]; spelled: RegExp }[] = [
  { playbook: 'card-charges', step: 'deadline-jp', lines: ['jp-9110'], spelled: /#9110/ },
  { playbook: 'card-charges', step: 'escalate-jp', lines: ['jp-188'], spelled: /(?<!\d)188(?!\d)/ },
  { playbook: 'police-report', step: 'consult-first-jp', lines: ['jp-9110'], spelled: /#9110/ },
  {
    playbook: 'data-leak-notice',
    step: 'advice',
    lines: ['jp-188', 'jp-9110'],
    spelled: /(?<!\d)188(?!\d)|#9110/,
  },
];

function taskOf(playbookId: string, stepId: string): WalkedTask {
  const playbook = builtins.get(playbookId);
  if (!playbook) throw new Error(`no ${playbookId}`);
  const task = walkTasks(playbook, builtins).find((t) => t.key === stepId);
  if (!task) throw new Error(`${playbookId}: no step ${stepId}`);
  return task;
}

describe.each(STEPS)('$playbook: $step', ({ playbook, step, lines, spelled }) => {
  const task = taskOf(playbook, step);
  const home = helpline(lines[0] ?? '')?.region as Region;

  it('names its lines by id', () => {
    expect(task.step.helplines).toEqual(lines);
  });

  it.each(LANGS)('in %s, its region reads the number and hours from the directory, once', (lang) => {
    const shown = renderStepHeader(task, 1, 9, lang, 200, false, home);
    for (const id of lines) {
      const entry = helpline(id);
      const reach = entry?.phone ?? entry?.web ?? '';
      expect(shown).toContain(`${entry?.name[lang]}: ${reach}`);
      if (entry?.hours) expect(shown).toContain(entry.hours[lang]);
    }
    const text = [task.step.title, task.step.why, task.step.instructions].map((t) =>
      typeof t === 'object' ? t[lang] : (t ?? ''),
    );
    for (const part of text) expect(part, 'the text leaves the number to the directory').not.toMatch(spelled);
  });

  it('a reader elsewhere never meets the step, nor its lines', () => {
    const root = builtins.get(playbook);
    if (!root) throw new Error(playbook);
    for (const region of REGIONS.filter((r) => r !== home)) {
      const seen = forRegion(root, region).steps.find((s) => s.id === step);
      expect(seen, `${region} does not see ${step}`).toBeUndefined();
    }
  });
});
