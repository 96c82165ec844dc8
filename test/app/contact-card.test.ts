import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadContactsFor, partiesOfStep, savedContactsFor } from '../../src/app/contact-card.js';
import type { TaskStep } from '../../src/core/playbook/schema.js';
import { writeContactCard } from '../../src/io/contacts-store.js';
import type { Paths } from '../../src/io/paths.js';

let paths: Paths;
beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'respond-card-'));
  paths = { playbooks: join(root, 'playbooks'), cases: join(root, 'cases'), data: root };
});

const reportToShop: TaskStep = {
  id: 'report-to-shop',
  title: 'Report each order to the shop',
  confirmations: [
    { id: 'stop-shipment', party: 'merchant', ask: 'Will you stop the shipment?' },
    { id: 'charge', party: 'payment-processor', ask: 'Will the charge be cancelled?' },
  ],
};
const issuerContact: TaskStep = {
  id: 'card-issuer-contact',
  title: "Write down your card company's 24-hour number",
};
const unrelated: TaskStep = { id: 'change-password', title: 'Change the password' };

function saveCard(): void {
  writeContactCard(paths, {
    version: 1,
    contacts: [
      {
        id: 'example-shop',
        kind: 'merchant',
        name: 'Example Shop',
        phone: '03-1234-5678',
        hours: 'weekdays 9-18',
        updated: '',
      },
      {
        id: 'my-visa',
        kind: 'card-issuer',
        name: 'My Visa',
        phone: '0120-000-000',
        hours: '24h',
        updated: '',
      },
    ],
  });
}

describe('partiesOfStep', () => {
  it('takes the parties its confirmations ask, and the party its id names', () => {
    expect(partiesOfStep(reportToShop)).toEqual(['merchant', 'payment-processor']);
    expect(partiesOfStep(issuerContact)).toEqual(['card-issuer']);
    expect(partiesOfStep(unrelated)).toEqual([]);
  });
});

describe('loadContactsFor', () => {
  it("shows the saved numbers for the step's parties, and nothing for other steps", () => {
    saveCard();
    const forStep = loadContactsFor(paths, 'en');
    expect(forStep(reportToShop)).toBe(
      'From your emergency contact card:\n  Example Shop [shop or site]: 03-1234-5678 (weekdays 9-18)',
    );
    expect(forStep(issuerContact)).toContain('My Visa [card company]: 0120-000-000 (24h)');
    expect(forStep(unrelated)).toBeUndefined();
    expect(loadContactsFor(paths, 'ja')(reportToShop)).toContain('緊急連絡先カードに保存済みの連絡先:');
  });

  it('never stops a walk-through: no card or a broken card shows nothing', () => {
    expect(loadContactsFor(paths, 'en')(reportToShop)).toBeUndefined();
    mkdirSync(paths.data, { recursive: true });
    writeFileSync(join(paths.data, 'contacts.json'), '{ broken');
    expect(loadContactsFor(paths, 'en')(reportToShop)).toBeUndefined();
    expect(savedContactsFor(paths, ['merchant'], 'en')).toEqual([]);
  });

  it('savedContactsFor gives the entries themselves', () => {
    saveCard();
    expect(savedContactsFor(paths, ['card-issuer', 'merchant'], 'en').map((c) => c.id)).toEqual([
      'my-visa',
      'example-shop',
    ]);
  });
});
