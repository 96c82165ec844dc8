// Every word a report prints that does not come from the playbook or the person, in
// English and Japanese. The playbook supplies step titles, questions and party names.
import type { Messages } from '../i18n.js';

export interface ReportTexts {
  titles: Record<'card-company' | 'police' | 'all', string>;
  caseLine: (id: string, title: string) => string;
  generated: (when: string) => string;
  notRecorded: string;
  unfinished: (finished: number, total: number) => string;
  closedWithOpen: string;
  stillOpen: string;
  openStep: (title: string) => string;
  openConfirmation: (party: string, ask: string) => string;
  openFollowUp: (due: string, check: string) => string;
  sections: Record<
    | 'cardholder'
    | 'transactions'
    | 'discovery'
    | 'merchant'
    | 'shipments'
    | 'police'
    | 'deadline'
    | 'evidence'
    | 'statement'
    | 'summary'
    | 'accounts'
    | 'losses'
    | 'contacts'
    | 'steps'
    | 'notes'
    | 'followUps'
    | 'timeline',
    string
  >;
  f: Record<
    | 'name'
    | 'phone'
    | 'issuer'
    | 'card'
    | 'noticed'
    | 'how'
    | 'site'
    | 'statementDate'
    | 'deadline'
    | 'statedLastDay'
    | 'needed'
    | 'neededBy'
    | 'filed'
    | 'policeStatus'
    | 'policeDate'
    | 'station'
    | 'receipt'
    | 'shipped'
    | 'carrierAction'
    | 'result'
    | 'unknownAddress'
    | 'total',
    string
  >;
  told: (party: string) => string;
  last4: (digits: string) => string;
  deadlineValue: (date: string, days: number, from: string, left: number) => string;
  daysLeft: (left: number) => string;
  col: Record<
    'date' | 'merchant' | 'amount' | 'statementDate' | 'orderNumber' | 'status' | 'items' | 'delivery' | 'payment' | 'question' | 'answer' | 'who' | 'when' | 'channel' | 'reference' | 'party' | 'what' | 'tracking' | 'carrier' | 'shopSaid',
    string
  >;
  noTransactions: string;
  noPolice: string;
  noContacts: string;
  noConfirmations: string;
  answer: Record<'yes' | 'no' | 'unknown' | 'open', string>;
  outcome: Record<'done' | 'skipped' | 'waiting' | 'later' | 'none', string>;
  waitingUntil: (due: string) => string;
  skippedWhy: (why: string) => string;
  evidence: {
    journal: (events: number, from: string, to: string) => string;
    mails: (count: string) => string;
    screenshots: string;
    writtenConfirmation: (party: string) => string;
    reference: (label: string, value: string) => string;
    police: (receipt: string) => string;
  };
  accounts: { site: (site: string) => string; card: (card: string) => string; mail: string; changes: string };
  giftCards: string;
  balanceUsed: string;
  totals: (list: string) => string;
  unauthorised: string;
  unauthorisedDetail: string;
  signature: { date: string; signature: string; name: string };
  followUp: Record<'overdue' | 'due-today' | 'upcoming' | 'done', string>;
  followUpLine: (due: string, check: string) => string;
  followUpResult: (result: string) => string;
  confirmedBy: (who: string, channel: string, when: string) => string;
  milestones: Record<'noticed' | 'statement' | 'deadline' | 'started' | 'now' | 'police', string>;
  toldMilestone: (party: string) => string;
  axisNote: string;
  channel: Record<string, string>;
}

export const reportTexts: Messages<ReportTexts> = {
  en: {
    titles: { 'card-company': 'Dispute of card charges: summary for the card company', police: 'Report of unauthorised access and fraud', all: 'Case record: every step, answer and confirmation' },
    caseLine: (id, title) => `Case ${id} — ${title}`,
    generated: (when) => `Prepared ${when} from the person's own timestamped record.`,
    notRecorded: 'not recorded',
    unfinished: (done, total) => `THIS CASE IS NOT FINISHED: ${done} of ${total} steps done. What is still open is listed here.`,
    closedWithOpen: 'This case was closed with items still open:',
    stillOpen: 'Still open:',
    openStep: (title) => `Step not finished: ${title}`,
    openConfirmation: (party, ask) => `Not confirmed by ${party}: ${ask}`,
    openFollowUp: (due, check) => `To check on ${due}: ${check}`,
    sections: {
      cardholder: 'Cardholder and card',
      transactions: 'Disputed transactions',
      discovery: 'How and when it was discovered, and who was told',
      merchant: 'What the merchant side confirmed',
      shipments: 'Shipments and returns',
      police: 'Police report',
      deadline: 'Reporting deadline',
      evidence: 'Evidence kept',
      statement: 'Statement',
      summary: 'Summary',
      accounts: 'Accounts affected',
      losses: 'Losses',
      contacts: 'Every contact made',
      steps: 'Every step',
      notes: 'Notes',
      followUps: 'Follow-ups',
      timeline: 'Timeline',
    },
    f: {
      name: 'Cardholder name',
      phone: 'Phone',
      issuer: 'Card company',
      card: 'Card',
      noticed: 'First noticed',
      how: 'Noticed through',
      site: 'Shop or site',
      statementDate: 'Statement date',
      deadline: 'Deadline',
      statedLastDay: 'Last day, as the card company said',
      needed: 'What the card company needs',
      neededBy: 'Needed by',
      filed: 'Written dispute sent',
      policeStatus: 'Police',
      policeDate: 'Date',
      station: 'Station and officer',
      receipt: 'Receipt number',
      shipped: 'Shipping status',
      carrierAction: 'Delivery company agreed to',
      result: 'Where things stand',
      unknownAddress: 'Unknown delivery address',
      total: 'Total',
    },
    told: (party) => `Reported to ${party}`,
    last4: (digits) => `card ending in ${digits} (last 4 digits only)`,
    deadlineValue: (date, days, from, left) => `${date} (${days} days after the statement date ${from}; ${left >= 0 ? `${left} days left` : `passed ${-left} days ago`})`,
    daysLeft: (left) => (left >= 0 ? `${left} days left` : `passed ${-left} days ago`),
    col: {
      date: 'Date',
      merchant: 'Merchant (as printed)',
      amount: 'Amount',
      statementDate: 'Statement',
      orderNumber: 'Order no.',
      status: 'Status',
      items: 'Items',
      delivery: 'Sent to',
      payment: 'Paid with',
      question: 'Question',
      answer: 'Answer',
      who: 'Who',
      when: 'When',
      channel: 'Channel',
      reference: 'Reference',
      party: 'With',
      what: 'What',
      tracking: 'Tracking no.',
      carrier: 'Delivery company',
      shopSaid: 'The shop said',
    },
    noTransactions: 'No disputed transaction is recorded in this case.',
    noPolice: 'No police report is recorded in this case.',
    noContacts: 'No contact is recorded in this case.',
    noConfirmations: 'Nothing was asked of the merchant side in this case.',
    answer: { yes: 'yes', no: 'no', unknown: "don't know", open: 'NOT CONFIRMED' },
    outcome: { done: 'done', skipped: 'skipped', waiting: 'waiting on someone', later: 'left for later', none: 'not done' },
    waitingUntil: (due) => `check again on ${due}`,
    skippedWhy: (why) => `why: ${why}`,
    evidence: {
      journal: (n, from, to) => `This case record: ${n} timestamped entries, ${from} to ${to}`,
      mails: (count) => `The order confirmation mails (${count})`,
      screenshots: 'Screenshots of the account pages, taken before anything was changed',
      writtenConfirmation: (party) => `Written confirmation from ${party}`,
      reference: (label, value) => `${label}: ${value}`,
      police: (receipt) => `Police receipt number ${receipt}`,
    },
    accounts: { site: (s) => `Shop account at ${s}`, card: (c) => `Payment card: ${c}`, mail: 'Mail account (forwarding rules or filters someone else set)', changes: 'Changes found in the account:' },
    giftCards: 'Gift cards or digital codes were among the orders.',
    balanceUsed: 'The gift-card balance or points in the account were used.',
    totals: (list) => `Total: ${list}`,
    unauthorised: 'I did not make, authorise or benefit from the transactions listed above. I ask that they be disputed as unauthorised.',
    unauthorisedDetail: 'The details above are taken from my own record, kept with the time of each entry as it happened.',
    signature: { date: 'Date', signature: 'Signature', name: 'Name' },
    followUp: { overdue: 'OVERDUE', 'due-today': 'due today', upcoming: 'upcoming', done: 'checked' },
    followUpLine: (due, check) => `${due}: ${check}`,
    followUpResult: (result) => `result: ${result}`,
    confirmedBy: (who, channel, when) => `${who}, ${channel}, ${when}`,
    milestones: { noticed: 'noticed', statement: 'statement', deadline: 'deadline', started: 'case started', now: 'this report', police: 'police' },
    toldMilestone: (party) => `${party} told`,
    axisNote: 'Dots: entries recorded that day (bigger = more). Flags: key dates.',
    channel: { phone: 'phone', chat: 'chat', email: 'email', 'in-person': 'in person', letter: 'letter', 'web-form': 'web form', other: 'other' },
  },
  ja: {
    titles: { 'card-company': 'カード不正利用の申し出:カード会社への提出用まとめ', police: '不正アクセス・詐欺被害の届け出資料', all: 'ケースの記録:すべての手順・回答・確認' },
    caseLine: (id, title) => `ケース ${id} — ${title}`,
    generated: (when) => `${when} 作成。本人が時刻つきで記録した内容にもとづきます。`,
    notRecorded: '記録なし',
    unfinished: (done, total) => `このケースはまだ完了していません:${total} 手順のうち ${done} 手順済み。未完了の項目を以下に示します。`,
    closedWithOpen: 'このケースは、未確認の項目を残したまま完了にされました:',
    stillOpen: '未完了:',
    openStep: (title) => `未完了の手順: ${title}`,
    openConfirmation: (party, ask) => `${party}に未確認: ${ask}`,
    openFollowUp: (due, check) => `${due} に確認: ${check}`,
    sections: {
      cardholder: 'カード会員とカード',
      transactions: '不正利用として申し出る取引',
      discovery: '発覚の経緯と日時、届け出先',
      merchant: '販売事業者側が確認したこと',
      shipments: '配送と返品',
      police: '警察への届け出',
      deadline: '申し出の期限',
      evidence: '保存している証拠',
      statement: '申出',
      summary: '概要',
      accounts: '被害を受けたアカウント',
      losses: '被害額',
      contacts: '連絡の記録',
      steps: 'すべての手順',
      notes: 'メモ',
      followUps: '確認の予定',
      timeline: '経過',
    },
    f: {
      name: 'カード会員の氏名',
      phone: '電話番号',
      issuer: 'カード会社',
      card: 'カード',
      noticed: '最初に気づいた日',
      how: '気づいたきっかけ',
      site: 'ショップ・サイト',
      statementDate: '明細の日付',
      deadline: '期限',
      statedLastDay: 'カード会社から伝えられた最終期限',
      needed: 'カード会社から求められたもの',
      neededBy: '提出期限',
      filed: '書面を送った日',
      policeStatus: '警察',
      policeDate: '日付',
      station: '警察署と担当者',
      receipt: '受理番号',
      shipped: '配送の状況',
      carrierAction: '配送会社の対応',
      result: '現在の状況',
      unknownAddress: '知らない届け先',
      total: '合計',
    },
    told: (party) => `${party}への連絡日`,
    last4: (digits) => `カード番号の下4桁 ${digits} (下4桁のみ記載)`,
    deadlineValue: (date, days, from, left) => `${date} (明細の日付 ${from} から ${days} 日後、${left >= 0 ? `残り ${left} 日` : `${-left} 日経過`})`,
    daysLeft: (left) => (left >= 0 ? `残り ${left} 日` : `${-left} 日経過`),
    col: {
      date: '利用日',
      merchant: '利用先 (明細の表記)',
      amount: '金額',
      statementDate: '明細',
      orderNumber: '注文番号',
      status: '状況',
      items: '商品',
      delivery: '届け先',
      payment: '支払い方法',
      question: '確認したこと',
      answer: '回答',
      who: '担当者',
      when: '日時',
      channel: '方法',
      reference: '受付番号',
      party: '相手',
      what: '内容',
      tracking: '伝票番号',
      carrier: '配送会社',
      shopSaid: 'ショップの回答',
    },
    noTransactions: 'このケースには、不正利用として申し出る取引が記録されていません。',
    noPolice: 'このケースには、警察への届け出が記録されていません。',
    noContacts: 'このケースには、連絡の記録がありません。',
    noConfirmations: 'このケースでは、販売事業者側への確認は記録されていません。',
    answer: { yes: 'はい', no: 'いいえ', unknown: 'わからない', open: '未確認' },
    outcome: { done: '済み', skipped: '飛ばした', waiting: '相手の対応待ち', later: '後回し', none: '未完了' },
    waitingUntil: (due) => `${due} に再確認`,
    skippedWhy: (why) => `理由: ${why}`,
    evidence: {
      journal: (n, from, to) => `このケースの記録: 時刻つきの記録 ${n} 件 (${from} 〜 ${to})`,
      mails: (count) => `注文確認のメール (${count})`,
      screenshots: '変更前に撮ったアカウント画面のスクリーンショット',
      writtenConfirmation: (party) => `${party}からの書面 (メール) での確認`,
      reference: (label, value) => `${label}: ${value}`,
      police: (receipt) => `警察の受理番号 ${receipt}`,
    },
    accounts: { site: (s) => `${s} のアカウント`, card: (c) => `支払いカード: ${c}`, mail: 'メールアカウント (他人が設定した転送・フィルタ)', changes: 'アカウントで見つかった変更:' },
    giftCards: '注文にギフト券またはデジタルコードが含まれていました。',
    balanceUsed: 'アカウントのギフト券残高またはポイントが使われていました。',
    totals: (list) => `合計: ${list}`,
    unauthorised: '上記の取引は、私が行ったものでも、承認したものでもなく、私はそれによって利益を得ていません。不正利用として調査していただくよう申し出ます。',
    unauthorisedDetail: '上記の内容は、出来事ごとに時刻つきで記録した私自身の記録によるものです。',
    signature: { date: '日付', signature: '署名', name: '氏名' },
    followUp: { overdue: '期限切れ', 'due-today': '今日', upcoming: '予定', done: '確認済み' },
    followUpLine: (due, check) => `${due}: ${check}`,
    followUpResult: (result) => `結果: ${result}`,
    confirmedBy: (who, channel, when) => `${who}、${channel}、${when}`,
    milestones: { noticed: '発覚', statement: '明細', deadline: '期限', started: '記録開始', now: '本書作成', police: '警察' },
    toldMilestone: (party) => `${party}へ連絡`,
    axisNote: '点: その日の記録 (大きいほど多い)。旗: 主な日付。',
    channel: { phone: '電話', chat: 'チャット', email: 'メール', 'in-person': '対面', letter: '郵便', 'web-form': 'Webフォーム', other: 'その他' },
  },
};
