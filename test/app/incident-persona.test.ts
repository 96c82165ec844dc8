// Issue 9's figures, held: the real incident (Japanese, 8 orders, chat, one parcel, one
// card) reaches its first protective action within 15 prompts and the whole fraud-order walk
// within 130 (issue 9's 120, and issue 10's cardholder details, credit or debit, and the
// money lost), and says every fact once.
import { describe, expect, it } from 'vitest';
import { loadBuiltinLibrary } from '../helpers/builtins.js';
import { incidentFigure, INCIDENT_SCRIPT } from './incident-persona.js';

describe('the real incident, walked as a person would', async () => {
  const figure = await incidentFigure(await loadBuiltinLibrary());

  it('protects within 15 prompts, and is done within 130', () => {
    expect(figure.toFirstProtective).toBeLessThanOrEqual(15);
    expect(figure.firstProtectiveStep).toBe('lock-them-out');
    expect(figure.total).toBeLessThanOrEqual(130);
  });

  it('keeps the cardholder, the kind of card and the money lost as facts of the case', () => {
    const text = (name: string) => {
      const v = figure.state.facts.get(name)?.value;
      return v?.kind === 'text' || v?.kind === 'choice' ? v.value : undefined;
    };
    expect(text('cardholder.name')).toBe('山田 花子');
    expect(text('cardholder.phone')).toBe('090-1234-5678');
    expect(text('cardholder.address')).toBe('東京都新宿区西新宿 2-8-1');
    expect(text('card.kind')).toBe('credit');
    const losses = figure.state.facts.get('losses')?.value;
    expect(losses?.kind === 'records' ? losses.value : []).toEqual([
      {
        what: { kind: 'text', value: 'ギフト券 (注文 1008)' },
        amount: { kind: 'money', value: { amount: '10000', currency: 'JPY' } },
        when: { kind: 'date', value: '2026-11-29' },
      },
    ]);
  });

  it('every scripted answer was asked: the walk is the incident, not a shortcut past it', () => {
    const asked = new Set(figure.prompts.map((p) => p.id));
    expect(Object.keys(INCIDENT_SCRIPT).filter((id) => !asked.has(id))).toEqual([]);
  });

  it('asks each fact once: the shop, the card, the order numbers, the chat reference', () => {
    const count = (pred: (id: string) => boolean) => figure.prompts.filter((p) => pred(p.id)).length;
    expect(count((id) => id.endsWith('.site') || id.endsWith('merchant-name'))).toBe(1);
    expect(count((id) => id.endsWith('card-last4'))).toBe(1);
    expect(count((id) => id.endsWith('order-number') || id.endsWith(':list'))).toBe(1);
    expect(count((id) => /:reference(-new)?$/.test(id) && id.startsWith('report-to-merchant'))).toBe(1);
    const orders = figure.state.facts.get('orders')?.value;
    expect(orders?.kind === 'records' ? orders.value.length : 0).toBe(8);
    // Every confirmation of the chat carries its reference.
    const chat = [...figure.state.confirmations.values()].flat().filter((c) => c.party === 'merchant');
    expect(chat.length).toBeGreaterThan(8);
    expect(chat.every((c) => c.reference === 'INQ-20261129-01' && c.channel === 'chat')).toBe(true);
  });

  it('leaves nothing unconfirmed without a date', () => {
    const rechecks = [...figure.state.followUps.values()].filter((f) => f.set.origin.recheck === true);
    expect(rechecks.map((f) => f.set.id)).toContain('report-to-merchant.cause');
  });
});

describe('the record of the incident, as the card company reads it', async () => {
  const { gatherFacts } = await import('../../src/core/report/facts.js');
  const { walkTasks } = await import('../../src/core/playbook/walk.js');
  const library = await loadBuiltinLibrary();
  const figure = await incidentFigure(library);
  const root = library.get('fraud-order');
  const facts = gatherFacts(figure.state, root ? walkTasks(root, library) : [], 'ja');

  it('knows the shop, the card and the deadline from what was said once', () => {
    expect(facts.site).toBe('さくらモール');
    expect(facts.last4).toBe('4242');
    expect(facts.issuer).toBe('さくらカード');
    expect(facts.lastDay).toBe('2026-12-29'); // the date the card company gave, typed as a date
    expect(facts.needed).toBe('警察の受理番号');
  });

  it('lists every order once, with its details, and the charges found on the statement', () => {
    expect(facts.orders.map((o) => o.cells['order-number'])).toEqual([
      '1001',
      '1002',
      '1003',
      '1004',
      '1005',
      '1006',
      '1007',
      '1008',
    ]);
    expect(facts.orders[7]?.cells.items).toBe('ギフト券 10,000円分');
    expect(facts.transactions).toHaveLength(8);
    expect(facts.transactions[0]?.cells.merchant).toBe('さくらモール');
    expect(facts.shipments.map((s) => s.cells['tracking-number'])).toEqual(['4455-6677-8899']);
  });
});
