// What the guide says about facts, records, conversations and typed answers, in English
// and Japanese: the words of "say it once" (issue 9). Short and plain, for someone who may be
// on the phone while reading.
import type { Messages } from '../core/i18n.js';

export interface GuideTexts {
  /** "✔ Shop: さくらモール" — a fact told earlier in the case, shown instead of asked. */
  known: (label: string, value: string) => string;
  listSummary: (count: number, sample: string) => string;
  oneLineHint: string;
  savedRecords: (item: string, count: number) => string;
  continueRecord: (item: string, n: number) => string;
  eachRecord: (item: string, n: number, total: number, known: string) => string;
  noneYet: (item: string) => string;
  batchMost: (question: string, item: string, total: number) => string;
  batchExcept: (item: string, answer: string) => string;
  outcomeCorrect: string;
  correctWhich: string;
  corrected: string;
  sameConversation: (who: string) => string;
  otherConversation: string;
  asked: (question: string, answer: string) => string;
  willLookIntoIt: string;
  theyAnswered: string;
  typeTheirAnswer: string;
  pickTheirAnswer: string;
  recheck: (ask: string) => string;
  goodNews: string;
  nameNotGiven: string;
  alreadyConfirmed: (ask: string, by: string) => string;
  doneByItself: (title: string) => string;
}

export const guideMessages: Messages<GuideTexts> = {
  en: {
    known: (label, value) => `✔ ${label}: ${value}`,
    listSummary: (count, sample) => `${count} (${sample})`,
    oneLineHint: 'all at once, separated by spaces or commas; Enter if you do not know them yet',
    savedRecords: (item, count) => `Saved so far: ${count} × ${item}`,
    continueRecord: (item, n) => `— ${item} ${n} (continuing where you stopped)`,
    eachRecord: (item, n, total, known) => `— ${item} ${n} of ${total}${known === '' ? '' : `: ${known}`}`,
    noneYet: (item) => `No ${item} is recorded yet: add them here.`,
    batchMost: (question, item, total) => `${question} — the answer for most of the ${total} ${item}s:`,
    batchExcept: (item, answer) =>
      `Tick each ${item} for which "${answer}" is not right (you answer those one by one). Enter if none.`,
    outcomeCorrect: 'Correct an answer',
    correctWhich: 'Which answer is wrong?',
    corrected: 'Corrected. The record keeps both, with their times.',
    sameConversation: (who) => `Same conversation (${who})`,
    otherConversation: 'Answered in another conversation…',
    asked: (question, answer) => `  “${question}” → ${answer}`,
    willLookIntoIt: "Don't know / they will look into it",
    theyAnswered: 'They told me',
    typeTheirAnswer: 'What did they say?',
    pickTheirAnswer: 'What did they say?',
    recheck: (ask) => `Still not answered: ask again. “${ask}”`,
    goodNews: 'good news',
    nameNotGiven: 'name not given',
    alreadyConfirmed: (ask, by) => `✔ Already confirmed: “${ask}”${by === '' ? '' : ` (${by})`}`,
    doneByItself: (title) => `✔ Done: ${title}`,
  },
  ja: {
    known: (label, value) => `✔ ${label}: ${value}`,
    listSummary: (count, sample) => `${count} 件 (${sample})`,
    oneLineHint: 'まとめて入力。スペースか「,」で区切ります。まだわからなければ Enter',
    savedRecords: (item, count) => `ここまで保存済み: ${item} ${count} 件`,
    continueRecord: (item, n) => `— ${item} ${n} (中断したところから続けます)`,
    eachRecord: (item, n, total, known) => `— ${item} ${n} / ${total}${known === '' ? '' : `: ${known}`}`,
    noneYet: (item) => `${item}はまだ記録されていません。ここで追加してください。`,
    batchMost: (question, item, total) =>
      `${question} — ${total} 件の${item}のうち、ほとんどに当てはまる答え:`,
    batchExcept: (item, answer) =>
      `「${answer}」が当てはまらない${item}に印をつけてください(一件ずつ答えます)。なければ Enter。`,
    outcomeCorrect: '答えを直す',
    correctWhich: 'どの答えが違っていますか?',
    corrected: '直しました。記録には前の答えも日時つきで残ります。',
    sameConversation: (who) => `同じやり取りで (${who})`,
    otherConversation: '別のやり取りで答えをもらった…',
    asked: (question, answer) => `  「${question}」→ ${answer}`,
    willLookIntoIt: 'わからない・調べると言われた',
    theyAnswered: '答えをもらった',
    typeTheirAnswer: '相手の答えは?',
    pickTheirAnswer: '相手の答えは?',
    recheck: (ask) => `まだ答えをもらっていません。もう一度尋ねます:「${ask}」`,
    goodNews: '良い知らせ',
    nameNotGiven: '名前なし',
    alreadyConfirmed: (ask, by) => `✔ 確認済み:「${ask}」${by === '' ? '' : ` (${by})`}`,
    doneByItself: (title) => `✔ 完了: ${title}`,
  },
};
