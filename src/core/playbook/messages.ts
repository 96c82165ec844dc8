// What the validator says, in English and Japanese. The reader may be frightened and no
// programmer: say what is wrong and how to fix it, in plain words, one problem per line.
import type { Messages } from '../i18n.js';

type ValueKind = 'text' | 'number' | 'boolean' | 'nothing' | 'list' | 'map';
export type IdKind = 'step' | 'question' | 'confirmation' | 'option' | 'party' | 'field';
export type Subject = 'step' | 'question' | 'confirmation';

export interface ValidationTexts {
  kind: Record<ValueKind, string>;
  idKind: Record<IdKind, string>;
  subject: Record<Subject, string>;
  didYouMean: (word: string) => string;
  // The file as a whole.
  tooBig: (limit: string) => string;
  notUtf8: string;
  notText: string;
  empty: string;
  tooDeep: (max: number) => string;
  tooManyEntries: (max: number) => string;
  tab: string;
  multipleDocs: string;
  anchor: string;
  alias: string;
  notAMap: (found: string) => string;
  // YAML syntax, by the yaml library's error code.
  duplicateKey: (key: string) => string;
  badIndent: string;
  unclosed: string;
  tag: (tag: string) => string;
  keyTooLong: string;
  syntax: (detail: string) => string;
  // The shape of the playbook.
  unknownKey: (key: string, allowed: readonly string[], suggestion: string | undefined) => string;
  missingKey: (key: string) => string;
  wrongType: (expected: string, found: string) => string;
  emptyText: string;
  textType: (found: string) => string;
  langKey: (key: string) => string;
  slug: (value: string) => string;
  tooLong: (max: number) => string;
  duration: (value: string) => string;
  ref: (value: string) => string;
  currency: (value: string) => string;
  version: (value: string) => string;
  emptySteps: string;
  tooFew: (min: number) => string;
  questionType: (value: string, allowed: readonly string[], suggestion: string | undefined) => string;
  oneOf: (value: string, allowed: readonly string[], suggestion: string | undefined) => string;
  situation: (value: string, allowed: readonly string[], suggestion: string | undefined) => string;
  action: (value: string, allowed: readonly string[], suggestion: string | undefined) => string;
  helpline: (value: string, allowed: readonly string[], suggestion: string | undefined) => string;
  condition: string;
  step: string;
  invalid: string;
  // Rules across fields.
  duplicateId: (kind: string, id: string, line: number | undefined) => string;
  unknownStep: (id: string, suggestion: string | undefined) => string;
  includeHasNoAnswers: (id: string) => string;
  unknownAnswer: (step: string, id: string, suggestion: string | undefined) => string;
  unknownConfirmation: (step: string, id: string, suggestion: string | undefined) => string;
  laterStep: (step: string, subject: string) => string;
  selfRef: (subject: string) => string;
  laterQuestion: (ref: string, subject: string) => string;
  unknownOption: (
    value: string,
    ref: string,
    options: readonly string[],
    suggestion: string | undefined,
  ) => string;
  notBoolean: (value: string, ref: string) => string;
  notNumber: (value: string, ref: string) => string;
  notString: (value: string, ref: string) => string;
  notDate: (value: string, ref: string) => string;
  recordsCompare: (ref: string) => string;
  unknownParty: (id: string, suggestion: string | undefined) => string;
  noParties: (id: string) => string;
  fromNotDate: (ref: string) => string;
  fromLater: (ref: string) => string;
  unknownInclude: (id: string, via: string, suggestion: string | undefined) => string;
  includeCycle: (chain: string) => string;
  // Facts, for-each and typed confirmations.
  fact: (value: string) => string;
  unknownFact: (name: string, suggestion: string | undefined) => string;
  factType: (name: string, wanted: string, given: string) => string;
  forEachNotList: (name: string, given: string) => string;
  oneLineFields: string;
  fieldOutsideRecord: string;
  unknownField: (id: string, fields: readonly string[], suggestion: string | undefined) => string;
  selfField: string;
  expectNotYesno: (answer: string) => string;
  optionsNotChoice: (answer: string) => string;
  choiceWithoutOptions: string;
  countLater: (ref: string) => string;
  countsFromLater: (ref: string) => string;
  batchWithoutForEach: string;
  batchNotChoice: (type: string) => string;
  countsFromNotDate: (type: string) => string;
  factInRecord: string;
  // Reading the file.
  cannotRead: string;
  notAFile: string;
  notFound: string;
  moreProblems: (count: number) => string;
  tooMany: (shown: number) => string;
  sameId: (id: string, other: string) => string;
  noPlaybook: (id: string, suggestion: string | undefined) => string;
  invalidPlaybook: (ref: string) => string;
}

const quote = (s: string) => `"${s}"`;
const list = (items: readonly string[]) => items.join(', ');
const enMaybe = (s: string | undefined) => (s === undefined ? '' : ` Did you mean "${s}"?`);
const jaMaybe = (s: string | undefined) => (s === undefined ? '' : `「${s}」の間違いではありませんか?`);

const en: ValidationTexts = {
  kind: {
    text: 'text',
    number: 'a number',
    boolean: 'true/false',
    nothing: 'nothing',
    list: 'a list',
    map: 'a group of "name: value" lines',
  },
  idKind: {
    step: 'step',
    question: 'question',
    confirmation: 'confirmation',
    option: 'option',
    party: 'party',
    field: 'field',
  },
  subject: { step: 'this step', question: 'this question', confirmation: 'this confirmation' },
  didYouMean: (w) => `Did you mean "${w}"?`,
  tooBig: (limit) =>
    `This file is larger than ${limit}. A playbook is a short text file: is this the right file?`,
  notUtf8: 'This file is not UTF-8 text (the first bad byte is here). Save it as UTF-8 in your editor.',
  notText: 'This file contains a NUL byte, so it is not a text file. A playbook is a YAML text file.',
  empty: 'This file is empty. A playbook needs at least an id, a title and a list of steps.',
  tooDeep: (max) => `This is nested too deeply (more than ${max} levels). A playbook never needs this many.`,
  tooManyEntries: (max) =>
    `This file holds more than ${max.toLocaleString('en')} entries (lines, keys or list items) and was not read further. A playbook needs a few hundred: is this the right file?`,
  tab: 'This line is indented with a tab. YAML allows only spaces for indentation: replace the tab with spaces.',
  multipleDocs:
    'A second document starts here ("---"). A playbook file holds exactly one playbook: remove it or move it to its own file.',
  anchor: 'Anchors ("&name") are not allowed in a playbook: write the text out in full.',
  alias: 'Aliases ("*name") are not allowed in a playbook: write the text out in full.',
  notAMap: (found) =>
    `A playbook starts with "id:", "title:" and "steps:" lines, but this file holds ${found}.`,
  duplicateKey: (key) => `${quote(key)} appears twice in the same place. Keep only one of them.`,
  badIndent:
    'The indentation does not line up here. Lines of the same list or group must start in the same column.',
  unclosed: 'Something opened here is never closed: check for a missing quote or bracket.',
  tag: (tag) => `The tag ${quote(tag)} is not supported. Remove it.`,
  keyTooLong: 'This name is too long: a name before ":" may have at most 1024 characters.',
  syntax: (detail) => `This is not valid YAML (${detail}).`,
  unknownKey: (key, allowed, s) =>
    `${quote(key)} is not a known field here.${enMaybe(s)} Allowed here: ${list(allowed)}.`,
  missingKey: (key) => `${quote(key)} is missing here; add a line "${key}: ...".`,
  wrongType: (expected, found) => `This should be ${expected}, but it is ${found}.`,
  emptyText: 'This text is empty. Write something, or remove the line.',
  textType: (found) =>
    `This should be text, or one text per language such as "en: ..." and "ja: ...", but it is ${found}.`,
  langKey: (key) => `${quote(key)} is not a language code. Use a code such as "en" or "ja".`,
  slug: (value) =>
    `${quote(value)} is not a valid id: use only lowercase letters a-z, digits and single dashes, e.g. "check-orders".`,
  tooLong: (max) => `This id is too long: at most ${max} characters.`,
  duration: (value) =>
    `${quote(value)} is not a length of time. Write a number and h, d or w, e.g. "12h", "1d", "60d", "2w".`,
  ref: (value) =>
    `${quote(value)} does not name an answer. Write "step-id.question-id", e.g. "check-orders.shipped".`,
  currency: (value) =>
    `${quote(value)} is not a currency code. Use three capital letters, e.g. JPY, USD, EUR.`,
  version: (value) => `This playbook says version ${value}, but only version 1 is supported.`,
  emptySteps: 'The list of steps is empty. A playbook needs at least one step.',
  tooFew: (min) => `This list needs at least ${min} ${min === 1 ? 'item' : 'items'}.`,
  questionType: (value, allowed, s) =>
    `${quote(value)} is not a kind of question.${enMaybe(s)} Use one of: ${list(allowed)}.`,
  oneOf: (value, allowed, s) =>
    `${quote(value)} is not allowed here.${enMaybe(s)} Use one of: ${list(allowed)}.`,
  situation: (value, allowed, s) =>
    `${quote(value)} is not one of the situations the first question ("What happened?") offers.${enMaybe(s)} Use one of: ${list(allowed)}.`,
  action: (value, allowed, s) =>
    `${quote(value)} is not a known protective action.${enMaybe(s)} Use one of: ${list(allowed)}, or leave "action" out.`,
  helpline: (value, allowed, s) =>
    `${quote(value)} is not an entry of the helpline directory (respond helplines --region all).${enMaybe(s)} Use one of: ${list(allowed)}.`,
  condition:
    'This condition is not understood. Write one of: "answer" with "is", "not" or "answered"; "confirmation" with "is"; or "all", "any", "none" with a list of conditions.',
  step: 'A step needs "id" and "title" (or "id" and "include" to run another playbook here).',
  invalid: 'This value is not valid here.',
  duplicateId: (kind, id, line) =>
    `The ${kind} id ${quote(id)} is used twice${line === undefined ? '' : ` (first on line ${line})`}. Each ${kind} needs its own id.`,
  unknownStep: (id, s) => `There is no step ${quote(id)} in this playbook.${enMaybe(s)}`,
  includeHasNoAnswers: (id) =>
    `Step ${quote(id)} runs another playbook; its answers cannot be named from here.`,
  unknownAnswer: (step, id, s) => `Step ${quote(step)} has no question ${quote(id)}.${enMaybe(s)}`,
  unknownConfirmation: (step, id, s) => `Step ${quote(step)} has no confirmation ${quote(id)}.${enMaybe(s)}`,
  laterStep: (step, subject) =>
    `Step ${quote(step)} comes later, so its answer is never known yet here: ${subject} could never be shown. A condition may only look at earlier steps.`,
  selfRef: (subject) =>
    `This condition looks at ${subject} itself, whose answer is not known yet when it is decided: ${subject} could never be shown.`,
  laterQuestion: (ref, subject) =>
    `${quote(ref)} is asked after ${subject}, so its answer is never known yet here: ${subject} could never be shown.`,
  unknownOption: (value, ref, options, s) =>
    `${quote(value)} is not one of the options of ${quote(ref)} (${list(options)}), so this can never match.${enMaybe(s)}`,
  notBoolean: (value, ref) =>
    `${quote(ref)} is a yes/no question: its answer is yes or no, never ${quote(value)}. Write true or false (or yes or no).`,
  notNumber: (value, ref) =>
    `${quote(ref)} asks for an amount, so it can never equal ${quote(value)}. Write a number.`,
  notString: (value, ref) =>
    `${quote(ref)} asks for text, so it can never equal ${value}. Put the text in quotes.`,
  notDate: (value, ref) =>
    `${quote(ref)} asks for a date, so it can never equal ${quote(value)}. Write a date as YYYY-MM-DD.`,
  recordsCompare: (ref) =>
    `${quote(ref)} is a list of records: compare it with a number of records, or use "answered: true" or "answered: false".`,
  unknownParty: (id, s) => `There is no party ${quote(id)} in this playbook's "parties".${enMaybe(s)}`,
  noParties: (id) =>
    `This asks party ${quote(id)}, but the playbook has no "parties" list. Add one with a party whose id is ${quote(id)}.`,
  fromNotDate: (ref) => `A follow-up counts from a date, but ${quote(ref)} is not a date question.`,
  fromLater: (ref) => `${quote(ref)} is asked later, so there is no date to count from yet.`,
  unknownInclude: (id, via, s) => `${via}there is no playbook called ${quote(id)} to include.${enMaybe(s)}`,
  includeCycle: (chain) =>
    `These playbooks include each other in a circle (${chain}), so they would never end. Remove one of the includes.`,
  fact: (value) =>
    `${quote(value)} is not a fact name. Write a name from the list of facts, e.g. "shop.name", "card.last4" or "orders".`,
  unknownFact: (name, s) =>
    `There is no fact called ${quote(name)}.${enMaybe(s)} The facts are listed in docs/playbook-format.md.`,
  factType: (name, wanted, given) =>
    `The fact ${quote(name)} is ${wanted}, but this question is ${given}. Ask it as ${wanted}, or name another fact.`,
  forEachNotList: (name, given) =>
    `for-each goes through a list, but ${quote(name)} is ${given}. Use a list fact such as "orders" or "charges".`,
  oneLineFields:
    'entry: one-line types every record on one line, so the records question must have exactly one text field.',
  fieldOutsideRecord:
    'A "field:" condition compares another field of the same record, so it can only be used in the fields of a records question.',
  unknownField: (id, fields, s) =>
    `This record has no field ${quote(id)}.${enMaybe(s)} Its fields are: ${list(fields)}.`,
  selfField: 'A field cannot depend on itself. Name a field asked before it.',
  expectNotYesno: (answer) =>
    `expect says which of yes and no is good news, but this confirmation's answer is ${answer}. Remove expect, or make the answer yesno.`,
  optionsNotChoice: (answer) =>
    `options are the choices of answer: choice, but this confirmation's answer is ${answer}. Remove the options, or write "answer: choice".`,
  choiceWithoutOptions: 'answer: choice needs "options:", at least two choices the party can give.',
  countLater: (ref) => `${quote(ref)} is asked later, so the number of records to expect is not known yet.`,
  countsFromLater: (ref) =>
    `${quote(ref)} is asked later, so its date is not known when a span is counted from it.`,
  batchWithoutForEach:
    'batch asks one field for a whole list at once, so it needs "for-each:" (the list fact to go through).',
  batchNotChoice: (type) =>
    `batch asks "the answer for most of them", so the field must be yesno or choice, not ${type}.`,
  countsFromNotDate: (type) =>
    `counts-from names the date a span counts from, so it must name a date question and be used on a date, not on ${type}.`,
  factInRecord:
    'A field of a record cannot set a case fact. Put the fact on the records question (e.g. "fact: orders") or on a question of its own.',
  cannotRead: 'This file cannot be read (check that it exists and that you may read it).',
  notAFile: 'This is a folder or a device, not a playbook file.',
  notFound: 'There is no file here.',
  moreProblems: (count) =>
    ` (and ${count} more ${count === 1 ? 'problem' : 'problems'}: run "respond validate" on it)`,
  tooMany: (shown) => `Only the first ${shown} problems are shown: fix these, then check again.`,
  sameId: (id, other) =>
    `This playbook has the id ${quote(id)}, like ${other}, so it is ignored. Give it another id.`,
  noPlaybook: (id, s) => `There is no playbook called ${quote(id)}.${enMaybe(s)}`.trimEnd(),
  invalidPlaybook: (ref) => `${ref} cannot be used until these problems are fixed:`,
};

const ja: ValidationTexts = {
  kind: {
    text: '文字列',
    number: '数値',
    boolean: 'true/false',
    nothing: '空',
    list: 'リスト',
    map: '「名前: 値」の行のまとまり',
  },
  idKind: {
    step: 'ステップ',
    question: '質問',
    confirmation: '確認事項',
    option: '選択肢',
    party: '相手先',
    field: '項目',
  },
  subject: { step: 'このステップ', question: 'この質問', confirmation: 'この確認事項' },
  didYouMean: (w) => `「${w}」の間違いではありませんか?`,
  tooBig: (limit) =>
    `このファイルは ${limit} を超えています。チェックリストは短いテキストファイルです。ファイルを間違えていませんか?`,
  notUtf8:
    'このファイルは UTF-8 のテキストではありません (最初のおかしなバイトがここにあります)。エディタで UTF-8 として保存してください。',
  notText:
    'このファイルには NUL バイトが含まれているため、テキストファイルではありません。チェックリストは YAML のテキストファイルです。',
  empty:
    'このファイルは空です。チェックリストには少なくとも id、title、steps (ステップのリスト) が必要です。',
  tooDeep: (max) =>
    `入れ子が深すぎます (${max} 段を超えています)。チェックリストでこれほど深くなることはありません。`,
  tooManyEntries: (max) =>
    `このファイルには ${max.toLocaleString('en')} を超える項目 (行・キー・リストの要素) があるため、ここから先は読んでいません。チェックリストに必要な項目は数百ほどです。ファイルを間違えていませんか?`,
  tab: 'この行はタブで字下げされています。YAML の字下げにはスペースしか使えません。タブをスペースに置き換えてください。',
  multipleDocs:
    'ここから 2 つ目の文書 ("---") が始まっています。1 つのファイルにはチェックリストを 1 つだけ書いてください。',
  anchor: 'アンカー ("&名前") はチェックリストでは使えません。文章をそのまま書いてください。',
  alias: 'エイリアス ("*名前") はチェックリストでは使えません。文章をそのまま書いてください。',
  notAMap: (found) =>
    `チェックリストは「id:」「title:」「steps:」の行で始まりますが、このファイルの中身は${found}です。`,
  duplicateKey: (key) => `「${key}」が同じ場所に 2 回書かれています。1 つだけにしてください。`,
  badIndent: 'ここで字下げがそろっていません。同じリストやまとまりの行は同じ桁から始めてください。',
  unclosed: 'ここで開いたものが閉じられていません。引用符やかっこが足りないか確認してください。',
  tag: (tag) => `タグ「${tag}」は使えません。削除してください。`,
  keyTooLong: '名前が長すぎます。「:」の前の名前は 1024 文字までです。',
  syntax: (detail) => `YAML として読めません (${detail})。`,
  unknownKey: (key, allowed, s) =>
    `「${key}」はここでは使えない項目です。${jaMaybe(s)}ここで使える項目: ${list(allowed)}。`,
  missingKey: (key) => `ここに「${key}」がありません。「${key}: ...」の行を追加してください。`,
  wrongType: (expected, found) => `ここは${expected}のはずですが、${found}になっています。`,
  emptyText: '文章が空です。何か書くか、この行を削除してください。',
  textType: (found) =>
    `ここは文章、または「en: ...」「ja: ...」のような言語ごとの文章のはずですが、${found}になっています。`,
  langKey: (key) => `「${key}」は言語コードではありません。「en」や「ja」のようなコードを使ってください。`,
  slug: (value) =>
    `「${value}」は id として使えません。小文字の a-z、数字、1 つずつのハイフンだけを使ってください (例: "check-orders")。`,
  tooLong: (max) => `id が長すぎます。${max} 文字までです。`,
  duration: (value) =>
    `「${value}」は期間として読めません。数字と h (時間)、d (日)、w (週) で書いてください (例: "12h"、"1d"、"60d"、"2w")。`,
  ref: (value) =>
    `「${value}」は回答を指していません。「ステップid.質問id」の形で書いてください (例: "check-orders.shipped")。`,
  currency: (value) =>
    `「${value}」は通貨コードではありません。JPY、USD、EUR のように大文字 3 文字で書いてください。`,
  version: (value) => `このチェックリストのバージョンは ${value} ですが、使えるのはバージョン 1 だけです。`,
  emptySteps: 'ステップのリストが空です。チェックリストには少なくとも 1 つのステップが必要です。',
  tooFew: (min) => `このリストには少なくとも ${min} 個の項目が必要です。`,
  questionType: (value, allowed, s) =>
    `「${value}」は質問の種類ではありません。${jaMaybe(s)}次のどれかを使ってください: ${list(allowed)}。`,
  oneOf: (value, allowed, s) =>
    `「${value}」はここでは使えません。${jaMaybe(s)}次のどれかを使ってください: ${list(allowed)}。`,
  situation: (value, allowed, s) =>
    `「${value}」は、最初の質問 (「何がありましたか?」) の選択肢にない状況です。${jaMaybe(s)}次のどれかを使ってください: ${list(allowed)}。`,
  action: (value, allowed, s) =>
    `「${value}」は、決められた被害を防ぐ行動の名前ではありません。${jaMaybe(s)}次のどれかを使うか、「action」の行を消してください: ${list(allowed)}。`,
  helpline: (value, allowed, s) =>
    `「${value}」は相談窓口の一覧 (respond helplines --region all) にありません。${jaMaybe(s)}次のどれかを使ってください: ${list(allowed)}。`,
  condition:
    'この条件は読み取れません。「answer」と「is」「not」「answered」のどれか、「confirmation」と「is」、または「all」「any」「none」と条件のリストで書いてください。',
  step: 'ステップには「id」と「title」(または別のチェックリストを実行する場合は「id」と「include」) が必要です。',
  invalid: 'この値はここでは使えません。',
  duplicateId: (kind, id, line) =>
    `${kind}の id「${id}」が 2 回使われています${line === undefined ? '' : ` (最初は ${line} 行目)`}。${kind}ごとに別の id にしてください。`,
  unknownStep: (id, s) => `このチェックリストにはステップ「${id}」がありません。${jaMaybe(s)}`,
  includeHasNoAnswers: (id) =>
    `ステップ「${id}」は別のチェックリストを実行するステップなので、その回答はここからは指定できません。`,
  unknownAnswer: (step, id, s) => `ステップ「${step}」には質問「${id}」がありません。${jaMaybe(s)}`,
  unknownConfirmation: (step, id, s) => `ステップ「${step}」には確認事項「${id}」がありません。${jaMaybe(s)}`,
  laterStep: (step, subject) =>
    `ステップ「${step}」はこの後にあるため、ここではまだ回答がありません。このままでは${subject}が表示されることはありません。条件で見られるのは前のステップだけです。`,
  selfRef: (subject) =>
    `この条件は${subject}自身を見ていますが、その回答は判断する時点ではまだありません。このままでは${subject}が表示されることはありません。`,
  laterQuestion: (ref, subject) =>
    `「${ref}」は${subject}より後に聞かれるため、ここではまだ回答がありません。このままでは${subject}が表示されることはありません。`,
  unknownOption: (value, ref, options, s) =>
    `「${value}」は「${ref}」の選択肢 (${list(options)}) にないため、この条件が一致することはありません。${jaMaybe(s)}`,
  notBoolean: (value, ref) =>
    `「${ref}」は「はい/いいえ」で答える質問なので、「${value}」という回答にはなりません。true か false (または yes か no) と書いてください。`,
  notNumber: (value, ref) =>
    `「${ref}」は金額の質問なので、「${value}」と一致することはありません。数値で書いてください。`,
  notString: (value, ref) =>
    `「${ref}」は文章の質問なので、${value} と一致することはありません。文章を引用符で囲んでください。`,
  notDate: (value, ref) =>
    `「${ref}」は日付の質問なので、「${value}」と一致することはありません。日付は YYYY-MM-DD で書いてください。`,
  recordsCompare: (ref) =>
    `「${ref}」は記録のリストです。記録の件数 (数値) と比べるか、「answered: true」か「answered: false」を使ってください。`,
  unknownParty: (id, s) => `このチェックリストの「parties」に相手先「${id}」がありません。${jaMaybe(s)}`,
  noParties: (id) =>
    `相手先「${id}」に確認することになっていますが、チェックリストに「parties」のリストがありません。id が「${id}」の相手先を追加してください。`,
  fromNotDate: (ref) => `確認の予定 (follow-up) は日付から数えますが、「${ref}」は日付の質問ではありません。`,
  fromLater: (ref) => `「${ref}」はこの後に聞かれるため、数え始める日付がまだありません。`,
  unknownInclude: (id, via, s) => `${via}取り込むチェックリスト「${id}」がありません。${jaMaybe(s)}`,
  includeCycle: (chain) =>
    `チェックリストが互いを輪のように取り込んでいる (${chain}) ため、終わりません。取り込みのどれかを外してください。`,
  fact: (value) =>
    `「${value}」は事実 (fact) の名前ではありません。「shop.name」「card.last4」「orders」のように、一覧にある名前を書いてください。`,
  unknownFact: (name, s) =>
    `「${name}」という事実 (fact) はありません。${jaMaybe(s)}一覧は docs/playbook-format.md にあります。`,
  factType: (name, wanted, given) =>
    `事実「${name}」は ${wanted} ですが、この質問は ${given} です。${wanted} として聞くか、別の事実を指定してください。`,
  forEachNotList: (name, given) =>
    `for-each はリストを 1 件ずつたどりますが、「${name}」は ${given} です。「orders」や「charges」のようなリストの事実を使ってください。`,
  oneLineFields:
    'entry: one-line は全件を 1 行で入力するので、records の質問の項目はテキスト 1 つだけにしてください。',
  fieldOutsideRecord:
    '「field:」の条件は同じ記録のほかの項目と比べるものなので、records の質問の項目 (fields) の中でだけ使えます。',
  unknownField: (id, fields, s) =>
    `この記録には「${id}」という項目がありません。${jaMaybe(s)}項目は次のとおりです: ${list(fields)}。`,
  selfField: '項目は自分自身を条件にできません。先に聞く項目を指定してください。',
  expectNotYesno: (answer) =>
    `expect は「はい」と「いいえ」のどちらが良い知らせかを示しますが、この確認の答えは ${answer} です。expect を外すか、answer を yesno にしてください。`,
  optionsNotChoice: (answer) =>
    `options は answer: choice の選択肢ですが、この確認の答えは ${answer} です。options を外すか、「answer: choice」と書いてください。`,
  choiceWithoutOptions: 'answer: choice には「options:」(相手が答えうる選択肢を 2 つ以上) が必要です。',
  countLater: (ref) => `「${ref}」はこの後に聞かれるため、記録が何件あるはずかはまだわかりません。`,
  countsFromLater: (ref) => `「${ref}」はこの後に聞かれるため、そこから数える日付はまだわかりません。`,
  batchWithoutForEach:
    'batch は一覧全体に一つの項目をまとめて尋ねるので、「for-each:」(たどる一覧の事実) が必要です。',
  batchNotChoice: (type) =>
    `batch は「ほとんどに当てはまる答え」を尋ねるため、項目は yesno か choice にしてください (${type} は使えません)。`,
  countsFromNotDate: (type) =>
    `counts-from は期間を数えはじめる日付を指すので、日付の質問を指定し、日付の答えに使います (${type} には使えません)。`,
  factInRecord:
    '記録の項目には事実 (fact) を指定できません。records の質問そのもの (例: 「fact: orders」) か、独立した質問に指定してください。',
  cannotRead: 'このファイルを読めません (ファイルがあるか、読む権限があるか確認してください)。',
  notAFile: 'これはフォルダなどで、チェックリストのファイルではありません。',
  notFound: 'ここにファイルがありません。',
  moreProblems: (count) => ` (ほかに ${count} 件の問題があります。"respond validate" で確認してください)`,
  tooMany: (shown) =>
    `最初の ${shown} 件の問題だけを表示しています。これらを直してから、もう一度確認してください。`,
  sameId: (id, other) =>
    `このチェックリストの id「${id}」は ${other} と同じなので、使われません。別の id にしてください。`,
  noPlaybook: (id, s) => `「${id}」というチェックリストはありません。${jaMaybe(s)}`,
  invalidPlaybook: (ref) => `${ref} は次の問題を直すまで使えません:`,
};

/** A value quoted back from the playbook may be a pasted novel; a line needs only its start. */
const MAX_QUOTED = 120;

function clipArg(arg: unknown): unknown {
  return typeof arg === 'string' && arg.length > MAX_QUOTED ? `${arg.slice(0, MAX_QUOTED - 1)}…` : arg;
}

function clipped(table: ValidationTexts): ValidationTexts {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) {
    out[key] =
      typeof value === 'function'
        ? (...args: unknown[]) => (value as (...a: unknown[]) => unknown)(...args.map(clipArg))
        : value;
  }
  return out as unknown as ValidationTexts;
}

export const validationTexts: Messages<ValidationTexts> = { en: clipped(en), ja: clipped(ja) };
