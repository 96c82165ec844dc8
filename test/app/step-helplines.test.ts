// A step's `helplines:` as each reader meets it: in the walk, those of the region the person
// lives in, with the directory's number and hours (a US case never sees 188); where none is of
// the region, the general advice; in a blank checklist, all, each with its region; and an id
// the directory does not have is refused with its line and column.
import { describe, expect, it } from 'vitest';
import { renderStepHeader } from '../../src/app/step-header.js';
import { forRegion } from '../../src/core/playbook/for-region.js';
import { validatePlaybookText } from '../../src/core/playbook/validate.js';
import { walkTasks } from '../../src/core/playbook/walk.js';
import { loadBuiltinLibrary } from '../helpers/builtins.js';

const builtins = await loadBuiltinLibrary();
const playbook = builtins.get('emergency-contact');
if (playbook === undefined) throw new Error('no emergency-contact');
const task = walkTasks(playbook, builtins).find((t) => t.step.helplines !== undefined);
if (task === undefined) throw new Error('no step with helplines');

describe("a step's helplines", () => {
  it('in the walk: the region’s own, as the directory has them', () => {
    const us = renderStepHeader(task, 1, 9, 'en', 80, false, 'us');
    expect(us).toContain('Where to get help where you live:');
    expect(us).toContain('IdentityTheft.gov');
    expect(us).not.toMatch(/188|#9110|159/);
    const jp = renderStepHeader(task, 1, 9, 'ja', 80, false, 'jp');
    expect(jp).toContain('消費者ホットライン 188: 188');
    expect(jp).not.toContain('ReportFraud');
    const other = renderStepHeader(task, 1, 9, 'en', 80, false, 'other');
    expect(other.replace(/\s+/g, ' ')).toContain("your country's consumer or fraud reporting service");
    expect(other).not.toMatch(/188|FTC|ftc\.gov|159/);
  });

  it('in a checklist for one region: only that region’s', () => {
    const step = forRegion(playbook, 'uk').steps.find((s) => s.id === task.step.id);
    expect(step && 'helplines' in step ? step.helplines : undefined).toEqual(['uk-report-fraud', 'uk-159']);
    const other = forRegion(playbook, 'other').steps.find((s) => s.id === task.step.id);
    expect(other && 'helplines' in other).toBe(false);
  });

  it('refuses an id the directory does not have, with where it is', () => {
    const yaml = 'id: p\ntitle: P\nsteps:\n  - id: s\n    title: S\n    helplines: [jp-188, jp-9999]\n';
    const result = validatePlaybookText(new TextEncoder().encode(yaml), 'p.yaml', 'en');
    const issue = 'issues' in result ? result.issues[0] : undefined;
    expect(issue).toMatchObject({ line: 6 });
    expect(issue?.message).toContain('"jp-9999" is not an entry of the helpline directory');
  });
});
