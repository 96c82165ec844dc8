// The front door's vocabulary: what can have happened (a playbook's `for:`), and the protective
// actions a step can perform (a step's `action:`). One fixed list each, so a user playbook joins
// the triage by naming a situation, and a step done in one playbook of a case is known as done
// in the others.
import type { Lang, Messages } from '../i18n.js';

/**
 * Situation ids, most urgent first: the order the triage walks the playbooks it picks.
 * - bank-money, gave-away: money moving out of the bank, or a code or password given, are
 *   stopped only in the first minutes or hours (a transfer is recalled the same day, a code
 *   used at once). Money first: only the bank's own line stops a transfer, and the phishing
 *   guide's bank steps are then walked there, once;
 * - fake-support, social-taken: someone may be controlling the computer right now (a card or a
 *   bank login given is used within minutes; cutting the internet stops them at once), or friends
 *   are being asked for gift cards right now (a warning by another channel stops the next one
 *   paying within the hour);
 * - payment-app: a payment app, a wallet or the phone bill keeps paying until the service or
 *   the carrier freezes it, and compensation often has a deadline counted in days from the
 *   payment;
 * - no-signal, lost-phone: whoever holds the number or the phone receives the codes that reset
 *   every account; the mobile carrier blocks the number, and a lost phone is locked, at once;
 * - cannot-sign-in: whoever holds the account can still change its recovery and lock the
 *   person out for good;
 * - order-mails, unknown-charge: the shop and the card company can still stop a shipment or a
 *   charge, within days;
 * - child-spent: a child's purchases stop as soon as purchase approval is on, and the store's
 *   refund and the card or carrier have days to weeks; nobody is attacking the person;
 * - in-my-name: an account or a loan opened in the person's name: the lender and the credit
 *   files stop the next one, within days;
 * - data-leak: nothing is lost yet; it prepares against what may come;
 * - not-helping, other: an incident already under way, worked on over weeks.
 */
export const SITUATIONS = [
  'bank-money',
  'gave-away',
  'fake-support',
  'social-taken',
  'payment-app',
  'no-signal',
  'lost-phone',
  'cannot-sign-in',
  'order-mails',
  'unknown-charge',
  'child-spent',
  'in-my-name',
  'data-leak',
  'not-helping',
  'other',
] as const;
export type Situation = (typeof SITUATIONS)[number];

const SITUATION_LABELS: Messages<Record<Situation, string>> = {
  en: {
    'order-mails': 'Order mails for orders I did not place',
    'unknown-charge': "A card charge I don't know",
    'cannot-sign-in': "I can't sign in, or my password was changed",
    'data-leak': 'A company says my data leaked',
    'bank-money': 'Money left my bank account',
    'gave-away': 'I clicked a link, or gave a code or password',
    'in-my-name': 'Someone opened an account or a loan in my name',
    'no-signal': 'My phone suddenly has no signal, and codes go to someone else',
    'lost-phone': 'My phone was lost or stolen',
    'fake-support': 'A warning made me call "support", or someone controlled my computer',
    'social-taken': 'My social or messaging account was taken, and friends are asked for money',
    'payment-app': 'Money was taken through a payment app or my phone bill',
    'child-spent': 'My child spent money in a game or an app without asking',
    'not-helping': 'A company is not helping me',
    other: 'Something else',
  },
  ja: {
    'order-mails': '注文した覚えのない注文メールが届いた',
    'unknown-charge': '知らないカードの請求がある',
    'cannot-sign-in': 'ログインできない・パスワードを変えられた',
    'data-leak': '会社から個人情報が漏れたと知らされた',
    'bank-money': '銀行口座からお金が引き出された',
    'gave-away': 'リンクを押した、またはコードやパスワードを教えてしまった',
    'in-my-name': '自分の名義で、知らない契約やローンを作られた',
    'no-signal': 'スマホが急に圏外になり、確認コードが他人に届いている',
    'lost-phone': 'スマホをなくした・盗まれた',
    'fake-support': '偽の警告を見て「サポート」に電話した・パソコンを遠隔操作された',
    'social-taken': 'SNSやLINEを乗っ取られ、友だちにお金やコードを求めるメッセージが送られている',
    'payment-app': 'スマホ決済や携帯電話料金で、身に覚えのない支払いがあった',
    'child-spent': '子どもがゲームやアプリで、勝手にお金を使った',
    'not-helping': '会社がきちんと対応してくれない',
    other: 'その他',
  },
};

/** What a step does that protects the person now: the steps `npm run bench` counts to. */
export const ACTIONS = [
  'secure-mail',
  'change-mail-password',
  'change-shop-password',
  'change-password',
  'report-to-shop',
  'stop-card',
  'stop-transfer',
  'stop-new-credit',
  'secure-phone-number',
  'lock-phone',
  'disconnect-device',
  'warn-contacts',
  'freeze-payment-account',
  'lock-purchases',
  'sign-out-everywhere',
  'stop-shipment',
  'report-to-police',
] as const;

/** The order the choices are shown in: the commonest first, as a person would name them. */
export const SITUATIONS_SHOWN: readonly Situation[] = [
  'order-mails',
  'unknown-charge',
  'cannot-sign-in',
  'data-leak',
  'bank-money',
  'gave-away',
  'social-taken',
  'fake-support',
  'payment-app',
  'in-my-name',
  'lost-phone',
  'no-signal',
  'child-spent',
  'not-helping',
  'other',
];

/** Situations in the triage's order (most urgent first), whatever order they were picked in. */
function orderSituations(picked: readonly string[]): Situation[] {
  return SITUATIONS.filter((s) => picked.includes(s));
}

/** The choice as the person read it; an id this version does not know, as it is. */
export function situationLabel(id: string, lang: Lang): string {
  return (SITUATIONS as readonly string[]).includes(id) ? SITUATION_LABELS[lang][id as Situation] : id;
}

export interface TriageCandidate {
  readonly id: string;
  readonly for?: readonly string[];
  readonly builtIn: boolean;
}

/** For each situation (most urgent first), the playbooks whose `for` names it: built-ins first. */
export function matchSituations(
  picked: readonly string[],
  candidates: readonly TriageCandidate[],
): { situation: Situation; playbooks: string[] }[] {
  const ordered = [...candidates.filter((c) => c.builtIn), ...candidates.filter((c) => !c.builtIn)];
  return orderSituations(picked).map((situation) => ({
    situation,
    playbooks: ordered.filter((c) => c.for?.includes(situation)).map((c) => c.id),
  }));
}
