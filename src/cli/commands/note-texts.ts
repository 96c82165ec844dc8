// The words of `respond note`, in English and Japanese: its later events (shipment, loss,
// call, charge) with the help of each (`respond note <case> shipment --help`), and its other
// forms. Free of imports that load anything (types only): main.ts reads the help before any
// command module is loaded.
import type { Addition } from '../../app/add-to-case.js';
import type { Lang, Messages } from '../../core/i18n.js';

const LATER_KINDS = ['shipment', 'loss', 'call', 'charge'] as const;
export type LaterKind = (typeof LATER_KINDS)[number];

export function isLaterKind(word: string | undefined): word is LaterKind {
  return (LATER_KINDS as readonly (string | undefined)[]).includes(word);
}

/** The flags each later event takes (commander's names: --tracking is `tracking`). */
export const LATER_FLAGS: Record<LaterKind, readonly string[]> = {
  shipment: ['carrier', 'tracking', 'status', 'order'],
  loss: ['amount', 'what', 'when'],
  call: ['party', 'who', 'channel', 'reference'],
  charge: ['charge', 'reversed'],
};

const STATUSES = 'shipped, delivered, refused, returned, stopped';
const CHANNEL_LIST = 'phone, chat, email, in-person, letter, web-form, other';

export interface LaterTexts {
  needs: (kind: LaterKind, flag: string) => string;
  notFor: (flag: string, kind: LaterKind) => string;
  noText: (kind: LaterKind) => string;
  badStatus: (value: string) => string;
  badAmount: (value: string) => string;
  badWhen: (value: string) => string;
  badChannel: (value: string) => string;
  badReversed: string;
  noSuchCharge: (value: string, count: number) => string;
  noTerminal: (kind: LaterKind) => string;
  /** Ctrl-C halfway through a parcel or a loss: what was told is on disk. */
  stoppedSaved: (count: number, again: string) => string;
  savedShipment: (parcel: string, status: string) => string;
  savedLoss: (amount: string, what: string | undefined) => string;
  savedCharge: (n: number, reversed: boolean) => string;
  savedCall: (party: string, who: string, reference: string | undefined, said: boolean) => string;
}

const flagsOf = (kind: LaterKind) => LATER_FLAGS[kind].map((f) => `--${f}`).join(', ');

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
export const laterTexts = (cmd: string): Messages<LaterTexts> => ({
  en: {
    needs: (kind, flag) => `note ${kind} needs ${flag} (see ${cmd} note <case> ${kind} --help)`,
    notFor: (flag, kind) => `--${flag} is not for note ${kind}; it takes ${flagsOf(kind)}`,
    noText: (kind) => `note ${kind} takes no text of its own; put it in its flags (${flagsOf(kind)})`,
    badStatus: (v) => `--status must be one of: ${STATUSES} (not "${v}")`,
    badAmount: (v) =>
      `--amount must be an amount with its currency, e.g. "10000 JPY" or "$25.00" (not "${v}")`,
    badWhen: (v) => `--when must be a date that has come, e.g. 2026-11-29 or yesterday (not "${v}")`,
    badChannel: (v) => `--channel must be one of: ${CHANNEL_LIST} (not "${v}")`,
    badReversed: '--reversed must be yes or no',
    noSuchCharge: (v, n) =>
      n === 0
        ? `this case has no charges listed yet, so there is no charge "${v}"`
        : `--charge must be a number from 1 to ${n} or an order number of the case (not "${v}")`,
    noTerminal: (kind) =>
      `this is not a terminal, so note ${kind} cannot ask. Give it flags instead, e.g.: ${example(cmd, kind, 'en')}`,
    stoppedSaved: (n, again) =>
      `Stopped. ${n === 1 ? 'The answer' : `The ${n} answers`} you gave ${n === 1 ? 'is' : 'are'} saved; to add the rest: ${again}`,
    savedShipment: (parcel, status) => `the parcel ${parcel}: ${status}`,
    savedLoss: (amount, what) => `money lost: ${amount}${what ? ` (${what})` : ''}`,
    savedCharge: (n, reversed) => `charge ${n}: ${reversed ? 'reversed' : 'not reversed'}`,
    savedCall: (party, who, reference, said) =>
      `contact with ${party}${who ? `: ${who}` : ''}${reference ? `, ref. ${reference}` : ''}${said ? ', and what they said' : ''}`,
  },
  ja: {
    needs: (kind, flag) =>
      `note ${kind} には ${flag} が必要です (${cmd} note <ケース> ${kind} --help を参照)`,
    notFor: (flag, kind) => `--${flag} は note ${kind} では使えません。使えるのは ${flagsOf(kind)} です`,
    noText: (kind) => `note ${kind} には本文を付けられません。フラグ (${flagsOf(kind)}) で指定してください`,
    badStatus: (v) => `--status は次のどれかです: ${STATUSES} (「${v}」は使えません)`,
    badAmount: (v) => `--amount は通貨つきの金額です。例: "10000 JPY"、"10,000円" (「${v}」は使えません)`,
    badWhen: (v) => `--when は今日までの日付です。例: 2026-11-29、昨日 (「${v}」は使えません)`,
    badChannel: (v) => `--channel は次のどれかです: ${CHANNEL_LIST} (「${v}」は使えません)`,
    badReversed: '--reversed は yes か no です',
    noSuchCharge: (v, n) =>
      n === 0
        ? `このケースにはまだ請求が記録されていないので、「${v}」という請求はありません`
        : `--charge は 1 から ${n} までの番号か、ケースの注文番号です (「${v}」は使えません)`,
    noTerminal: (kind) =>
      `ここは端末ではないので、note ${kind} は質問できません。フラグで指定してください。例: ${example(cmd, kind, 'ja')}`,
    stoppedSaved: (n, again) =>
      `中断しました。答えた ${n} 件は保存してあります。残りを記録するには: ${again}`,
    savedShipment: (parcel, status) => `荷物 ${parcel}: ${status}`,
    savedLoss: (amount, what) => `戻らないお金: ${amount}${what ? ` (${what})` : ''}`,
    savedCharge: (n, reversed) => `請求 ${n}: ${reversed ? '取り消し済み' : '取り消されていない'}`,
    savedCall: (party, who, reference, said) =>
      `${party} との連絡${who ? `: ${who}` : ''}${reference ? `、受付番号 ${reference}` : ''}${said ? '、相手の話' : ''}`,
  },
});

function example(cmd: string, kind: LaterKind, lang: Lang): string {
  const c = `${cmd} note 2026-11-22-fraud`;
  switch (kind) {
    case 'shipment':
      return `${c} shipment --carrier ${lang === 'ja' ? 'ヤマト運輸' : 'UPS'} --tracking 1234-5678-9012 --status refused`;
    case 'loss':
      return `${c} loss --amount "10000 JPY" --what "${lang === 'ja' ? 'ギフト券' : 'gift card'}" --when 2026-11-29`;
    case 'call':
      return `${c} call --party carrier --who ${lang === 'ja' ? '鈴木' : 'Suzuki'} --channel phone --reference 1234-5678-9012 "${lang === 'ja' ? '差出人に返送します' : 'It goes back to the sender'}"`;
    case 'charge':
      return `${c} charge --charge 2 --reversed yes`;
  }
}

const helpTexts: Messages<Record<LaterKind, { what: string; flags: readonly string[] }>> = {
  en: {
    shipment: {
      what: 'Record a parcel and its status (the same tracking number again updates that parcel).',
      flags: [
        '--carrier <name>     the delivery company',
        '--tracking <number>  the tracking number',
        `--status <status>    ${STATUSES}`,
        '--order <number>     the order it belongs to',
      ],
    },
    loss: {
      what: 'Record money that cannot come back (a gift card already used, a transfer).',
      flags: [
        '--amount <amount>    with its currency: "10000 JPY", "$25.00" (required)',
        '--what <text>        what it was (or give it as the text)',
        '--when <date>        when it was used or sent',
      ],
    },
    call: {
      what: 'Record a call, a chat or a mail from a party: who, how, their reference, and what they said (the text).',
      flags: [
        '--party <id>         merchant, card-issuer, carrier, police… (required)',
        '--who <name>         their name or staff ID',
        `--channel <channel>  ${CHANNEL_LIST} (default phone)`,
        '--reference <text>   their reference number',
      ],
    },
    charge: {
      what: 'Record whether a charge was reversed (credited back) or not.',
      flags: [
        '--charge <n|order>   its number in the list (1, 2…) or its order number',
        '--reversed <yes|no>  reversed or not',
      ],
    },
  },
  ja: {
    shipment: {
      what: '荷物とその状況を記録します (同じ追跡番号なら、その荷物の状況を更新します)。',
      flags: [
        '--carrier <名前>     配送会社',
        '--tracking <番号>    追跡番号 (伝票番号)',
        `--status <状況>      ${STATUSES}`,
        '--order <番号>       どの注文の荷物か',
      ],
    },
    loss: {
      what: '戻らないお金を記録します (すでに使われたギフト券、振込など)。',
      flags: [
        '--amount <金額>      通貨つき: "10000 JPY"、"10,000円" (必須)',
        '--what <内容>        何だったか (本文でも指定できます)',
        '--when <日付>        使われた・送られた日',
      ],
    },
    call: {
      what: '相手からの電話・チャット・メールを記録します。誰が、どの方法で、受付番号、何と言ったか (本文)。',
      flags: [
        '--party <ID>         merchant、card-issuer、carrier、police など (必須)',
        '--who <名前>         相手の名前か担当者番号',
        `--channel <方法>     ${CHANNEL_LIST} (既定は phone)`,
        '--reference <番号>   相手の受付番号',
      ],
    },
    charge: {
      what: '請求が取り消された (返金された) かどうかを記録します。',
      flags: [
        '--charge <番号|注文>  一覧での番号 (1、2…) か注文番号',
        '--reversed <yes|no>  取り消されたかどうか',
      ],
    },
  },
};

/** `respond note <case> shipment --help`: what it records, its flags, an example. */
export function laterHelp(kind: LaterKind, lang: Lang, cmd: string): string {
  const h = helpTexts[lang][kind];
  const usage = lang === 'ja' ? '使い方' : 'Usage';
  const options = lang === 'ja' ? 'オプション' : 'Options';
  const examples = lang === 'ja' ? '例' : 'Examples';
  const without =
    lang === 'ja'
      ? '(フラグなしで実行すると、端末で順に質問します)'
      : '(with no flags, it asks at a terminal)';
  return [
    `${usage}: ${cmd} note <case> ${kind} [options]${kind === 'call' || kind === 'loss' ? ' [text]' : ''}`,
    '',
    h.what,
    '',
    `${options}:`,
    ...h.flags.map((f) => `  ${f}`),
    '',
    `${examples}:`,
    `  $ ${example(cmd, kind, lang)}`,
    `  $ ${cmd} note 2026-11-22-fraud ${kind}   ${without}`,
  ].join('\n');
}

// The words of the other forms of `respond note` (a note, a contact, a confirmation, a follow-up).
export interface NoteTexts {
  usage: string;
  /** The note typed on the command line, in the hint given without a terminal. */
  insteadText: string;
  saved: (what: string) => string;
  what: string;
  kinds: Record<Addition['kind'], string>;
  later: Record<LaterKind, string>;
  text: string;
  party: string;
  who: string;
  channel: string;
  reference: string;
  answer: string;
  which: string;
  result: string;
  nothingOpen: string;
  badAnswer: string;
  needs: (flag: string, needed: string) => string;
  partyName: string;
  notWith: (flag: string, form: string) => string;
  laterFlag: (flag: string, kind: string) => string;
}

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
export const noteTexts = (cmd: string): Messages<NoteTexts> => ({
  en: {
    usage: `name a case (${cmd} cases lists them)`,
    insteadText: 'what happened',
    saved: (what) => `Saved: ${what}`,
    what: 'What do you want to add?',
    kinds: {
      note: 'A note',
      contact: 'A contact (someone you spoke to)',
      confirmation: 'An answer to an open question',
      resolve: 'A follow-up I have checked',
      record: 'A record',
      charge: 'A charge',
    },
    later: {
      call: 'A call, chat or mail from a party (who, reference, what they said)',
      shipment: 'A parcel and its status (tracking number)',
      loss: 'Money that cannot come back',
      charge: 'A charge reversed, or not',
    },
    text: 'Your note',
    party: 'Which party?',
    who: 'Who? (name or staff ID)',
    channel: 'How?',
    reference: 'Reference number (Enter if none)',
    answer: 'Their answer',
    which: 'Which one?',
    result: 'What did you find?',
    nothingOpen: 'Nothing is open in this case.',
    badAnswer: '--answer must be yes, no or unknown',
    needs: (flag, needed) => `${flag} needs ${needed}`,
    partyName: 'a name (who you spoke to: the shop, the card company…)',
    notWith: (flag, form) =>
      `--${flag} is not kept with ${form}; leave it out or use the form it belongs to (see --help)`,
    laterFlag: (flag, kind) =>
      `--${flag} belongs to \`${cmd} note <case> ${kind}\` (see ${cmd} note <case> ${kind} --help)`,
  },
  ja: {
    usage: `ケースを指定してください (${cmd} cases で一覧)`,
    insteadText: '起きたこと',
    saved: (what) => `保存しました: ${what}`,
    what: '何を追加しますか?',
    kinds: {
      note: 'メモ',
      contact: '連絡した相手',
      confirmation: '未確認の質問への答え',
      resolve: '確認し終えた予定',
      record: '記録',
      charge: '請求',
    },
    later: {
      call: '相手からの電話・チャット・メール (誰が、受付番号、何と言ったか)',
      shipment: '荷物とその状況 (追跡番号)',
      loss: '戻らないお金',
      charge: '請求が取り消されたかどうか',
    },
    text: 'メモ',
    party: 'どの相手ですか?',
    who: '誰ですか? (名前または担当者番号)',
    channel: '連絡方法は?',
    reference: '受付番号 (なければ Enter)',
    answer: '相手の答え',
    which: 'どれですか?',
    result: '確認した結果は?',
    nothingOpen: 'このケースに未確認のことはありません。',
    badAnswer: '--answer は yes、no、unknown のどれかです',
    needs: (flag, needed) => `${flag} には ${needed} も必要です`,
    partyName: '相手の名前 (ショップ、カード会社など)',
    notWith: (flag, form) =>
      `--${flag} は ${form} と一緒には記録できません。外すか、合う形で指定してください (--help を参照)`,
    laterFlag: (flag, kind) =>
      `--${flag} は \`${cmd} note <ケース> ${kind}\` で使います (${cmd} note <ケース> ${kind} --help を参照)`,
  },
});
