// The written dispute for the card company (`respond draft <case> --to card-company --letter`),
// by the region the person lives in (the case's region, or --region; the region decides the
// law, the language only the words):
//
// - us: the Fair Credit Billing Act letter. It goes to the address the statement gives for
//   "billing inquiries" (not the payment address) and must reach the card company within 60
//   days after the first statement showing the charge was sent. Source: FTC, "Using Credit
//   Cards and Disputing Charges", https://consumer.ftc.gov/articles/using-credit-cards-and-disputing-charges
//   (the FCBA steps as the FTC words them; checked 2026-12-01 through pages that quote that
//   article — re-read the FTC page itself before relying on a change). The same 60 days, the
//   "billing inquiries" address and the $50 limit are on a federal agency's own page, the
//   NCUA's https://mycreditunion.gov/life-events/checking-credit-cards/credit-cards/disputing-charges
//   (stored copy read 2026-12-01). A debit card is not
//   under the FCBA but the Electronic Fund Transfer Act / Regulation E, with other timings (a
//   loss reported within 2 business days is limited to $50, later to $500, and more than 60
//   days after the statement may not be covered: FTC, "Lost or Stolen Credit, ATM, and Debit
//   Cards", https://consumer.ftc.gov/articles/lost-or-stolen-credit-atm-and-debit-cards, same
//   check; the tiers are those of 12 CFR 1005.6, whose eCFR text was not in the store): the letter says so and tells the person to ask the bank for its own form and dates.
// - jp: 不正利用の届出. Card companies in Japan take the report on their own form (不正利用
//   調査依頼書 and the like) and their terms set the covered period (often 60 days before the
//   report): the letter is the draft to copy into that form, and says to ask for it.
// - uk and other: a plain written dispute, and what to ask (the address, the last day).
import type { Lang, Messages } from '../i18n.js';
import type { Region } from '../region.js';
import { addDays } from '../session/plan.js';
import { formatMoney, sumMoney, type CaseFacts } from './facts.js';
import type { ReportInput } from './model.js';

export interface LetterInput {
  readonly input: ReportInput;
  readonly facts: CaseFacts;
  readonly cardKind: string | undefined;
  /** "•••• 4242, credit card". */
  readonly card: string;
  readonly ownRefs: readonly string[];
  readonly sender: {
    readonly name?: string | undefined;
    readonly phone?: string | undefined;
    readonly email?: string | undefined;
    readonly address?: string | undefined;
  };
  /** The card company's name, when the case recorded it. */
  readonly issuer: string | undefined;
}

interface LetterTexts {
  before: string;
  beforeEnd: string;
  fcba: (lastDay: string | undefined) => string;
  debit: string;
  jpForm: string;
  other: string;
  subject: (card: string) => string;
  billingInquiries: string;
  billingAddress: string;
  dear: string;
  opening: (card: string) => string;
  total: (sum: string) => string;
  firstStatement: (date: string) => string;
  notMe: string;
  reported: (date: string, ref: string) => string;
  police: (receipt: string, date: string) => string;
  ask: string;
  enclosed: string;
  closing: string;
  yourName: string;
  yourAddress: string;
  yourIssuer: string;
  noCharges: string;
  date: (day: string) => string;
}

const texts: Messages<LetterTexts> = {
  en: {
    before: '---- Before you send it (not part of the letter) ----',
    beforeEnd: '---- The letter ----',
    fcba: (lastDay) =>
      `Send it by post to the address your statement gives for "billing inquiries", not the address for payments. Under the Fair Credit Billing Act it must reach the card company within 60 days after the first statement showing the charge was sent to you${lastDay ? ` (from your statement date: by ${lastDay} at the latest; mail takes days, so send it now)` : ''}. Send it by certified mail with a return receipt, and keep a copy.`,
    debit:
      'Your card is a debit card: the Fair Credit Billing Act does not cover it. The Electronic Fund Transfer Act (Regulation E) does, with other timings: report to your bank at once (within 2 business days limits what you can lose), and within 60 days after the statement at the latest. Ask your bank for its own dispute form and its last day, and send this letter with it.',
    jpForm:
      "Card companies in Japan take a fraud report (不正利用の届出) on their own form. Ask the card company for that form and its last day, and copy this draft into it or send it with it. The card's terms decide which charges are covered (often those made within 60 days before you report), so ask that too. Keep a copy.",
    other:
      'Where you live decides the law and the time limits. Ask the card company by what date a written dispute must reach it, at which address, and whether it has a form of its own; keep a copy of what you send.',
    subject: (card) => `Dispute of unauthorised charges, card ${card}`,
    billingInquiries: 'Billing inquiries',
    billingAddress: '[the address your statement gives for billing inquiries]',
    dear: 'Dear Sir or Madam,',
    opening: (card) =>
      `I am writing to dispute the following charges on my account, card ${card}. I did not make them and did not authorise anyone to make them:`,
    total: (sum) => `Total disputed: ${sum}`,
    firstStatement: (date) => `They appear on my statement dated ${date}.`,
    notMe: 'I have received nothing of value from these charges.',
    reported: (date, ref) =>
      `I reported them to you by phone on ${date}${ref ? ` (your reference ${ref})` : ''}.`,
    police: (receipt, date) => `I reported the fraud to the police on ${date}, report number ${receipt}.`,
    ask: 'Please remove these charges and any finance or other charges related to them, send me a corrected statement, and confirm in writing that the dispute has been received.',
    enclosed:
      'Enclosed: copies (not originals) of my statement with the charges marked, and of the police report if any.',
    closing: 'Sincerely,',
    yourName: '[your name]',
    yourAddress: '[your address]',
    yourIssuer: '[the card company, as on your statement]',
    noCharges: '[each charge: its date, the name as printed on the statement, the amount]',
    date: (day) => day,
  },
  ja: {
    before: '---- 送る前に (届出書には含めません) ----',
    beforeEnd: '---- 届出書 ----',
    fcba: (lastDay) =>
      `明細書に「billing inquiries」と書かれた宛先へ、支払い用の住所ではなく郵送します。米国の公正信用請求法 (Fair Credit Billing Act) では、その利用が初めて載った明細の送付から 60 日以内にカード会社へ届く必要があります${lastDay ? ` (明細の日付からの目安: ${lastDay} まで。郵送には日数がかかるので、すぐに送ります)` : ''}。配達証明付きで送り、控えを残します。`,
    debit:
      'デビットカードには公正信用請求法ではなく、電子資金移動法 (Regulation E) が適用され、期限が異なります。すぐに銀行へ連絡し (2 営業日以内なら負担が小さくなります)、遅くとも明細から 60 日以内に申し出ます。銀行所定の書式と期限を確認し、この文書を添えて送ります。',
    jpForm:
      'カード会社には所定の届出書 (不正利用調査依頼書など) があることがほとんどです。カード会社に書式と提出期限を確認し、この下書きの内容をその書式に書き写すか、添えて提出します。補償の対象となる期間 (多くは届け出日から 60 日前までの利用) はカードの規約によるので、あわせて確認します。控えを残します。',
    other:
      '法律と期限は、住んでいる国によって決まります。書面での申し出がいつまでに、どの宛先へ届く必要があるか、所定の書式があるかをカード会社に確認します。送ったものの控えを残します。',
    subject: () => '不正利用の届出',
    billingInquiries: '不正利用受付窓口 御中',
    billingAddress: '',
    dear: '',
    opening: (card) =>
      `私のカード (${card}) に、身に覚えのない下記の利用がありました。私が行ったものではなく、誰にも利用を承認していません。不正利用として届け出ます。`,
    total: (sum) => `合計: ${sum}`,
    firstStatement: (date) => `これらは ${date} 付の明細に載っています。`,
    notMe: 'これらの利用によって、私は何も受け取っていません。',
    reported: (date, ref) => `${date} に電話でお届けしました${ref ? ` (受付番号 ${ref})` : ''}。`,
    police: (receipt, date) => `${date} に警察へ届け出ました (受理番号 ${receipt})。`,
    ask: '上記の利用の請求を取り消し、調査の結果と対象の利用を書面でお知らせください。',
    enclosed: '添付: 該当の利用に印をつけた明細の写し、警察の受理番号の控え (あれば)。',
    closing: '以上',
    yourName: '[氏名]',
    yourAddress: '[住所]',
    yourIssuer: '[カード会社名]',
    noCharges: '[利用ごとに: 利用日、明細に印字された名前、金額]',
    date: (day) => `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`,
  },
};

/** The letter's subject and text (the notes for the person first, marked as not part of it). */
export function buildLetter(l: LetterInput, region: Region): { subject: string; body: string } {
  const lang: Lang = l.input.lang;
  const t = texts[lang];
  const f = l.facts;
  const today = l.input.now.slice(0, 10);
  const lastDay = f.statementDate === undefined ? undefined : addDays(f.statementDate.slice(0, 10), 60);
  const notes =
    region === 'us'
      ? [l.cardKind === 'debit' ? t.debit : t.fcba(lastDay)]
      : region === 'jp'
        ? [t.jpForm]
        : [t.other];
  const card = l.card || '••••';
  const s = l.sender;
  const issuerCall = [...l.input.state.confirmations.values()]
    .flat()
    .filter((c) => c.party === 'card-issuer')
    .sort((a, b) => a.at.localeCompare(b.at))[0];
  const lines: string[] = [t.before, ...notes, t.beforeEnd, ''];
  if (lang === 'ja') {
    lines.push(
      t.subject(card),
      '',
      t.date(today),
      '',
      `${l.issuer ?? t.yourIssuer} ${t.billingInquiries}`,
      '',
    );
    lines.push(`届出人: ${s.name ?? t.yourName}`, `住所: ${s.address ?? t.yourAddress}`);
    if (s.phone !== undefined) lines.push(`電話: ${s.phone}`);
    lines.push(`カード: ${card}`, '');
  } else {
    lines.push(s.name ?? t.yourName, s.address ?? t.yourAddress);
    if (s.phone !== undefined) lines.push(s.phone);
    if (s.email !== undefined) lines.push(s.email);
    lines.push('', t.date(today), '', l.issuer ?? t.yourIssuer, t.billingInquiries, t.billingAddress, '');
    lines.push(`Re: ${t.subject(card)}`, '', t.dear, '');
  }
  lines.push(t.opening(card), '');
  for (const c of f.transactions)
    lines.push(`   - ${[c.cells.date, c.cells.merchant, c.cells.amount].filter(Boolean).join(', ')}`);
  if (f.transactions.length === 0) lines.push(`   - ${t.noCharges}`);
  const sum = sumMoney(f.transactions.flatMap((x) => (x.money ? [x.money] : [])));
  if (sum.length > 0) lines.push(`   ${t.total(sum.map(formatMoney).join(' + '))}`);
  lines.push('');
  if (f.statementDate !== undefined) lines.push(t.firstStatement(f.statementDate));
  lines.push(t.notMe);
  if (issuerCall !== undefined)
    lines.push(t.reported(issuerCall.at.slice(0, 10), issuerCall.reference ?? l.ownRefs[0] ?? ''));
  if (f.police.receipt !== undefined) lines.push(t.police(f.police.receipt, f.police.date ?? ''));
  lines.push('', t.ask, '', t.enclosed, '', t.closing);
  if (lang !== 'ja') lines.push('', s.name ?? t.yourName);
  return { subject: t.subject(card), body: `${lines.join('\n').trimEnd()}\n` };
}
