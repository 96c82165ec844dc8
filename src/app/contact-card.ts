// The emergency contact card, offered during a walk-through: at a step that involves the
// shop, the card company or the delivery company, the numbers already saved are shown, so
// a frightened person never has to look them up or type them again.
import { contactsForParties, type Contact, type ContactCard } from '../core/contacts.js';
import { renderSavedContacts } from '../core/contacts-render.js';
import type { Lang } from '../core/i18n.js';
import type { TaskStep } from '../core/playbook/schema.js';
import { readContactCard } from '../io/contacts-store.js';
import type { Paths } from '../io/paths.js';

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
