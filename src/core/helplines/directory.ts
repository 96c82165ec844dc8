// The directory of helplines, per region (one data file each: jp.ts, us.ts, uk.ts): who to
// call or where to report, what they help with, their number, hours and web address, and the
// date each entry was last checked against the authority's own page (`sources`), like a
// lockfile of facts. A test fails when
// an entry was checked more than a year ago (test/core/helplines/directory.test.ts), so
// checking them again is part of the routine.
//
// How they were checked: each fact below was read on 2026-12-01 in the stored copy of the
// page named in `sources` (the search tool's corpus of public pages), never from memory or
// from a third party's summary. A field whose authority page could not be found is left
// out (no hours, no number) rather than guessed; entries that could not be verified at all
// are not here (CIC), nor are numbers read only in third-party copies (IdentityTheft.gov's
// phone line, the credit bureaus' numbers).
import type { Lang } from '../i18n.js';
import type { Region } from '../region.js';
import { JAPAN } from './jp.js';
import { UNITED_KINGDOM } from './uk.js';
import { UNITED_STATES } from './us.js';

/** What a helpline helps with, in the order a frightened person needs them. */
export const HELPLINE_TOPICS = [
  'report-crime',
  'scam-message',
  'consumer',
  'security',
  'identity',
  'personal-data',
] as const;
export type HelplineTopic = (typeof HELPLINE_TOPICS)[number];

/** A text the person reads, in both shipped languages. */
interface BothLangs {
  readonly en: string;
  readonly ja: string;
}

export interface Helpline {
  /** Stable: playbooks and the contact card refer to an entry by it. */
  readonly id: string;
  readonly region: Exclude<Region, 'other'>;
  readonly topic: HelplineTopic;
  /** Run by the police (the contact card files it as a police contact). */
  readonly police?: true;
  readonly name: BothLangs;
  /** One plain sentence: what they do for the person. */
  readonly helpsWith: BothLangs;
  readonly phone?: string;
  readonly hours?: BothLangs;
  /** What to know before calling: limits, what it is not. */
  readonly note?: BothLangs;
  readonly web?: string;
  /** The date the entry was last checked against its sources, YYYY-MM-DD. */
  readonly checked: string;
  /** The authority's own pages the entry was checked against. */
  readonly sources: readonly [string, ...string[]];
}

export const HELPLINES: readonly Helpline[] = [...JAPAN, ...UNITED_STATES, ...UNITED_KINGDOM];

/** The entry with this id, so a playbook or the contact card names it instead of a number. */
export function helpline(id: string): Helpline | undefined {
  return HELPLINES.find((entry) => entry.id === id);
}

/** The entries of one region in topic order (`other` has none: no country is named). */
export function helplinesFor(region: Region): Helpline[] {
  const order = (entry: Helpline) => HELPLINE_TOPICS.indexOf(entry.topic);
  return HELPLINES.filter((entry) => entry.region === region).sort((a, b) => order(a) - order(b));
}

/** Every entry's id, for the playbook format's `helplines:` (schema.ts). */
export const HELPLINE_IDS = HELPLINES.map((h) => h.id) as [string, ...string[]];

/**
 * A step's `helplines:` as a person in `region` reads them: one line each, name, number and
 * hours as the directory has them (the web address when there is no number). Entries of
 * other regions are left out; `undefined` region (a blank checklist) keeps them all.
 */
export function helplineLines(ids: readonly string[], region: Region | undefined, lang: Lang): string[] {
  return ids.flatMap((id) => {
    const entry = helpline(id);
    if (entry === undefined || (region !== undefined && entry.region !== region)) return [];
    const reach = entry.phone ?? entry.web ?? '';
    const hours = entry.hours === undefined ? '' : ` (${entry.hours[lang]})`;
    const where = region === undefined ? ` [${entry.region}]` : '';
    return [`${entry.name[lang]}: ${reach}${hours}${where}`];
  });
}
