// Every branch of every built-in playbook can be taken: each `when` is true for some answers
// and false for others (a condition that never holds hides its part for good; one that always
// holds is not a branch). Skipping a question never hides a whole included playbook. And a
// few scripted stories, the real incident first, walk fraud-order with its includes.
import { REGIONS } from '../../src/core/region.js';
import { describe, expect, it } from 'vitest';
import type { Condition, ConfirmationAnswer, Playbook, Question } from '../../src/core/playbook/schema.js';
import { walkTasks } from '../../src/core/playbook/walk.js';
import { evaluateCondition, type ConditionFacts } from '../../src/core/session/conditions.js';
import { checkSchema, listBuiltinFiles, readBuiltin } from './inspect.js';

const playbooks = new Map<string, { file: string; playbook: Playbook }>();
for (const path of listBuiltinFiles()) {
  const { file, data } = readBuiltin(path);
  if (checkSchema(file, data).length === 0)
    playbooks.set((data as Playbook).id, { file, playbook: data as Playbook });
}
const library = new Map([...playbooks].map(([id, { playbook }]) => [id, playbook]));

type Value = string | number | boolean | undefined;

function refsOf(condition: Condition, into: Set<string>): Set<string> {
  if ('all' in condition) condition.all.forEach((c) => refsOf(c, into));
  else if ('any' in condition) condition.any.forEach((c) => refsOf(c, into));
  else if ('none' in condition) condition.none.forEach((c) => refsOf(c, into));
  else if ('confirmation' in condition) into.add(`confirmation:${condition.confirmation}`);
  else if ('field' in condition) into.add(`field:${condition.field}`);
  else if ('fact' in condition) into.add(`fact:${condition.fact}`);
  else if ('region' in condition) into.add('region:case');
  else into.add(`answer:${condition.answer}`);
  return into;
}

/** Every value a person could give (or not give) to the question behind a reference. */
function domainOf(playbook: Playbook, ref: string): Value[] {
  const [kind, full = ''] = ref.split(':');
  if (kind === 'confirmation')
    return [...(['yes', 'no', 'unknown'] satisfies ConfirmationAnswer[]), undefined];
  // A fact is known or not: told here, or in another playbook of the case.
  if (kind === 'fact') return [true, false];
  // Where the person lives: every region a case can have.
  if (kind === 'region') return [...REGIONS];
  const [stepId, questionId] = full.split('.');
  const step = playbook.steps.find((s) => s.id === stepId);
  const question: Question | undefined =
    step && !('include' in step) ? step.questions?.find((q) => q.id === questionId) : undefined;
  switch (question?.type) {
    case 'yesno':
      return [true, false, undefined];
    case 'choice':
      return [...question.options.map((o) => o.id), undefined];
    case 'money':
      return [0, 100, undefined];
    case 'date':
      return ['2026-01-01', undefined];
    case 'text':
      return ['text', undefined];
    case 'records':
      // Tested only with `answered`: given or not.
      return [[{}], undefined] as unknown as Value[];
    case undefined:
      return [undefined];
  }
}

function factsFrom(values: ReadonlyMap<string, Value>): ConditionFacts {
  return {
    answer: (ref) => values.get(`answer:${ref}`),
    confirmation: (ref) => values.get(`confirmation:${ref}`) as ConfirmationAnswer | undefined,
    fact: (name) => values.get(`fact:${name}`) === true,
    region: () => String(values.get('region:case') ?? 'other'),
  };
}

interface Guarded {
  readonly at: string;
  readonly condition: Condition;
  readonly include: boolean;
}

function guardedParts(playbook: Playbook): Guarded[] {
  const parts: Guarded[] = [];
  playbook.steps.forEach((step, i) => {
    const at = `steps[${i}] (${step.id})`;
    if (step.when) parts.push({ at: `${at}.when`, condition: step.when, include: 'include' in step });
    if ('include' in step) return;
    step.questions?.forEach(
      (q, j) =>
        q.when &&
        parts.push({ at: `${at}.questions[${j}] (${q.id}).when`, condition: q.when, include: false }),
    );
    step.confirmations?.forEach(
      (c, j) =>
        c.when &&
        parts.push({ at: `${at}.confirmations[${j}] (${c.id}).when`, condition: c.when, include: false }),
    );
  });
  return parts;
}

/** All combinations of answers to the questions a playbook's conditions look at. */
function* combinations(playbook: Playbook, refs: readonly string[]): Generator<Map<string, Value>> {
  const domains = refs.map((ref) => domainOf(playbook, ref));
  const total = domains.reduce((n, d) => n * d.length, 1);
  if (total > 1_000_000) throw new Error(`${playbook.id}: ${total} answer combinations; split the test`);
  for (let n = 0; n < total; n++) {
    const values = new Map<string, Value>();
    let rest = n;
    refs.forEach((ref, i) => {
      const domain = domains[i] ?? [undefined];
      values.set(ref, domain[rest % domain.length]);
      rest = Math.floor(rest / domain.length);
    });
    yield values;
  }
}

describe.each([...playbooks.values()].map((p) => [p.file, p.playbook] as const))(
  '%s: branches',
  (file, playbook) => {
    const parts = guardedParts(playbook);
    const refs = [...parts.reduce((all, p) => refsOf(p.condition, all), new Set<string>())].sort();

    it('can show and can hide every conditional step, question and confirmation', () => {
      const seen = parts.map(() => ({ shown: false, hidden: false }));
      for (const values of combinations(playbook, refs)) {
        const facts = factsFrom(values);
        parts.forEach((part, i) => {
          const state = seen[i];
          if (!state) return;
          if (evaluateCondition(part.condition, facts)) state.shown = true;
          else state.hidden = true;
        });
      }
      const problems = parts.flatMap((part, i) => {
        const state = seen[i];
        if (!state) return [];
        if (!state.shown) return [`${file}: ${part.at}: no answers ever show this`];
        if (!state.hidden) return [`${file}: ${part.at}: no answers ever hide this; drop the condition`];
        return [];
      });
      expect(problems).toEqual([]);
    });

    it('never hides an included playbook just because a question was skipped', () => {
      const facts = factsFrom(new Map());
      const hidden = parts
        // The contact card for next time is offered, not imposed: only a yes opens it.
        .filter((p) => !(file === 'fraud-order.yaml' && p.at.includes('contact-card')))
        .filter((p) => p.include && !evaluateCondition(p.condition, facts))
        .map((p) => `${file}: ${p.at}`);
      expect(
        hidden,
        'write such a condition as "none: [answer is no]" so a skipped answer keeps the include',
      ).toEqual([]);
    });
  },
);

/** The keys of fraud-order's tasks (with includes) shown for these answers, keyed by full ref. */
function visibleKeys(rootId: string, answers: Record<string, Value>): string[] {
  const root = library.get(rootId);
  if (!root) throw new Error(`${rootId} is not a valid built-in`);
  return walkTasks(root, library)
    .filter((task) =>
      task.conditions.every((c) =>
        evaluateCondition(c.condition, {
          answer: (ref) => answers[c.scope + ref],
          confirmation: () => undefined,
        }),
      ),
    )
    .map((task) => task.key);
}

describe('fraud-order, walked with its includes', () => {
  it('follows the real incident: hidden orders, shipped anyway, card charged, gift cards gone', () => {
    const keys = visibleKeys('fraud-order', {
      'check-directly.could-sign-in': true,
      'check-directly.orders-found': 'hidden',
      'check-directly.card-used': 'yes',
      'order-details.physical': true,
      'shipments/shipping-status.shipped': 'some-shipped',
      'shipments/shipping-status.delivery-to': 'my-address',
    });
    expect(keys).toEqual(
      expect.arrayContaining([
        'check-account',
        'lock-them-out',
        'reach-shop',
        'report-to-merchant',
        'shipments/call-carrier',
        'shipments/tell-merchant',
        'charges/call-issuer',
        'police',
        'follow-through',
      ]),
    );
    expect(keys).not.toContain('cannot-sign-in');
    expect(keys).not.toContain('shipments/if-delivered');
    // The contact card for next time is not part of the incident unless asked for.
    expect(keys).not.toContain('contact-card/merchant-contact');
    // A way to reach the shop is saved before the report that suspends the account, and the
    // mail and the password are secured before it too.
    expect(keys.indexOf('reach-shop')).toBeLessThan(keys.indexOf('report-to-merchant'));
    expect(keys.indexOf('lock-them-out')).toBeLessThan(keys.indexOf('report-to-merchant'));
    // The card is stopped before the orders are written down in detail.
    expect(keys.indexOf('charges/call-issuer')).toBeLessThan(keys.indexOf('order-details'));
  });

  it('routes a locked-out person to the mail account, and keeps every include when answers are skipped', () => {
    const keys = visibleKeys('fraud-order', { 'check-directly.could-sign-in': false });
    expect(keys).toContain('cannot-sign-in');
    expect(keys).not.toContain('check-account');
    expect(keys).not.toContain('lock-them-out');
    expect(keys).toEqual(expect.arrayContaining(['shipments/ask-merchant', 'charges/call-issuer']));
  });

  it('leaves out the parcel and card parts when the person says no to both', () => {
    const keys = visibleKeys('fraud-order', {
      'check-directly.could-sign-in': true,
      'order-details.physical': false,
      'check-directly.card-used': 'no',
    });
    expect(keys.filter((k) => k.startsWith('shipments/') || k.startsWith('charges/'))).toEqual([]);
    expect(keys).toContain('secure-account');
  });

  it('sends a delivered parcel to the keep-and-return step, not to the carrier', () => {
    const keys = visibleKeys('fraud-order', { 'shipments/shipping-status.shipped': 'delivered' });
    expect(keys).toContain('shipments/if-delivered');
    expect(keys).not.toContain('shipments/call-carrier');
  });

  it('escalates card charges that are still billed after the next statement', () => {
    expect(visibleKeys('card-charges', { 'check-statement.outcome': 'still-charged' })).toContain('escalate');
    expect(visibleKeys('card-charges', { 'check-statement.outcome': 'credited' })).not.toContain('escalate');
  });
});
