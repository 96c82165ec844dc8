// The helplines of Japan, for the directory (directory.ts). Each fact was read in the
// stored copy of the page its entry names in `sources`, on the date `checked` says (see
// directory.ts for how). A number belongs here, with its sources, never in a playbook's text.
import type { Helpline } from './directory.js';

const CHECKED = '2026-12-01';

export const JAPAN: readonly Helpline[] = [
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
];
