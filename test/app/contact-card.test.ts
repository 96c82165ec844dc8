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
  paths = {
    playbooks: join(root, 'playbooks'),
    cases: join(root, 'cases'),
    data: root,
    cache: join(root, 'cache'),
  };
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

describe('offerForCard: the numbers of an emergency-contact step, offered for the card', () => {
  async function walkMerchantContact(script: Record<string, string>) {
    const { runSession } = await import('../../src/app/session.js');
    const { offerForCard } = await import('../../src/app/contact-card.js');
    const { makeCaseStarted } = await import('../../src/core/journal/events.js');
    const { loadBuiltinLibrary } = await import('../helpers/builtins.js');
    const { ScriptedPrompter } = await import('../helpers/scripted-prompter.js');
    const library = await loadBuiltinLibrary();
    const playbook = library.get('emergency-contact');
    if (playbook === undefined) throw new Error('no emergency-contact');
    const now = new Date(2026, 10, 29, 9, 0);
    const prompter = new ScriptedPrompter(
      { 'merchant-contact:outcome': 'done', ...script },
      { takeDefaults: true },
    );
    await runSession(
      {
        caseId: 'c',
        playbook,
        library,
        events: [
          makeCaseStarted(now, {
            case: 'c',
            playbook: 'emergency-contact',
            playbookHash: `sha256:${'0'.repeat(64)}`,
            playbookFile: 'playbook.json',
            lang: 'en',
          }),
        ],
      },
      {
        prompter,
        append: () => Promise.resolve(),
        now: () => now,
        lang: 'en',
        afterStep: offerForCard(paths, 'en', () => now),
      },
    );
    return prompter;
  }

  it('adds the shop and its number with Enter, so the card is not empty later', async () => {
    const { readContactCard } = await import('../../src/io/contacts-store.js');
    const prompter = await walkMerchantContact({
      'merchant-contact.merchant-name': 'Sakura Mall',
      'merchant-contact.phone': '0120-000-111',
    });
    const offer = prompter.asked.find((a) => a.id === 'merchant-contact:add-to-card');
    expect(offer?.message).toContain('Sakura Mall · 0120-000-111');
    expect(offer?.answer).toBe('yes'); // Enter
    expect(readContactCard(paths).contacts).toMatchObject([
      { kind: 'merchant', name: 'Sakura Mall', phone: '0120-000-111' },
    ]);
  });

  it('offers nothing the card already holds, and keeps the card as it was on "not now"', async () => {
    const { readContactCard } = await import('../../src/io/contacts-store.js');
    saveCard();
    const known = await walkMerchantContact({
      'merchant-contact.merchant-name': 'Example Shop',
      'merchant-contact.phone': '03-1234-5678',
    });
    expect(known.asked.some((a) => a.id === 'merchant-contact:add-to-card')).toBe(false);
    await walkMerchantContact({
      'merchant-contact.merchant-name': 'Other Shop',
      'merchant-contact.phone': '03-9999-0000',
      'merchant-contact:add-to-card': 'no',
    });
    expect(readContactCard(paths).contacts).toHaveLength(2);
  });
});

describe('offerForCard inside fraud-order', () => {
  it("offers the shop's number told in reach-shop, though the contact step did not ask it again", async () => {
    const { offerForCard } = await import('../../src/app/contact-card.js');
    const { makeAnswer, makeCaseStarted } = await import('../../src/core/journal/events.js');
    const { replayJournal } = await import('../../src/core/session/state.js');
    const { walkTasks } = await import('../../src/core/playbook/walk.js');
    const { loadBuiltinLibrary } = await import('../helpers/builtins.js');
    const { ScriptedPrompter } = await import('../helpers/scripted-prompter.js');
    const { readContactCard } = await import('../../src/io/contacts-store.js');
    const library = await loadBuiltinLibrary();
    const root = library.get('fraud-order');
    if (root === undefined) throw new Error('no fraud-order');
    const task = walkTasks(root, library).find((t) => t.key === 'contact-card/merchant-contact');
    if (task === undefined) throw new Error('no contact-card/merchant-contact');
    const now = new Date(2026, 10, 29, 9, 0);
    const state = replayJournal([
      makeCaseStarted(now, {
        case: 'c',
        playbook: 'fraud-order',
        playbookHash: `sha256:${'0'.repeat(64)}`,
        playbookFile: 'playbook.json',
        lang: 'ja',
      }),
      makeAnswer(now, {
        step: 'first-minutes',
        question: 'site',
        fact: 'shop.name',
        answer: { kind: 'text', value: 'さくらモール' },
      }),
      makeAnswer(now, {
        step: 'reach-shop',
        question: 'shop-phone',
        fact: 'shop.phone',
        answer: { kind: 'text', value: '0120-000-111' },
      }),
    ]);
    const prompter = new ScriptedPrompter({}, { takeDefaults: true });
    await offerForCard(paths, 'ja', () => now)(task, state, prompter);
    expect(prompter.asked.map((a) => a.id)).toEqual(['contact-card/merchant-contact:add-to-card']);
    expect(prompter.asked[0]?.message).toContain('さくらモール · 0120-000-111');
    expect(readContactCard(paths).contacts).toMatchObject([{ name: 'さくらモール', phone: '0120-000-111' }]);
  });
});
