// The words of the drafts (draft.ts) in English and Japanese. A party's name stands inside a
// sentence as it is ("Yamato Transport", "さくらモール"); without one, the plain noun that
// reads naturally there ("the shop", "ショップ"), never a playbook's capitalised party title.
import type { Messages } from '../i18n.js';

export const DRAFT_PARTIES = ['merchant', 'card-company', 'carrier'] as const;
export type DraftParty = (typeof DRAFT_PARTIES)[number];

export type ParcelStatus = 'shipped' | 'delivered' | 'refused' | 'returned' | 'stopped' | 'unknown';

export interface DraftTexts {
  noun: Record<DraftParty, string>;
  subject: Record<DraftParty, (refs: string) => string>;
  greeting: Record<DraftParty, (name: string) => string>;
  happened: string;
  happenedText: (site: string, noticed: string, how: string) => string;
  notMe: string;
  cardHappened: (card: string, noticed: string) => string;
  cardNotMe: string;
  know: string;
  orders: string;
  charges: (card: string) => string;
  total: (sum: string) => string;
  parcels: string;
  parcel: (tracking: string, order: string | undefined) => string;
  parcelAsk: Record<ParcelStatus, string>;
  losses: string;
  unknownAddress: (addr: string) => string;
  confirmed: string;
  confirmedLine: (ask: string, answer: string, who: string, when: string, ref: string) => string;
  police: (receipt: string, station: string, date: string) => string;
  need: string;
  needText: Record<DraftParty, string>;
  questions: string;
  noQuestions: string;
  earlier: (answer: string, who: string, when: string) => string;
  references: string;
  refLine: (label: string, value: string) => string;
  myCase: (id: string) => string;
  closing: string;
  unknown: string;
  policeReceipt: string;
  answers: Record<'yes' | 'no' | 'unknown', string>;
  kind: Record<string, string>;
  sender: { phone: string; mail: string };
}

export const draftTexts: Messages<DraftTexts> = {
  en: {
    noun: { merchant: 'the shop', 'card-company': 'the card company', carrier: 'the delivery company' },
    subject: {
      merchant: (refs) => `Orders I did not place on my account${refs}`,
      'card-company': (refs) => `Card charges I did not make${refs}`,
      carrier: (refs) => `Please do not deliver: parcel from an order I did not place${refs}`,
    },
    greeting: {
      merchant: (name) => `To the customer support of ${name},`,
      'card-company': (name) => `To ${name}, fraud and disputes desk,`,
      carrier: (name) => `To ${name},`,
    },
    happened: '1. What happened',
    happenedText: (site, noticed, how) =>
      `On ${noticed} I found orders I did not place on my account at ${site} (noticed through: ${how}).`,
    notMe:
      'Someone else used my account. I did not place these orders, did not authorise these payments, and do not want the goods.',
    cardHappened: (card, noticed) => `On ${noticed} I found charges on my card ${card} that I did not make.`,
    cardNotMe:
      'I did not make or authorise the charges listed below, and I have received nothing of value from them.',
    know: '2. What I know',
    orders: 'Orders:',
    charges: (card) => `Charges on my ${card}:`,
    total: (sum) => `Total: ${sum}`,
    parcels: 'Parcels, and what I ask for each:',
    parcel: (tracking, order) => `Tracking number ${tracking}${order ? ` (order ${order})` : ''}`,
    parcelAsk: {
      shipped: 'on its way: please do not deliver it, and return it to the sender.',
      unknown: 'please do not deliver it, and return it to the sender.',
      delivered: 'already delivered: please tell me how it can go back to the sender.',
      refused: 'refused at the door: please confirm it is going back to the sender.',
      returned: 'returned: please confirm it has reached the sender.',
      stopped: 'held at your depot: please return it to the sender and do not deliver it.',
    },
    losses: 'Money I have lost that cannot come back:',
    unknownAddress: (addr) => `Delivery address I do not know: ${addr}`,
    confirmed: 'What you have already told me:',
    confirmedLine: (ask, answer, who, when, ref) =>
      `"${ask}" — ${answer} (${who}, ${when}${ref ? `, ref. ${ref}` : ''})`,
    police: (receipt, station, date) =>
      `Reported to the police on ${date} (${station}), receipt number ${receipt}.`,
    need: '3. What I need',
    needText: {
      merchant:
        'Cancel every order listed above and its charge, stop every shipment, and confirm this to me in writing with your reference number.',
      'card-company':
        'Dispute each charge listed above as unauthorised, keep the card stopped, and confirm in writing which charges are under dispute.',
      carrier:
        'Do as asked above for each parcel, and tell me in writing what you have done, with your reference number.',
    },
    questions: '4. My questions (please answer each with yes or no, and who answered)',
    noQuestions: 'None open at the moment.',
    earlier: (answer, who, when) => `(asked before: "${answer}", ${who}, ${when})`,
    references: '5. References so far',
    refLine: (label, value) => `${label}: ${value}`,
    myCase: (id) => `My own record of this case: ${id}`,
    closing: 'Please reply in writing. Thank you.',
    unknown: 'not recorded',
    policeReceipt: 'Police receipt number',
    answers: { yes: 'yes', no: 'no', unknown: "don't know" },
    kind: { credit: 'credit card', debit: 'debit card' },
    sender: { phone: 'Phone', mail: 'Mail' },
  },
  ja: {
    noun: { merchant: 'ショップ', 'card-company': 'カード会社', carrier: '配送会社' },
    subject: {
      merchant: (refs) => `身に覚えのない注文について${refs}`,
      'card-company': (refs) => `身に覚えのないカード利用について${refs}`,
      carrier: (refs) => `配達停止のお願い:身に覚えのない注文の荷物${refs}`,
    },
    greeting: {
      merchant: (name) => `${name} お客様窓口 ご担当者様`,
      'card-company': (name) => `${name} 不正利用窓口 ご担当者様`,
      carrier: (name) => `${name} ご担当者様`,
    },
    happened: '1. 起きたこと',
    happenedText: (site, noticed, how) =>
      `${noticed}、${site} の私のアカウントで、私がしていない注文があることに気づきました(きっかけ: ${how})。`,
    notMe:
      '他人が私のアカウントを使いました。これらの注文は私がしたものではなく、支払いも承認しておらず、商品も受け取りを望みません。',
    cardHappened: (card, noticed) =>
      `${noticed}、私のカード (${card}) に身に覚えのない利用があることに気づきました。`,
    cardNotMe: '下記の利用は私が行ったものでも承認したものでもなく、それによって何も受け取っていません。',
    know: '2. わかっていること',
    orders: '注文:',
    charges: (card) => `カード (${card}) の利用:`,
    total: (sum) => `合計: ${sum}`,
    parcels: '荷物と、それぞれについてのお願い:',
    parcel: (tracking, order) => `追跡番号 ${tracking}${order ? ` (注文 ${order})` : ''}`,
    parcelAsk: {
      shipped: '配送中です。配達せず、差出人へ返送してください。',
      unknown: '配達せず、差出人へ返送してください。',
      delivered: 'すでに配達されました。差出人へ戻す方法を教えてください。',
      refused: '受け取りを拒否しました。差出人へ返送されることをご確認ください。',
      returned: '返送されました。差出人に届いたことをご確認ください。',
      stopped: '営業所で保管中です。配達せず、差出人へ返送してください。',
    },
    losses: '戻らないお金:',
    unknownAddress: (addr) => `心当たりのない届け先: ${addr}`,
    confirmed: 'これまでにご回答いただいたこと:',
    confirmedLine: (ask, answer, who, when, ref) =>
      `「${ask}」→ ${answer} (${who}、${when}${ref ? `、受付番号 ${ref}` : ''})`,
    police: (receipt, station, date) => `${date} に警察に届け出ました (${station})。受理番号 ${receipt}。`,
    need: '3. お願いしたいこと',
    needText: {
      merchant:
        '上記の注文をすべて取り消し、請求も取り消してください。すべての発送を止め、受付番号とともに書面 (メール) でご確認ください。',
      'card-company':
        '上記の利用を一件ずつ不正利用として調査してください。カードは停止したままにし、調査の対象となった利用を書面でご確認ください。',
      carrier: '荷物ごとに上記のとおり対応し、何をしたかを受付番号とともに書面 (メール) でお知らせください。',
    },
    questions: '4. 質問 (それぞれ「はい」か「いいえ」と、ご回答者のお名前をお願いします)',
    noQuestions: '現在、未確認の質問はありません。',
    earlier: (answer, who, when) => `(以前の回答:「${answer}」、${who}、${when})`,
    references: '5. これまでの受付番号など',
    refLine: (label, value) => `${label}: ${value}`,
    myCase: (id) => `この件の私の記録: ${id}`,
    closing: '書面 (メール) でご回答ください。よろしくお願いいたします。',
    unknown: '記録なし',
    policeReceipt: '警察の受理番号',
    answers: { yes: 'はい', no: 'いいえ', unknown: 'わからない' },
    kind: { credit: 'クレジットカード', debit: 'デビットカード' },
    sender: { phone: '電話', mail: 'メール' },
  },
};
