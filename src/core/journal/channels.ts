// How a party was reached, and what each way is called in the person's language. One
// list for the journal's validation and one set of words for prompts, logs and reports.
import type { Lang, Messages } from '../i18n.js';

export const CHANNELS = ['phone', 'chat', 'email', 'in-person', 'letter', 'web-form', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

const labels: Messages<Record<Channel, string>> = {
  en: {
    phone: 'phone',
    chat: 'chat',
    email: 'email',
    'in-person': 'in person',
    letter: 'letter',
    'web-form': 'web form',
    other: 'other',
  },
  ja: {
    phone: '電話',
    chat: 'チャット',
    email: 'メール',
    'in-person': '対面',
    letter: '郵便',
    'web-form': 'Webフォーム',
    other: 'その他',
  },
};

/** The word for a channel in running text ("…, phone, 09:05"); an unknown one as it is. */
export function channelLabel(channel: string, lang: Lang): string {
  return (labels[lang] as Record<string, string>)[channel] ?? channel;
}

/** The channels as choices in a prompt, capitalised where the language has capitals. */
export function channelChoices(lang: Lang): { value: Channel; label: string }[] {
  return CHANNELS.map((value) => {
    const label = labels[lang][value];
    return { value, label: label.charAt(0).toUpperCase() + label.slice(1) };
  });
}
