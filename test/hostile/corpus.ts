// The hostile corpus: what an attacker, a stray edit, a crash or a clumsy hand can leave in
// a person's data folder or hand to `respond`. Everything is written out as data here, with
// its escapes spelled out, so a reviewer reads exactly what each entry holds; the table test
// (hostile.test.ts) lays each one into a fresh data folder and runs every command over it.

/** One test card number (Visa, Luhn-valid) in every form a person or an input method types it. */
export const CARD_DIGITS = '4111111111111111';
export const AMEX_DIGITS = '378282246310005';
const CARD_FORMS: readonly string[] = [
  '4111111111111111',
  '4111 1111 1111 1111',
  '4111-1111-1111-1111',
  '4111  1111  1111  1111',
  '4111.1111.1111.1111',
  '4111/1111/1111/1111',
  '4111_1111_1111_1111',
  '4111\t1111\t1111\t1111',
  '4111\u00a01111\u00a01111\u00a01111', // no-break spaces
  '4111\u30001111\u30001111\u30001111', // ideographic spaces
  '4111\u200b1111\u200b1111\u200b1111', // zero-width spaces
  '4111 - 1111 - 1111 - 1111',
  '\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11', // full-width, as a Japanese IME types it
  '\u0664\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661', // Arabic-Indic digits
  '3782 822463 10005', // American Express grouping
];

/** Text that would take over a terminal if printed raw: titles, clears, cursor moves, bidi tricks. */
const TERMINAL_ATTACKS: readonly string[] = [
  '\u001b]0;PWNED-TITLE\u0007\u001b[2J',
  '\u001b[31mred\u001b[0m \u001b[1A\u001b[2Kerased',
  '\u009b2J C1 CSI',
  'bell\u0007 backspace\b\b\b',
  'carriage\rreturn',
  'zero\u200bwidth\u200c\u200d\u2060',
  'bom\ufeffinside',
  'bidi \u202eevil\u202c \u2066isolate\u2069 \u200emark\u200f',
  '\u001bP+q\u001b\\ DCS',
];

const CARD_TEXT = CARD_FORMS.map((form, i) => `card ${i}: ${form}`).join(' / ');
const ATTACK_TEXT = TERMINAL_ATTACKS.join(' | ');

/** One name that carries every trick: what a case name, a party or a contact could be given. */
export const HOSTILE_NAMES: readonly string[] = [
  ...TERMINAL_ATTACKS,
  ...CARD_FORMS.map((form) => `paid with ${form}`),
];

const line = (o: Record<string, unknown>) => `${JSON.stringify(o)}\n`;
const ts = (minute: number) => `2026-11-22T10:${String(minute).padStart(2, '0')}:00.000+09:00`;

export interface CaseEntry {
  readonly name: string;
  /** The journal's bytes. */
  readonly journal: string;
  /** playbook.json's bytes (default: as respond wrote it). */
  readonly playbookJson?: string;
  /** A lock file left in the case folder. */
  readonly lock?: string;
}

/** A case of the tiny playbook (TINY_YAML) as respond wrote it: its journal lines and playbook.json. */
export interface GoodCase {
  readonly journalLines: readonly string[];
  readonly bundle: { format: number; root: string; playbooks: Record<string, Record<string, unknown>> };
}

/**
 * Case folders as they may be found: damaged, hand-edited, half-written, locked by the
 * unknown. Each is made from a good case respond wrote, changed the way a crash, an editor
 * or an attacker would.
 */
export function caseEntries(good: GoodCase): CaseEntry[] {
  const lines = good.journalLines;
  const whole = lines.join('');
  const [first = '', ...rest] = lines;
  const step = 'first';
  const note = (text: string, minute: number) => line({ v: 1, type: 'note', ts: ts(minute), step, text });
  const tiny = good.bundle.playbooks[good.bundle.root] ?? {};
  const retitled = {
    ...good.bundle,
    playbooks: {
      [good.bundle.root]: {
        ...tiny,
        title: ATTACK_TEXT,
        steps: ((tiny.steps as Record<string, unknown>[] | undefined) ?? []).map((s) => ({
          ...s,
          title: ATTACK_TEXT,
        })),
      },
    },
  };
  return [
    { name: 'a UTF-8 BOM before the first line', journal: `\ufeff${whole}` },
    { name: 'a first line that is not case-started', journal: rest.join('') + first },
    { name: 'a first line of an unknown version', journal: first.replace('"v":1', '"v":99') + rest.join('') },
    { name: 'a torn last line', journal: `${whole}{"v":1,"type":"note","ts":"2026-11-22T10:0` },
    { name: 'a corrupt line in the middle', journal: [first, 'this is not json\n', ...rest].join('') },
    { name: 'an empty journal', journal: '' },
    {
      name: 'notes hand-edited with card numbers and terminal escapes',
      journal: whole + note(CARD_TEXT, 30) + note(ATTACK_TEXT, 31),
    },
    {
      name: 'a contact and a confirmation with hostile names, hand-edited',
      journal:
        whole +
        line({
          v: 1,
          type: 'contact',
          ts: ts(32),
          step: 'ask',
          party: ATTACK_TEXT,
          who: CARD_TEXT,
          channel: 'phone',
          reference: ATTACK_TEXT,
        }) +
        line({
          v: 1,
          type: 'confirmation',
          ts: ts(33),
          step: 'ask',
          confirmation: 'cancel',
          answer: 'yes',
          who: ATTACK_TEXT,
          channel: 'phone',
          reference: CARD_TEXT,
          at: ts(33),
        }),
    },
    {
      name: 'playbook.json that is not JSON',
      journal: whole,
      playbookJson: '{"format": 1, "root": "tiny", "playbooks": {',
    },
    { name: 'playbook.json that is null', journal: whole, playbookJson: 'null' },
    {
      name: 'playbook.json whose steps are not a list',
      journal: whole,
      playbookJson: JSON.stringify({
        ...good.bundle,
        playbooks: { [good.bundle.root]: { ...tiny, steps: 'oops' } },
      }),
    },
    {
      name: 'playbook.json of another playbook than the journal says',
      journal: whole,
      playbookJson: JSON.stringify({
        ...good.bundle,
        root: 'other',
        playbooks: { other: { ...tiny, id: 'other' } },
      }),
    },
    {
      name: 'playbook.json with terminal escapes in its titles',
      journal: whole,
      playbookJson: JSON.stringify(retitled),
    },
    {
      name: 'a lock naming pid -1',
      journal: whole,
      lock: JSON.stringify({ pid: -1, host: 'localhost', started: ts(0) }),
    },
    {
      name: 'a lock naming pid 0',
      journal: whole,
      lock: JSON.stringify({ pid: 0, host: 'localhost', started: ts(0) }),
    },
    {
      name: 'a lock naming a huge pid',
      journal: whole,
      lock: JSON.stringify({ pid: 2 ** 53, host: 'localhost', started: ts(0) }),
    },
    { name: 'a lock that is not JSON', journal: whole, lock: '\u001b]0;PWNED\u0007 garbage' },
    {
      name: 'a lock whose started field carries escapes',
      journal: whole,
      lock: JSON.stringify({ pid: -5, host: 'localhost', started: ATTACK_TEXT }),
    },
  ];
}

/** Playbook files handed to validate / show / start. */
export const PLAYBOOK_ENTRIES: readonly { name: string; yaml: string }[] = [
  {
    name: 'an unknown YAML tag',
    yaml: 'id: tagged\ntitle: !shout Tagged\nsteps:\n  - id: s\n    title: S\n',
  },
  {
    name: 'titles with terminal escapes',
    yaml: `id: escapes\ntitle: ${JSON.stringify(ATTACK_TEXT)}\nsteps:\n  - id: s\n    title: ${JSON.stringify(ATTACK_TEXT)}\n    questions:\n      - { id: q, type: text, prompt: ${JSON.stringify(ATTACK_TEXT)} }\n`,
  },
  {
    name: 'ids named after Object.prototype',
    yaml: 'id: constructor\ntitle: Proto\nsteps:\n  - id: constructor\n    title: S\n    questions:\n      - { id: toString, type: text, prompt: P }\n      - { id: __proto__, type: text, prompt: P }\n',
  },
  {
    name: 'a map of prototype keys',
    yaml: 'id: proto-keys\ntitle: P\n__proto__: { polluted: true }\nconstructor: 1\nsteps:\n  - id: s\n    title: S\n',
  },
  {
    name: 'a card number in the text',
    yaml: `id: carded\ntitle: Card ${CARD_FORMS[1] ?? ''}\nsteps:\n  - id: s\n    title: S\n`,
  },
  { name: 'not YAML at all', yaml: '\u0000\u0001\u0002 binary {[' },
];

/** Answers files for the tiny playbook. */
export const ANSWERS_ENTRIES: readonly { name: string; yaml: string }[] = [
  {
    name: 'prototype names as keys',
    yaml: 'steps:\n  constructor: { answers: { toString: x } }\n  __proto__: { note: x }\n  first: { answers: { order: A-1, constructor: 1 } }\n',
  },
  {
    name: 'card numbers in every field',
    yaml: `steps:\n  first:\n    answers: { order: ${JSON.stringify(CARD_TEXT)} }\n    note: ${JSON.stringify(CARD_TEXT)}\n  ask:\n    confirmations:\n      cancel: { answer: yes, who: ${JSON.stringify(CARD_FORMS[8] ?? '')}, channel: phone, reference: ${JSON.stringify(CARD_FORMS[12] ?? '')} }\n`,
  },
  {
    name: 'terminal escapes in every field',
    yaml: `steps:\n  first:\n    answers: { order: ${JSON.stringify(ATTACK_TEXT)} }\n    note: ${JSON.stringify(ATTACK_TEXT)}\n  ask:\n    confirmations:\n      cancel: { answer: yes, who: ${JSON.stringify(ATTACK_TEXT)}, channel: phone, reference: ${JSON.stringify(ATTACK_TEXT)} }\n`,
  },
  {
    name: 'a confirmation without a name',
    yaml: 'steps:\n  first: { answers: { order: A-1 } }\n  ask: { confirmations: { cancel: { answer: yes, channel: chat } } }\n',
  },
  {
    name: 'a confirmation with an empty name',
    yaml: 'steps:\n  first: { answers: { order: A-1 } }\n  ask: { confirmations: { cancel: { answer: yes, who: "", channel: chat, reference: "" } } }\n',
  },
  {
    name: 'a channel given as true',
    yaml: 'steps:\n  first: { answers: { order: A-1 } }\n  ask: { confirmations: { cancel: { answer: yes, who: Sato, channel: true } } }\n',
  },
  {
    name: 'an unknown channel',
    yaml: 'steps:\n  first: { answers: { order: A-1 } }\n  ask: { confirmations: { cancel: { answer: yes, who: Sato, channel: fax } } }\n',
  },
];

export const TINY_YAML = `id: tiny
title: A tiny check
parties:
  - id: shop
    name: The shop
steps:
  - id: first
    title: Write it down
    questions:
      - { id: order, type: text, required: true, prompt: Order number }
  - id: ask
    title: Ask the shop
    confirmations:
      - { id: cancel, party: shop, ask: Will you cancel the order? }
`;
