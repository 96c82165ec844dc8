// Issue 11 for the order playbooks (fraud-order, stop-shipment, account-takeover,
// data-leak-notice): each correction read as the person in one region reads it, in the
// checklist `respond show --region` prints, in both languages; and no region is told
// another region's institutions. The included card-charges and emergency-contact are left
// out of the library here: their words are checked with their own playbooks.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/i18n.js';
import { forRegion, libraryForRegion } from '../../src/core/playbook/for-region.js';
import { renderChecklist } from '../../src/core/playbook/render.js';
import type { Playbook } from '../../src/core/playbook/schema.js';
import { REGIONS, type Region } from '../../src/core/region.js';
import { loadBuiltinLibrary } from '../helpers/builtins.js';
import { runCli } from '../helpers/run-cli.js';

const OURS = ['fraud-order', 'stop-shipment', 'account-takeover', 'data-leak-notice'] as const;
const LANGS: readonly Lang[] = ['en', 'ja'];

const builtins = await loadBuiltinLibrary();
const library = new Map<string, Playbook>(
  OURS.map((id) => {
    const playbook = builtins.get(id);
    if (!playbook) throw new Error(`checklists/${id}.yaml is missing`);
    return [id, playbook];
  }),
);

/** The blank checklist a person in this region is shown, as text. */
function show(id: (typeof OURS)[number], region: Region, lang: Lang): string {
  const root = library.get(id);
  if (!root) throw new Error(id);
  return renderChecklist(forRegion(root, region), libraryForRegion(library, region), {
    format: 'text',
    lang,
  });
}

/** The part of a checklist from the line that holds `from` to the next line that holds `to`. */
function section(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  expect(start, `"${from}" is shown`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(to, start + from.length);
  return text.slice(start, end < 0 ? undefined : end);
}

function inOrder(text: string, ...parts: string[]): void {
  const at = parts.map((p) => text.indexOf(p));
  at.forEach((i, n) => expect(i, `"${parts[n]}" is shown`).toBeGreaterThanOrEqual(0));
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

// What names one region's institutions. 110 and 188 stand alone (not inside 9110 or 1188). The
// region names themselves are left out: `show` without --region words a region condition with
// them ("Only if: you live in the United States or ..."); with --region it says none.
const JAPAN = [
  /(?<!\d)188(?!\d)/,
  /#9110/,
  /(?<![\d#])110(?!\d)/,
  /消費者ホットライン/,
  /警察相談専用電話/,
  /Japan/,
  /日本/,
];
const US = [/\bFTC\b/, /FCBA/, /Fair Credit Billing/, /IdentityTheft\.gov/i, /ReportFraud\.ftc/i, /\bIC3\b/];
const UK = [/Action Fraud/, /Report Fraud/, /\bNCSC\b/, /Cifas/, /(?<!\d)159(?!\d)/, /(?<!\d)7726(?!\d)/];
const NOT_FOR: Record<Region, readonly RegExp[]> = {
  jp: [...US, ...UK],
  us: [...JAPAN, ...UK],
  uk: [...JAPAN, ...US],
  other: [...JAPAN, ...US, ...UK],
};

describe("no region is told another region's institutions", () => {
  for (const id of OURS)
    for (const region of REGIONS)
      it(`${id}, read in ${region}, in both languages`, () => {
        for (const lang of LANGS) {
          const text = show(id, region, lang);
          const named = NOT_FOR[region].filter((pattern) => pattern.test(text)).map(String);
          expect(named, `${id} --region ${region} --lang ${lang}`).toEqual([]);
        }
      });

  it('a Japanese reader is still told 188 and #9110 where they help, and the others are sent to the directory', () => {
    for (const lang of LANGS) {
      expect(show('data-leak-notice', 'jp', lang)).toMatch(/188[\s\S]*#9110/);
      expect(show('fraud-order', 'jp', lang)).toContain('respond helplines');
      expect(show('stop-shipment', 'jp', lang)).toContain('188');
      for (const region of ['us', 'uk', 'other'] as const) {
        expect(show('data-leak-notice', region, lang)).toContain('respond helplines');
        expect(show('stop-shipment', region, lang)).toContain('respond helplines');
      }
    }
  });

  it('the built binary prints the same: a US reader of stop-shipment never sees 188', () => {
    const us = runCli(['show', 'stop-shipment', '--region', 'us']);
    expect(us.code).toBe(0);
    expect(us.stdout).toContain('respond helplines');
    expect(us.stdout).not.toMatch(/(?<!\d)188(?!\d)/);
    const jp = runCli(['show', 'stop-shipment', '--region', 'jp', '--lang', 'ja']);
    expect(jp.code).toBe(0);
    expect(jp.stdout).toContain('188 に相談');
  });
});

describe('correction 7 and 8: fraud-order secures the device, then the mail, then the shop password', () => {
  for (const region of REGIONS)
    it(`in ${region}`, () => {
      const en = section(
        show('fraud-order', region, 'en'),
        'secure your mail first',
        'Report it to the shop',
      );
      inOrder(
        en,
        'The device first',
        'Then your mail account',
        'Only then the shop account',
        'Are you on a device you trust',
        'Is your mail account secured',
        'Did you change the shop password?',
      );
      const ja = section(
        show('fraud-order', region, 'ja'),
        '信頼できる端末で、まずメールを守り',
        'ショップに報告し',
      );
      inOrder(
        ja,
        'まず端末',
        '次にメールアカウント',
        'そのあとでショップのアカウント',
        '信頼できる端末を使っていますか',
        'メールアカウントの安全は確保できましたか',
        'ショップのパスワードを変更しましたか',
      );
    });

  it('a person who cannot sign in is asked about the device before the mail, too', () => {
    for (const region of REGIONS) {
      const text = section(
        show('fraud-order', region, 'en'),
        'You cannot sign in?',
        'save a way to reach the shop',
      );
      inOrder(
        text,
        'Use a device you trust',
        'Sign in to your mail account',
        'Are you on a device you trust',
        'Is your mail account safe',
      );
    }
  });
});

describe('correction 11: hidden orders are looked for in a computer’s browser', () => {
  for (const region of REGIONS)
    it(`in ${region}`, () => {
      const en = section(show('fraud-order', region, 'en'), 'Sign in by typing', 'Could you sign in?');
      inOrder(en, "Use a computer's browser", 'look for hidden or archived orders');
      const ja = section(
        show('fraud-order', region, 'ja'),
        'サイトのアドレスを自分で入力',
        'ログインできましたか',
      );
      inOrder(ja, 'パソコンのブラウザ', '非表示・アーカイブにした注文(');
    });
});

describe('correction 10: refusing a parcel is not always possible', () => {
  for (const region of REGIONS)
    it(`in ${region}`, () => {
      const en = show('stop-shipment', region, 'en');
      const call = section(
        en,
        'Call the delivery company yourself',
        'What did the delivery company agree to?',
      );
      expect(call).toContain(
        'Refusing is not always possible once someone has signed for it or it was left at the door',
      );
      expect(call).toContain('Tell everyone at home not to sign for it');
      expect(call).toContain('turn off leave-at-door');
      expect(call).toContain('its own drivers');
      expect(en).toContain(
        'if someone at home signs for it, or it is left at the door, can it still be refused?',
      );
      const delivered = section(en, 'A parcel already arrived?', 'How do I return it');
      expect(delivered).toContain('return it through the shop instead');

      const ja = show('stop-shipment', region, 'ja');
      const callJa = section(ja, '自分で配送会社に電話する', '配送会社はどうすると言いましたか');
      expect(callJa).toContain('受け取りを拒否できないことがあります');
      expect(callJa).toContain('置き配を止めます');
      expect(callJa).toContain('自社の配送網');
      expect(section(ja, 'すでに荷物が届いていたら', 'どうやって返品すれば')).toContain(
        'ショップを通して返品します',
      );
    });
});

describe('correction 12: never give a code to someone who contacted you', () => {
  const WRONG = [
    /Nobody genuine will ever ask/,
    /本物の窓口がコードを読み上げるよう求めることはありません/,
    /Nobody from a bank needs/,
    /銀行が暗証番号、パスワード、ワンタイムパスワードを聞くことはありません/,
    /the shop and the card company never ask for them/,
    /ショップもカード会社もそれらを求めることはありません/,
    /The company will not ask you for your card number/,
    /会社が「確認」のためにカード番号/,
  ];
  for (const region of REGIONS)
    it(`in ${region}`, () => {
      for (const id of OURS)
        for (const lang of LANGS) {
          const text = show(id, region, lang);
          expect(WRONG.filter((w) => w.test(text)).map(String), `${id} ${lang}`).toEqual([]);
        }
      expect(show('account-takeover', region, 'en')).toContain(
        'Never give a code to someone who contacted you',
      );
      expect(show('account-takeover', region, 'ja')).toContain(
        '向こうから連絡してきた相手には、誰を名乗っていてもコードを伝えません',
      );
      expect(show('fraud-order', region, 'en')).toContain(
        'Never give a code, a password or a card number to someone who contacted you',
      );
      expect(show('data-leak-notice', region, 'en')).toContain(
        'to someone who contacted you, even "to check"',
      );
    });
});

describe('correction 13: a real leak notice is not always announced on the company’s site', () => {
  for (const region of REGIONS)
    it(`in ${region}`, () => {
      const en = section(
        show('data-leak-notice', region, 'en'),
        'Check with the company itself',
        'Which company?',
      );
      expect(en).not.toContain('is also announced');
      expect(en).toContain('Not every real leak is announced');
      expect(en).toContain('ask whether the company sent this notice');
      const ja = section(
        show('data-leak-notice', region, 'ja'),
        'その知らせが本物かを、会社自身に確かめる',
        'どの会社ですか',
      );
      expect(ja).not.toContain('公式サイトでも発表されています');
      expect(ja).toContain('発表されるとは限りません');
    });
});
