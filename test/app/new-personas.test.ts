// The new playbooks (issue 11, section 3) walked as real incidents (new-incidents.ts): the
// protective action within the first prompts, and only the parts the story needs.
import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../src/core/playbook/schema.js';
import { readPlaybookFile } from '../../src/io/playbooks.js';
import { listBuiltinFiles } from '../checklists/inspect.js';
import { NEW_INCIDENTS, walkIncident } from './new-incidents.js';

const library = new Map<string, Playbook>();
for (const file of listBuiltinFiles()) {
  const read = await readPlaybookFile(file, 'built-in', 'en');
  if ('playbook' in read) library.set(read.playbook.id, read.playbook);
}

describe('the new playbooks, walked as real incidents', () => {
  it('phishing-clicked (JP, ja): a card number typed into a fake page is stopped at the 2nd prompt', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.cardTyped);
    expect(run.first).toBe(2);
    expect(run.firstStep).toBe('stop-card');
    // A card stopped in time and nothing else typed: no dispute, no bank, no takeover, no police.
    for (const part of ['card-charges/', 'bank-transfer/', 'takeover/', 'police/'])
      expect(
        run.asked.some((a) => a.startsWith(part)),
        part,
      ).toBe(false);
    expect(run.said).toContain('フィッシング対策協議会');
    expect(run.asked.length).toBeLessThanOrEqual(30);
  });

  it('phishing-clicked (US): a shop password typed, changed on the real site at the 4th prompt', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.passwordTyped);
    expect(run.first).toBe(4);
    expect(run.firstStep).toBe('change-password');
    expect(run.asked.some((a) => a.startsWith('takeover/'))).toBe(false);
    expect(run.said).toContain('reportphishing@apwg.org');
  });

  it('phishing-clicked (UK): a code read out to a caller hands over to account-takeover', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.codeGiven);
    // Before account-takeover's thorough steps, the account the code was for is secured.
    expect(run.first).toBe(5);
    expect(run.firstStep).toBe('code-account');
    expect(run.asked).toContain('takeover/first-minutes.mail-address');
    expect(run.asked.some((a) => a.startsWith('takeover/new-password'))).toBe(true);
    expect(run.said).toContain('report@phishing.gov.uk');
  });

  it('bank-transfer (JP): the bank is asked to block and recall at the 1st prompt, the receiving bank after', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.tricked);
    expect(run.first).toBe(1);
    expect(run.firstStep).toBe('call-bank');
    expect(run.asked).toContain('rules-jp.receiving-freeze');
    expect(run.said).toContain('振り込め詐欺救済法');
  });

  it('identity-misuse (US): the lender is told at the 1st prompt, the credit bureaus right after', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.loanInMyName);
    expect(run.first).toBe(1);
    expect(run.firstStep).toBe('call-lender');
    const lender = run.asked.findIndex((a) => a.startsWith('call-lender'));
    const bureaus = run.asked.findIndex((a) => a.startsWith('credit-files-us.'));
    expect(bureaus).toBeGreaterThan(lender);
  });

  it('sim-swap (UK): the carrier is asked to block the number at the 1st prompt, the bank and the mail right after', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.numberTaken);
    expect(run.first).toBe(1);
    expect(run.firstStep).toBe('call-carrier');
    const at = (id: string) => run.asked.indexOf(id);
    expect(at('call-carrier.block')).toBeLessThan(at('money.lock'));
    expect(at('money.lock')).toBeLessThan(at('mail-first.changed'));
    expect(at('mail-first.changed')).toBeLessThan(run.asked.findIndex((a) => a.startsWith('police/')));
    // The dated check that the number is back comes last, after the report.
    expect(at('number-back.back')).toBeGreaterThan(run.asked.findLastIndex((a) => a.startsWith('police/')));
    // Nothing left the bank, no unknown charge, the mail still ours: no recovery walks.
    for (const part of ['bank-transfer/', 'card-disputes/', 'takeover/'])
      expect(
        run.asked.some((a) => a.startsWith(part)),
        part,
      ).toBe(false);
    // The UK's way to reach the bank (159) is offered with the bank call.
    expect(run.asked).toContain('money.reached');
    expect(run.asked.length).toBeLessThanOrEqual(60);
  });

  it('lost-phone (JP, ja): locked at the 1st prompt, the line suspended right after, the 遺失届 number kept', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.phoneStolen);
    expect(run.first).toBe(1);
    expect(run.firstStep).toBe('lock-phone');
    const at = (id: string) => run.asked.indexOf(id);
    expect(at('lock-phone.locked')).toBeLessThan(at('suspend-line.suspend'));
    expect(at('suspend-line.suspend')).toBeLessThanOrEqual(5);
    expect(at('suspend-line.suspend')).toBeLessThan(at('money.bank-lock'));
    expect(at('mail.changed')).toBeLessThan(at('police-jp.receipt-number'));
    expect(at('police-jp.receipt-number')).toBeLessThan(at('erase.decision'));
    for (const part of ['bank-transfer/', 'card-disputes/', 'police-us', 'police-uk'])
      expect(
        run.asked.some((a) => a.startsWith(part)),
        part,
      ).toBe(false);
    expect(run.said).toContain('遺失届');
    expect(run.asked.length).toBeLessThanOrEqual(40);
  });
  it('app-payment (JP, ja): the payment service is asked to freeze the account at the 2nd prompt, the deadline asked with it', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.walletTaken);
    expect(run.first).toBe(2);
    expect(run.firstStep).toBe('report-to-service');
    const at = (id: string) => run.asked.indexOf(id);
    expect(at('report-to-service.freeze')).toBeLessThan(at('report-to-service.deadline'));
    expect(at('report-to-service.deadline')).toBeLessThan(at('payments:evidence'));
    expect(at('linked.card-charged')).toBeLessThan(at('secure.changed'));
    // A payment app, nothing taken from the linked card or bank: no carrier, no dispute, no bank.
    for (const part of ['carrier-billing.', 'card-disputes/', 'bank-transfer/', 'compensation.'])
      expect(
        run.asked.some((a) => a.startsWith(part)),
        part,
      ).toBe(false);
    expect(run.asked).toContain('compensation-jp.applied');
    expect(run.said).toContain('PayPay');
    expect(run.asked.length).toBeLessThanOrEqual(60);
  });

  it('child-purchases (US): purchases locked at the 1st prompt, then the charges, the Apple refund and the card', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.childSpent);
    expect(run.first).toBe(1);
    expect(run.firstStep).toBe('stop-now');
    const at = (id: string) => run.asked.indexOf(id);
    expect(at('stop-now.locked')).toBeLessThan(at('charges.paid-with'));
    expect(at('charges.paid-with')).toBeLessThan(at('refund-apple.requested'));
    expect(at('refund-apple.requested')).toBeLessThan(at('card.deadline'));
    for (const part of ['refund-google.', 'refund-store.', 'minor-jp.', 'carrier.'])
      expect(
        run.asked.some((a) => a.startsWith(part)),
        part,
      ).toBe(false);
    expect(run.said).toContain('reportaproblem.apple.com');
    expect(run.asked.length).toBeLessThanOrEqual(30);
  });
  it('fraud-order paid on the phone bill (JP, ja): the carrier is asked to stop carrier billing, no card dispute', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.orderOnPhoneBill);
    const at = (id: string) => run.asked.indexOf(id);
    expect(at('phone-bill.stop')).toBeGreaterThan(at('check-directly.card-used'));
    expect(at('phone-bill.deadline')).toBeGreaterThan(at('phone-bill.stop'));
    for (const part of ['charges/', 'pay-later.'])
      expect(
        run.asked.some((a) => a.startsWith(part)),
        part,
      ).toBe(false);
    expect(run.said).toContain('キャリア決済');
  });

  it('fraud-order paid later (JP, ja): the pay-later company is told it is fraud and the bill is not paid', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.orderPaidLater);
    expect(run.asked).toContain('pay-later.stop-bill');
    expect(run.asked).toContain('pay-later.due-date');
    for (const part of ['charges/', 'phone-bill.'])
      expect(
        run.asked.some((a) => a.startsWith(part)),
        part,
      ).toBe(false);
    expect(run.said).toContain('請求書の支払いはしない');
    expect(run.said).toContain('請求書に書かれているというだけで、その番号にはかけません');
  });
});
