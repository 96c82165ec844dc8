// The parties of a case: its own playbook's first, then those only an included playbook
// names. The first playbook to name a party names it, in the walk-through, `show`, `log`,
// reports and drafts alike.
import { localize, type Lang, type Messages } from '../i18n.js';
import type { Party, Playbook } from './schema.js';

export function collectParties(root: Playbook, library: ReadonlyMap<string, Playbook>): Map<string, Party> {
  const parties = new Map<string, Party>();
  for (const playbook of [root, ...library.values()])
    for (const party of playbook.parties ?? []) if (!parties.has(party.id)) parties.set(party.id, party);
  return parties;
}

/** A party's name in `lang`; when no playbook of the case names it, its common name, else its id. */
export function partyNamer(
  root: Playbook,
  library: ReadonlyMap<string, Playbook>,
  lang: Lang,
): (id: string) => string {
  const parties = collectParties(root, library);
  return (id) => {
    const party = parties.get(id);
    return party ? localize(party.name, lang) : knownPartyName(id, lang);
  };
}

/**
 * The parties the built-in playbooks share, by their ids: how a party is named when the
 * case's own playbooks do not define it (a call to the delivery company noted in a
 * card-charges case). Any other id is shown as it is.
 */
const KNOWN_PARTIES: Readonly<Record<string, Messages<string>>> = {
  merchant: { en: 'the shop', ja: 'ショップ' },
  'card-issuer': { en: 'the card company', ja: 'カード会社' },
  carrier: { en: 'the delivery company', ja: '配送会社' },
  processor: { en: 'the payment company', ja: '決済代行会社' },
  bank: { en: 'the bank', ja: '銀行' },
  police: { en: 'the police', ja: '警察' },
  'mail-provider': { en: 'the mail provider', ja: 'メールサービスの提供元' },
  'consumer-line': { en: 'the consumer advice line', ja: '消費生活相談窓口' },
};

export function knownPartyName(id: string, lang: Lang): string {
  const known = Object.hasOwn(KNOWN_PARTIES, id) ? KNOWN_PARTIES[id] : undefined;
  return known ? known[lang] : id;
}
