// The directory of helplines, per region: who to call or where to report, what they help
// with, their number, hours and web address, and the date each entry was last checked
// against the authority's own page (`sources`), like a lockfile of facts. A test fails when
// an entry was checked more than a year ago (test/core/helplines/directory.test.ts), so
// checking them again is part of the routine.
//
// How they were checked: each fact below was read on 2026-12-01 in the stored copy of the
// page named in `sources` (the search tool's corpus of public pages), never from memory or
// from a third party's summary. A field whose authority page could not be found is left
// out (no hours, no number) rather than guessed; entries that could not be verified at all
// are not here (CIC), nor are numbers read only in third-party copies (IdentityTheft.gov's
// phone line, the credit bureaus' numbers).
import type { Region } from '../region.js';

/** What a helpline helps with, in the order a frightened person needs them. */
export const HELPLINE_TOPICS = [
  'report-crime',
  'scam-message',
  'consumer',
  'security',
  'identity',
  'personal-data',
] as const;
export type HelplineTopic = (typeof HELPLINE_TOPICS)[number];

/** A text the person reads, in both shipped languages. */
interface BothLangs {
  readonly en: string;
  readonly ja: string;
}

export interface Helpline {
  /** Stable: playbooks and the contact card refer to an entry by it. */
  readonly id: string;
  readonly region: Exclude<Region, 'other'>;
  readonly topic: HelplineTopic;
  /** Run by the police (the contact card files it as a police contact). */
  readonly police?: true;
  readonly name: BothLangs;
  /** One plain sentence: what they do for the person. */
  readonly helpsWith: BothLangs;
  readonly phone?: string;
  readonly hours?: BothLangs;
  /** What to know before calling: limits, what it is not. */
  readonly note?: BothLangs;
  readonly web?: string;
  /** The date the entry was last checked against its sources, YYYY-MM-DD. */
  readonly checked: string;
  /** The authority's own pages the entry was checked against. */
  readonly sources: readonly [string, ...string[]];
}

const CHECKED = '2026-12-01';

export const HELPLINES: readonly Helpline[] = [
  // --- Japan -------------------------------------------------------------------------
  {
    id: 'jp-188',
    region: 'jp',
    topic: 'consumer',
    name: { en: 'Consumer Hotline 188', ja: '消費者ホットライン 188' },
    helpsWith: {
      en: 'Connects you to your local consumer centre, where an adviser helps with trouble with a shop or a contract, such as a purchase you did not make.',
      ja: 'お近くの消費生活センターなどにつながり、身に覚えのない購入など、お店や契約のトラブルについて相談員が相談に乗ります。',
    },
    phone: '188',
    hours: {
      en: 'Depends on the local centre; open most days except 29 December to 3 January.',
      ja: '窓口によって異なります。年末年始(12月29日〜1月3日)を除き、原則毎日。',
    },
    note: {
      en: 'You are asked for your postcode (not the area code). It cannot be used from some IP phones and prepaid mobiles. The advice is free; the call is charged.',
      ja: '郵便番号を入力します(市外局番ではありません)。一部のIP電話・プリペイド式携帯電話からは使えません。相談は無料ですが、通話料がかかります。',
    },
    web: 'https://www.gov-online.go.jp/useful/article/201807/1.html',
    checked: CHECKED,
    sources: [
      'https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/',
      'https://www.gov-online.go.jp/useful/article/201807/1.html',
    ],
  },
  {
    // The fallback for phones that cannot dial #9110 (each prefecture's own number) was
    // found only in third-party copies of the police's text, so it is not given here.
    id: 'jp-9110',
    police: true,
    region: 'jp',
    topic: 'report-crime',
    name: { en: 'Police consultation line #9110', ja: '警察相談専用電話 #9110' },
    helpsWith: {
      en: 'For talking to the police about something that worries you but is not an emergency, such as fraud or online crime.',
      ja: '詐欺やネットの犯罪など、緊急ではないけれど警察に相談したいときの電話です。',
    },
    phone: '#9110',
    note: { en: 'In an emergency, call 110 instead.', ja: '緊急のときは110番に電話してください。' },
    checked: CHECKED,
    sources: ['https://www.gov-online.go.jp/pr/media/cd/201511/201511_08.html'],
  },
  {
    // The National Police Agency's page itself was not in the store; two prefectural
    // police forces describe the desk and link to it.
    id: 'jp-npa-cyber',
    police: true,
    region: 'jp',
    topic: 'report-crime',
    name: {
      en: 'National Police Agency online desk for cyber crime',
      ja: '警察庁 サイバー事案に関する通報等のオンライン受付窓口',
    },
    helpsWith: {
      en: 'Report online crime such as phishing or a stolen account, or ask for advice, with a web form; it goes to the police of the prefecture you choose.',
      ja: 'フィッシングや不正アクセスなどのネットの被害を、ウェブのフォームで通報・相談できます。選んだ都道府県の警察に届きます。',
    },
    note: {
      en: 'A report here is not a damage report (被害届): for one, contact your local police station. An answer can take several days.',
      ja: 'ここからの通報は被害届にはなりません。被害届を出すときは、最寄りの警察署に連絡してください。回答には数日かかることがあります。',
    },
    web: 'https://www.npa.go.jp/bureau/cyber/soudan.html',
    checked: CHECKED,
    sources: [
      'https://www.police.pref.saitama.lg.jp/c0070/kurashi/joho110-cyber.html',
      'https://www.pref.fukui.jp/kenkei/doc/kenkei/soudan-soudan.html',
    ],
  },
  {
    // The page names phone and mail as the ways to ask, but the stored copy did not show
    // the number: the person is sent to the page for it.
    id: 'jp-ipa-anshin',
    region: 'jp',
    topic: 'security',
    name: {
      en: 'IPA Information Security Safety Consultation Desk',
      ja: 'IPA 情報セキュリティ安心相談窓口',
    },
    helpsWith: {
      en: 'Technical advice about viruses and break-ins to your computer or phone; they do not examine or repair devices or catch criminals.',
      ja: 'ウイルスや不正アクセスについて技術的な助言をします。パソコンの調査や修理、犯人の特定は行いません。',
    },
    note: {
      en: 'Read their common questions first; if that does not help, ask by phone or mail (the contacts are on the page).',
      ja: 'まず「よくあるご相談」を読み、解決しなければ電話やメールで相談します(連絡先はページにあります)。',
    },
    web: 'https://www.ipa.go.jp/security/anshin/index.html',
    checked: CHECKED,
    sources: ['https://www.ipa.go.jp/security/anshin/index.html'],
  },
  {
    // The address is shown on the page as an image of "@", against spam robots.
    id: 'jp-antiphishing',
    region: 'jp',
    topic: 'scam-message',
    name: {
      en: 'Council of Anti-Phishing Japan: phishing reports',
      ja: 'フィッシング対策協議会 フィッシングの報告',
    },
    helpsWith: {
      en: 'Takes reports of phishing mails, text messages and fake sites, and passes them to the police and the company that was imitated.',
      ja: 'フィッシングメールやSMS、偽のサイトの報告を受け付け、警察やなりすまされた会社に情報を提供します。',
    },
    note: {
      en: 'Forward the mail to info@antiphishing.jp without opening its links; for a text message, attach a screenshot to a mail.',
      ja: 'リンクを開かずに、メールを info@antiphishing.jp に転送します。SMSは、スクリーンショットをメールに添付して送ります。',
    },
    web: 'https://www.antiphishing.jp/registration.html',
    checked: CHECKED,
    sources: ['https://www.antiphishing.jp/registration.html'],
  },
  {
    id: 'jp-ppc',
    region: 'jp',
    topic: 'personal-data',
    name: {
      en: 'Personal Information Protection Commission helpline',
      ja: '個人情報保護委員会 個人情報保護法相談ダイヤル',
    },
    helpsWith: {
      en: 'Answers questions about the personal data law, and helps when you and a company disagree about how it handled your data.',
      ja: '個人情報保護法についての質問に答え、事業者の個人情報の扱いをめぐって争いになったときのあっせんなどを行います。',
    },
    phone: '03-6457-9849',
    hours: {
      en: '9:30 to 17:30, except weekends, public holidays and the New Year break.',
      ja: '9:30〜17:30(土日祝日・年末年始を除く)',
    },
    note: {
      en: 'By phone only; calls are recorded. You may stay anonymous.',
      ja: '電話でのみ受け付けています。通話は録音されます。匿名でも相談できます。',
    },
    web: 'https://www.ppc.go.jp/personalinfo/pipldial/',
    checked: CHECKED,
    sources: ['https://www.ppc.go.jp/personalinfo/pipldial/'],
  },
  {
    id: 'jp-jicc',
    region: 'jp',
    topic: 'identity',
    name: {
      en: 'JICC (Japan Credit Information Reference Center): self-declaration',
      ja: '日本信用情報機構(JICC)本人申告コメント',
    },
    helpsWith: {
      en: 'If your ID was lost or stolen, or your name may be misused, puts a note on your credit file so lenders check more carefully before lending in your name.',
      ja: '本人確認書類の紛失・盗難や、名義を悪用されるおそれがあるとき、信用情報に本人申告コメントを登録し、加盟会員がより慎重に審査できるようにします。',
    },
    note: {
      en: 'By post or at their counter only, not by phone or mail, for a fee. It stays up to 5 years and cannot guarantee that nobody misuses your name.',
      ja: '郵送か窓口でのみ受け付けています(電話・メールは不可、手数料がかかります)。登録は最長5年で、悪用されないことを保証するものではありません。',
    },
    web: 'https://www.jicc.co.jp/kaiji/comment/index.html',
    checked: CHECKED,
    sources: [
      'https://www.jicc.co.jp/kaiji/comment/index.html',
      'https://www.jicc.co.jp/faq/comment/index.html',
    ],
  },
  {
    id: 'jp-ksc',
    region: 'jp',
    topic: 'identity',
    name: {
      en: 'Japanese Bankers Association credit centre (KSC): self-declaration',
      ja: '全国銀行個人信用情報センター 本人申告',
    },
    helpsWith: {
      en: 'If your ID, such as a driving licence, was lost or stolen, puts a note on your credit file so member banks judge loan applications in your name more carefully.',
      ja: '運転免許証などの本人確認書類を紛失したり盗まれたりしたとき、本人申告情報を登録し、会員の金融機関があなた名義の申込みを慎重に審査できるようにします。',
    },
    note: {
      en: 'Online or by post. It is not checked when a bank account is opened, and cash or credit cards cannot be registered: tell the bank or card company.',
      ja: 'インターネットか郵送で申し込みます。預金口座の開設時には照会されません。キャッシュカードやクレジットカードは対象外なので、発行元に届け出ます。',
    },
    web: 'https://www.zenginkyo.or.jp/pcic/return/',
    checked: CHECKED,
    sources: ['https://www.zenginkyo.or.jp/pcic/return/', 'https://www.zenginkyo.or.jp/pcic/faq/faq3/'],
  },
  // --- United States -----------------------------------------------------------------
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
  // --- United Kingdom ----------------------------------------------------------------
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

/** The entry with this id, so a playbook or the contact card names it instead of a number. */
export function helpline(id: string): Helpline | undefined {
  return HELPLINES.find((entry) => entry.id === id);
}

/** The entries of one region in topic order (`other` has none: no country is named). */
export function helplinesFor(region: Region): Helpline[] {
  const order = (entry: Helpline) => HELPLINE_TOPICS.indexOf(entry.topic);
  return HELPLINES.filter((entry) => entry.region === region).sort((a, b) => order(a) - order(b));
}
