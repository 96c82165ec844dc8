// One event of each type (and each answer kind), with a full card number in every free-text
// field: shared by the event, journal and bench tests.
import {
  type JournalEvent,
  makeAnswer,
  makeCaseClosed,
  makeCaseStarted,
  makeConfirmation,
  makeContact,
  makeFollowUpResolved,
  makeFollowUpSet,
  makeNote,
  makePlaybookAdded,
  makeStepBack,
  makeStepOutcome,
  makeTriage,
} from '../../../src/core/journal/events.js';

const CARD = '4242 4242 4242 4242';
const HASH = `sha256:${'a'.repeat(64)}`;
export const now = new Date('2026-11-22T11:41:07.123Z');

export function sampleEvents(): JournalEvent[] {
  return [
    makeCaseStarted(now, {
      case: '2026-11-22-fraud-order-a7f3',
      playbook: 'fraud-order',
      playbookHash: HASH,
      playbookFile: 'playbook.yaml',
      lang: 'ja',
      name: `card ${CARD}`,
    }),
    makeAnswer(now, {
      step: 'check-orders',
      question: 'order-number',
      answer: { kind: 'text', value: `order 123, paid with ${CARD}` },
    }),
    makeAnswer(now, { step: 'check-orders', question: 'shipped', answer: { kind: 'yesno', value: true } }),
    makeAnswer(now, {
      step: 'check-orders',
      question: 'found-in',
      answer: { kind: 'choice', value: 'archived' },
    }),
    makeAnswer(now, {
      step: 'check-orders',
      question: 'noticed',
      answer: { kind: 'date', value: '2026-11-21' },
    }),
    makeAnswer(now, {
      step: 'card-charges/list',
      question: 'total',
      answer: { kind: 'money', value: { amount: '19800', currency: 'JPY' } },
    }),
    makeAnswer(now, {
      step: 'card-charges/list',
      question: 'charges',
      answer: {
        kind: 'records',
        value: [
          {
            merchant: { kind: 'text', value: `shop ${CARD}` },
            amount: { kind: 'money', value: { amount: '12.50', currency: 'USD' } },
          },
          { merchant: { kind: 'text', value: 'other shop' }, date: { kind: 'date', value: '2026-11-20' } },
        ],
      },
    }),
    makeContact(now, { party: 'merchant', who: `Sato ${CARD}`, channel: 'phone', phone: '+81 3 1234 5678' }),
    makeConfirmation(now, {
      step: 'stop-shipment/ask',
      confirmation: 'stop',
      party: 'merchant',
      answer: 'yes',
      who: 'Sato',
      channel: 'phone',
      reference: `REF ${CARD}`,
      at: new Date('2026-11-22T11:30:00Z'),
    }),
    makeStepOutcome(now, { step: 'check-orders', outcome: 'done' }),
    makeStepOutcome(now, { step: 'police', outcome: 'skipped', reason: `not needed ${CARD}` }),
    makeStepOutcome(now, { step: 'refund', outcome: 'waiting', due: '2026-12-01' }),
    makeStepOutcome(now, { step: 'refund', outcome: 'later' }),
    makeNote(now, { text: `the bank called back about ${CARD}`, step: 'refund' }),
    makeFollowUpSet(now, {
      id: 'fu-1',
      due: '2026-11-23T09:00:00.000+09:00',
      check: `tracking ${CARD}`,
      origin: { step: 'stop-shipment/ask', confirmation: 'stop' },
    }),
    makeFollowUpResolved(now, { id: 'fu-1', result: `stopped ${CARD}` }),
    makeStepBack(now, { from: 'refund', to: 'police' }),
    makeTriage(now, {
      situations: ['order-mails', 'gave-away'],
      playbooks: ['account-takeover', 'fraud-order'],
    }),
    makePlaybookAdded(now, { playbook: 'card-charges', playbookHash: HASH }),
    makeCaseClosed(now, { forced: false }),
  ];
}
