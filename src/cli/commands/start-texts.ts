// What `respond start` says, in both languages.
import type { Messages } from '../../core/i18n.js';

export interface Texts {
  usage: string;
  recorded: (id: string, file: string) => string;
  report: (id: string) => string;
  later: (id: string) => string;
  existing: (id: string, done: number, total: number) => string;
  continueIt: string;
  startNew: string;
  stdin: string;
  addTo: (id: string, playbooks: string, started: string) => string;
  addIt: string;
  nothing: string;
}

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
export const texts = (cmd: string): Messages<Texts> => ({
  en: {
    usage: `name a checklist to start, e.g. \`${cmd} start fraud-order\` (see \`${cmd} list\`)`,
    recorded: (id, file) => `Case ${id} recorded from ${file}.`,
    report: (id) =>
      `The report (card company, police, or all): ${cmd} report ${id} · every entry with its time: ${cmd} log ${id}`,
    later: (id) => `Saved. Continue with: ${cmd} resume ${id}`,
    existing: (id, done, total) =>
      `You already have an open case for this: ${id} (${done} of ${total} steps done). Continue it?`,
    continueIt: 'Continue that case',
    startNew: 'Start a new, separate case',
    stdin: 'standard input',
    addTo: (id, playbooks, started) =>
      `Add it to your open case ${id} (${playbooks}, started ${started})? One incident is best kept in one case.`,
    addIt: 'Yes, add it to that case',
    nothing: `Nothing was started. See every guide with: ${cmd} list · start one with: ${cmd} start <id>`,
  },
  ja: {
    usage: `始めるチェックリストを指定してください。例: \`${cmd} start fraud-order\` (\`${cmd} list\` で一覧)`,
    recorded: (id, file) => `ケース ${id} を ${file} から記録しました。`,
    report: (id) =>
      `報告書 (カード会社用・警察用・全体): ${cmd} report ${id} · 時刻つきの記録全体: ${cmd} log ${id}`,
    later: (id) => `保存しました。続きは: ${cmd} resume ${id}`,
    existing: (id, done, total) =>
      `同じチェックリストで進行中のケースがすでにあります: ${id} (全 ${total} 手順のうち ${done} 手順済み)。そのケースを続けますか?`,
    continueIt: 'そのケースを続ける',
    startNew: '別の新しいケースを始める',
    stdin: '標準入力',
    addTo: (id, playbooks, started) =>
      `進行中のケース ${id} (${playbooks}、${started} 開始) に追加しますか? 一つの出来事は一つのケースにまとめるのがおすすめです。`,
    addIt: 'はい、そのケースに追加する',
    nothing: `何も始めませんでした。チェックリストの一覧: ${cmd} list · 始めるには: ${cmd} start <id>`,
  },
});
