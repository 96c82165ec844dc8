// The emergency contact card, offered during a walk-through: at a step that involves the
// shop, the card company or the delivery company, the numbers already saved are shown, so
// a frightened person never has to look them up or type them again; and at the end of an
// emergency-contact step, the numbers just typed are offered for the card (Enter adds
// them), so a later "print your card" never finds it empty.
import { contactsFromAnswers, isOnCard } from '../core/contacts-from-case.js';
import {
  addContact,
  contactsForParties,
  makeContact,
  type Contact,
  type ContactCard,
  type ContactInput,
  type ContactKind,
} from '../core/contacts.js';
import { renderSavedContacts } from '../core/contacts-render.js';
import type { Lang, Messages } from '../core/i18n.js';
import { formatLocalTimestamp } from '../core/journal/timestamp.js';
import type { TaskStep } from '../core/playbook/schema.js';
import type { WalkedTask } from '../core/playbook/walk.js';
import type { CaseState } from '../core/session/state.js';
import { readContactCard, updateContactCard } from '../io/contacts-store.js';
import type { Paths } from '../io/paths.js';
import type { Prompter } from './prompter.js';

/**
 * The parties a step deals with: those its confirmations ask, and a party its id names
 * ("card-issuer-contact" is about the card issuer).
 */
export function partiesOfStep(
  step: TaskStep,
  knownParties: readonly string[] = ['merchant', 'card-issuer', 'bank', 'carrier', 'police'],
): string[] {
  const parties = new Set((step.confirmations ?? []).map((c) => c.party));
  for (const party of knownParties)
    if (step.id === party || step.id.startsWith(`${party}-`)) parties.add(party);
  return [...parties];
}

/**
 * Reads the card once and returns what to show at a step (undefined when nothing saved
 * fits). Never throws: a missing or broken card must not stop a walk-through; `respond
 * contacts` is where a broken file is reported.
 */
export function loadContactsFor(paths: Paths, lang: Lang): (step: TaskStep) => string | undefined {
  let card: ContactCard | undefined;
  try {
    card = readContactCard(paths);
  } catch {
    card = undefined;
  }
  return (step) => {
    if (card === undefined || card.contacts.length === 0) return undefined;
    return renderSavedContacts(contactsForParties(card, partiesOfStep(step), lang), lang);
  };
}

/** The saved entries for some parties, for a caller that renders them itself. */
export function savedContactsFor(paths: Paths, parties: readonly string[], lang: Lang): Contact[] {
  try {
    return contactsForParties(readContactCard(paths), parties, lang);
  } catch {
    return [];
  }
}

/** The emergency-contact steps, and the kind of entry each one's answers make. */
const CARD_STEPS: Readonly<Record<string, ContactKind>> = {
  'merchant-contact': 'merchant',
  'card-issuer-contact': 'card-issuer',
  'carrier-contact': 'carrier',
  'other-contacts': 'other',
};

interface OfferTexts {
  offer: (entries: string) => string;
  add: string;
  notNow: string;
  added: (count: number, cmd: string) => string;
  failed: (cmd: string) => string;
}

const offerTexts: Messages<OfferTexts> = {
  en: {
    offer: (entries) => `Put these on your emergency contact card, kept offline?\n  ${entries}`,
    add: 'Yes, add them',
    notNow: 'Not now',
    added: (n, cmd) => `Added to your contact card (${n}). Print it with: ${cmd} contacts print`,
    failed: (cmd) =>
      `Your contact card could not be written now; add them later with: ${cmd} contacts add --from-case <case>`,
  },
  ja: {
    offer: (entries) => `これを緊急連絡先カード (オフラインで保管) に入れますか?\n  ${entries}`,
    add: 'はい、追加する',
    notNow: 'いまはしない',
    added: (n, cmd) => `緊急連絡先カードに追加しました (${n}件)。印刷: ${cmd} contacts print`,
    failed: (cmd) =>
      `緊急連絡先カードにいま書き込めませんでした。あとで ${cmd} contacts add --from-case <ケース> で追加できます`,
  },
};

const line = (c: ContactInput) => [c.name, c.phone ?? c.url ?? c.email, c.hours].filter(Boolean).join(' · ');

/**
 * What runs at the end of a step: for an emergency-contact step, the numbers its answers
 * hold that the card does not, offered with Enter meaning "add them". Never throws: a card
 * that cannot be read or written must not stop a walk-through.
 */
export function offerForCard(
  paths: Paths,
  lang: Lang,
  now: () => Date,
  cmd = 'respond',
): (task: WalkedTask, state: CaseState, prompter: Prompter) => Promise<void> {
  const t = offerTexts[lang];
  return async (task, state, prompter) => {
    const kind = CARD_STEPS[task.step.id];
    if (kind === undefined) return;
    // A step whose numbers were all known (the shop's phone told in reach-shop) has no answers
    // of its own: the case's facts fill the entry in.
    const answers = state.answers.get(task.key) ?? new Map();
    let card: ContactCard;
    try {
      card = readContactCard(paths);
    } catch {
      return;
    }
    const fresh = contactsFromAnswers(new Map([[task.step.id, answers]]), lang, state.facts).filter(
      (c) => c.kind === kind && !isOnCard(card, c),
    );
    if (fresh.length === 0) return;
    const answer = await prompter.choose({
      id: `${task.key}:add-to-card`,
      message: t.offer(fresh.map(line).join('\n  ')),
      choices: [
        { value: 'yes', label: t.add },
        { value: 'no', label: t.notNow },
      ],
      default: 'yes',
    });
    prompter.settled?.();
    if (answer !== 'yes') return;
    try {
      const updated = formatLocalTimestamp(now());
      const added = updateContactCard(paths, (current) => {
        let next = current;
        let count = 0;
        for (const input of fresh) {
          if (isOnCard(next, input)) continue;
          const made = makeContact(input, new Set(next.contacts.map((c) => c.id)), updated);
          if ('issues' in made) continue;
          next = addContact(next, made.contact);
          count += 1;
        }
        return count > 0 ? { card: next, result: count } : { result: 0 };
      });
      if (added > 0) prompter.say(`  ${t.added(added, cmd)}`);
    } catch {
      prompter.say(`  ${t.failed(cmd)}`);
    }
  };
}
