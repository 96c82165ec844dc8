// A message to the merchant, the card company or the delivery company, built from the case
// (lesson 6: write so you cannot be misread): what happened, what I know, what I need, my
// questions, the references so far. Short numbered sections, every number written out.
import { partyNamer } from '../playbook/parties.js';
import { localize, type Messages } from '../i18n.js';
import { whoLabel } from '../journal/who.js';
import { isQuestionVisible, visibleTasks } from '../session/plan.js';
import { latestConfirmation } from '../session/state.js';
import { formatMoney, sumMoney } from './facts.js';
import { buildReport, type ReportInput } from './model.js';
import { shortTime } from './timeline.js';

export const DRAFT_PARTIES = ['merchant', 'card-company', 'carrier'] as const;
export type DraftParty = (typeof DRAFT_PARTIES)[number];
/** The playbook party ids each addressee stands for. */
const PARTY_IDS: Record<DraftParty, readonly string[]> = {
  merchant: ['merchant'],
  'card-company': ['card-issuer'],
  carrier: ['carrier'],
};

interface DraftTexts {
  subject: Record<DraftParty, (refs: string) => string>;
  greeting: Record<DraftParty, (name: string | undefined) => string>;
  happened: string;
  happenedText: (site: string, noticed: string, how: string) => string;
  notMe: string;
  know: string;
  orders: string;
  charges: (card: string) => string;
  total: (sum: string) => string;
  shipments: string;
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
}

const texts: Messages<DraftTexts> = {
  en: {
    subject: {
      merchant: (refs) => `Orders I did not place on my account${refs}`,
      'card-company': (refs) => `Card charges I did not make${refs}`,
      carrier: (refs) => `Please do not deliver: parcel from an order I did not place${refs}`,
    },
    greeting: {
      merchant: (name) => `To the customer support of ${name ?? 'the shop'},`,
      'card-company': (name) => `To ${name ?? 'my card company'}, fraud and disputes desk,`,
      carrier: (name) => `To ${name ?? 'the delivery company'},`,
    },
    happened: '1. What happened',
    happenedText: (site, noticed, how) =>
      `On ${noticed} I found orders I did not place on my account at ${site} (noticed through: ${how}).`,
    notMe:
      'Someone else used my account. I did not place these orders, did not authorise these payments, and do not want the goods.',
    know: '2. What I know',
    orders: 'Orders:',
    charges: (card) => `Charges on my ${card}:`,
    total: (sum) => `Total: ${sum}`,
    shipments: 'Parcels:',
    unknownAddress: (addr) => `Delivery address I do not know: ${addr}`,
    confirmed: 'What you have already confirmed to me:',
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
        'Do not deliver the parcel listed above. Return it to the sender, or hold it at the depot, and tell me which you have done.',
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
  },
  ja: {
    subject: {
      merchant: (refs) => `身に覚えのない注文について${refs}`,
      'card-company': (refs) => `身に覚えのないカード利用について${refs}`,
      carrier: (refs) => `配達停止のお願い:身に覚えのない注文の荷物${refs}`,
    },
    greeting: {
      merchant: (name) => `${name ?? 'ショップ'} お客様窓口 ご担当者様`,
      'card-company': (name) => `${name ?? 'カード会社'} 不正利用窓口 ご担当者様`,
      carrier: (name) => `${name ?? '配送会社'} ご担当者様`,
    },
    happened: '1. 起きたこと',
    happenedText: (site, noticed, how) =>
      `${noticed}、${site} の私のアカウントで、私がしていない注文があることに気づきました(きっかけ: ${how})。`,
    notMe:
      '他人が私のアカウントを使いました。これらの注文は私がしたものではなく、支払いも承認しておらず、商品も受け取りを望みません。',
    know: '2. わかっていること',
    orders: '注文:',
    charges: (card) => `カード (${card}) の利用:`,
    total: (sum) => `合計: ${sum}`,
    shipments: '荷物:',
    unknownAddress: (addr) => `心当たりのない届け先: ${addr}`,
    confirmed: 'これまでにご確認いただいたこと:',
    confirmedLine: (ask, answer, who, when, ref) =>
      `「${ask}」→ ${answer} (${who}、${when}${ref ? `、受付番号 ${ref}` : ''})`,
    police: (receipt, station, date) => `${date} に警察に届け出ました (${station})。受理番号 ${receipt}。`,
    need: '3. お願いしたいこと',
    needText: {
      merchant:
        '上記の注文をすべて取り消し、請求も取り消してください。すべての発送を止め、受付番号とともに書面 (メール) でご確認ください。',
      'card-company':
        '上記の利用を一件ずつ不正利用として調査してください。カードは停止したままにし、調査の対象となった利用を書面でご確認ください。',
      carrier:
        '上記の荷物を配達しないでください。差出人へ返送するか営業所で保管し、どちらにしたかをお知らせください。',
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
  },
};

export function buildDraft(to: DraftParty, input: ReportInput): string {
  const t = texts[input.lang];
  const report = buildReport('card-company', input);
  const f = report.facts;
  const parties = new Set(PARTY_IDS[to]);
  const partyName = partyNamer(input.playbook, input.library, input.lang);
  const lines: string[] = [];
  const bullet = (s: string) => lines.push(`   - ${s}`);

  const confirmed: string[] = [];
  const questions: string[] = [];
  const seen = new Set<string>();
  for (const task of visibleTasks(input.state, input.tasks)) {
    for (const c of task.step.confirmations ?? []) {
      if (!parties.has(c.party) || !isQuestionVisible(task, c, input.state)) continue;
      const ask = localize(c.ask, input.lang);
      if (seen.has(ask)) continue;
      seen.add(ask);
      const latest = latestConfirmation(input.state, `${task.key}.${c.id}`);
      if (latest?.answer === 'yes')
        confirmed.push(
          t.confirmedLine(
            ask,
            t.answers.yes,
            whoLabel(latest.who, input.lang),
            shortTime(latest.at),
            latest.reference ?? '',
          ),
        );
      else
        questions.push(
          latest
            ? `${ask} ${t.earlier(t.answers[latest.answer], whoLabel(latest.who, input.lang), shortTime(latest.at))}`
            : ask,
        );
    }
  }
  const refs = [...input.state.confirmations.values()]
    .flat()
    .filter((e) => parties.has(e.party) && e.reference !== undefined);
  const ownRefs = [...new Set(refs.map((e) => e.reference ?? ''))];
  const orderNumbers = f.orders
    .map((o) => o.cells['order-number'])
    .filter((x): x is string => x !== undefined);
  const subjectRefs = [
    ...(to === 'carrier'
      ? f.shipments.map((s) => s.cells['tracking-number']).filter((x): x is string => x !== undefined)
      : orderNumbers),
    ...ownRefs,
  ].slice(0, 4);

  lines.push(
    `Subject: ${t.subject[to](subjectRefs.length > 0 ? ` (${subjectRefs.join(', ')})` : '')}`,
    '',
    t.greeting[to](
      to === 'merchant'
        ? f.site
        : to === 'card-company'
          ? f.issuer
          : f.shipments.map((x) => x.cells.carrier).find(Boolean),
    ),
    '',
  );
  lines.push(
    t.happened,
    `   ${t.happenedText(f.site ?? t.unknown, f.noticed ?? t.unknown, f.how ?? t.unknown)}`,
    `   ${t.notMe}`,
    '',
  );
  lines.push(t.know);
  if (f.orders.length > 0 && to !== 'carrier') {
    bullet(t.orders);
    for (const o of f.orders)
      lines.push(
        `     ${[o.cells['order-number'], o.cells['order-date'], o.cells.items, o.cells.amount].filter(Boolean).join(', ')}`,
      );
  }
  if (f.transactions.length > 0 && to !== 'carrier') {
    bullet(t.charges(f.last4 !== undefined ? `•••• ${f.last4}` : t.unknown));
    for (const c of f.transactions)
      lines.push(
        `     ${[c.cells.date, c.cells.merchant, c.cells.amount, c.cells['order-number']].filter(Boolean).join(', ')}`,
      );
    const sum = sumMoney(f.transactions.flatMap((x) => (x.money ? [x.money] : [])));
    if (sum.length > 0) lines.push(`     ${t.total(sum.map(formatMoney).join(' + '))}`);
  }
  if (f.shipments.length > 0 && to !== 'card-company') {
    bullet(t.shipments);
    for (const s of f.shipments)
      lines.push(
        `     ${[s.cells['order-number'], s.cells['tracking-number'], s.cells.carrier, s.cells['merchant-answer']].filter(Boolean).join(', ')}`,
      );
  }
  if (f.unknownAddress !== undefined) bullet(t.unknownAddress(f.unknownAddress.replace(/\s*\n\s*/g, ' ')));
  if (f.police.receipt !== undefined)
    bullet(t.police(f.police.receipt, f.police.station ?? t.unknown, f.police.date ?? t.unknown));
  if (confirmed.length > 0) {
    bullet(t.confirmed);
    for (const c of confirmed) lines.push(`     ${c}`);
  }
  lines.push('', t.need, `   ${t.needText[to]}`, '', t.questions);
  if (questions.length === 0) lines.push(`   ${t.noQuestions}`);
  questions.forEach((q, i) => lines.push(`   ${i + 1}. ${q}`));
  lines.push('', t.references);
  for (const r of ownRefs) bullet(t.refLine(partyName(PARTY_IDS[to][0] ?? to), r));
  if (f.police.receipt !== undefined) bullet(t.refLine(t.policeReceipt, f.police.receipt));
  bullet(t.myCase(input.caseId));
  lines.push('', t.closing, '');
  if (f.cardholder.name !== undefined) lines.push(f.cardholder.name);
  if (f.cardholder.phone !== undefined) lines.push(f.cardholder.phone);
  return `${lines.join('\n').trimEnd()}\n`;
}
