// Checks the built-in playbooks hold to what the schema alone cannot say: both languages in
// every text, the same numbers and placeholders in each, ids unique per scope, references
// that name earlier answers, includes that exist. Every check returns problems as
// "FILE: path.to.field: message" lines, so a failing test names exactly what to fix.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { Playbook, type Condition, type Question } from '../../src/core/playbook/schema.js';

const CHECKLISTS_DIR = join(import.meta.dirname, '..', '..', 'checklists');
const REQUIRED_LANGS = ['en', 'ja'] as const;
export const SCHEMA_COMMENT = '# yaml-language-server: $schema=../dist/playbook.schema.json';

/** Keys whose value is text shown to the person (LocalizedText in the schema). */
const TEXT_KEYS = new Set([
  'title',
  'summary',
  'name',
  'role',
  'contact',
  'why',
  'instructions',
  'prompt',
  'help',
  'label',
  'item-name',
  'ask',
  'check',
]);
const LANG_KEY = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;

export interface Builtin {
  readonly file: string;
  readonly source: string;
  readonly data: unknown;
  readonly problems: string[];
}

export function listBuiltinFiles(dir = CHECKLISTS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => ['.yaml', '.yml'].includes(extname(name)))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads and parses one file; YAML errors and warnings become problems. */
export function readBuiltin(path: string): Builtin {
  const file = basename(path);
  const source = readFileSync(path, 'utf8');
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
  const problems = [...doc.errors, ...doc.warnings].map(
    (e) => `${file}: YAML: ${e.message.split('\n')[0] ?? ''}`,
  );
  return { file, source, data: doc.toJS({ maxAliasCount: 0 }) as unknown, problems };
}

export function checkSchema(file: string, data: unknown): string[] {
  const result = Playbook.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map(
    (issue) => `${file}: ${issue.path.map(String).join('.') || '(top)'}: ${issue.message}`,
  );
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeTextMap(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every((k) => LANG_KEY.test(k)) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** Every text field with its path: by key name, and any other value shaped like {en, ja}. */
export function collectTexts(data: unknown): { path: string; value: unknown }[] {
  const found: { path: string; value: unknown }[] = [];
  const visit = (node: unknown, path: string, key: string | undefined): void => {
    if ((key !== undefined && TEXT_KEYS.has(key) && !Array.isArray(node)) || looksLikeTextMap(node)) {
      found.push({ path, value: node });
      return;
    }
    if (Array.isArray(node)) node.forEach((child, i) => visit(child, `${path}[${i}]`, undefined));
    else if (isPlainObject(node))
      for (const [k, child] of Object.entries(node)) visit(child, path ? `${path}.${k}` : k, k);
  };
  visit(data, '', undefined);
  return found;
}

/** Digit runs, phone-style numbers ("0120-12-345") and "#9110"-style short codes. */
export function numbersIn(text: string): string[] {
  return (text.match(/#?[0-9]+(?:[-.,][0-9]+)*/g) ?? []).sort();
}

export function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(/\{[^{}\s]+\}/g) ?? [])].sort();
}

export function checkTexts(file: string, data: unknown): string[] {
  const problems: string[] = [];
  for (const { path, value } of collectTexts(data)) {
    if (!isPlainObject(value)) {
      problems.push(`${file}: ${path}: must be a map with both "en" and "ja", got ${JSON.stringify(value)}`);
      continue;
    }
    const texts: Partial<Record<string, string>> = {};
    for (const lang of REQUIRED_LANGS) {
      const text = value[lang];
      if (typeof text !== 'string' || text.trim() === '')
        problems.push(`${file}: ${path}.${lang}: missing or empty`);
      else texts[lang] = text;
    }
    const { en, ja } = texts;
    if (en === undefined || ja === undefined) continue;
    if (/[０-９＃｛｝]/.test(ja))
      problems.push(`${file}: ${path}.ja: use ASCII digits, "#" and braces, as in the English text`);
    // A folded YAML block (">-") joins its lines with a space, which breaks Japanese sentences.
    const gap = /[^\p{ASCII}] +[^\p{ASCII}]/u.exec(ja);
    if (gap)
      problems.push(
        `${file}: ${path}.ja: stray space in "${gap[0]}" (write Japanese on one line, not as a folded ">-" block)`,
      );
    const [enNumbers, jaNumbers] = [numbersIn(en), numbersIn(ja)];
    if (enNumbers.join(' ') !== jaNumbers.join(' ')) {
      problems.push(
        `${file}: ${path}: numbers differ between en [${enNumbers.join(', ')}] and ja [${jaNumbers.join(', ')}]`,
      );
    }
    const [enHoles, jaHoles] = [placeholdersIn(en), placeholdersIn(ja)];
    if (enHoles.join(' ') !== jaHoles.join(' ')) {
      problems.push(
        `${file}: ${path}: placeholders differ between en [${enHoles.join(', ')}] and ja [${jaHoles.join(', ')}]`,
      );
    }
  }
  return problems;
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Ids unique per scope: steps, parties, a step's questions and confirmations together, record fields, options. */
export function checkIds(file: string, playbook: Playbook): string[] {
  const problems: string[] = [];
  const report = (scope: string, ids: string[]): void => {
    for (const id of duplicates(ids)) problems.push(`${file}: ${scope}: id "${id}" is used more than once`);
  };
  report(
    'steps',
    playbook.steps.map((s) => s.id),
  );
  report(
    'parties',
    (playbook.parties ?? []).map((p) => p.id),
  );
  playbook.steps.forEach((step, i) => {
    if ('include' in step) return;
    const at = `steps[${i}] (${step.id})`;
    report(`${at} questions and confirmations`, [
      ...(step.questions ?? []).map((q) => q.id),
      ...(step.confirmations ?? []).map((c) => c.id),
    ]);
    (step.questions ?? []).forEach((q, j) => {
      if (q.type === 'choice')
        report(
          `${at}.questions[${j}].options`,
          q.options.map((o) => o.id),
        );
      if (q.type === 'records') {
        report(
          `${at}.questions[${j}].fields`,
          q.fields.map((f) => f.id),
        );
        q.fields.forEach((f, k) => {
          if (f.type === 'choice')
            report(
              `${at}.questions[${j}].fields[${k}].options`,
              f.options.map((o) => o.id),
            );
        });
      }
    });
  });
  return problems;
}

interface Answerable {
  readonly questions: Map<string, Question>;
  readonly confirmations: Set<string>;
}

/**
 * Conditions look only at earlier steps of the same playbook (or earlier questions of the
 * same step); a follow-up counts from a top-level date question of an earlier step;
 * confirmations name a declared party; compared values fit the question.
 */
export function checkReferences(file: string, playbook: Playbook): string[] {
  const problems: string[] = [];
  const parties = new Set((playbook.parties ?? []).map((p) => p.id));
  const earlier = new Map<string, Answerable>();

  const checkCondition = (
    condition: Condition,
    at: string,
    visible: ReadonlyMap<string, Answerable>,
  ): void => {
    if ('all' in condition)
      return condition.all.forEach((c, i) => checkCondition(c, `${at}.all[${i}]`, visible));
    if ('any' in condition)
      return condition.any.forEach((c, i) => checkCondition(c, `${at}.any[${i}]`, visible));
    if ('none' in condition)
      return condition.none.forEach((c, i) => checkCondition(c, `${at}.none[${i}]`, visible));
    if ('confirmation' in condition) {
      const [stepId = '', confId = ''] = condition.confirmation.split('.');
      if (!visible.get(stepId)?.confirmations.has(confId))
        problems.push(`${file}: ${at}: "${condition.confirmation}" is not a confirmation of an earlier step`);
      return;
    }
    if ('field' in condition || 'fact' in condition || 'region' in condition) return;
    const [stepId = '', questionId = ''] = condition.answer.split('.');
    const question = visible.get(stepId)?.questions.get(questionId);
    if (!question) {
      problems.push(`${file}: ${at}: "${condition.answer}" is not a question asked earlier in this playbook`);
      return;
    }
    if (question.type === 'records' && !('answered' in condition))
      problems.push(
        `${file}: ${at}: "${condition.answer}" is a records question; a condition cannot compare it`,
      );
    const values = 'is' in condition ? condition.is : 'not' in condition ? condition.not : undefined;
    for (const value of values === undefined ? [] : Array.isArray(values) ? values : [values]) {
      if (question.type === 'yesno' && typeof value !== 'boolean')
        problems.push(
          `${file}: ${at}: "${condition.answer}" is yes/no; compare it with true or false, not ${JSON.stringify(value)}`,
        );
      if (question.type === 'choice' && !question.options.some((o) => o.id === value)) {
        problems.push(
          `${file}: ${at}: ${JSON.stringify(value)} is not an option of "${condition.answer}" (${question.options.map((o) => o.id).join(', ')})`,
        );
      }
    }
  };

  const checkFrom = (from: string | undefined, at: string): void => {
    if (from === undefined) return;
    const [stepId = '', questionId = ''] = from.split('.');
    if (earlier.get(stepId)?.questions.get(questionId)?.type !== 'date')
      problems.push(`${file}: ${at}.from: "${from}" is not a date question of an earlier step`);
  };

  playbook.steps.forEach((step, i) => {
    const at = `steps[${i}] (${step.id})`;
    if (step.when) checkCondition(step.when, `${at}.when`, earlier);
    if ('include' in step) return;
    const own: Answerable = { questions: new Map(), confirmations: new Set() };
    const withOwn = new Map([...earlier, [step.id, own]]);
    (step.questions ?? []).forEach((q, j) => {
      if (q.when) checkCondition(q.when, `${at}.questions[${j}].when`, withOwn);
      if (q.type === 'records')
        q.fields.forEach((f, k) => {
          // A field may only compare an earlier field of the same record.
          const earlier = q.fields.slice(0, k).map((e) => e.id);
          const when = f.when;
          if (when === undefined) return;
          if (!('field' in when) || !earlier.includes(when.field))
            problems.push(
              `${file}: ${at}.questions[${j}].fields[${k}].when: a field's condition must name an earlier field of its record`,
            );
        });
      own.questions.set(q.id, q);
    });
    (step.confirmations ?? []).forEach((c, j) => {
      const cat = `${at}.confirmations[${j}]`;
      if (!parties.has(c.party))
        problems.push(
          `${file}: ${cat}.party: "${c.party}" is not one of the parties (${[...parties].join(', ')})`,
        );
      if (c.when)
        checkCondition(
          c.when,
          `${cat}.when`,
          new Map([...earlier, [step.id, { questions: own.questions, confirmations: new Set<string>() }]]),
        );
      checkFrom(c['follow-up']?.from, `${cat}.follow-up`);
    });
    checkFrom(step['follow-up']?.from, `${at}.follow-up`);
    for (const c of step.confirmations ?? []) own.confirmations.add(c.id);
    earlier.set(step.id, own);
  });
  return problems;
}

/** Includes that name no built-in, and include cycles. */
export function checkIncludes(
  playbooks: ReadonlyMap<string, { file: string; playbook: Playbook }>,
): string[] {
  const problems: string[] = [];
  const includesOf = (p: Playbook): string[] => p.steps.flatMap((s) => ('include' in s ? [s.include] : []));
  for (const { file, playbook } of playbooks.values()) {
    playbook.steps.forEach((step, i) => {
      if ('include' in step && !playbooks.has(step.include))
        problems.push(`${file}: steps[${i}] (${step.id}).include: no built-in playbook "${step.include}"`);
    });
    const seen = new Set<string>();
    const stack = [...includesOf(playbook).map((id) => [playbook.id, id])];
    while (stack.length > 0) {
      const chain = stack.pop() ?? [];
      const last = chain[chain.length - 1] ?? '';
      if (last === playbook.id) {
        problems.push(`${file}: include cycle ${chain.join(' -> ')}`);
        continue;
      }
      if (seen.has(last)) continue;
      seen.add(last);
      const next = playbooks.get(last)?.playbook;
      if (next) for (const id of includesOf(next)) stack.push([...chain, id]);
    }
  }
  return problems;
}

/** A confirmation that asks for a promise ("Will you ...") must say when to check it was kept. */
export function checkPromisesFollowedUp(file: string, playbook: Playbook): string[] {
  return playbook.steps.flatMap((step, i) =>
    'include' in step
      ? []
      : (step.confirmations ?? []).flatMap((c, j) => {
          const ask = typeof c.ask === 'string' ? c.ask : (c.ask.en ?? '');
          return /\bwill you\b/i.test(ask) && !c['follow-up']
            ? [
                `${file}: steps[${i}] (${step.id}).confirmations[${j}] (${c.id}): asks for a promise but has no follow-up`,
              ]
            : [];
        }),
  );
}
