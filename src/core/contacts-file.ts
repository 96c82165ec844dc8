// The card's file form: what contacts.json holds, read tolerantly and written with a stable
// key order, so that a person can read, diff and fix it by hand.
import {
  CARD_VERSION,
  cleanText,
  type Contact,
  type ContactCard,
  deriveId,
  isContactKind,
  pickOptional,
  SLUG,
  TEXT_FIELDS,
  type TextField,
} from './contacts.js';

/**
 * Reads the card file's data tolerantly: unknown keys are ignored, an unknown kind is
 * "other", a missing id is derived; a wrong type or a missing name is a problem with its
 * place ("contacts[2].name"), so that nothing is silently dropped and written back.
 */
export function parseContactCard(data: unknown): { card: ContactCard } | { problem: string } {
  const list = Array.isArray(data) ? data : isObject(data) ? data.contacts : undefined;
  if (isObject(data) && typeof data.version === 'number' && data.version > CARD_VERSION) {
    return { problem: `version ${data.version} was written by a newer respond` };
  }
  if (!Array.isArray(list)) return { problem: 'expected {"version": 1, "contacts": [...]}' };
  const contacts: Contact[] = [];
  const taken = new Set<string>();
  for (const [i, entry] of list.entries()) {
    const at = `contacts[${i}]`;
    if (!isObject(entry)) return { problem: `${at}: expected an object` };
    const texts: Partial<Record<TextField | 'id' | 'kind' | 'updated', string>> = {};
    for (const key of [...TEXT_FIELDS, 'id', 'kind', 'updated'] as const) {
      const value = entry[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string') return { problem: `${at}.${key}: expected text` };
      const clean = cleanText(value, key === 'notes' || key === 'findWithoutLogin');
      if (clean !== undefined) texts[key] = clean;
    }
    if (texts.name === undefined) return { problem: `${at}.name: missing` };
    const kind = texts.kind !== undefined && isContactKind(texts.kind) ? texts.kind : 'other';
    let id = texts.id !== undefined && SLUG.test(texts.id) ? texts.id : deriveId(texts.name, kind, taken);
    if (taken.has(id)) id = deriveId(id, kind, taken);
    taken.add(id);
    contacts.push({ id, kind, name: texts.name, ...pickOptional(texts), updated: texts.updated ?? '' });
  }
  return { card: { version: CARD_VERSION, contacts } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The card as it is written to disk: stable key order, two-space indent, final newline. */
export function serializeContactCard(card: ContactCard): string {
  const contacts = card.contacts.map((c) => {
    const out: Record<string, string> = { id: c.id, kind: c.kind, name: c.name };
    for (const field of TEXT_FIELDS) if (field !== 'name' && c[field] !== undefined) out[field] = c[field];
    out.updated = c.updated;
    return out;
  });
  return `${JSON.stringify({ version: CARD_VERSION, contacts }, null, 2)}\n`;
}
