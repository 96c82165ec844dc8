// Where the person lives decides which institutions, numbers, deadlines and laws apply: a
// Japanese case is told 188 and #9110, a US case the FTC and the Fair Credit Billing Act, a
// UK case Report Fraud and 159. The region is not the language: an English speaker in Japan
// gets Japanese institutions, in English. `other` is the advice that names no country.
//
// The region comes from --region, else the RESPOND_REGION setting, else a guess from the
// system's locale and time zone; the guess is asked about once (in the triage) when it is
// not sure. Pure: the environment and the system's Intl answers are passed in.
import type { Messages } from './i18n.js';

export const REGIONS = ['jp', 'us', 'uk', 'other'] as const;
export type Region = (typeof REGIONS)[number];

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

/** How each region is named to the person, in each language. */
export const REGION_NAMES: Messages<Record<Region, string>> = {
  en: { jp: 'Japan', us: 'the United States', uk: 'the United Kingdom', other: 'another country' },
  ja: { jp: '日本', us: 'アメリカ合衆国', uk: 'イギリス', other: 'そのほかの国' },
};

export interface RegionGuess {
  readonly region: Region;
  /** The locale and the time zone agree (or one is decisive): no need to ask. */
  readonly sure: boolean;
}

export interface SystemHints {
  /** LC_ALL, LC_MESSAGES, LANG, LANGUAGE, RESPOND_REGION. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `Intl.DateTimeFormat().resolvedOptions().timeZone`, e.g. "Asia/Tokyo". */
  readonly timeZone: string | undefined;
  /** `Intl.DateTimeFormat().resolvedOptions().locale`, e.g. "ja-JP" (used when LANG says nothing). */
  readonly locale: string | undefined;
}

const ZONE_REGION: readonly [RegExp, Region][] = [
  [/^(Asia\/Tokyo|Japan)$/, 'jp'],
  [/^(Europe\/(London|Belfast)|GB|GB-Eire)$/, 'uk'],
  [
    /^(America\/(New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Adak|Boise|Detroit|Indiana\/.+|Kentucky\/.+|North_Dakota\/.+|Menominee|Juneau|Sitka|Yakutat|Nome|Metlakatla)|Pacific\/Honolulu|US\/.+)$/,
    'us',
  ],
];

/** The region a time zone names, when it names one of ours. */
function regionOfZone(zone: string | undefined): Region | undefined {
  if (zone === undefined) return undefined;
  return ZONE_REGION.find(([pattern]) => pattern.test(zone))?.[1];
}

/** The region a locale's country part names: ja_JP → jp, en_US → us, en_GB → uk. */
function regionOfLocale(raw: string | undefined): Region | undefined {
  if (raw === undefined || raw === '') return undefined;
  const country = /^[a-z]{2,3}[_-]([A-Za-z]{2})\b/.exec(raw.split(':')[0] ?? '')?.[1]?.toUpperCase();
  if (country === 'JP') return 'jp';
  if (country === 'US') return 'us';
  if (country === 'GB' || country === 'UK') return 'uk';
  if (country !== undefined) return 'other';
  return raw.toLowerCase().startsWith('ja') ? 'jp' : undefined;
}

/** The locale the environment names, the way POSIX tools read it. */
function envLocale(env: SystemHints['env']): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) {
    const value = env[name];
    if (value !== undefined && value !== '' && value !== 'C' && value !== 'POSIX' && !value.startsWith('C.'))
      return value;
  }
  return undefined;
}

/**
 * The region the system suggests. The time zone says where the machine is; the locale's
 * country says where its person set it up. When both name the same region, or only one
 * names one and the other says nothing, the guess is sure; otherwise it is asked.
 */
export function guessRegion(hints: SystemHints): RegionGuess {
  const setting = hints.env.RESPOND_REGION?.trim().toLowerCase();
  if (isRegion(setting)) return { region: setting, sure: true };
  const byZone = regionOfZone(hints.timeZone);
  const byLocale = regionOfLocale(envLocale(hints.env) ?? hints.locale);
  if (byZone !== undefined && (byLocale === undefined || byLocale === byZone))
    return { region: byZone, sure: true };
  if (byZone !== undefined) return { region: byZone, sure: false };
  // A locale of ours with a zone that is not (en_US in UTC, an American in Paris): ask.
  const zoneIsOther =
    hints.timeZone !== undefined && hints.timeZone !== 'UTC' && hints.timeZone !== 'Etc/UTC';
  if (byLocale !== undefined && byLocale !== 'other') return { region: byLocale, sure: false };
  // Neither names one of ours: sure only when both say somewhere else (fr_FR in Europe/Paris).
  return { region: 'other', sure: zoneIsOther && byLocale === 'other' };
}

/**
 * The system's own answers: the time zone and locale Node reports, asked only when read and
 * then once (making the first Intl formatter costs some 30 ms, wasted when RESPOND_REGION or
 * --region already says where the person lives).
 */
export function systemHints(env: SystemHints['env']): SystemHints {
  let options: Intl.ResolvedDateTimeFormatOptions | undefined;
  const resolved = () => (options ??= Intl.DateTimeFormat().resolvedOptions());
  return {
    env,
    get timeZone() {
      return resolved().timeZone;
    },
    get locale() {
      return resolved().locale;
    },
  };
}

/**
 * A phone number written the way people write one where the person lives, for the hint
 * under a phone question. Not a line anyone answers: 555-0100 to 555-0199 are kept for
 * fiction in the North American plan (http://www.liquisearch.com/area_codes_in_the_united_states/fictional_telephone_numbers),
 * 020 7946 0000 to 0999 are Ofcom's numbers for drama
 * (https://everything2.com/title/Telephone+Numbers+for+drama+purposes), and 0120-000-000 is
 * the form of a Japanese free-dial line. `other` has none: the hint says the form in words.
 * (Checked 2026-12-01.)
 */
export const PHONE_EXAMPLES: Readonly<Partial<Record<Region, string>>> = {
  jp: '0120-000-000',
  us: '(201) 555-0123',
  uk: '020 7946 0123',
};

/**
 * The card brands as a person in each region meets them, the most common first: JCB early
 * in Japan; Discover in the US. `other` keeps the playbook's order.
 */
const CARD_BRAND_ORDER: Readonly<Record<Region, readonly string[]>> = {
  jp: ['jcb', 'visa', 'mastercard', 'amex', 'diners'],
  us: ['visa', 'mastercard', 'amex', 'discover'],
  uk: ['visa', 'mastercard', 'amex'],
  other: [],
};
const CARD_BRANDS = new Set(Object.values(CARD_BRAND_ORDER).flat());

/**
 * A choice's options in the order of where the person lives: when two or more of them are
 * card brands (by id: `visa`, `jcb`, ...), the brands take the region's order in the places
 * the brands held, the ones it does not list after them in the playbook's order; every other
 * option ("not sure", "another brand") stays where the playbook put it.
 */
export function orderForRegion<T extends { readonly id: string }>(
  options: readonly T[],
  region: Region | undefined,
): T[] {
  const brands = options.filter((o) => CARD_BRANDS.has(o.id));
  if (region === undefined || brands.length < 2) return [...options];
  const order = CARD_BRAND_ORDER[region];
  const rank = (id: string, i: number) => (order.includes(id) ? order.indexOf(id) : order.length + i);
  const sorted = brands
    .map((o, i) => ({ o, r: rank(o.id, i) }))
    .sort((a, b) => a.r - b.r)
    .map(({ o }) => o);
  let next = 0;
  return options.map((o) => (CARD_BRANDS.has(o.id) ? (sorted[next++] ?? o) : o));
}

/** The money of a region, the default for an amount typed without a currency (none for `other`). */
function regionCurrency(region: Region): string | undefined {
  return region === 'jp' ? 'JPY' : region === 'us' ? 'USD' : region === 'uk' ? 'GBP' : undefined;
}

/**
 * The currency an amount typed without one is in: the question's own, else the region's
 * (a US reader's "501.18" is dollars; an English speaker in Japan types yen), else yen for
 * a Japanese case of no region, else none (the person is asked to add it).
 */
export function defaultCurrency(
  own: string | undefined,
  region: Region | undefined,
  lang: string,
): string | undefined {
  return (
    own ?? (region === undefined ? undefined : regionCurrency(region)) ?? (lang === 'ja' ? 'JPY' : undefined)
  );
}

/**
 * The region of a case: the one it was started with. A case started before regions were
 * recorded keeps the only rule it had: Japanese institutions for a Japanese case, the
 * advice that names no country for the others.
 */
export function caseRegion(started: { readonly region?: string; readonly lang: string } | undefined): Region {
  if (isRegion(started?.region)) return started.region;
  return started?.lang === 'ja' ? 'jp' : 'other';
}
