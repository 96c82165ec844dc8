// Every word the blank checklist adds around a playbook's own text, in each language.
import type { Messages } from '../i18n.js';
import type { QuestionType } from './schema.js';

type TextFormat = 'plain' | 'multiline' | 'phone' | 'email' | 'url' | 'card-last4' | 'reference';
export type DurationUnit = 'h' | 'd' | 'w';

export interface RenderTexts {
  readonly legendTitle: string;
  readonly legend: readonly string[];
  readonly parties: string;
  readonly role: string;
  readonly contact: string;
  readonly why: string;
  readonly how: string;
  readonly questions: string;
  readonly confirmations: string;
  readonly onlyIf: string;
  readonly required: string;
  readonly listSep: string;
  readonly yes: string;
  readonly no: string;
  readonly unknown: string;
  /** The fields noted beside each confirmation, e.g. "who", "when". */
  readonly confirmationRecord: readonly string[];
  readonly ask: (party: string) => string;
  readonly outcome: string;
  readonly outcomes: readonly string[];
  readonly types: Record<QuestionType, string>;
  readonly formats: Record<TextFormat, string>;
  readonly amountIn: (currency: string) => string;
  readonly recordsOf: (item: string | undefined) => string;
  readonly forEachOf: (item: string | undefined) => string;
  readonly oneLineOf: (item: string | undefined) => string;
  readonly fields: string;
  readonly duration: (count: number, unit: DurationUnit) => string;
  readonly followUp: (after: string, from: string | undefined) => string;
  readonly followUpIfYes: string;
  readonly followUpTitle: string;
  readonly included: (id: string) => string;
  readonly includeMissing: (id: string) => string;
  /** Above a step's `helplines:`, each with its region ([jp]) in a blank checklist. */
  readonly helplines: string;
  readonly includeCycle: (id: string) => string;
  readonly cond: {
    readonly is: (subject: string, values: string) => string;
    readonly not: (subject: string, values: string) => string;
    readonly answered: (subject: string) => string;
    readonly notAnswered: (subject: string) => string;
    readonly region: (names: string) => string;
    readonly confirmation: (party: string, ask: string, answers: string) => string;
    readonly quote: (text: string) => string;
    /** Between the values of one answer: "Shipped" or "Delivered". */
    readonly or: string;
    /** Between whole conditions, so they read apart from the values. */
    readonly anyJoin: string;
    readonly allJoin: string;
    readonly none: (list: string) => string;
    readonly notThis: (condition: string) => string;
  };
}

const UNITS_EN: Record<DurationUnit, [string, string]> = {
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  w: ['week', 'weeks'],
};
const UNITS_JA: Record<DurationUnit, string> = { h: '時間', d: '日', w: '週間' };

export const renderTexts: Messages<RenderTexts> = {
  en: {
    legendTitle: 'How to read this',
    legend: [
      '□  a box to tick, or to circle when there are several',
      'Only if:  this step or question applies only when the earlier answer says so',
      'Ask <party>:  put this exact question to them; note the answer, who said it, when, how, and their reference number',
      'Follow-up:  do not take their word for it; check again at that time',
    ],
    parties: 'Who is involved',
    role: 'What they can do',
    contact: 'How to reach them',
    why: 'Why',
    how: 'How',
    questions: 'Note down',
    confirmations: 'Confirm, one by one',
    onlyIf: 'Only if:',
    required: 'required',
    listSep: ', ',
    yes: 'yes',
    no: 'no',
    unknown: "don't know",
    confirmationRecord: ['who', 'when', 'channel', 'ref no.'],
    ask: (party) => `Ask ${party}:`,
    outcome: 'Outcome',
    outcomes: ['done', 'skipped (why?)', 'waiting on someone (until when?)'],
    types: {
      yesno: 'yes/no',
      text: 'text',
      choice: 'choose one',
      date: 'date',
      money: 'amount',
      records: 'list',
    },
    formats: {
      plain: 'text',
      multiline: 'text',
      phone: 'phone number',
      email: 'email address',
      url: 'web address',
      'card-last4': 'last 4 digits of the card only',
      reference: 'reference number',
    },
    amountIn: (currency) => `amount in ${currency}`,
    recordsOf: (item) =>
      item ? `one entry per ${item}, as many as needed` : 'one entry each, as many as needed',
    forEachOf: (item) => `for each ${item ?? 'entry'} listed: only what is missing`,
    oneLineOf: (item) => `every ${item ?? 'entry'} on one line, spaces or commas between`,
    fields: 'each with',
    duration: (count, unit) => `${count} ${UNITS_EN[unit][count === 1 ? 0 : 1]}`,
    followUp: (after, from) => (from ? `check ${after} after ${from}:` : `check after ${after}:`),
    followUpIfYes: 'If yes, follow-up:',
    followUpTitle: 'Follow-up:',
    included: (id) => `steps of the checklist "${id}"`,
    includeMissing: (id) => `the checklist "${id}" is not available, so its steps are missing here`,
    helplines: 'Where to get help (by region)',
    includeCycle: (id) => `"${id}" includes itself again; its steps are shown once, above`,
    cond: {
      is: (subject, values) => `${subject} → ${values}`,
      not: (subject, values) => `${subject} → anything but ${values}`,
      answered: (subject) => `${subject} has been answered`,
      notAnswered: (subject) => `${subject} has not been answered`,
      region: (names) => `you live in ${names}`,
      confirmation: (party, ask, answers) => `${party} answered ${ask} → ${answers}`,
      quote: (text) => `"${text}"`,
      or: ' or ',
      anyJoin: ', or ',
      allJoin: ', and ',
      none: (list) => `none of these: ${list}`,
      notThis: (condition) => `not (${condition})`,
    },
  },
  ja: {
    legendTitle: '読み方',
    legend: [
      '□  チェックする欄 (いくつか並ぶときは当てはまるものに印)',
      '条件:  前の回答がこのとおりのときだけ行う手順・質問',
      '<相手> に確認:  この質問をそのまま相手にして、答え・相手の名前・日時・連絡手段・受付番号を書き留める',
      'あとで確認:  相手の言葉をうのみにせず、その時期に自分で確かめる',
    ],
    parties: '関係する相手',
    role: 'できること',
    contact: '連絡方法',
    why: 'なぜ',
    how: 'やり方',
    questions: '書き留めること',
    confirmations: '一つずつ確認すること',
    onlyIf: '条件:',
    required: '必須',
    listSep: '、',
    yes: 'はい',
    no: 'いいえ',
    unknown: 'わからない',
    confirmationRecord: ['相手の名前', '日時', '連絡手段', '受付番号'],
    ask: (party) => `${party} に確認:`,
    outcome: '結果',
    outcomes: ['完了', '省略 (理由)', '相手の対応待ち (いつまで)'],
    types: {
      yesno: 'はい/いいえ',
      text: '文字',
      choice: '一つ選ぶ',
      date: '日付',
      money: '金額',
      records: '一覧',
    },
    formats: {
      plain: '文字',
      multiline: '文字',
      phone: '電話番号',
      email: 'メールアドレス',
      url: 'ウェブのアドレス',
      'card-last4': 'カード番号の下4桁のみ',
      reference: '受付番号',
    },
    amountIn: (currency) => `金額・${currency}`,
    recordsOf: (item) => (item ? `${item}ごとに1件、必要なだけ` : '1件ずつ、必要なだけ'),
    forEachOf: (item) => `記録済みの${item ?? '項目'}ごとに、まだわからないことだけ`,
    oneLineOf: (item) => `${item ?? '項目'}をまとめて1行に (スペースか「,」で区切る)`,
    fields: '各項目',
    duration: (count, unit) => `${count}${UNITS_JA[unit]}`,
    followUp: (after, from) => (from ? `${from}から${after}後:` : `${after}後:`),
    followUpIfYes: '「はい」なら、あとで確認:',
    followUpTitle: 'あとで確認:',
    included: (id) => `チェックリスト「${id}」の手順`,
    includeMissing: (id) => `チェックリスト「${id}」が見つからないため、その手順はここにありません`,
    helplines: '相談窓口 (地域ごと)',
    includeCycle: (id) => `「${id}」は自分自身を再び含んでいます。手順は上に一度だけ示しています`,
    cond: {
      is: (subject, values) => `${subject} → ${values}`,
      not: (subject, values) => `${subject} → ${values}以外`,
      answered: (subject) => `${subject} に回答済み`,
      notAnswered: (subject) => `${subject} が未回答`,
      region: (names) => `お住まいが${names}`,
      confirmation: (party, ask, answers) => `${party} に ${ask} と確認した答え → ${answers}`,
      quote: (text) => `「${text}」`,
      or: ' または ',
      anyJoin: '、または ',
      allJoin: '、かつ ',
      none: (list) => `次のどれでもない: ${list}`,
      notThis: (condition) => `次ではない: ${condition}`,
    },
  },
};
