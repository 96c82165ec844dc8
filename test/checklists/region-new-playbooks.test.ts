// Issue 11, section 3: the new playbooks as a person in each region reads them (`respond show
// <id> --region <r>`, with what they include): the institutions, addresses and numbers of
// their own region, the protective step first, and no region told another's institutions.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/i18n.js';
import { forRegion, libraryForRegion } from '../../src/core/playbook/for-region.js';
import { renderChecklist } from '../../src/core/playbook/render.js';
import type { Playbook } from '../../src/core/playbook/schema.js';
import { REGIONS, type Region } from '../../src/core/region.js';
import { checkSchema, listBuiltinFiles, readBuiltin } from './inspect.js';

const library = new Map<string, Playbook>();
for (const path of listBuiltinFiles()) {
  const { file, data } = readBuiltin(path);
  if (checkSchema(file, data).length === 0) library.set((data as Playbook).id, data as Playbook);
}

const NEW = [
  'phishing-clicked',
  'bank-transfer',
  'identity-misuse',
  'sim-swap',
  'lost-phone',
  'social-takeover',
  'support-scam',
  'app-payment',
  'child-purchases',
] as const;
type NewPlaybook = (typeof NEW)[number];

/** The blank checklist as `respond show <id> --region <region> --lang <lang>` prints it. */
function shown(id: NewPlaybook | 'fraud-order', region: Region, lang: Lang): string {
  const playbook = library.get(id);
  if (!playbook) throw new Error(`checklists/${id}.yaml is missing or does not pass the schema`);
  return renderChecklist(forRegion(playbook, region), libraryForRegion(library, region), {
    format: 'text',
    lang,
  });
}

/** The text around a match, so a failure shows where it is; undefined when nothing matches. */
function found(text: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(text);
  return match ? text.slice(Math.max(0, match.index - 40), match.index + 40) : undefined;
}

function expectNone(text: string, patterns: readonly RegExp[], where: string): void {
  for (const pattern of patterns)
    expect({ where, found: found(text, pattern) }).toEqual({ where, found: undefined });
}

describe('phishing-clicked, by region', () => {
  it('stops the card first, on the number on the back of the card, in every region and language', () => {
    for (const region of REGIONS) {
      const en = shown('phishing-clicked', region, 'en');
      const ja = shown('phishing-clicked', region, 'ja');
      const stop = en.indexOf('Call your card company now, on the number on the back of the card');
      expect(stop, region).toBeGreaterThan(-1);
      expect(stop, `${region}: before the bank, the password and the report`).toBeLessThan(
        en.indexOf('Call your bank now, and ask it to lock your online banking'),
      );
      expect(en.indexOf('Call your bank now')).toBeLessThan(
        en.indexOf('Change that password on the real site'),
      );
      expect(en.indexOf('Change that password on the real site')).toBeLessThan(
        en.indexOf('Report the message, then keep it'),
      );
      expect(en).toContain('Never a number from the message or the page');
      expect(en).toContain('Do not delete the mail or text message: it is evidence');
      expect(ja).toContain('いますぐ、カード裏面の番号でカード会社に電話する');
      expect(ja).toContain('メールやSMSは削除しないでください。証拠になります');
      // A code given: account-takeover's steps, included.
      expect(en).toContain('Take the account back before the intruder locks you out');
      expect(en).toContain('Close the back doors first');
    }
  });

  it('Japan: the Council of Anti-Phishing Japan and the spam centre, never 7726 or the FTC', () => {
    const en = shown('phishing-clicked', 'jp', 'en');
    const ja = shown('phishing-clicked', 'jp', 'ja');
    for (const text of [en, ja]) {
      expect(text).toContain('info@antiphishing.jp');
      expect(text).toContain('dekyo.or.jp');
      expectNone(text, [/7726/, /apwg/i, /ReportFraud\.ftc/, /phishing\.gov\.uk/], 'jp');
    }
    expect(ja).toContain('フィッシング対策協議会');
    expect(ja).toContain('迷惑メール相談センター');
    expect(ja).toContain('スクリーンショットを撮り、メールに添付して');
  });

  it('US: reportphishing@apwg.org, texts to 7726, ReportFraud.ftc.gov', () => {
    for (const lang of ['en', 'ja'] as const) {
      const text = shown('phishing-clicked', 'us', lang);
      expect(text).toContain('reportphishing@apwg.org');
      expect(text).toContain('7726');
      expect(text).toContain('ReportFraud.ftc.gov');
      expectNone(
        text,
        [/antiphishing\.jp/, /dekyo/, /phishing\.gov\.uk/, /迷惑メール相談センター/],
        `us ${lang}`,
      );
    }
    expect(shown('phishing-clicked', 'us', 'en')).toMatch(/forward it to 7726 \(SPAM\), free of charge/);
  });

  it('UK: report@phishing.gov.uk, texts to 7726, Report Fraud when money or an account was lost', () => {
    for (const lang of ['en', 'ja'] as const) {
      const text = shown('phishing-clicked', 'uk', lang);
      expect(text).toContain('report@phishing.gov.uk');
      expect(text).toContain('7726');
      expect(text).toContain('reportfraud.police.uk');
      expectNone(text, [/antiphishing\.jp/, /apwg/i, /ReportFraud\.ftc/, /Action Fraud/], `uk ${lang}`);
    }
  });

  it('elsewhere: the report buttons and the imitated company, naming no country', () => {
    for (const lang of ['en', 'ja'] as const) {
      const text = shown('phishing-clicked', 'other', lang);
      expectNone(
        text,
        [/7726/, /antiphishing/, /apwg/i, /ftc/i, /phishing\.gov\.uk/, /Report Fraud/, /#9110/, /\b188\b/],
        `other ${lang}`,
      );
    }
    expect(shown('phishing-clicked', 'other', 'en')).toContain('"report phishing" or "report junk" button');
  });
});

describe('bank-transfer, by region', () => {
  it('calls the bank first, to block the account and recall the money, then the police', () => {
    for (const region of REGIONS) {
      const en = shown('bank-transfer', region, 'en');
      const ja = shown('bank-transfer', region, 'ja');
      const call = en.indexOf("Call your bank's fraud line now");
      expect(call, region).toBeGreaterThan(-1);
      expect(call).toBeLessThan(en.indexOf('Write down each transfer'));
      expect(en).toMatch(
        /Will you contact the receiving bank today, to freeze the money and send it\s+back\?/,
      );
      expect(en.indexOf('Write down each transfer')).toBeLessThan(en.indexOf('Report it to the police'));
      expect(ja).toContain('いますぐ銀行の不正利用の窓口に電話する');
      expect(ja).toContain('組戻し(振込を取り消して返金してもらう手続き)');
    }
  });

  it('Japan: 30 days for online banking theft, and the Furikome Fraud Relief Act through the DIC notices', () => {
    const en = shown('bank-transfer', 'jp', 'en');
    const ja = shown('bank-transfer', 'jp', 'ja');
    expect(en).toMatch(/within 30 days after the day of the\s+loss/);
    expect(en).toContain('振り込め詐欺救済法');
    expect(en).toContain('furikomesagi.dic.go.jp');
    expect(ja).toContain('被害にあった日から30日後までに');
    expect(ja).toContain('預金保険機構が公告する期間中');
    expect(ja).toContain('手数料やATMの操作を求めてくる電話は詐欺です');
    expectNone(en, [/within 60 days/, /Electronic Fund Transfer/, /£/, /\b159\b/], 'jp');
  });

  it('US: the Electronic Fund Transfer Act, 60 days from the statement, in writing; wires: ask', () => {
    const en = shown('bank-transfer', 'us', 'en');
    expect(en).toContain('Report it in writing within 60 days of the statement');
    expect(en).toMatch(/not\s+report within 60 days after the statement showing it was sent/);
    expect(en).toMatch(/A wire transfer may fall under other rules/);
    expect(en).toContain('Date of the statement that first shows the transfer');
    expect(shown('bank-transfer', 'us', 'ja')).toContain('電子資金移動法');
    expectNone(en, [/振り込め/, /30 days after the day/, /£/], 'us');
  });

  it('UK: the APP scam reimbursement rules since 2024-10-07, up to £85,000, 159, the Ombudsman', () => {
    const en = shown('bank-transfer', 'uk', 'en');
    const ja = shown('bank-transfer', 'uk', 'ja');
    expect(en).toMatch(/on or after 2024-10-07, your bank must consider\s+reimbursing you, up to £85,000/);
    // 159 from the helpline directory (its number and note kept once, with the source).
    expect(en).toContain('159: reach your bank safely: 159');
    expect(ja).toContain('159(自分の銀行に安全につながる番号): 159');
    expect(en).toContain('Financial Ombudsman Service');
    expect(ja).toContain('最大85,000ポンドまで');
    expectNone(en, [/振り込め/, /Electronic Fund Transfer/, /within 60 days/], 'uk');
  });

  it('elsewhere: the bank is asked for the rules and the time limits, no country named', () => {
    const en = shown('bank-transfer', 'other', 'en');
    expect(en).toContain('What is my last day to report each transfer');
    expectNone(en, [/振り込め/, /Electronic Fund Transfer/, /£/, /\b159\b/], 'other');
  });
});

describe('identity-misuse, by region', () => {
  it('tells the company that opened it first, pays nothing, then warns the credit files and the police', () => {
    for (const region of REGIONS) {
      const en = shown('identity-misuse', region, 'en');
      const ja = shown('identity-misuse', region, 'ja');
      const call = en.indexOf('Tell the company that opened it: it was not you');
      expect(call, region).toBeGreaterThan(-1);
      expect(en).toContain('Do not pay anything on an account you did not open');
      expect(en).toMatch(/confirm in writing that I owe nothing on it\?/);
      expect(call).toBeLessThan(en.indexOf('Write down everything that was opened in your name'));
      expect(en).toContain('Report it to the police');
      expect(ja).toContain('契約した会社に「自分ではない」と伝える');
      expect(ja).toContain('自分がしていない契約には、一円も支払いません');
    }
  });

  it('Japan: 本人申告 at JICC and the bankers’ centre, and CIC asked; no US or UK bureau', () => {
    const en = shown('identity-misuse', 'jp', 'en');
    const ja = shown('identity-misuse', 'jp', 'ja');
    expect(en).toContain('JICC (日本信用情報機構): by post or at its counter');
    expect(en).toContain('It is not checked when a bank account is opened');
    expect(en).toContain('CIC: ask it whether and how you can register a self-declaration');
    expect(ja).toContain('信用情報機関に本人申告を登録する');
    expect(ja).toContain('全国銀行個人信用情報センター');
    for (const text of [en, ja]) expectNone(text, [/Equifax/, /Cifas/, /IdentityTheft/], 'jp');
  });

  it('US: a fraud alert at one bureau (it tells the others), a freeze at each, IdentityTheft.gov, a reminder in a year', () => {
    const en = shown('identity-misuse', 'us', 'en');
    expect(en).toMatch(
      /ask any one of the credit bureaus \(Equifax, Experian, TransUnion\) on its own\s+site; it must tell the others/,
    );
    expect(en).toMatch(/Credit freeze: ask each of them for one/);
    expect(en).toContain('Report it at IdentityTheft.gov');
    expect(en).toMatch(/after 50 weeks: Your fraud alert lasts 1 year/);
    expect(shown('identity-misuse', 'us', 'ja')).toContain('詐欺警告と信用情報の凍結をし');
    expectNone(en, [/JICC/, /Cifas/, /本人申告/], 'us');
  });

  it('UK: the three credit reference agencies, Cifas Protective Registration, Report Fraud', () => {
    const en = shown('identity-misuse', 'uk', 'en');
    expect(en).toMatch(/each of the 3 credit reference agencies, Experian, Equifax and\s+TransUnion/);
    expect(en).toContain('Cifas Protective Registration');
    expect(en).toContain('Report Fraud');
    expectNone(en, [/JICC/, /IdentityTheft/, /fraud alert/i], 'uk');
  });

  it('elsewhere: the credit reporting agencies where the person lives, no country named', () => {
    const en = shown('identity-misuse', 'other', 'en');
    expect(en).toContain('Ask the credit reporting agencies where you live to warn lenders');
    expectNone(en, [/JICC/, /Equifax/, /Cifas/, /IdentityTheft/], 'other');
  });
});

describe('sim-swap, by region', () => {
  it('calls the mobile carrier first, from another phone, then the bank, the mail, and a dated check', () => {
    for (const region of REGIONS) {
      const en = shown('sim-swap', region, 'en');
      const ja = shown('sim-swap', region, 'ja');
      const carrier = en.indexOf('Call your mobile carrier now, from another phone');
      expect(carrier, region).toBeGreaterThan(-1);
      expect(carrier, `${region}: the carrier before the bank`).toBeLessThan(
        en.indexOf('Call your bank and your card company, from another phone'),
      );
      expect(en.indexOf('Call your bank and your card company')).toBeLessThan(
        en.indexOf('From a safe device, change your mail password'),
      );
      expect(en).toContain("the number on the carrier's own site, typed by hand, or on your bill");
      expect(en).toContain('Never a number from a text message, a mail or a caller');
      expect(en).toContain('Will you block my number now and cancel the change?');
      expect(en).toContain('so that no SIM change or transfer of my number can be made without it?');
      expect(en).toMatch(/Check that your number is back[\s\S]*Follow-up: check after 1 week/);
      expect(ja).toContain('いますぐ別の電話から、携帯電話会社に電話する');
      // No brand: the person's own carrier, whoever it is.
      expectNone(
        en,
        [/docomo/i, /\bau\b/, /SoftBank/i, /Verizon/i, /T-Mobile/i, /AT&T/, /Vodafone/i, /\bEE\b/, /\bO2\b/],
        region,
      );
    }
  });

  it('UK: 159 when the bank cannot be reached, and Report Fraud; nowhere else', () => {
    for (const lang of ['en', 'ja'] as const) {
      expect(shown('sim-swap', 'uk', lang)).toContain('159');
      expect(shown('sim-swap', 'uk', lang)).toContain('Report Fraud');
    }
    for (const region of ['jp', 'us', 'other'] as const)
      expectNone(shown('sim-swap', region, 'en'), [/\b159\b/, /Report Fraud/], region);
  });

  it("Japan: the police consultation line #9110; the US: the FBI's IC3", () => {
    expect(shown('sim-swap', 'jp', 'ja')).toContain('#9110');
    expect(shown('sim-swap', 'us', 'en')).toContain('IC3');
  });
});

describe('lost-phone, by region', () => {
  it('locks the phone first, then the carrier suspends the line, then money and mail; erasing only after deciding', () => {
    for (const region of REGIONS) {
      const en = shown('lost-phone', region, 'en');
      const ja = shown('lost-phone', region, 'ja');
      const lock = en.indexOf('Lock the phone and mark it lost, from another device');
      expect(lock, region).toBeGreaterThan(-1);
      const order = [
        lock,
        en.indexOf('Ask your mobile carrier to suspend the line, from another phone'),
        en.indexOf('Call the banks and card companies whose apps or cards were on the phone'),
        en.indexOf('Change your mail password, and sign the lost phone out'),
        en.indexOf('Decide whether to erase the phone'),
      ];
      expect(order, region).toEqual([...order].sort((a, b) => a - b));
      expect(
        order.every((at) => at > -1),
        region,
      ).toBe(true);
      expect(en).toContain('icloud.com/find');
      expect(en).toContain('android.com/find');
      expect(en).toContain('Do not erase the phone yet');
      expect(en).toContain('Will you stop payments charged to my phone bill');
      expect(ja).toContain('別の端末から、スマホをロックして紛失モードにする');
      expect(ja).toContain('キャリア決済');
    }
  });

  it('Japan: a 遺失届 at any koban or police station, and a theft reported as a theft', () => {
    for (const lang of ['en', 'ja'] as const) {
      const text = shown('lost-phone', 'jp', lang);
      expect(text).toContain('遺失届');
      expect(text).toMatch(/交番|koban/);
    }
    expect(shown('lost-phone', 'jp', 'ja')).toContain('「盗まれました」と伝え、盗難の届け出の方法を尋ねます');
    for (const region of ['us', 'uk', 'other'] as const)
      expectNone(shown('lost-phone', region, 'en'), [/遺失届/, /koban/, /交番/], region);
  });

  it('the US: the IMEI for the police (FCC); the UK: the crime reference number, and the £100 cap to ask about', () => {
    expect(shown('lost-phone', 'us', 'en')).toContain(
      "the police may need the phone's make, model, serial number",
    );
    const uk = shown('lost-phone', 'uk', 'en');
    expect(uk).toContain('crime reference number');
    expect(uk).toContain('at £100 when you report it within 24 hours: ask yours');
    for (const region of ['jp', 'uk', 'other'] as const)
      expectNone(shown('lost-phone', region, 'en'), [/FCC/], region);
    for (const region of ['jp', 'us', 'other'] as const)
      expectNone(shown('lost-phone', region, 'en'), [/crime reference/, /£/], region);
  });
});

describe('social-takeover, by region', () => {
  it('warns friends another way first, then the friend who paid, the mail and number, the recovery, the report', () => {
    for (const region of REGIONS) {
      const en = shown('social-takeover', region, 'en');
      const ja = shown('social-takeover', region, 'ja');
      const order = [
        en.indexOf('Warn your friends and family now, another way'),
        en.indexOf('If a friend already paid, they call the company behind the card at once'),
        en.indexOf('Check that your mail and phone number are still yours'),
        en.indexOf("Take the account back through the service's own recovery"),
        // The last step (the guides included before it have their own "Report it").
        en.lastIndexOf('□ Report it\n'),
      ];
      expect(
        order.every((i) => i > -1),
        region,
      ).toBe(true);
      expect(order, region).toEqual([...order].sort((a, b) => a - b));
      expect(en).toContain('Not through the taken account');
      expect(en).toContain('Do not send money, gift cards, e-money or any code');
      expect(en).toContain(
        'Never use a "recovery service", or anyone who offers help in replies, direct messages or ads',
      );
      expect(en).toContain('Will you give it back to me and stop it sending messages?');
      expect(en).toContain('Follow-up: check after 3 days: Is the account still yours');
      expect(ja).toContain('いますぐ別の方法で、友だちや家族に知らせる');
      expect(ja).toContain('「復旧サービス」');
    }
  });

  it('where to report: #9110 and the online desk in Japan, IC3 and the FTC in the US, Report Fraud in the UK', () => {
    for (const lang of ['en', 'ja'] as const) {
      expect(shown('social-takeover', 'jp', lang)).toContain('#9110');
      expect(shown('social-takeover', 'jp', lang)).toContain('188');
      expect(shown('social-takeover', 'us', lang)).toContain('IC3');
      expect(shown('social-takeover', 'us', lang)).toContain('ftc.gov/giftcards');
      expect(shown('social-takeover', 'uk', lang)).toContain('Report Fraud');
    }
    for (const region of ['jp', 'uk', 'other'] as const)
      expectNone(shown('social-takeover', region, 'en'), [/FTC/, /giftcards/], region);
  });
});

describe('support-scam, by region', () => {
  it('cuts the computer off first, then the card and the bank, the program, the passwords from another device', () => {
    for (const region of REGIONS) {
      const en = shown('support-scam', region, 'en');
      const ja = shown('support-scam', region, 'ja');
      const order = [
        en.indexOf('Cut the computer off the internet now, hang up, and pay nothing'),
        en.indexOf('Call your card company now, on the number on the back of the card'),
        en.indexOf('Call your bank now, and ask it to lock your online banking'),
        en.indexOf('Call the company behind each gift card or e-money at once'),
        en.indexOf('Remove the program they installed, and check the computer'),
        en.indexOf('From another device, change your passwords: your mail first'),
        en.indexOf('Report it, and get advice'),
      ];
      expect(
        order.every((i) => i > -1),
        region,
      ).toBe(true);
      expect(order, region).toEqual([...order].sort((a, b) => a - b));
      expect(en).toContain('Turn off Wi-Fi, or pull out the network cable');
      expect(en).toContain('Pay nothing, and buy no gift cards or e-money');
      expect(en).toContain('restore it to a point before that day');
      expect(en).toContain('Never a number the "support" gave you');
      // The card and the bank go through the same steps as any other card or transfer.
      expect(en).toContain('Dispute the charges');
      expect(en).toContain('Money left the account');
      expect(ja).toContain('いますぐパソコンをインターネットから切り離し、電話を切り、お金を払わない');
      expect(ja).toContain('システムの復元');
    }
  });

  it("Japan: 188, #9110 and IPA's advice desk; the US: ReportFraud.ftc.gov; the UK: Report Fraud", () => {
    for (const lang of ['en', 'ja'] as const) {
      const jp = shown('support-scam', 'jp', lang);
      for (const name of ['188', '#9110', 'IPA']) expect(jp).toContain(name);
      expect(shown('support-scam', 'us', lang)).toContain('ReportFraud.ftc.gov');
      expect(shown('support-scam', 'uk', lang)).toContain('Report Fraud');
    }
    for (const region of ['us', 'uk', 'other'] as const)
      expectNone(shown('support-scam', region, 'en'), [/\bIPA\b/, /安心相談/], region);
  });
});

describe('social-takeover and support-scam, elsewhere', () => {
  it('name no country at all, in either language (a region condition that always holds is not said)', () => {
    for (const id of ['social-takeover', 'support-scam'] as const)
      for (const lang of ['en', 'ja'] as const)
        expectNone(
          shown(id, 'other', lang),
          [/Japan/, /United States/, /United Kingdom/, /日本/, /アメリカ合衆国/, /イギリス/],
          `${id} ${lang}`,
        );
  });
});

describe('app-payment, by region', () => {
  it('reports to the service from inside its app first, then the carrier, the linked cards, the password, the police', () => {
    for (const region of REGIONS) {
      const en = shown('app-payment', region, 'en');
      const ja = shown('app-payment', region, 'ja');
      const order = [
        en.indexOf('Report it to the payment service now, from inside its app'),
        en.indexOf('Ask your mobile carrier to stop payments on your phone bill'),
        en.indexOf('Remove the cards and bank accounts linked to the app'),
        en.indexOf('From a safe device, set a new password and a second step for the app'),
        // (bank-transfer, included for a linked bank account, has its own police step before)
        en.lastIndexOf('Report it to the police'),
      ];
      expect(
        order.every((at) => at > -1),
        region,
      ).toBe(true);
      expect(order, region).toEqual([...order].sort((a, b) => a - b));
      expect(en).toContain('Never a number from a search ad');
      expect(en).toContain('Will you freeze my account now, so that no more payments can be made from it?');
      // The deadline depends on the service: asked, with the date it counts from, not told.
      expect(en).toMatch(
        /By what date must I report these payments to be considered for compensation, and\s+from which date is it counted\?/,
      );
      expect(en).toContain(
        'Will you stop payments charged to my phone bill now, or set their limit to the lowest?',
      );
      // A linked card or bank account charged: card-charges and bank-transfer, included as they are.
      expect(en).toContain('Call your card company on the number printed on the card');
      expect(en).toContain("Call your bank's fraud line now");
      expect(ja).toContain('いますぐ、アプリの中から決済サービスに連絡する');
      expect(ja).toContain('携帯電話料金での支払い(キャリア決済)');
      expect(ja).toContain('補償を受けるには、いつまでに届け出る必要がありますか?');
    }
  });

  it("Japan: the service's own compensation rules (PayPay's 60 days, for example) and 188; nowhere else", () => {
    const en = shown('app-payment', 'jp', 'en');
    const ja = shown('app-payment', 'jp', 'ja');
    expect(en).toMatch(/PayPay, for example, asks for the claim within 60 days of the day of the\s+loss/);
    expect(ja).toContain('PayPay は、損害が発生した日から60日以内の申請と、警察への届け出を条件にしています');
    expect(ja).toContain('消費者ホットライン 188');
    for (const region of ['us', 'uk', 'other'] as const) {
      const text = shown('app-payment', region, 'en');
      expect(text).toContain('Ask the service for your money back, before its deadline');
      expectNone(text, [/PayPay/, /60 days of the day/, /\b188\b/], region);
    }
  });
});

describe('child-purchases, by region', () => {
  it('stops further purchases first, calmly, then lists the charges and asks the store for a refund', () => {
    for (const region of REGIONS) {
      const en = shown('child-purchases', region, 'en');
      const ja = shown('child-purchases', region, 'ja');
      const stop = en.indexOf('First, make sure nothing more can be bought');
      expect(stop, region).toBeGreaterThan(-1);
      expect(stop).toBeLessThan(en.indexOf("List every charge, from the store's receipts"));
      expect(en.indexOf("List every charge, from the store's receipts")).toBeLessThan(
        en.indexOf('Ask Apple for a refund at reportaproblem.apple.com'),
      );
      expect(en).toContain('this can often be put right, and nobody is attacking you');
      expect(en).toContain('Ask to Buy');
      expect(en).toContain('Family Link');
      expect(en).toContain('If a charge is still pending, it cannot be refunded yet');
      expect(en).toContain('By what date must I tell you, and from which date is it counted?');
      expect(en).toContain(
        'Will you stop payments charged to my phone bill, or set their limit to the lowest?',
      );
      expect(ja).toContain('まず、これ以上買えないようにする');
      expect(ja).toContain('reportaproblem.apple.com から Apple に返金を申し出る');
    }
  });

  it("Japan: a minor's purchase without consent can be cancelled (未成年者取消し), not always, and 188 advises", () => {
    const en = shown('child-purchases', 'jp', 'en');
    const ja = shown('child-purchases', 'jp', 'ja');
    expect(en).toMatch(
      /a purchase a minor \(under 18\) makes without the parent's consent can be\s+cancelled/,
    );
    expect(ja).toContain('民法の「未成年者取消し」で取り消すことができます');
    expect(ja).toContain('保護者のアカウントで購入されたときなどは、認められないことがあります');
    expect(ja).toContain('未成年者契約として取り消し、返金していただけますか?');
    expect(ja).toContain('消費者ホットライン 188');
    for (const region of ['us', 'uk', 'other'] as const)
      expectNone(
        shown('child-purchases', region, 'en'),
        [/未成年者/, /minor's contract/, /under 18/, /\b188\b/],
        region,
      );
  });
});

describe("fraud-order's payment question: carrier billing and pay-later, in every region", () => {
  it('offers both, each with its own next step: the carrier, or the pay-later company told it is fraud', () => {
    for (const region of REGIONS) {
      const en = shown('fraud-order', region, 'en');
      const ja = shown('fraud-order', region, 'ja');
      expect(en).toContain('No card: charged to my phone bill (carrier billing)');
      expect(en).toContain('No card: a bill to pay later');
      expect(en).toContain('Ask your mobile carrier to stop payments on your phone bill');
      expect(en).toContain('Tell the pay-later company it is fraud, and do not pay the bill');
      expect(en).toMatch(/A bill itself can be\s+fake: do not call a number only because a bill gives it/);
      expect(en).toMatch(/Will you stop the bill, and confirm in writing that I do not have\s+to pay it\?/);
      // Neither is a card: the card dispute is not walked for them.
      expect(en).toMatch(
        /Check your card and dispute the charges[^\n]*\n\s+Only if: not \("Was a card used to pay for any of them\?" → "No, none of them"\s+or "No card: charged to my phone bill \(carrier billing\)" or "No card: a\s+bill to pay later/,
      );
      expect(ja).toContain('カードではなく、携帯電話料金で支払われた(キャリア決済)');
      expect(ja).toContain('後払いの会社に不正な注文だと伝え、請求書の支払いはしない');
    }
  });
});

describe("the new playbooks: no region's text names another region's institutions", () => {
  const JP_110 = /(?<![\d-])110(?!\d)/;
  const JAPAN = [
    /\b188\b/,
    /#9110/,
    JP_110,
    /警察庁/,
    /In Japan/,
    /antiphishing\.jp/,
    /dekyo/,
    /CIC\b/,
    /JICC/,
    /本人申告/,
    /振り込め/,
    /預金保険機構/,
    /PayPay/,
    /未成年者取消/,
  ];
  const US = [
    /Fair Credit Billing/,
    /Electronic Fund Transfer/,
    /IC3/,
    /ReportFraud\.ftc/,
    /apwg/i,
    /IdentityTheft\.gov/,
    /fraud alert/i,
  ];
  const UK = [
    /Action Fraud/,
    /Report Fraud/,
    /phishing\.gov\.uk/,
    /Cifas/,
    /\b159\b/,
    /Payment Systems Regulator/,
    /£/,
    /Financial Ombudsman/,
  ];
  const others: Record<Region, RegExp[]> = {
    jp: [...US, ...UK, /7726/],
    us: [...JAPAN, ...UK],
    uk: [...JAPAN, ...US],
    other: [...JAPAN, ...US, ...UK, /7726/],
  };

  it.each(NEW.flatMap((id) => REGIONS.map((region) => [id, region] as const)))('%s in %s', (id, region) => {
    for (const lang of ['en', 'ja'] as const)
      expectNone(shown(id, region, lang), others[region], `${id} ${region} ${lang}`);
  });
});
