// social-takeover and support-scam (issue 11, section 3) walked as real incidents
// (new-incidents.ts): the protective action at the first prompt, and only the parts the story
// needs.
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

describe('social-takeover and support-scam, walked as real incidents', () => {
  it('social-takeover (JP, ja): friends warned at the 1st prompt, the friend who paid calls the card company before the recovery', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.lineTaken);
    expect(run.first).toBe(1);
    expect(run.firstStep).toBe('warn');
    const at = (id: string) => run.asked.indexOf(id);
    expect(at('warn.warned')).toBeLessThanOrEqual(2);
    // The friend's call to the company behind the card, right after the warning.
    expect(at('friend-paid.freeze')).toBeGreaterThan(at('warn.anyone-paid'));
    expect(at('friend-paid.freeze')).toBeLessThan(at('mail-and-number.mail-taken'));
    // The mail and the number checked before the recovery, the record of what was sent after it.
    expect(at('mail-and-number.number-taken')).toBeLessThan(at('recover.can-sign-in'));
    expect(at('recover.secured')).toBeLessThan(run.asked.findIndex((a) => a.startsWith('report.sent')));
    // Mail and number still the person's own: neither account-takeover nor sim-swap is walked.
    for (const part of ['mail/', 'number/'])
      expect(
        run.asked.some((a) => a.startsWith(part)),
        part,
      ).toBe(false);
    // Signed in: no form to the service is asked about.
    expect(run.asked).not.toContain('recover.give-back');
    expect(run.said).toContain('#9110');
    expect(run.said).toContain('「復旧サービス」');
    expect(run.asked.length).toBeLessThanOrEqual(25);
  });

  it('support-scam (US): off the internet at the 1st prompt, the card stopped at the 6th, passwords from another device', async () => {
    const run = await walkIncident(library, NEW_INCIDENTS.remoteTool);
    expect(run.first).toBe(1);
    expect(run.firstStep).toBe('disconnect');
    const at = (id: string) => run.asked.indexOf(id);
    // Every fact of the story asked once, in the first step; then the card company.
    expect(at('stop-card.card-last4')).toBe(5);
    expect(at('stop-card.stop-card')).toBeLessThan(at('remove-program.removed'));
    expect(at('remove-program.removed')).toBeLessThan(at('passwords.mail-changed'));
    expect(at('passwords.mail-changed')).toBeLessThan(at('report.reported'));
    // No bank, no gift card, no charge: none of their steps.
    for (const part of ['stop-bank', 'bank-transfer/', 'gift-cards', 'card-charges/'])
      expect(
        run.asked.some((a) => a.startsWith(part)),
        part,
      ).toBe(false);
    expect(run.said).toContain('ReportFraud.ftc.gov');
    expect(run.said).not.toMatch(/188|#9110|IPA/);
    expect(run.asked.length).toBeLessThanOrEqual(25);
  });
});
