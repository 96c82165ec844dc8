// Issue 11, section 1: a region's step names its helpline by id (`helplines:`) instead of
// spelling the number in its text, so the number and hours a person reads are the
// directory's, checked against its source. Each step below is read as its region's reader
// meets it in the walk, in both languages: the directory's number is there, the text does
// not repeat it, and a reader elsewhere never meets the step or the line.
import { describe, expect, it } from 'vitest';
import { renderStepHeader } from '../../src/app/step-header.js';
import { helpline } from '../../src/core/helplines/directory.js';
import type { Lang } from '../../src/core/i18n.js';
import { forRegion, libraryForRegion } from '../../src/core/playbook/for-region.js';
import { renderChecklist } from '../../src/core/playbook/render.js';
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
  { playbook: 'bank-transfer', step: 'rules-uk', lines: ['uk-159'], spelled: /(?<!\d)159(?!\d)/ },
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

// support-escalation said "In Japan, call 188. Elsewhere, your national consumer service" to
// everyone; now its words name no country and its outside-help step names the lines by id.
describe('support-escalation: each reader is told the lines of where they live, and no others', () => {
  const JAPAN = [/(?<!\d)188(?!\d)/, /#9110/, /消費者ホットライン/, /警察相談専用電話/, /Japan/, /日本/];
  const US = [/\bFTC\b/, /ReportFraud\.ftc/i, /IdentityTheft\.gov/i, /\bIC3\b/];
  const UK = [/Action Fraud/, /Report Fraud/, /(?<!\d)159(?!\d)/];
  const NOT_FOR: Record<Region, readonly RegExp[]> = {
    jp: [...US, ...UK],
    us: [...JAPAN, ...UK],
    uk: [...JAPAN, ...US],
    other: [...JAPAN, ...US, ...UK],
  };
  const root = builtins.get('support-escalation');
  if (!root) throw new Error('no support-escalation');
  const outside = taskOf('support-escalation', 'outside-help');

  it.each(REGIONS)('%s, in the checklist and in the walk', (region) => {
    for (const lang of LANGS) {
      const text = renderChecklist(forRegion(root, region), libraryForRegion(builtins, region), {
        format: 'text',
        lang,
      });
      const walked = renderStepHeader(outside, 1, 9, lang, 200, false, region);
      for (const shown of [text, walked])
        expect(NOT_FOR[region].filter((p) => p.test(shown)).map(String), `${region} ${lang}`).toEqual([]);
    }
  });

  it("Japan: 188 and #9110 with the directory's hours; the US: ReportFraud.ftc.gov; the UK: the general line", () => {
    const jp = renderStepHeader(outside, 1, 9, 'ja', 200, false, 'jp');
    expect(jp).toContain('消費者ホットライン 188: 188');
    expect(jp).toContain('警察相談専用電話 #9110: #9110');
    expect(renderStepHeader(outside, 1, 9, 'en', 200, false, 'us')).toContain(
      'ReportFraud.ftc.gov (Federal Trade Commission): https://reportfraud.ftc.gov/',
    );
    expect(renderStepHeader(outside, 1, 9, 'en', 200, false, 'uk').replace(/\s+/g, ' ')).toContain(
      "your country's consumer or fraud reporting service",
    );
  });
});
