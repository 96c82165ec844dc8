import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/core/playbook/schema.js';
import { evaluateCondition, type ConditionFacts } from '../../../src/core/session/conditions.js';

function facts(
  answers: Record<string, unknown>,
  confirmations: Record<string, 'yes' | 'no' | 'unknown'> = {},
): ConditionFacts {
  return { answer: (ref) => answers[ref], confirmation: (ref) => confirmations[ref] };
}

const shipped = { 'status.shipped': true, 'status.carrier': 'yamato', 'orders.count': 3 };

describe('evaluateCondition', () => {
  it.each<[string, Condition | undefined, boolean]>([
    ['no condition: always shown', undefined, true],
    ['yes/no answered yes, condition `is: true`', { answer: 'status.shipped', is: true }, true],
    ['yes/no answered yes, condition written `is: yes`', { answer: 'status.shipped', is: 'yes' }, true],
    ['yes/no answered yes, condition `is: no`', { answer: 'status.shipped', is: 'no' }, false],
    ['choice equals one of a list', { answer: 'status.carrier', is: ['sagawa', 'yamato'] }, true],
    ['choice not among a list', { answer: 'status.carrier', not: ['sagawa', 'japan-post'] }, true],
    ['choice `not` the given value', { answer: 'status.carrier', not: 'yamato' }, false],
    ['number compared across types', { answer: 'orders.count', is: 3 }, true],
    ['unanswered question: `is` is false', { answer: 'status.missing', is: 'x' }, false],
    ['unanswered question: `not` is false too', { answer: 'status.missing', not: 'x' }, false],
    ['answered: true on a given answer', { answer: 'status.carrier', answered: true }, true],
    ['answered: false on a missing answer', { answer: 'status.missing', answered: false }, true],
    [
      'all of two true',
      {
        all: [
          { answer: 'status.shipped', is: true },
          { answer: 'status.carrier', is: 'yamato' },
        ],
      },
      true,
    ],
    [
      'all with one false',
      {
        all: [
          { answer: 'status.shipped', is: true },
          { answer: 'status.carrier', is: 'sagawa' },
        ],
      },
      false,
    ],
    [
      'any with one true',
      {
        any: [
          { answer: 'status.shipped', is: false },
          { answer: 'status.carrier', is: 'yamato' },
        ],
      },
      true,
    ],
    [
      'none with one true',
      {
        none: [
          { answer: 'status.shipped', is: false },
          { answer: 'status.carrier', is: 'yamato' },
        ],
      },
      false,
    ],
  ])('%s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, facts(shipped))).toBe(expected);
  });

  it('reads confirmations: a "no" from the merchant opens the do-it-yourself path', () => {
    const cond: Condition = { confirmation: 'ask-merchant.stop-shipment', is: ['no', 'unknown'] };
    expect(evaluateCondition(cond, facts({}, { 'ask-merchant.stop-shipment': 'no' }))).toBe(true);
    expect(evaluateCondition(cond, facts({}, { 'ask-merchant.stop-shipment': 'yes' }))).toBe(false);
    expect(evaluateCondition(cond, facts({}, {}))).toBe(false);
  });
});
