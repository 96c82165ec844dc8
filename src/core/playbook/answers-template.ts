// `respond show <playbook> --format answers`: a blank answers file for `respond start
// --answers`, with every step key, question id and confirmation id the run will ask for,
// each annotated with its type, its choices and whether it is required. Filling it in
// is how a script (or a careful person) drives a run without a terminal.
import { localize, type Lang, type Messages } from '../i18n.js';
import { CONFIRMATION_ANSWERS } from '../journal/answers.js';
import { CHANNELS } from '../journal/channels.js';
import type { Confirmation, Playbook, Question } from './schema.js';
import { walkTasks } from './walk.js';

const ANSWERS = CONFIRMATION_ANSWERS.join('|');
const CHANNEL_LIST = CHANNELS.join('|');

interface Texts {
  header: (id: string) => string[];
  required: string;
  only: string;
  records: string;
  confirmation: string;
  outcome: string;
  oneLine: string;
  forEach: (fact: string) => string;
  typed: (kind: string) => string;
  conversation: string;
}

const texts: Messages<Texts> = {
  en: {
    header: (id) => [
      `# Answers for \`respond start ${id} --answers FILE\`.`,
      '# Fill in what you know. An empty or missing answer takes the default that Enter would',
      '# take; a required one must be given. Dates as YYYY-MM-DD, amounts as "1980 JPY".',
    ],
    required: 'required',
    only: 'only when its condition holds',
    records: 'a list of entries, each with',
    confirmation: `{ answer: ${ANSWERS}, who, channel: ${CHANNEL_LIST}, reference, at: "YYYY-MM-DD HH:MM" }`,
    outcome: 'done | later | { skipped: why } | { waiting: YYYY-MM-DD }',
    oneLine: 'a list, or the values on one line separated by spaces or commas',
    forEach: (fact) => `one entry per record of "${fact}", in its order; known fields are not asked`,
    typed: (kind) =>
      `answer: what they said (${kind === 'date' ? 'YYYY-MM-DD' : kind === 'money' ? '"1980 JPY"' : kind === 'choice' ? 'an option id' : 'text'}), or unknown`,
    conversation:
      'give who, channel, reference or at only for a new conversation; answer alone joins the one going on',
  },
  ja: {
    header: (id) => [
      `# \`respond start ${id} --answers ファイル\` 用の回答ファイルです。`,
      '# 分かることだけ書いてください。空欄や省略した答えは Enter を押したときと同じ既定値になります。',
      '# 必須の答えは省略できません。日付は YYYY-MM-DD、金額は "1980 JPY" の形で書きます。',
    ],
    required: '必須',
    only: '条件に当てはまるときだけ',
    records: '次の項目をもつ記録のリスト',
    confirmation: `{ answer: ${ANSWERS}, who: 答えた人, channel: ${CHANNEL_LIST}, reference: 受付番号, at: "YYYY-MM-DD HH:MM" }`,
    outcome: 'done | later | { skipped: 理由 } | { waiting: YYYY-MM-DD }',
    oneLine: 'リスト、またはスペースか「,」で区切って 1 行に',
    forEach: (fact) => `「${fact}」の記録ごとに 1 件ずつ、同じ順に。わかっている項目は聞かれません`,
    typed: (kind) =>
      `answer: 相手の答え (${kind === 'date' ? 'YYYY-MM-DD' : kind === 'money' ? '"1980 JPY"' : kind === 'choice' ? '選択肢の id' : '文章'})、または unknown`,
    conversation:
      'who・channel・reference・at は新しいやり取りのときだけ書きます。answer だけなら続いているやり取りに入ります',
  },
};

function describe(question: Question, lang: Lang, t: Texts): string {
  const parts: string[] = [
    question.type === 'text' && question.format ? `text (${question.format})` : question.type,
  ];
  if (question.type === 'choice') parts[0] = `choice: ${question.options.map((o) => o.id).join(' | ')}`;
  if (question.type === 'records') {
    parts[0] = `${t.records} ${question.fields.map((f) => `${f.id} (${f.type})`).join(', ')}`;
    if (question.entry === 'one-line') parts.push(t.oneLine);
    if (question['for-each'] !== undefined) parts.push(t.forEach(question['for-each']));
  }
  if (question.required) parts.push(t.required);
  if (question.when) parts.push(t.only);
  return `${parts.join(', ')} — ${oneLine(localize(question.prompt, lang))}`;
}

function describeConfirmation(confirmation: Confirmation, lang: Lang): string {
  const kind = confirmation.answer ?? 'yesno';
  const typed =
    kind === 'yesno'
      ? ''
      : ` (${texts[lang].typed(kind)}${kind === 'choice' ? `: ${(confirmation.options ?? []).map((o) => o.id).join(' | ')}` : ''})`;
  return `${confirmation.party}: ${oneLine(localize(confirmation.ask, lang))}${typed}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function renderAnswersTemplate(
  root: Playbook,
  library: ReadonlyMap<string, Playbook>,
  lang: Lang,
): string {
  const t = texts[lang];
  const lines = [...t.header(root.id), 'steps:'];
  for (const task of walkTasks(root, library)) {
    const { step } = task;
    lines.push(
      `  ${task.key}:${task.conditions.length > 0 ? `   # ${t.only}` : ''}`,
      `    # ${oneLine(localize(step.title, lang))}`,
    );
    if ((step.questions ?? []).length > 0) {
      lines.push('    answers:');
      for (const question of step.questions ?? [])
        lines.push(`      ${question.id}:   # ${describe(question, lang, t)}`);
    }
    if ((step.confirmations ?? []).length > 0) {
      lines.push(`    confirmations:   # ${t.confirmation}; ${t.conversation}`);
      for (const confirmation of step.confirmations ?? [])
        lines.push(`      ${confirmation.id}:   # ${describeConfirmation(confirmation, lang)}`);
    }
    lines.push(`    outcome: done   # ${t.outcome}`);
  }
  return `${lines.join('\n')}\n`;
}
