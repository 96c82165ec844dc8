// The helplines of the United Kingdom, for the directory (directory.ts). Each fact was read in the
// stored copy of the page its entry names in `sources`, on the date `checked` says (see
// directory.ts for how). A number belongs here, with its sources, never in a playbook's text.
import type { Helpline } from './directory.js';

const CHECKED = '2026-12-01';

export const UNITED_KINGDOM: readonly Helpline[] = [
  {
    id: 'uk-report-fraud',
    police: true,
    region: 'uk',
    topic: 'report-crime',
    name: {
      en: 'Report Fraud (replaced Action Fraud on 4 December 2025)',
      ja: 'Report Fraud(2025年12月4日に Action Fraud から移行)',
    },
    helpsWith: {
      en: 'The national service for reporting fraud and cyber crime to the police in England, Wales and Northern Ireland.',
      ja: 'イングランド、ウェールズ、北アイルランドで、詐欺やサイバー犯罪を警察に届け出る全国の窓口です。',
    },
    phone: '0300 123 2040',
    hours: { en: 'Monday to Friday, 8am to 8pm (phone).', ja: '月曜〜金曜 8時〜20時(電話)' },
    note: {
      en: 'In Scotland, call Police Scotland on 101 instead.',
      ja: 'スコットランドでは、Police Scotland(101)に連絡します。',
    },
    web: 'https://www.reportfraud.police.uk/',
    checked: CHECKED,
    sources: [
      'https://www.metengage.co.uk/Alerts/A/367666',
      'https://www.wired-gov.net/wg/news.nsf/articles/report+fraud+service+goes+live+04122025143000?open',
    ],
  },
  {
    id: 'uk-7726',
    region: 'uk',
    topic: 'scam-message',
    name: { en: '7726: forward a scam text', ja: '7726(詐欺の SMS の転送先)' },
    helpsWith: {
      en: 'Forward a scam text, or report a scam call, to your mobile provider free of charge, so it can look into the sender.',
      ja: '詐欺の SMS や電話を、無料で携帯電話会社に報告できます。携帯電話会社が送り主を調べます。',
    },
    phone: '7726',
    web: 'https://www.ofcom.org.uk/phones-and-broadband/scam-calls-and-messages/',
    checked: CHECKED,
    sources: ['https://www.ofcom.org.uk/phones-and-broadband/scam-calls-and-messages/'],
  },
  {
    // The police's own pages show the address masked against robots; a council's copy of
    // the NCSC's announcement shows it in full.
    id: 'uk-ncsc-sers',
    region: 'uk',
    topic: 'scam-message',
    name: { en: 'NCSC Suspicious Email Reporting Service', ja: 'NCSC 不審メール通報サービス(SERS)' },
    helpsWith: {
      en: 'Forward a suspicious mail to report@phishing.gov.uk; the NCSC checks the sites it links to and has scam sites taken down.',
      ja: '不審なメールを report@phishing.gov.uk に転送すると、NCSC がリンク先を調べ、詐欺のサイトを削除させます。',
    },
    note: {
      en: 'The NCSC cannot tell you what it did with your report. If you lost money, report it to your bank and to Report Fraud.',
      ja: '通報の結果は知らされません。お金を取られたときは、銀行と Report Fraud に届け出ます。',
    },
    web: 'https://www.reportfraud.police.uk/how-to-report-suspicious-activity/',
    checked: CHECKED,
    sources: [
      'https://www.reportfraud.police.uk/how-to-report-suspicious-activity/',
      'https://www.actionfraud.police.uk/reportscam',
      'https://saferderbyshire.gov.uk/news-and-events/news-items/new-service-to-report-phishing-emails.aspx',
    ],
  },
  {
    id: 'uk-159',
    region: 'uk',
    topic: 'scam-message',
    name: { en: '159: reach your bank safely', ja: '159(自分の銀行に安全につながる番号)' },
    helpsWith: {
      en: 'Call 159 to reach your own bank when you think a fraudster has access to your account, or to check that a call from "the bank" was real.',
      ja: '不正に口座を使われたかもしれないときや、「銀行」からの電話が本物かを確かめたいとき、159 に電話すると自分の銀行につながります。',
    },
    phone: '159',
    note: {
      en: "Or use the number on the back of your card or on the bank's own website.",
      ja: 'カード裏面や銀行の公式サイトに載っている番号でもかまいません。',
    },
    web: 'https://stopthinkfraud.campaign.gov.uk/reporting-fraud',
    checked: CHECKED,
    sources: [
      'https://stopthinkfraud.campaign.gov.uk/reporting-fraud',
      'https://www.reportfraud.police.uk/how-to-report-suspicious-activity/',
    ],
  },
  {
    // The stored copies disagree on the fee (£20, then £30) and the newest says
    // applications are online only: neither a fee nor a phone number is given.
    id: 'uk-cifas',
    region: 'uk',
    topic: 'identity',
    name: { en: 'Cifas Protective Registration', ja: 'Cifas 保護登録(Protective Registration)' },
    helpsWith: {
      en: 'If your details were stolen or leaked, puts a warning flag on them so organisations that use Cifas check harder before opening anything in your name.',
      ja: '個人情報が盗まれたり漏れたりしたとき、あなたの情報に警告の印を付け、Cifas を使う機関があなた名義の申込みを念入りに確認するようにします。',
    },
    note: {
      en: 'It costs a fee and lasts two years; it does not affect your credit score. Apply with their online form.',
      ja: '有料で、期間は2年です。信用スコアには影響しません。申込みはオンラインのフォームからです。',
    },
    web: 'https://www.cifas.org.uk/pr_for_individuals',
    checked: CHECKED,
    sources: ['https://www.cifas.org.uk/pr_for_individuals'],
  },
];
