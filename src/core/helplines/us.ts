// The helplines of the United States, for the directory (directory.ts). Each fact was read in the
// stored copy of the page its entry names in `sources`, on the date `checked` says (see
// directory.ts for how). A number belongs here, with its sources, never in a playbook's text.
import type { Helpline } from './directory.js';

const CHECKED = '2026-12-01';

export const UNITED_STATES: readonly Helpline[] = [
  {
    id: 'us-reportfraud',
    region: 'us',
    topic: 'report-crime',
    name: {
      en: 'ReportFraud.ftc.gov (Federal Trade Commission)',
      ja: 'ReportFraud.ftc.gov(米連邦取引委員会)',
    },
    helpsWith: {
      en: 'Report fraud, scams and bad business practices to the FTC.',
      ja: '詐欺や悪質な商売のやり方を FTC に報告できます。',
    },
    note: {
      en: 'The FTC will never demand money, threaten you or tell you to move money: a caller who does is not the FTC.',
      ja: 'FTC が金銭を要求したり、脅したり、送金を指示したりすることはありません。そうする相手は FTC ではありません。',
    },
    web: 'https://reportfraud.ftc.gov/',
    checked: CHECKED,
    sources: [
      'https://ftc.gov/news-events/news/press-releases/2017/12/ftc-offers-information-fraud-alerts-credit-freezes-locks',
    ],
  },
  {
    id: 'us-ic3',
    region: 'us',
    topic: 'report-crime',
    police: true,
    name: {
      en: 'IC3, the FBI Internet Crime Complaint Center',
      ja: 'IC3(FBI インターネット犯罪苦情センター)',
    },
    helpsWith: {
      en: 'File a complaint with the FBI if you were the victim of an internet crime, or for someone else who was.',
      ja: 'ネットの犯罪の被害にあったとき、本人または代理で FBI に苦情を届け出られます。',
    },
    note: {
      en: 'Have ready what happened, the payments (dates, amounts, who received the money) and the messages, with their headers.',
      ja: '何があったか、支払い(日付・金額・受取人)、届いたメッセージ(ヘッダーも)を手元に用意します。',
    },
    web: 'https://www.ic3.gov/',
    checked: CHECKED,
    sources: ['https://www.ic3.gov/'],
  },
  {
    // The FTC's own pages stored here name IdentityTheft.gov as where it links the credit
    // bureaus' pages; its phone line was found only in third-party copies of FTC booklets.
    id: 'us-identitytheft',
    region: 'us',
    topic: 'identity',
    name: { en: 'IdentityTheft.gov (Federal Trade Commission)', ja: 'IdentityTheft.gov(米連邦取引委員会)' },
    helpsWith: {
      en: "The FTC's site for people whose identity was stolen; it links to the pages of Equifax, Experian and TransUnion for fraud alerts and credit freezes.",
      ja: '名義を盗まれた人のための FTC のサイトです。詐欺警告(fraud alert)や信用情報の凍結(credit freeze)を申し込む、信用情報機関3社のページにつながります。',
    },
    web: 'https://www.identitytheft.gov/',
    checked: CHECKED,
    sources: ['https://www.consumer.ftc.gov/blog/2018/06/free-credit-freezes-are-coming-soon-0'],
  },
  {
    id: 'us-credit-freeze',
    region: 'us',
    topic: 'identity',
    name: {
      en: 'Credit freeze and fraud alert: Equifax, Experian, TransUnion',
      ja: '信用情報の凍結と詐欺警告: Equifax、Experian、TransUnion',
    },
    helpsWith: {
      en: 'A credit freeze, free, makes it harder for anyone to open new accounts in your name; a fraud alert, free, tells businesses to check with you first.',
      ja: '無料の凍結(credit freeze)で、あなた名義の新しい口座を作られにくくなります。無料の詐欺警告(fraud alert)で、事業者はまずあなたに確認します。',
    },
    note: {
      en: 'Ask each of the three for a freeze: asked online or by phone, it is in place within one business day, and lifted within one hour when you ask. A fraud alert lasts a year; identity theft victims can get one for seven years.',
      ja: '凍結は3社それぞれに申し込みます。オンラインか電話なら1営業日以内に設定され、解除は申し出から1時間以内です。詐欺警告は1年間、名義を盗まれた人は7年間にできます。',
    },
    web: 'https://www.identitytheft.gov/',
    checked: CHECKED,
    sources: [
      'https://www.ftc.gov/comment/3209',
      'https://www.consumer.ftc.gov/blog/2018/06/free-credit-freezes-are-coming-soon-0',
    ],
  },
  {
    // The stored copy of the page hides the address from robots; the page is named after
    // it (apwg.org/reportphishing), and the FTC and state pages point to the APWG for mail.
    id: 'us-apwg',
    region: 'us',
    topic: 'scam-message',
    name: {
      en: 'Anti-Phishing Working Group: phishing mail',
      ja: 'Anti-Phishing Working Group(フィッシングメールの転送先)',
    },
    helpsWith: {
      en: 'Forward a phishing mail to reportphishing@apwg.org, so the fake site can be traced and taken down.',
      ja: 'フィッシングメールを reportphishing@apwg.org に転送すると、偽のサイトの追跡や停止に使われます。',
    },
    note: {
      en: 'Forward it as an attachment if your mail program can: it keeps the details they need.',
      ja: 'メールソフトでできれば、添付ファイルとして転送します。必要な情報がそのまま届きます。',
    },
    web: 'https://apwg.org/reportphishing/',
    checked: CHECKED,
    sources: [
      'https://apwg.org/reportphishing/',
      'https://www.dos.ny.gov/consumerprotection/scams/report_scam_email.htm',
    ],
  },
  {
    id: 'us-7726',
    region: 'us',
    topic: 'scam-message',
    name: { en: '7726 (SPAM): forward a scam text', ja: '7726(SPAM、詐欺の SMS の転送先)' },
    helpsWith: {
      en: 'Copy a scam text and forward it to 7726 free of charge, so your phone company can block the sender.',
      ja: '詐欺の SMS をコピーして 7726 に無料で転送すると、携帯電話会社が送り主を止める手がかりになります。',
    },
    phone: '7726',
    web: 'https://www.onguardonline.gov/blog/can-spam-texts-and-robocalls',
    checked: CHECKED,
    sources: ['https://www.onguardonline.gov/blog/can-spam-texts-and-robocalls'],
  },
];
