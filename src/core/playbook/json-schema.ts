// The published JSON Schema (draft-07, what editors' YAML plugins understand), generated from
// the zod schema so the two never drift. Cross-field rules (unique ids, conditions that name
// real answers, includes) cannot be said in JSON Schema: `respond validate` checks those.
//
// What an editor shows is then made readable: every kind of object has a title (Step,
// Question, Condition, Text…) so messages and completions name it; a pattern has a message
// in words (`patternErrorMessage`, which yaml-language-server reads) instead of the regex; a
// text map offers `en` and `ja`; a step is matched as a task step before an include step.
// `lang: 'ja'` gives the titles, messages and descriptions in Japanese.
import { z } from 'zod';
import type { Lang } from '../i18n.js';
import { DESCRIPTIONS_JA } from './json-schema-ja.js';
import { QUESTION_TYPES, type QuestionType } from './schema.js';
import { Playbook } from './schema.js';

export const SCHEMA_ID = 'urn:respond:playbook:v1';
export const SCHEMA_FILE_NAME = 'playbook.schema.json';

type Json = Record<string, unknown>;
type Words = Readonly<Record<Lang, string>>;

const TITLES = {
  playbook: { en: 'respond playbook (format version 1)', ja: 'respond プレイブック (形式バージョン 1)' },
  step: { en: 'Step', ja: '手順' },
  include: { en: 'Include step', ja: '別のプレイブックを含める手順' },
  condition: { en: 'Condition', ja: '条件' },
  text: { en: 'Text', ja: '文' },
  textMap: { en: 'Text in several languages', ja: '言語ごとの文' },
  confirmation: { en: 'Confirmation', ja: '確認' },
  followUp: { en: 'Follow-up', ja: '確認の予定' },
  party: { en: 'Party', ja: '相手' },
  option: { en: 'Option', ja: '選択肢' },
} as const satisfies Record<string, Words>;

const QUESTION_TITLES: Readonly<Record<QuestionType, Words>> = {
  yesno: { en: 'Yes/no question', ja: 'はい/いいえの質問' },
  text: { en: 'Text question', ja: '文字列の質問' },
  choice: { en: 'Choice question', ja: '選択の質問' },
  date: { en: 'Date question', ja: '日付の質問' },
  money: { en: 'Money question', ja: '金額の質問' },
  records: { en: 'Records question', ja: '記録の一覧の質問' },
};

/** The languages a text map offers in completion. */
const TEXT_LANGS: Readonly<Record<string, Words>> = {
  en: { en: 'English', ja: '英語' },
  ja: { en: 'Japanese', ja: '日本語' },
};

/** Each pattern of the schema (schema.ts), said in words. A test fails when one has none. */
export const PATTERN_MESSAGES: Readonly<Record<string, Words>> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': {
    en: 'Use lowercase letters, digits and single dashes, e.g. "check-orders".',
    ja: '英小文字・数字と、1つずつのハイフンで書きます。例: "check-orders"。',
  },
  '^([1-9][0-9]{0,3})([hdw])$': {
    en: 'A number and a unit: h (hours), d (days) or w (weeks), e.g. "3d" or "2w".',
    ja: '数と単位で書きます: h (時間)、d (日)、w (週)。例: "3d"、"2w"。',
  },
  '^[a-z0-9]+(?:-[a-z0-9]+)*\\.[a-z0-9]+(?:-[a-z0-9]+)*$': {
    en: 'An earlier answer as "step-id.question-id", e.g. "report.order-date".',
    ja: '"手順ID.質問ID" の形で書きます。例: "report.order-date"。',
  },
  '^[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)?$': {
    en: 'A fact name such as "orders" or "shop.name".',
    ja: '"orders" や "shop.name" のような事実の名前です。',
  },
  '^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$': {
    en: 'A language code such as en or ja.',
    ja: 'en や ja のような言語コードです。',
  },
};

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const propsOf = (x: Json): Json => (isObject(x.properties) ? x.properties : {});
const has = (x: Json, ...keys: string[]) => keys.every((k) => k in propsOf(x));

/** A text: a string or a language map (`LocalizedText` in schema.ts). */
function isText(x: Json): boolean {
  const branches = x.anyOf;
  return (
    Array.isArray(branches) &&
    branches.length === 2 &&
    isObject(branches[0]) &&
    branches[0].type === 'string' &&
    isObject(branches[1]) &&
    branches[1].type === 'object' &&
    isObject(branches[1].propertyNames)
  );
}

/** The title an object of the format has, recognised by its properties. */
function titleOf(x: Json): Words | undefined {
  if (x.type !== 'object') return undefined;
  const type = propsOf(x).type;
  if (isObject(type) && typeof type.const === 'string' && has(x, 'prompt')) {
    const kind = QUESTION_TYPES.find((t) => t === type.const);
    return kind === undefined ? undefined : QUESTION_TITLES[kind];
  }
  if (has(x, 'include')) return TITLES.include;
  if (has(x, 'instructions', 'confirmations')) return TITLES.step;
  if (has(x, 'party', 'ask')) return TITLES.confirmation;
  if (has(x, 'check', 'after')) return TITLES.followUp;
  if (has(x, 'name', 'contact')) return TITLES.party;
  if (has(x, 'id', 'label') && Object.keys(propsOf(x)).length === 2) return TITLES.option;
  return undefined;
}

function shape(node: unknown, lang: Lang): unknown {
  if (Array.isArray(node)) return node.map((n) => shape(n, lang));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description' && typeof value === 'string')
      out[key] = lang === 'ja' ? (DESCRIPTIONS_JA[value] ?? value) : value;
    else if (key === '$ref' && value === `#/definitions/${CONDITION_DEF}`)
      out[key] = '#/definitions/Condition';
    else out[key] = shape(value, lang);
  }
  const title = titleOf(out);
  if (title !== undefined) out.title = title[lang];
  if (typeof out.pattern === 'string') {
    const message = PATTERN_MESSAGES[out.pattern];
    if (message !== undefined) out.patternErrorMessage = message[lang];
  }
  if (isText(out)) {
    out.title = TITLES.text[lang];
    const [, map] = out.anyOf as [Json, Json];
    map.title = TITLES.textMap[lang];
    map.properties = Object.fromEntries(
      Object.entries(TEXT_LANGS).map(([code, name]) => [
        code,
        { type: 'string', minLength: 1, description: name[lang] },
      ]),
    );
  }
  // A step is a task step unless it says `include`: matched in that order, so a step with
  // only an id is told it lacks a title, not an `include`.
  const steps = out.anyOf;
  if (Array.isArray(steps) && steps.length === 2 && isObject(steps[0]) && has(steps[0], 'include'))
    out.anyOf = [steps[1], steps[0]];
  return out;
}

/** zod's name for the one recursive definition, the condition. */
const CONDITION_DEF = '__schema0';

export function buildPlaybookJsonSchema(lang: Lang = 'en'): Json {
  const generated = z.toJSONSchema(Playbook, {
    target: 'draft-7',
    // A text map must hold at least one language; zod says it with a refine, JSON Schema with minProperties.
    override: ({ jsonSchema }) => {
      if (
        jsonSchema.type === 'object' &&
        jsonSchema.propertyNames !== undefined &&
        jsonSchema.additionalProperties !== undefined
      ) {
        jsonSchema.minProperties = 1;
      }
    },
  }) as Json;
  const { $schema, definitions, ...rest } = generated;
  const defs = isObject(definitions) ? { ...definitions } : {};
  if (CONDITION_DEF in defs) {
    defs.Condition = { title: TITLES.condition.en, ...(defs[CONDITION_DEF] as Json) };
    delete defs[CONDITION_DEF];
  }
  const shaped = shape({ ...rest, definitions: defs }, lang) as Json;
  const condition = (shaped.definitions as Json).Condition;
  if (isObject(condition)) condition.title = TITLES.condition[lang];
  return { $schema, $id: SCHEMA_ID, ...shaped, title: TITLES.playbook[lang] };
}

/** The schema as written to a file or stdout: stable, indented, ending in a newline. */
export function renderPlaybookJsonSchema(lang: Lang = 'en'): string {
  return `${JSON.stringify(buildPlaybookJsonSchema(lang), null, 2)}\n`;
}
