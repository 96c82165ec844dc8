// The incident this product comes from, as a persona (issue 9): in Japanese, 8 order mails
// for orders the person never placed (one of them a 10,000 yen gift card), the orders
// hidden from the order history, the shop reached by chat, one parcel shipped the next day
// and stopped with the delivery company, one card. It walks fraud-order through the real
// session engine and counts the prompts: to the first protective action (a step with
// `action:`), and in all. `npm run bench` prints the figures; a test holds them to the
// issue's targets (15, and 120 in all, with issue 10's cardholder, credit or debit and money
// lost, and issue 11's device check and earliest charge).
import { runSession } from '../../src/app/session.js';
import { makeCaseStarted, type JournalEvent } from '../../src/core/journal/events.js';
import type { Playbook } from '../../src/core/playbook/schema.js';
import { walkTasks } from '../../src/core/playbook/walk.js';
import { replayJournal, type CaseState } from '../../src/core/session/state.js';
import { ENTER_AT_EVIDENCE, PersonaPrompter } from './walk-persona.js';

const ORDERS = ['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008'];
const SHIPPED = 2; // the third order left the warehouse the next day
const GIFT_CARD = 7; // the last one: a 10,000 yen gift card

function details(): Record<string, string> {
  const script: Record<string, string> = {};
  ORDERS.forEach((_n, i) => {
    const at = `order-details.details[${i}]`;
    script[`${at}.items`] = i === GIFT_CARD ? 'ギフト券 10,000円分' : `家電 ${i + 1}`;
    script[`${at}.amount`] = i === GIFT_CARD ? '10000' : `${(i + 1) * 3980}`;
  });
  // Most orders alike, said once: not shipped, on the statement; then the ones that differ.
  script['order-details.details:status:most'] = 'not-shipped';
  script['order-details.details:status:except'] = `${SHIPPED},${GIFT_CARD}`;
  script[`order-details.details[${SHIPPED}].status`] = 'shipped';
  script[`order-details.details[${GIFT_CARD}].status`] = 'digital';
  script['charges/orders-on-statement.charges:charged:most'] = 'posted';
  script['charges/orders-on-statement.charges:charged:except'] = `${GIFT_CARD}`;
  script[`charges/orders-on-statement.charges[${GIFT_CARD}].charged`] = 'pending';
  script[`order-details.details[${SHIPPED}].tracking-number`] = '4455-6677-8899';
  script[`order-details.details[${SHIPPED}].delivery-address`] = '大阪府大阪市北区1-2-3 (知らない住所)';
  return script;
}

/** What the person types and picks; everything else is Enter or a plausible value. */
export const INCIDENT_SCRIPT: Readonly<Record<string, string>> = {
  'first-minutes.site': 'さくらモール',
  'first-minutes.noticed-date': '2026-11-29',
  'check-directly.could-sign-in': 'yes',
  'check-directly.orders-found': 'hidden',
  'check-directly.card-used': 'yes',
  'reach-shop.shop-phone': '0120-000-111',
  'reach-shop.other-ways': 'チャット(9時〜21時)、問い合わせフォーム',
  'lock-them-out.device-trusted': 'yes',
  'lock-them-out.mail-secured': 'yes',
  'lock-them-out.password-changed': 'yes',
  'lock-them-out.signed-out-all': 'yes',
  'report-to-merchant.orders:list': ORDERS.join(' '),
  'report-to-merchant.cancel-orders:who-name': '佐藤',
  'report-to-merchant.cancel-orders:channel': 'chat',
  'report-to-merchant.cancel-orders:reference-new': 'INQ-20261129-01',
  'report-to-merchant.gift-cards:value': '1008 のギフト券は未使用。停止すると回答',
  'report-to-merchant.if-shipped:value': '1003 は発送済み。配送業者に連絡してほしい',
  'report-to-merchant.charge': 'option:card-company',
  'report-to-merchant.suspended:value': '停止中はフリーダイヤル 0120-000-111、受付番号を伝える',
  'report-to-merchant.restore:value': '調査後 7 日以内にメールで連絡',
  'report-to-merchant.cause': 'unknown',
  'report-to-merchant.other-orders': 'no',
  'charges/call-issuer.card-last4': '4242',
  'charges/call-issuer.issuer-name': 'さくらカード',
  'charges/call-issuer.stop-card:who-name': '田中',
  'charges/call-issuer.stop-card:channel': 'phone',
  'charges/call-issuer.stop-card:reference-new': 'CARD-7788',
  'charges/call-issuer.what-needed:value': '警察の受理番号',
  'charges/call-issuer.deadline:value': '2026-12-29',
  'charges/call-issuer.billed-meanwhile': 'no',
  'charges/call-issuer.other-attempts': 'no',
  'charges/cardholder.cardholder-name': '山田 花子',
  'charges/cardholder.cardholder-phone': '090-1234-5678',
  'charges/cardholder.cardholder-address': '東京都新宿区西新宿 2-8-1',
  'charges/cardholder.card-kind': 'credit',
  'charges/look-at-statement.card-brand': 'visa',
  'charges/look-at-statement.statement-date': '2026-11-30',
  'charges/look-at-statement.earliest-charge': '2026-11-29',
  'charges/deadline-jp.filed-date': '2026-11-30',
  'charges/check-statement.outcome': 'not-yet',
  // The gift card reached the fraudster before the shop could stop it: money that cannot come back.
  'money-lost.any-lost': 'yes',
  'money-lost.losses[0].what': 'ギフト券 (注文 1008)',
  'money-lost.losses[0].amount': '10000',
  'money-lost.losses[0].when': '2026-11-29',
  ...details(),
  'order-details.physical': 'yes',
  'check-account.unknown-address': 'yes',
  'check-account.address-text': '大阪府大阪市北区1-2-3',
  'check-account.unknown-payment': 'no',
  'check-account.balance-used': 'no',
  'check-account.contact-changed': 'no',
  'check-account.mail-rules': 'no',
  'shipments/ask-merchant.already-shipped:value': '1003 のみ発送済み',
  'shipments/shipping-status.each[2].carrier': 'ヤマト運輸',
  'shipments/shipping-status.shipped': 'some-shipped',
  'shipments/shipping-status.delivery-to': 'other-address',
  'shipments/shipping-status.unknown-address': '大阪府大阪市北区1-2-3',
  'shipments/call-carrier.action': 'return-to-sender',
  'shipments/call-carrier.stop-delivery:who-name': '木村',
  'shipments/call-carrier.stop-delivery:channel': 'phone',
  'shipments/call-carrier.stop-delivery:reference-new': '',
  'shipments/all-stopped.result': 'in-progress',
  'secure-account.two-step': 'yes',
  'secure-account.reused': 'no',
  'police.police-status': 'reported',
  'police.police-date': '2026-11-30',
  'police.station': '北警察署 伊藤さん',
  'police.receipt-number': 'R-2026-4411',
  'follow-through.status': 'waiting',
  'follow-through.contact-card': 'no',
};

export interface IncidentFigure {
  readonly toFirstProtective: number | undefined;
  readonly total: number;
  /** The first protective step reached, and where the password change and the report come. */
  readonly firstProtectiveStep: string | undefined;
  readonly prompts: readonly { readonly id: string; readonly answer: string }[];
  readonly state: CaseState;
  /** The journal the walk wrote, for the reports of the case. */
  readonly events: readonly JournalEvent[];
  readonly said: readonly string[];
}

export async function incidentFigure(library: ReadonlyMap<string, Playbook>): Promise<IncidentFigure> {
  const root = library.get('fraud-order');
  if (root === undefined) throw new Error('no fraud-order playbook');
  const now = new Date(2026, 10, 29, 9, 15);
  const tasks = walkTasks(root, library);
  const prompter = new PersonaPrompter(tasks, INCIDENT_SCRIPT);
  const events: JournalEvent[] = [
    makeCaseStarted(now, {
      case: 'incident',
      playbook: 'fraud-order',
      playbookHash: `sha256:${'0'.repeat(64)}`,
      playbookFile: 'playbook.json',
      lang: 'ja',
    }),
  ];
  await runSession(
    { caseId: 'incident', playbook: root, library, events: [...events] },
    {
      prompter,
      evidence: ENTER_AT_EVIDENCE,
      append: (event) => {
        events.push(event);
        return Promise.resolve();
      },
      now: () => now,
      lang: 'ja',
    },
  );
  const protective = new Set(tasks.filter((t) => t.step.action !== undefined).map((t) => t.key));
  const stepOf = (promptId: string) => promptId.split(/[.:[]/)[0] ?? '';
  const first = prompter.asked.findIndex((a) => protective.has(stepOf(a.id)));
  return {
    toFirstProtective: first === -1 ? undefined : first + 1,
    firstProtectiveStep: first === -1 ? undefined : stepOf(prompter.asked[first]?.id ?? ''),
    total: prompter.asked.length,
    prompts: prompter.asked,
    state: replayJournal(events),
    events,
    said: prompter.said,
  };
}
