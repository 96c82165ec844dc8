import { describe, expect, it } from 'vitest';
import {
  matchSituations,
  situationLabel,
  SITUATIONS,
  SITUATIONS_SHOWN,
} from '../../../src/core/playbook/situations.js';

const candidates = [
  { id: 'my-shop', for: ['order-mails'], builtIn: false },
  { id: 'fraud-order', for: ['order-mails'], builtIn: true },
  { id: 'account-takeover', for: ['cannot-sign-in', 'gave-away'], builtIn: true },
  { id: 'support-escalation', for: ['not-helping'], builtIn: true },
  { id: 'emergency-contact', builtIn: true },
];

describe('matchSituations', () => {
  it('walks the situations most urgent first, whatever order they were ticked in', () => {
    expect(matchSituations(['not-helping', 'order-mails', 'gave-away'], candidates)).toEqual([
      { situation: 'gave-away', playbooks: ['account-takeover'] },
      { situation: 'order-mails', playbooks: ['fraud-order', 'my-shop'] },
      { situation: 'not-helping', playbooks: ['support-escalation'] },
    ]);
  });

  it('puts built-ins before the person’s own, and leaves a situation nothing answers empty', () => {
    expect(matchSituations(['order-mails', 'bank-money'], candidates)).toEqual([
      { situation: 'bank-money', playbooks: [] },
      { situation: 'order-mails', playbooks: ['fraud-order', 'my-shop'] },
    ]);
  });

  it('ignores words that are not situations', () => {
    expect(matchSituations(['nonsense'], candidates)).toEqual([]);
  });
});

describe('the situations', () => {
  it('are shown all, once each, and have a label in both languages', () => {
    expect([...SITUATIONS_SHOWN].sort()).toEqual([...SITUATIONS].sort());
    for (const s of SITUATIONS) {
      expect(situationLabel(s, 'en')).not.toBe(s);
      expect(situationLabel(s, 'ja')).toMatch(/[ぁ-んァ-ン一-龯]/);
    }
    expect(situationLabel('from-a-newer-version', 'en')).toBe('from-a-newer-version');
  });
});
