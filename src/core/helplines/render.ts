// The helpline directory as the person reads it (grouped by what each line helps with,
// wrapped to the terminal), as JSON, and as an entry for the emergency contact card.
import type { ContactInput } from '../contacts.js';
import type { Lang, Messages } from '../i18n.js';
import { wrapPlain } from '../playbook/render-text.js';
import { REGION_NAMES, type Region } from '../region.js';
import { HELPLINE_TOPICS, type Helpline, type HelplineTopic } from './directory.js';

interface Texts {
  title: (region: string) => string;
  topics: Record<HelplineTopic, string>;
  phone: string;
  hours: string;
  web: string;
  checked: (date: string) => string;
  sources: (command: string) => string;
  none: string;
}

const texts: Messages<Texts> = {
  en: {
    title: (region) => `Helplines in ${region}`,
    topics: {
      'report-crime': 'Report fraud or online crime',
      'scam-message': 'A scam mail, text or call',
      consumer: 'Trouble with a shop or a contract',
      security: 'A virus or a break-in to your computer or phone',
      identity: 'Someone may use your name for loans or accounts',
      'personal-data': 'How a company handled your personal data',
    },
    phone: 'Phone:',
    hours: 'Hours:',
    web: 'Web:',
    checked: (date) => `checked ${date}`,
    sources: (command) => `The page each entry was checked against: ${command} --json`,
    none: 'respond has no helplines for this country yet. Your bank or card company (the number on the back of the card) can stop the money; your national police or consumer service takes reports.',
  },
  ja: {
    title: (region) => `相談窓口(${region})`,
    topics: {
      'report-crime': '詐欺やネットの犯罪を届け出る',
      'scam-message': '詐欺のメール・SMS・電話',
      consumer: 'お店や契約のトラブル',
      security: 'パソコンやスマホのウイルス・不正アクセス',
      identity: '名義を悪用されるおそれ(ローンや口座)',
      'personal-data': '事業者の個人情報の扱い',
    },
    phone: '電話:',
    hours: '受付:',
    web: 'ウェブ:',
    checked: (date) => `${date} 確認`,
    sources: (command) => `各項目を確認したページ: ${command} --json`,
    none: 'この国の相談窓口はまだ収録していません。お金を止められるのは銀行やカード会社です(カード裏面の番号)。届け出は、お住まいの国の警察や消費者窓口へ。',
  },
};

/**
 * The entries as text of at most `width` columns: a heading per topic, then each entry's
 * name, what it helps with, phone, hours, note, web address and the date it was checked.
 * `command` is how the person types respond, for the closing hint.
 */
export function renderHelplines(
  region: Region,
  entries: readonly Helpline[],
  lang: Lang,
  width: number,
  command: string,
): string {
  const t = texts[lang];
  if (entries.length === 0) return wrapPlain(t.none, width).join('\n');
  const lines = [t.title(REGION_NAMES[lang][region])];
  for (const topic of HELPLINE_TOPICS) {
    const inTopic = entries.filter((entry) => entry.topic === topic);
    if (inTopic.length === 0) continue;
    lines.push('', ...wrapPlain(t.topics[topic], width));
    for (const entry of inTopic) {
      lines.push('', ...wrapPlain(entry.name[lang], width, '  '));
      const field = (text: string) => lines.push(...wrapPlain(text, width, '    '));
      field(entry.helpsWith[lang]);
      if (entry.phone !== undefined) field(`${t.phone} ${entry.phone}`);
      if (entry.hours !== undefined) field(`${t.hours} ${entry.hours[lang]}`);
      if (entry.note !== undefined) field(entry.note[lang]);
      if (entry.web !== undefined) field(`${t.web} ${entry.web}`);
      field(t.checked(entry.checked));
    }
  }
  lines.push('', ...wrapPlain(t.sources(command), width));
  return lines.join('\n');
}

/**
 * An entry as the emergency contact card takes it (name, phone, hours, web, a note of what
 * it helps with), in the person's language; a police line is filed as police.
 */
export function helplineContact(entry: Helpline, lang: Lang): ContactInput {
  const notes = [entry.helpsWith[lang], entry.note?.[lang]].filter((text) => text !== undefined);
  return {
    kind: entry.police === true ? 'police' : 'other',
    name: entry.name[lang],
    phone: entry.phone,
    hours: entry.hours?.[lang],
    url: entry.web,
    notes: notes.join(' '),
  };
}
