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
 * The language from the environment, the way gettext picks it: LANGUAGE first (a list,
 * the first we speak wins) unless the locale is C/POSIX, then LC_ALL, LC_MESSAGES and LANG;
 * when they all say nothing (a Windows or a macOS GUI session), the system's own locale
 * (`systemLocale`, Intl's). English otherwise.
 */
export function detectLang(
  env: Readonly<Record<string, string | undefined>>,
  // Asked only when the environment says nothing: setting up Intl costs about 10 ms at start.
  systemLocale: string | undefined | (() => string | undefined) = () =>
    Intl.DateTimeFormat().resolvedOptions().locale,
): Lang {
  const code = (raw: string) => raw.split(/[_.@-]/)[0]?.toLowerCase() ?? '';
  const locale = ['LC_ALL', 'LC_MESSAGES', 'LANG']
    .map((n) => env[n])
    .find((v) => v !== undefined && v !== '');
  const plain = locale !== undefined && ['c', 'posix'].includes(code(locale));
  if (!plain && env.LANGUAGE !== undefined && env.LANGUAGE !== '')
    for (const entry of env.LANGUAGE.split(':')) {
      const lang = code(entry);
      if (isLang(lang)) return lang;
    }
  if (locale !== undefined) {
    const lang = code(locale);
    return isLang(lang) ? lang : 'en';
  }
  const system = code((typeof systemLocale === 'function' ? systemLocale() : systemLocale) ?? '');
  return isLang(system) ? system : 'en';
}

/** One message table per module: the same keys in every language, checked by the compiler. */
export type Messages<T> = Record<Lang, T>;
