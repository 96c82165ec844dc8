// The front door: "What happened?", several answers at once, and the playbooks they pick, the
// most urgent first (situations.ts says why in that order). Which playbook answers what is
// the playbooks' own `for:`, so a person's own playbook joins in by naming a situation.
import { localize, type Lang, type Messages, type Text } from '../core/i18n.js';
import {
  matchSituations,
  situationLabel,
  SITUATIONS_SHOWN,
  type Situation,
  type TriageCandidate,
} from '../core/playbook/situations.js';
import type { Prompter } from './prompter.js';
import { TRIAGE_ID } from './answers-file.js';

export interface Candidate extends TriageCandidate {
  readonly title: Text;
}

export interface TriageResult {
  readonly situations: Situation[];
  readonly playbooks: string[];
}

interface Texts {
  what: string;
  which: (situation: string) => string;
  other: string;
  noneFits: string;
  bankFirst: string;
  plan: (titles: string) => string;
  commands: (lines: string, cmd: string) => string;
  seeList: (cmd: string) => string;
  bankCommand: (commands: string) => string;
}

const NONE = '__none__';

export const triageTexts: Messages<Texts> = {
  en: {
    what: 'What happened? (tick everything that applies)',
    which: (s) => `Several guides fit "${s}". Which one?`,
    other: 'Which of these comes closest?',
    noneFits: 'None of these',
    bankFirst:
      'Money left your bank account: call your bank now, on the number on your bank card or its official website, and ask it to stop or recall the transfer and to block the account. A transfer is often recalled only on the same day. Then report it to the police (the steps below).',
    plan: (titles) => `We will go through, in this order: ${titles}.`,
    commands: (lines, cmd) =>
      `${cmd} start asks "What happened?", but this is not a terminal. Start the guide that fits:\n${lines}\nOr answer in a file: ${cmd} start --answers answers.yaml (what-happened: [order-mails]).`,
    seeList: (cmd) => `${cmd} list (every guide), ${cmd} new <id> (write your own)`,
    bankCommand: (commands) => `call your bank now to stop or recall the transfer, then: ${commands}`,
  },
  ja: {
    what: '何がありましたか? (当てはまるものをすべて選んでください)',
    which: (s) => `「${s}」に合うチェックリストが複数あります。どれにしますか?`,
    other: 'いちばん近いものはどれですか?',
    noneFits: 'どれも当てはまらない',
    bankFirst:
      '銀行口座からお金が引き出された: いますぐ、キャッシュカードか銀行の公式サイトに載っている番号で銀行に電話し、振込の停止・組み戻しと口座の凍結を頼んでください。組み戻しは当日でないと間に合わないことがよくあります。そのあと警察に届け出ます (このあとの手順)。',
    plan: (titles) => `次の順に進めます: ${titles}。`,
    commands: (lines, cmd) =>
      `${cmd} start は「何がありましたか?」と尋ねますが、ここは端末ではありません。当てはまるチェックリストを始めてください:\n${lines}\nまたは回答をファイルで渡してください: ${cmd} start --answers answers.yaml (what-happened: [order-mails])。`,
    seeList: (cmd) => `${cmd} list (すべてのチェックリスト)、${cmd} new <id> (自分で書く)`,
    bankCommand: (commands) => `いますぐ銀行に電話して振込の停止・組み戻しを頼み、そのあと: ${commands}`,
  },
};

/** Asks what happened and which playbooks to run, in the order they will be run. */
export async function askTriage(
  prompter: Prompter,
  lang: Lang,
  candidates: readonly Candidate[],
): Promise<TriageResult> {
  const t = triageTexts[lang];
  const chooseMany = prompter.chooseMany?.bind(prompter);
  if (chooseMany === undefined) throw new TypeError('this prompter cannot ask several choices at once');
  const picked = await chooseMany({
    id: TRIAGE_ID,
    message: t.what,
    choices: SITUATIONS_SHOWN.map((s) => ({ value: s, label: situationLabel(s, lang) })),
    required: true,
  });
  prompter.settled?.(); // nothing is saved before the case exists: the case records it
  const title = (id: string) => localize(candidates.find((c) => c.id === id)?.title, lang) || id;
  const playbooks: string[] = [];
  const matched = matchSituations(picked, candidates);
  for (const { situation, playbooks: fit } of matched) {
    if (situation === 'bank-money') prompter.say(t.bankFirst);
    let chosen: string | undefined = fit[0];
    if (fit.length > 1 || (fit.length === 0 && situation === 'other' && matched.length === 1)) {
      const offered = fit.length > 0 ? fit : candidates.map((c) => c.id);
      const answer = await prompter.choose({
        id: `${TRIAGE_ID}:${situation}`,
        message: fit.length > 0 ? t.which(situationLabel(situation, lang)) : t.other,
        choices: [
          ...offered.map((id) => ({ value: id, label: title(id) })),
          ...(fit.length === 0 ? [{ value: NONE, label: t.noneFits }] : []),
        ],
        default: offered[0],
      });
      prompter.settled?.();
      chosen = answer === NONE ? undefined : answer;
    }
    if (chosen !== undefined && !playbooks.includes(chosen)) playbooks.push(chosen);
  }
  return { situations: matched.map((m) => m.situation), playbooks };
}

/** Without a terminal: each choice with the command that starts what it would pick. */
export function triageCommands(lang: Lang, candidates: readonly Candidate[], cmd = 'respond'): string {
  const t = triageTexts[lang];
  const rows = matchSituations(SITUATIONS_SHOWN, candidates);
  const shown = SITUATIONS_SHOWN.map((s) => {
    const fit = rows.find((r) => r.situation === s)?.playbooks ?? [];
    const started = fit.length > 0 ? fit.map((id) => `${cmd} start ${id}`).join(' · ') : t.seeList(cmd);
    const commands = s === 'bank-money' ? t.bankCommand(started) : started;
    return { label: situationLabel(s, lang), commands };
  });
  return t.commands(shown.map((r) => `  ${r.label}\n      ${r.commands}`).join('\n'), cmd);
}
