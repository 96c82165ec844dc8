// The new playbooks of issue 11, section 3, walked as real incidents through the session
// engine: the person's own answers where the story needs them, Enter or a plausible value
// elsewhere (walk-persona.ts), yes from every party. The figure that matters is how many
// prompts come before the first protective action (a step with `action:`): "the first
// minutes protect". `npm run bench` prints them (scripts/bench-personas.mjs); a test holds
// them (new-personas.test.ts).
import { runSession } from '../../src/app/session.js';
import { makeCaseStarted, type JournalEvent } from '../../src/core/journal/events.js';
import type { Playbook } from '../../src/core/playbook/schema.js';
import { walkTasks } from '../../src/core/playbook/walk.js';
import type { Region } from '../../src/core/region.js';
import { ENTER_AT_EVIDENCE, PersonaPrompter } from './walk-persona.js';

export interface Incident {
  readonly label: string;
  readonly playbook: string;
  readonly region: Region;
  readonly lang: 'en' | 'ja';
  /** What the person types and picks, by prompt id. */
  readonly script: Readonly<Record<string, string>>;
}

export const NEW_INCIDENTS = {
  cardTyped: {
    label: 'phishing-clicked, a card number typed (jp, ja)',
    playbook: 'phishing-clicked',
    region: 'jp',
    lang: 'ja',
    script: {
      'first.card': 'yes',
      'stop-card.card-last4': '4242',
      'stop-card.issuer-name': 'さくらカード',
      'card-checked.unknown-charges': 'no',
      'bank-typed.bank': 'no',
      'password-typed.password': 'no',
      'code-typed.code': 'no',
      'what-lost.money-lost': 'no',
    },
  },
  passwordTyped: {
    label: 'phishing-clicked, a shop password typed (us)',
    playbook: 'phishing-clicked',
    region: 'us',
    lang: 'en',
    script: {
      'first.card': 'no',
      'bank-typed.bank': 'no',
      'password-typed.password': 'yes',
      'change-password.site-name': 'Example Shop',
      'change-password.mail': 'no',
      'code-typed.code': 'no',
      'what-lost.money-lost': 'no',
    },
  },
  codeGiven: {
    label: 'phishing-clicked, a code read out to a caller (uk)',
    playbook: 'phishing-clicked',
    region: 'uk',
    lang: 'en',
    script: {
      'first.card': 'no',
      'bank-typed.bank': 'no',
      'password-typed.password': 'no',
      'code-typed.code': 'yes',
      'takeover/first-minutes.mail-address': 'me@example.com',
      'takeover/first-minutes.can-sign-in': 'yes',
    },
  },
  tricked: {
    label: 'bank-transfer, tricked into a transfer (jp, ja)',
    playbook: 'bank-transfer',
    region: 'jp',
    lang: 'ja',
    script: { 'call-bank.bank-name': 'さくら銀行', 'transfers.how': 'tricked' },
  },
  loanInMyName: {
    label: 'identity-misuse, a loan in my name (us)',
    playbook: 'identity-misuse',
    region: 'us',
    lang: 'en',
    script: { 'call-lender.company': 'Example Bank' },
  },
  numberTaken: {
    label: 'sim-swap, the number moved to another SIM (uk)',
    playbook: 'sim-swap',
    region: 'uk',
    lang: 'en',
    script: {
      'call-carrier.carrier': 'Example Mobile',
      'money.bank-name': 'Example Bank',
      'money.reached': 'yes',
      'money.card-issuer': 'Example Card',
      'money-check.money-left': 'no',
      'money-check.card-charges': 'no',
      'mail-first.mail-address': 'me@example.com',
      'mail-first.can-sign-in': 'yes',
      'mail-first.changed': 'yes',
    },
  },
  phoneStolen: {
    label: 'lost-phone, stolen on a train (jp, ja)',
    playbook: 'lost-phone',
    region: 'jp',
    lang: 'ja',
    script: {
      'lock-phone.what': 'stolen',
      'lock-phone.locked': 'yes',
      'suspend-line.carrier': 'さくらモバイル',
      'money.bank-name': 'さくら銀行',
      'money.card-issuer': 'さくらカード',
      'money-check.money-left': 'no',
      'money-check.card-charges': 'no',
      'mail.mail-address': 'me@example.jp',
      'mail.changed': 'yes',
      'police-jp.receipt-number': 'R-123',
      'erase.decision': 'not-yet',
    },
  },
  // social-takeover and support-scam (playbooks3).
  lineTaken: {
    label: 'social-takeover, LINE taken and a friend paid (jp, ja)',
    playbook: 'social-takeover',
    region: 'jp',
    lang: 'ja',
    script: {
      'warn.service': 'LINE',
      'warn.warned': 'yes',
      'warn.anyone-paid': 'yes',
      'friend-paid.issuer': 'yes',
      'mail-and-number.mail-address': 'me@example.jp',
      'mail-and-number.mail-taken': 'no',
      'mail-and-number.number-taken': 'no',
      'recover.can-sign-in': 'yes',
      'recover.secured': 'yes',
      'clean-up.back': 'yes',
      'report.reported': 'yes',
    },
  },
  remoteTool: {
    label: 'support-scam, a remote tool installed and a card given (us)',
    playbook: 'support-scam',
    region: 'us',
    lang: 'en',
    script: {
      'disconnect.offline': 'yes',
      'disconnect.remote': 'yes',
      'disconnect.card': 'yes',
      'disconnect.bank': 'no',
      'disconnect.gift': 'no',
      'stop-card.card-last4': '4242',
      'stop-card.issuer-name': 'Example Card',
      'stop-card.charged': 'no',
      'remove-program.removed': 'yes',
      'remove-program.scanned': 'yes',
      'passwords.mail-address': 'me@example.com',
      'passwords.mail-changed': 'yes',
      'passwords.others-changed': 'yes',
      'report.reported': 'yes',
      'watch.all-clear': 'yes',
    },
  },
  // app-payment and child-purchases (issue 11, section 3).
  walletTaken: {
    label: 'app-payment, payments from a payment app I did not make (jp, ja)',
    playbook: 'app-payment',
    region: 'jp',
    lang: 'ja',
    script: {
      'what.how': 'app',
      'report-to-service.service': 'さくらペイ',
      'linked.removed': 'yes',
      'linked.card-charged': 'no',
      'linked.bank-charged': 'no',
      'compensation-jp.applied': 'yes',
      'secure.changed': 'yes',
    },
  },
  childSpent: {
    label: 'child-purchases, a child bought game items with a saved card (us)',
    playbook: 'child-purchases',
    region: 'us',
    lang: 'en',
    script: {
      'stop-now.store': 'apple',
      'stop-now.locked': 'yes',
      'charges.paid-with': 'card',
      'refund-apple.requested': 'yes',
      'card.last4': '4242',
      'card.issuer': 'Example Card',
    },
  },
  // fraud-order paid without a card: on the phone bill, or with a bill to pay later.
  orderOnPhoneBill: {
    label: 'fraud-order, orders charged to the phone bill (jp, ja)',
    playbook: 'fraud-order',
    region: 'jp',
    lang: 'ja',
    script: {
      'first-minutes.site': 'さくらモール',
      'check-directly.could-sign-in': 'yes',
      'check-directly.card-used': 'phone-bill',
      'phone-bill.carrier': 'さくらモバイル',
    },
  },
  orderPaidLater: {
    label: 'fraud-order, a pay-later bill for orders I did not place (jp, ja)',
    playbook: 'fraud-order',
    region: 'jp',
    lang: 'ja',
    script: {
      'first-minutes.site': 'さくらモール',
      'check-directly.could-sign-in': 'yes',
      'check-directly.card-used': 'pay-later',
    },
  },
} as const satisfies Record<string, Incident>;

export interface IncidentRun {
  readonly asked: string[];
  /** 1-based; 0 when no protective step was reached. */
  readonly first: number;
  readonly firstStep: string;
  readonly said: string;
}

export async function walkIncident(
  library: ReadonlyMap<string, Playbook>,
  incident: Incident,
): Promise<IncidentRun> {
  const now = new Date(2026, 10, 22, 9, 30);
  const root = library.get(incident.playbook);
  if (!root) throw new Error(`no built-in ${incident.playbook}`);
  const tasks = walkTasks(root, library);
  const prompter = new PersonaPrompter(tasks, incident.script);
  const events: JournalEvent[] = [
    makeCaseStarted(now, {
      case: 'incident',
      playbook: incident.playbook,
      playbookHash: `sha256:${'0'.repeat(64)}`,
      playbookFile: 'playbook.json',
      lang: incident.lang,
      region: incident.region,
    }),
  ];
  await runSession(
    { caseId: 'incident', playbook: root, library, events },
    {
      prompter,
      evidence: ENTER_AT_EVIDENCE,
      append: () => Promise.resolve(),
      now: () => now,
      lang: incident.lang,
    },
  );
  const protective = new Set(tasks.filter((t) => t.step.action !== undefined).map((t) => t.key));
  const stepOf = (promptId: string) => promptId.split(/[.:[]/)[0] ?? '';
  const asked = prompter.asked.map((a) => a.id);
  const first = asked.findIndex((a) => protective.has(stepOf(a))) + 1;
  return { asked, first, firstStep: stepOf(asked[first - 1] ?? ''), said: prompter.said.join('\n') };
}
