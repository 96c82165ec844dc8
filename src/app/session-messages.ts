// Everything the walk-through says, in English and Japanese. Written for someone who is
// frightened and maybe on the phone at the same time: short, plain, kind.
import type { Messages } from '../core/i18n.js';
import type { ParseProblem } from '../core/session/parse-answer.js';

export interface SessionTexts {
  started: (caseId: string, where: string) => string;
  resumed: (caseId: string, step: number, total: number, about: boolean) => string;
  /** `about`: later steps depend on answers not given yet. */
  progress: (position: number, total: number, about: boolean) => string;
  alreadyDone: (title: string) => string;
  added: (caseId: string, title: string) => string;
  why: string;
  howTo: string;
  /** A step's `helplines:`: the heading, and the line when none is of the person's region. */
  helplines: string;
  helplinesElsewhere: string;
  required: string;
  optionalHint: string;
  skipAnswer: string;
  yes: string;
  no: string;
  dontKnow: string;
  notAskedYet: string;
  addAnother: (item: string) => string;
  recordsFull: (max: number) => string;
  recordNumber: (item: string, n: number) => string;
  itemDefault: string;
  askParty: (party: string) => string;
  reach: (party: string) => string;
  confirmWho: string;
  confirmWhoHint: string;
  confirmChannel: string;
  confirmReference: string;
  confirmAt: string;
  confirmAtHint: string;
  /** The forms a date question takes, shown after it. */
  dateHint: string;
  /** Under a phone question: a number as people write one where the person lives, or the form in words. */
  phoneHint: (example: string | undefined) => string;
  /** The date hint of a date still to come (a deadline, when to check again). */
  dueHint: string;
  /** The date hint of a question that counts from an earlier date (the letter's). */
  dateSpanHint: (from: string) => string;
  openConfirmationNote: string;
  outcomeQuestion: string;
  outcomeDone: string;
  outcomeSkipped: string;
  outcomeWaiting: string;
  outcomeLater: string;
  outcomeNote: string;
  outcomeBack: string;
  skippedWhy: string;
  waitingUntil: string;
  noteText: string;
  noteSaved: string;
  followUpSet: (due: string, check: string) => string;
  /** How to be reminded of the follow-ups: respond itself reminds nobody. */
  remindHow: (cmd: string) => string;
  finishedTitle: string;
  /** The end of a walk with things still to confirm or check: said before the count. */
  finishedWithOpen: (openCount: number) => string;
  summaryDone: (done: number, total: number) => string;
  summaryOpen: string;
  summaryFollowUps: string;
  summaryNothingOpen: string;
  /** `cmd`: how the person types respond (`respond` or `npx respond`). */
  summaryReport: (caseId: string, cmd: string) => string;
  problems: Record<ParseProblem | 'required', string>;
}

export const sessionMessages: Messages<SessionTexts> = {
  en: {
    started: (id, where) => `Case ${id} started. Every answer is saved the moment you give it (in ${where}).`,
    resumed: (id, step, total, about) =>
      `Continuing case ${id} at step ${step} of ${about ? 'about ' : ''}${total}.`,
    progress: (position, total, about) => `Step ${position} of ${about ? 'about ' : ''}${total}`,
    alreadyDone: (title) => `✔ Already done in this case: ${title}`,
    added: (id, title) => `Added to case ${id}: ${title}. Its steps come after the ones of this case.`,
    why: 'Why',
    howTo: 'What to do',
    helplines: 'Where to get help where you live',
    helplinesElsewhere:
      "Your local police's non-emergency number, and your country's consumer or fraud reporting service.",
    required: 'needed',
    optionalHint: 'Enter to leave it for now',
    skipAnswer: 'Leave it for now',
    yes: 'Yes',
    no: 'No',
    dontKnow: "Don't know",
    notAskedYet: 'Not asked yet',
    addAnother: (item) => `Add another ${item}?`,
    recordsFull: (max) =>
      `That is ${max} entries, as many as one question keeps. Add anything more as a note.`,
    recordNumber: (item, n) => `${item} ${n}`,
    itemDefault: 'entry',
    askParty: (party) => `Ask ${party}:`,
    reach: (party) => `How to reach ${party}:`,
    confirmWho: 'Who answered?',
    confirmWhoHint: 'name or staff ID, as they told you',
    confirmChannel: 'How?',
    confirmReference: 'Reference or case number, if they gave one',
    confirmAt: 'When? (Enter for now, or e.g. 14:05, yesterday 3pm, 11/29/2026 7:30am)',
    confirmAtHint: 'now',
    dateHint: "e.g. 11/29/2026 7:30am, or 'yesterday'",
    phoneHint: (example) =>
      example === undefined
        ? 'digits, with spaces or dashes; a number abroad starts with + and its country code'
        : `e.g. ${example}`,
    dueHint: "e.g. 12/15/2026, 'in 14 days' or '2 weeks'",
    dateSpanHint: (from) => `a date, or a span from ${from}: e.g. '14 days', 'within 2 weeks'`,
    openConfirmationNote: 'Kept open: ask again, and record the answer when you have it.',
    outcomeQuestion: 'How did this step go?',
    outcomeDone: 'Done',
    outcomeSkipped: 'Skip it (say why)',
    outcomeWaiting: 'Waiting on someone (set a date to check)',
    outcomeLater: 'Come back to it later (stop here for now)',
    outcomeNote: 'Add a note first',
    outcomeBack: 'Go back one step',
    skippedWhy: 'Why skip it?',
    waitingUntil: 'Check again on (e.g. 12/5/2026 or Dec 5)',
    noteText: 'Your note',
    noteSaved: 'Note saved.',
    followUpSet: (due, check) => `Reminder set for ${due}: ${check}`,
    remindHow: (cmd) =>
      `  To be reminded: \`${cmd} due\` lists what is due that day (in a login file or cron), or \`${cmd} calendar -o followups.ics\` puts them in your calendar.`,
    finishedTitle: 'You have gone through every step.',
    finishedWithOpen: (n) =>
      n === 0
        ? 'You have gone through every step. Some things still need checking later:'
        : `You have gone through every step, but ${n === 1 ? '1 answer is' : `${n} answers are`} still not confirmed:`,
    summaryDone: (done, total) => `${done} of ${total} steps finished.`,
    summaryOpen: 'Still open (not yet confirmed):',
    summaryFollowUps: 'Follow-ups:',
    summaryNothingOpen: 'Nothing is left open.',
    summaryReport: (id, cmd) =>
      `The report (card company, police, or all): ${cmd} report ${id} · every entry with its time: ${cmd} log ${id}`,
    problems: {
      required: 'This one is needed to go on.',
      date: "That is not a date I can read. Write it like 11/29/2026, Nov 29 or 2026-11-29 (a time may follow, e.g. 7:30am), or say 'yesterday'.",
      'date-future': 'That date is in the future; please check it.',
      'time-gap': 'That time did not exist on that day (the clocks changed); please check it.',
      'time-future': 'That time has not come yet; please give when they answered.',
      money: 'Please write an amount, e.g. 1980 or 12.50.',
      currency: 'Please add the currency, e.g. 1980 JPY or 12.50 USD.',
      last4: 'Only the last 4 digits of the card, please.',
      email: 'That does not look like an email address.',
      phone: 'That does not look like a phone number.',
      url: 'That does not look like a web address.',
      yesno: 'Please answer yes or no.',
      choice: 'Please pick one of the choices.',
    },
  },
  ja: {
    started: (id, where) => `ケース ${id} を始めました。答えは入力したその時点で保存されます (${where})。`,
    resumed: (id, step, total, about) =>
      `ケース ${id} の続き: 全${about ? ' 約' : ''} ${total} 手順のうち ${step} 番目から。`,
    progress: (position, total, about) => `手順 ${position} / ${about ? '約 ' : ''}${total}`,
    alreadyDone: (title) => `✔ このケースですでに済んでいます: ${title}`,
    added: (id, title) => `ケース ${id} に追加しました: ${title}。このケースの手順のあとに続きます。`,
    why: 'なぜ',
    howTo: 'やること',
    helplines: 'お住まいの地域の相談窓口',
    helplinesElsewhere: 'お住まいの地域の警察の相談窓口と、国の消費者・詐欺の相談窓口。',
    required: '必須',
    optionalHint: 'Enter で後回し',
    skipAnswer: '後で答える',
    yes: 'はい',
    no: 'いいえ',
    dontKnow: 'わからない',
    notAskedYet: 'まだ聞いていない',
    addAnother: (item) => `${item}をもう1件追加しますか?`,
    recordsFull: (max) =>
      `${max} 件になりました。1つの質問に記録できるのはここまでです。ほかはメモとして追加してください。`,
    recordNumber: (item, n) => `${item} ${n}`,
    itemDefault: '項目',
    askParty: (party) => `${party}に確認:`,
    reach: (party) => `${party}への連絡方法:`,
    confirmWho: '誰が答えましたか?',
    confirmWhoHint: '相手が名乗った名前または担当者番号',
    confirmChannel: '連絡方法は?',
    confirmReference: '受付番号・問い合わせ番号 (もらった場合)',
    confirmAt: 'いつ? (Enter で今。例: 14時5分、昨日 午後3時、2026年11月29日 9時15分)',
    confirmAtHint: '今',
    dateHint: '例: 2026年11月29日 9時15分、「昨日」',
    phoneHint: (example) =>
      example === undefined
        ? '数字で。空白やハイフンも使えます。海外の番号は + と国番号から'
        : `例: ${example}`,
    dueHint: '例: 2026年12月15日、「14日後」「2週間後」',
    dateSpanHint: (from) => `日付、または ${from} からの期間: 例「14日以内」「2週間」`,
    openConfirmationNote: '未確認のまま残します。もう一度聞いて、答えがわかったら記録してください。',
    outcomeQuestion: 'この手順はどうなりましたか?',
    outcomeDone: '済んだ',
    outcomeSkipped: '飛ばす (理由を書く)',
    outcomeWaiting: '相手の対応待ち (確認する日を決める)',
    outcomeLater: '後でやる (ここでいったん止める)',
    outcomeNote: '先にメモを残す',
    outcomeBack: '一つ前の手順に戻る',
    skippedWhy: '飛ばす理由は?',
    waitingUntil: 'もう一度確認する日 (例: 2026年12月5日、12月5日)',
    noteText: 'メモ',
    noteSaved: 'メモを保存しました。',
    followUpSet: (due, check) => `${due} に確認: ${check}`,
    remindHow: (cmd) =>
      `  忘れないために: \`${cmd} due\` でその日に確認することを表示できます (ログイン時や cron に)。\`${cmd} calendar -o followups.ics\` でカレンダーにも入れられます。`,
    finishedTitle: 'すべての手順を終えました。',
    finishedWithOpen: (n) =>
      n === 0
        ? 'すべての手順を終えました。あとで確かめることが残っています:'
        : `すべての手順を終えましたが、まだ確認できていない答えが ${n} 件あります:`,
    summaryDone: (done, total) => `全 ${total} 手順のうち ${done} 手順が済みました。`,
    summaryOpen: 'まだ確認できていないこと:',
    summaryFollowUps: '後で確認すること:',
    summaryNothingOpen: '未確認のことは残っていません。',
    summaryReport: (id, cmd) =>
      `報告書 (カード会社用・警察用・全体): ${cmd} report ${id} · 時刻つきの記録全体: ${cmd} log ${id}`,
    problems: {
      required: 'これは先に進むために必要です。',
      date: '日付として読み取れませんでした。2026年11月29日、11/29、「昨日」のように書いてください (時刻も書けます: 9時15分)。',
      'date-future': '未来の日付になっています。確かめてください。',
      'time-gap': 'その日にはその時刻がありません (時計の切り替え)。確かめてください。',
      'time-future': 'まだ来ていない時刻です。相手が答えた時刻を入力してください。',
      money: '金額を書いてください (例: 1980 または 12.50)。',
      currency: '通貨も書いてください (例: 1980 JPY、12.50 USD)。',
      last4: 'カード番号の下4桁だけを書いてください。',
      email: 'メールアドレスの形になっていません。',
      phone: '電話番号の形になっていません。',
      url: 'Webアドレスの形になっていません。',
      yesno: '「はい」か「いいえ」で答えてください。',
      choice: '選択肢から一つ選んでください。',
    },
  },
};
