// "Where do you live?": asked once, when a case starts and neither --region, the
// RESPOND_REGION setting nor the system (time zone and locale agreeing) settles it. The
// answer decides which helplines, rules and deadlines the case is told.
import type { Lang, Messages } from '../core/i18n.js';
import { guessRegion, REGION_NAMES, REGIONS, systemHints, type Region } from '../core/region.js';
import type { Prompter } from './prompter.js';

const texts: Messages<{ question: string; choice: (name: string) => string }> = {
  en: {
    question: 'Where do you live? It decides which helplines, rules and deadlines you are told.',
    choice: (name) => name.charAt(0).toUpperCase() + name.slice(1),
  },
  ja: {
    question: 'お住まいの国はどこですか?案内する相談窓口・決まり・期限が、これで決まります。',
    choice: (name) => name,
  },
};

/**
 * The case's region: the one chosen (--region), else a sure guess from the setting or the
 * system, else asked when a prompter can ask, else the guess.
 */
export async function chooseRegion(
  chosen: Region | undefined,
  env: Readonly<Record<string, string | undefined>>,
  lang: Lang,
  prompter: Prompter | undefined,
): Promise<Region> {
  if (chosen !== undefined) return chosen;
  const guess = guessRegion(systemHints(env));
  if (guess.sure || prompter === undefined) return guess.region;
  const t = texts[lang];
  const picked = await prompter.choose({
    id: 'start:region',
    message: t.question,
    choices: REGIONS.map((region) => ({ value: region, label: t.choice(REGION_NAMES[lang][region]) })),
    default: guess.region,
  });
  prompter.settled?.(); // recorded with the case, which is not made yet
  return picked;
}
