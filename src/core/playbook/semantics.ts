// Rules a JSON Schema cannot say: ids unique in their scope, conditions that name real,
// earlier answers and compare them with values those answers can take, confirmations put to
// a listed party, follow-ups counted from a date. This file walks the steps in order; each
// kind of rule is its own module (semantics-questions, -confirmations, -conditions, -references).
import type { Lang } from '../i18n.js';
import { validationTexts } from './messages.js';
import { isIncludeStep, type Playbook } from './schema.js';
import { checkCondition } from './semantics-conditions.js';
import { checkConfirmation } from './semantics-confirmations.js';
import { checkQuestion } from './semantics-questions.js';
import { checkFollowUp, checkUnique, type Context } from './semantics-references.js';
import type { Finding, Path } from './yaml-tree.js';

/** Findings kept: only the first hundred are shown, and a hostile playbook can make a hundred thousand. */
const MAX_FINDINGS = 500;

/** An array that quietly stops growing when full, so every rule can push without counting. */
function cappedList<T>(max: number): T[] {
  const list: T[] = [];
  const push = list.push.bind(list);
  list.push = (...items: T[]) =>
    list.length >= max ? list.length : push(...items.slice(0, max - list.length));
  return list;
}

export function checkSemantics(playbook: Playbook, lang: Lang, lineOf?: (path: Path) => number): Finding[] {
  const out = cappedList<Finding>(MAX_FINDINGS);
  const steps = playbook.steps;
  const stepIndex = new Map<string, number>();
  const ctx: Context = { t: validationTexts[lang], steps, stepIndex, out, lineOf };

  checkUnique(ctx, 'step', steps, ['steps']);
  steps.forEach((step, i) => {
    if (!stepIndex.has(step.id)) stepIndex.set(step.id, i);
  });
  checkUnique(ctx, 'party', playbook.parties ?? [], ['parties']);
  const parties = (playbook.parties ?? []).map((p) => p.id);

  steps.forEach((step, i) => {
    if (out.length >= MAX_FINDINGS) return;
    const base: Path = ['steps', i];
    if (step.when)
      checkCondition(ctx, step.when, [...base, 'when'], { stepIndex: i, subject: 'step', itemIndex: -1 });
    if (isIncludeStep(step)) return;
    const questions = step.questions ?? [];
    checkUnique(ctx, 'question', questions, [...base, 'questions']);
    questions.forEach((question, q) => checkQuestion(ctx, question, base, i, q));
    const confirmations = step.confirmations ?? [];
    checkUnique(ctx, 'confirmation', confirmations, [...base, 'confirmations']);
    confirmations.forEach((confirmation, c) => checkConfirmation(ctx, confirmation, base, i, c, parties));
    if (step['follow-up']) checkFollowUp(ctx, step['follow-up'], [...base, 'follow-up'], i);
  });
  return [...out];
}
