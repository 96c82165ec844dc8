// Languages the person reads. Every text a person sees ships in English and Japanese.
export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** A playbook text: a plain string, or a map of language codes to strings. */
export type Text = string | Readonly<Record<string, string>>;

/**
 * The text in the person's language, else English, else the other shipped language,
 * else whatever the map holds: showing something beats showing nothing.
 */
export function localize(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const fallbacks = [lang, 'en', ...LANGS];
  for (const code of fallbacks) {
    const value = text[code];
    if (value !== undefined && value !== '') return value;
  }
  const first = Object.values(text).find((v) => v !== '');
  return first ?? '';
}

/**
 * The language from the environment, the way POSIX tools pick it:
 * LC_ALL, then LC_MESSAGES, then LANG, then LANGUAGE's first entry; English otherwise.
 */
export function detectLang(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const code =
      raw
        .split(':')[0]
        ?.split(/[_.@-]/)[0]
        ?.toLowerCase() ?? '';
    if (code === 'c' || code === 'posix') return 'en';
    return isLang(code) ? code : 'en';
  }
  return 'en';
}

/** One message table per module: the same keys in every language, checked by the compiler. */
export type Messages<T> = Record<Lang, T>;
