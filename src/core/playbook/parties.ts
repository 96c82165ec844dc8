// The parties of a case: its own playbook's first, then those only an included playbook
// names. The first playbook to name a party names it, in the walk-through, `show`, `log`,
// reports and drafts alike.
import { localize, type Lang } from '../i18n.js';
import type { Party, Playbook } from './schema.js';

export function collectParties(root: Playbook, library: ReadonlyMap<string, Playbook>): Map<string, Party> {
  const parties = new Map<string, Party>();
  for (const playbook of [root, ...library.values()])
    for (const party of playbook.parties ?? []) if (!parties.has(party.id)) parties.set(party.id, party);
  return parties;
}

/** A party's name in `lang`, or its id when no playbook of the case names it. */
export function partyNamer(
  root: Playbook,
  library: ReadonlyMap<string, Playbook>,
  lang: Lang,
): (id: string) => string {
  const parties = collectParties(root, library);
  return (id) => {
    const party = parties.get(id);
    return party ? localize(party.name, lang) : id;
  };
}
