// The emergency contact card: the numbers, hours and other ways to reach the card company,
// the bank, the shops and the delivery companies, saved before anything goes wrong. When a
// fraud report suspends an account, the page with the phone number goes with it; this card
// is what is left. Pure: the clock arrives as a formatted timestamp, the file as data.
import type { Lang, Messages } from './i18n.js';
import { maskCardNumbers } from './mask.js';
import { stripControl } from './sanitize.js';
import { normalizeWidth, parseEmail, parsePhone, parseUrl } from './session/parse-answer.js';

/** In the order a frightened person needs them: stop the card first. */
export const CONTACT_KINDS = ['card-issuer', 'bank', 'merchant', 'carrier', 'police', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CARD_VERSION = 1;

export interface Contact {
  readonly id: string;
  readonly kind: ContactKind;
  readonly name: string;
  readonly phone?: string;
  readonly hours?: string;
  readonly url?: string;
  readonly email?: string;
  readonly notes?: string;
  /** How to find the number again without signing in (the back of the card, an invoice...). */
  readonly findWithoutLogin?: string;
  /** When the entry was last written, local time with offset. */
  readonly updated: string;
}

export interface ContactCard {
  readonly version: typeof CARD_VERSION;
  readonly contacts: readonly Contact[];
}

export const EMPTY_CARD: ContactCard = { version: CARD_VERSION, contacts: [] };

/** What a person typed, before it is checked. */
export interface ContactInput {
  id?: string | undefined;
  kind?: string | undefined;
  name?: string | undefined;
  phone?: string | undefined;
  hours?: string | undefined;
  url?: string | undefined;
  email?: string | undefined;
  notes?: string | undefined;
  findWithoutLogin?: string | undefined;
}

export const TEXT_FIELDS = ['name', 'phone', 'hours', 'url', 'email', 'notes', 'findWithoutLogin'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type ContactIssue =
  | { readonly field: 'kind'; readonly code: 'kind'; readonly value: string }
  | { readonly field: 'name'; readonly code: 'name-empty' }
  | { readonly field: 'phone'; readonly code: 'phone'; readonly value: string }
  | { readonly field: 'url'; readonly code: 'url'; readonly value: string }
  | { readonly field: 'email'; readonly code: 'email'; readonly value: string }
  | { readonly field: 'id'; readonly code: 'id'; readonly value: string }
  | { readonly field: 'id'; readonly code: 'id-taken'; readonly value: string }
  | { readonly field: 'phone'; readonly code: 'no-channel' }
  | { readonly field: TextField; readonly code: 'too-long'; readonly max: number };

export type ContactResult =
  { readonly contact: Contact; readonly masked: boolean } | { readonly issues: readonly ContactIssue[] };

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 40;
const MAX_LENGTH: Record<TextField, number> = {
  name: 120,
  phone: 40,
  hours: 200,
  url: 500,
  email: 200,
  notes: 1000,
  findWithoutLogin: 500,
};

export function isContactKind(value: string): value is ContactKind {
  return (CONTACT_KINDS as readonly string[]).includes(value);
}

/**
 * Cleans one typed value: terminal escapes gone, full card numbers masked, single-line
 * fields on one line. Empty means "not given".
 */
export function cleanText(value: string | undefined, multiline = false): string | undefined {
  if (value === undefined) return undefined;
  let text = stripControl(value);
  // Lines are joined before masking: a number split over lines becomes one when joined.
  text = multiline
    ? text
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n')
        .trim()
    : text.replace(/\s*\n\s*/g, ' ').trim();
  text = maskCardNumbers(text);
  return text === '' ? undefined : text;
}

/** "My Visa" → "my-visa"; a name with no Latin letters or digits gives "". */
export function slugify(name: string): string {
  const slug = normalizeWidth(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_ID).replace(/-+$/, '');
}

/** An id from the name (or the kind, for a name in Japanese), made unique with -2, -3... */
export function deriveId(name: string, kind: ContactKind, taken: ReadonlySet<string>): string {
  const base = slugify(name) || kind;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, MAX_ID - String(n).length - 1)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Checks what was typed and builds the entry, or says every problem at once. `taken` are
 * the ids already on the card; `updated` is the current local timestamp.
 */
export function makeContact(input: ContactInput, taken: ReadonlySet<string>, updated: string): ContactResult {
  const issues: ContactIssue[] = [];
  const kindText = (input.kind ?? '').trim();
  const kind: ContactKind = isContactKind(kindText) ? kindText : 'other';
  if (kindText !== '' && !isContactKind(kindText))
    issues.push({ field: 'kind', code: 'kind', value: cleanText(kindText) ?? '' });

  const raw: Partial<Record<TextField, string>> = {};
  for (const field of TEXT_FIELDS) {
    const value = cleanText(input[field], field === 'notes' || field === 'findWithoutLogin');
    if (value !== undefined) raw[field] = value;
  }
  const masked = TEXT_FIELDS.some((f) => {
    const typed = stripControl(input[f] ?? '');
    return maskCardNumbers(typed) !== typed;
  });

  if (raw.name === undefined) issues.push({ field: 'name', code: 'name-empty' });
  const fields: Partial<Record<TextField, string>> = { ...raw };
  if (raw.phone !== undefined) {
    const parsed = parsePhone(raw.phone);
    if (parsed.ok) fields.phone = parsed.value;
    else issues.push({ field: 'phone', code: 'phone', value: raw.phone });
  }
  if (raw.url !== undefined && !parseUrl(raw.url).ok)
    issues.push({ field: 'url', code: 'url', value: raw.url });
  if (raw.email !== undefined && !parseEmail(raw.email).ok)
    issues.push({ field: 'email', code: 'email', value: raw.email });
  if (raw.phone === undefined && raw.url === undefined && raw.email === undefined)
    issues.push({ field: 'phone', code: 'no-channel' });
  for (const field of TEXT_FIELDS) {
    const value = fields[field];
    if (value !== undefined && [...value].length > MAX_LENGTH[field])
      issues.push({ field, code: 'too-long', max: MAX_LENGTH[field] });
  }

  let id: string;
  const wanted = input.id?.trim() ?? '';
  if (wanted !== '') {
    id = wanted;
    // A slug like 4111-1111-1111-1111 would keep a card number as the id.
    if (!SLUG.test(wanted) || wanted.length > MAX_ID || maskCardNumbers(wanted) !== wanted)
      issues.push({ field: 'id', code: 'id', value: cleanText(wanted) ?? '' });
    else if (taken.has(wanted)) issues.push({ field: 'id', code: 'id-taken', value: wanted });
  } else id = deriveId(raw.name ?? '', kind, taken);

  if (issues.length > 0) return { issues };
  return { contact: { id, kind, name: fields.name ?? '', ...pickOptional(fields), updated }, masked };
}

export function pickOptional(fields: Partial<Record<TextField, string>>): Partial<Contact> {
  const out: Partial<Record<TextField, string>> = {};
  for (const field of TEXT_FIELDS)
    if (field !== 'name' && fields[field] !== undefined) out[field] = fields[field];
  return out;
}

/** Checks one field alone, for a prompt that re-asks until the answer fits. */
export function checkField(
  field: 'phone' | 'url' | 'email' | 'name',
  value: string,
  lang: Lang,
): string | undefined {
  const text = cleanText(value);
  if (field === 'name')
    return text === undefined ? renderContactIssue({ field: 'name', code: 'name-empty' }, lang) : undefined;
  if (text === undefined) return undefined;
  const ok =
    field === 'phone' ? parsePhone(text).ok : field === 'url' ? parseUrl(text).ok : parseEmail(text).ok;
  return ok ? undefined : renderContactIssue({ field, code: field, value: text } as ContactIssue, lang);
}

/** Grouped by kind in CONTACT_KINDS order, then by name as the person's language sorts it. */
export function sortContacts(contacts: readonly Contact[], lang: Lang): Contact[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  return [...contacts].sort(
    (a, b) =>
      CONTACT_KINDS.indexOf(a.kind) - CONTACT_KINDS.indexOf(b.kind) ||
      collator.compare(a.name, b.name) ||
      a.id.localeCompare(b.id),
  );
}

export function addContact(card: ContactCard, contact: Contact): ContactCard {
  return { version: CARD_VERSION, contacts: [...card.contacts, contact] };
}

export function removeContact(card: ContactCard, id: string): ContactCard | undefined {
  if (!card.contacts.some((c) => c.id === id)) return undefined;
  return { version: CARD_VERSION, contacts: card.contacts.filter((c) => c.id !== id) };
}

const PARTY_KINDS: Readonly<Record<string, ContactKind>> = {
  merchant: 'merchant',
  'card-issuer': 'card-issuer',
  bank: 'bank',
  carrier: 'carrier',
  police: 'police',
};

/** The saved entries for a playbook's parties: by kind (merchant, card-issuer...) or by id. */
export function contactsForParties(card: ContactCard, parties: readonly string[], lang: Lang): Contact[] {
  const kinds = new Set(parties.map((p) => PARTY_KINDS[p]).filter((k) => k !== undefined));
  const ids = new Set(parties);
  return sortContacts(
    card.contacts.filter((c) => kinds.has(c.kind) || ids.has(c.id)),
    lang,
  );
}

interface IssueTexts {
  kind: (value: string) => string;
  nameEmpty: string;
  phone: (value: string) => string;
  url: (value: string) => string;
  email: (value: string) => string;
  id: (value: string) => string;
  idTaken: (value: string) => string;
  noChannel: string;
  tooLong: (field: string, max: number) => string;
  fields: Record<TextField, string>;
}

const issueTexts: Messages<IssueTexts> = {
  en: {
    kind: (v) => `"${v}" is not a kind of contact: use one of ${CONTACT_KINDS.join(', ')}`,
    nameEmpty: 'the name is empty: say who they are, e.g. "My Visa" or "Example Shop"',
    phone: (v) =>
      `"${v}" does not look like a phone number: digits with spaces, dashes or brackets, e.g. 0120-123-456 or +1 800 555 0100`,
    url: (v) => `"${v}" does not look like a web address, e.g. https://www.example.com/help`,
    email: (v) => `"${v}" does not look like a mail address, e.g. help@example.com`,
    id: (v) => `the id "${v}" must be lowercase letters, digits and dashes (at most ${MAX_ID}), e.g. my-visa`,
    idTaken: (v) =>
      `there is already a contact "${v}": remove it first (respond contacts remove ${v}) or choose another --id`,
    noChannel: 'add a way to reach them: a phone number, a web address or a mail address',
    tooLong: (field, max) => `the ${field} is too long: at most ${max} characters`,
    fields: {
      name: 'name',
      phone: 'phone number',
      hours: 'hours',
      url: 'web address',
      email: 'mail address',
      notes: 'notes',
      findWithoutLogin: 'note on finding it without signing in',
    },
  },
  ja: {
    kind: (v) =>
      `「${v}」は連絡先の種類ではありません: ${CONTACT_KINDS.join('、')} のどれかを指定してください`,
    nameEmpty: '名前が空です: 「My Visa」「〇〇ショップ」のように相手がわかる名前を入れてください',
    phone: (v) =>
      `「${v}」は電話番号に見えません: 数字とハイフン・空白・かっこで書いてください (例: 0120-123-456、+81 3 1234 5678)`,
    url: (v) => `「${v}」はウェブのアドレスに見えません (例: https://www.example.com/help)`,
    email: (v) => `「${v}」はメールアドレスに見えません (例: help@example.com)`,
    id: (v) => `ID「${v}」は英小文字・数字・ハイフンで ${MAX_ID} 文字までにしてください (例: my-visa)`,
    idTaken: (v) =>
      `「${v}」という連絡先はもうあります: 先に削除する (respond contacts remove ${v}) か、別の --id を指定してください`,
    noChannel: '連絡手段を一つ以上入れてください: 電話番号、ウェブのアドレス、メールアドレスのどれか',
    tooLong: (field, max) => `${field}が長すぎます: ${max} 文字までです`,
    fields: {
      name: '名前',
      phone: '電話番号',
      hours: '受付時間',
      url: 'ウェブのアドレス',
      email: 'メールアドレス',
      notes: 'メモ',
      findWithoutLogin: 'ログインせずに調べる方法',
    },
  },
};

export function renderContactIssue(issue: ContactIssue, lang: Lang): string {
  const t = issueTexts[lang];
  switch (issue.code) {
    case 'kind':
      return t.kind(issue.value);
    case 'name-empty':
      return t.nameEmpty;
    case 'phone':
      return t.phone(issue.value);
    case 'url':
      return t.url(issue.value);
    case 'email':
      return t.email(issue.value);
    case 'id':
      return t.id(issue.value);
    case 'id-taken':
      return t.idTaken(issue.value);
    case 'no-channel':
      return t.noChannel;
    case 'too-long':
      return t.tooLong(t.fields[issue.field], issue.max);
  }
}
