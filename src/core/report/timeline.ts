// The journal as a timeline a person reads: one line per event, in the case's words.
// `respond log` prints it; reports reuse it. Pure: titles come from the walked playbook.
import { factSpec } from '../playbook/facts.js';
import { localize, type Lang, type Messages } from '../i18n.js';
import { situationLabel } from '../playbook/situations.js';
import { laterQuestion, NOTE_STEP } from '../playbook/later-events.js';
import { channelLabel } from '../journal/channels.js';
import type { AnswerValue, FieldValue, JournalEvent } from '../journal/events.js';
import type { WalkedTask } from '../playbook/walk.js';
import { whoLabel } from '../journal/who.js';
import { followUpCheck } from '../session/plan.js';
import { describeField } from './facts-lists.js';
import { formatSize, mediaTypeLabel } from '../evidence/media-type.js';

interface Texts {
  started: (playbook: string) => string;
  answer: (question: string, value: string) => string;
  recordField: (question: string, n: number, field: string, value: string) => string;
  /** One record's fields told together, on one line. */
  record: (question: string, n: number, fields: readonly string[]) => string;
  contact: (party: string, who: string, channel: string) => string;
  confirmation: (party: string, ask: string, answer: string, who: string, channel: string) => string;
  at: (when: string) => string;
  reference: (ref: string) => string;
  outcome: Record<'done' | 'skipped' | 'waiting' | 'later', (step: string, extra: string) => string>;
  note: (text: string) => string;
  followUpSet: (due: string, check: string) => string;
  followUpResolved: (id: string, result: string) => string;
  back: (step: string) => string;
  closed: (forced: boolean) => string;
  triage: (situations: string, playbooks: string) => string;
  added: (playbook: string) => string;
  attached: (name: string, kind: string, size: string, note: string | undefined) => string;
  /** A mail attached as evidence, at its own date: who sent it and its subject. */
  mail: (from: string | undefined, subject: string | undefined) => string;
  yes: string;
  no: string;
  unknown: string;
}

const texts: Messages<Texts> = {
  en: {
    started: (p) => `Case started: ${p}`,
    answer: (q, v) => `${q}: ${v}`,
    recordField: (q, n, f, v) => `${q} ${n}, ${f}: ${v}`,
    record: (q, n, fields) => `${q} ${n}: ${fields.join('; ')}`,
    contact: (p, w, c) => `Contact with ${p}: ${w} (${c})`,
    confirmation: (p, a, ans, w, c) => `Asked ${p}: "${a}" → ${ans} — ${w}, ${c}`,
    at: (when) => `, at ${when}`,
    reference: (r) => `, ref. ${r}`,
    outcome: {
      done: (s) => `Done: ${s}`,
      skipped: (s, why) => `Skipped: ${s} (${why})`,
      waiting: (s, due) => `Waiting: ${s} (check on ${due})`,
      later: (s) => `Left for later: ${s}`,
    },
    note: (t) => `Note: ${t}`,
    followUpSet: (due, check) => `Follow-up on ${due}: ${check}`,
    followUpResolved: (id, result) => `Follow-up checked (${id}): ${result}`,
    back: (s) => `Went back to: ${s}`,
    closed: (forced) => (forced ? 'Case closed (with items still open)' : 'Case closed'),
    triage: (situations, playbooks) => `What happened: ${situations} → ${playbooks}`,
    added: (p) => `Added to this case: ${p}`,
    attached: (name, kind, size, note) =>
      `Evidence attached: ${name} (${kind}, ${size})${note ? ` — ${note}` : ''}`,
    mail: (from, subject) => `Mail received${from ? ` from ${from}` : ''}${subject ? `: "${subject}"` : ''}`,
    yes: 'yes',
    no: 'no',
    unknown: "don't know",
  },
  ja: {
    started: (p) => `ケース開始: ${p}`,
    answer: (q, v) => `${q}: ${v}`,
    recordField: (q, n, f, v) => `${q} ${n} 件目、${f}: ${v}`,
    record: (q, n, fields) => `${q} ${n} 件目: ${fields.join('、')}`,
    contact: (p, w, c) => `${p}との連絡: ${w} (${c})`,
    confirmation: (p, a, ans, w, c) => `${p}に確認:「${a}」→ ${ans} — ${w}、${c}`,
    at: (when) => `、${when}`,
    reference: (r) => `、受付番号 ${r}`,
    outcome: {
      done: (s) => `済み: ${s}`,
      skipped: (s, why) => `飛ばした: ${s} (${why})`,
      waiting: (s, due) => `対応待ち: ${s} (${due} に確認)`,
      later: (s) => `後回し: ${s}`,
    },
    note: (t) => `メモ: ${t}`,
    followUpSet: (due, check) => `${due} に確認: ${check}`,
    followUpResolved: (id, result) => `確認済み (${id}): ${result}`,
    back: (s) => `戻った: ${s}`,
    closed: (forced) => (forced ? 'ケース完了 (未確認の項目あり)' : 'ケース完了'),
    triage: (situations, playbooks) => `起きたこと: ${situations} → ${playbooks}`,
    added: (p) => `このケースに追加: ${p}`,
    attached: (name, kind, size, note) => `証拠を添付: ${name} (${kind}、${size})${note ? ` — ${note}` : ''}`,
    mail: (from, subject) => `メール受信${from ? `: ${from}` : ''}${subject ? ` 件名「${subject}」` : ''}`,
    yes: 'はい',
    no: 'いいえ',
    unknown: 'わからない',
  },
};

export interface TimelineContext {
  readonly lang: Lang;
  readonly playbookTitle: string;
  readonly tasks: readonly WalkedTask[];
  readonly partyName: (id: string) => string;
}

export interface TimelineLine {
  /** "2026-11-22 09:05 +09:00" */
  readonly when: string;
  readonly text: string;
  readonly event: JournalEvent;
}

/** "2026-11-22T09:05:00.000+09:00" → "2026-11-22 09:05 +09:00" */
export function shortTime(ts: string): string {
  return `${ts.slice(0, 10)} ${ts.slice(11, 16)} ${ts.slice(23)}`.trim();
}

export function describeValue(value: AnswerValue | FieldValue, lang: Lang): string {
  const t = texts[lang];
  switch (value.kind) {
    case 'yesno':
      return value.value ? t.yes : t.no;
    case 'money':
      return `${value.value.amount} ${value.value.currency}`;
    case 'records':
      return value.value
        .map(
          (r) =>
            `[${Object.values(r)
              .map((f) => describeValue(f, lang))
              .join(', ')}]`,
        )
        .join(' ');
    default:
      return value.value;
  }
}

/**
 * One line per event; with `group`, the fields of one record told one after the other
 * (a record's details, a for-each answer) make one line, so a list reads once, not field by field.
 */
export function timeline(
  events: readonly JournalEvent[],
  ctx: TimelineContext,
  options: { readonly group?: boolean } = {},
): TimelineLine[] {
  const t = texts[ctx.lang];
  const byKey = new Map(ctx.tasks.map((task) => [task.key, task]));
  const stepTitle = (key: string) => {
    const task = byKey.get(key);
    return task ? localize(task.step.title, ctx.lang) : key;
  };
  // Later events (`note shipment`, `note loss`) answer the questions of the step "note".
  const questionOf = (key: string, id: string) =>
    byKey.get(key)?.step.questions?.find((q) => q.id === id) ??
    (key === NOTE_STEP ? laterQuestion(id) : undefined);
  const questionText = (key: string, id: string) => {
    const question = questionOf(key, id);
    return question ? localize(question.prompt, ctx.lang) : `${key}.${id}`;
  };
  const askText = (key: string, id: string) => {
    const confirmation = byKey.get(key)?.step.confirmations?.find((c) => c.id === id);
    return confirmation ? localize(confirmation.ask, ctx.lang) : `${key}.${id}`;
  };
  const fieldOf = (step: string, question: string, field: string) => {
    const q = questionOf(step, question);
    return q?.type === 'records' ? q.fields.find((f) => f.id === field) : undefined;
  };
  if (options.group !== true)
    return events.map((event) => ({ when: shortTime(event.ts), event, text: describe(event) }));
  const out: TimelineLine[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event === undefined) continue;
    if (event.type !== 'record-field') {
      out.push({ when: shortTime(event.ts), event, text: describe(event) });
      continue;
    }
    const fields: string[] = [];
    let j = i;
    for (; j < events.length; j++) {
      const next = events[j];
      if (
        next?.type !== 'record-field' ||
        next.step !== event.step ||
        next.question !== event.question ||
        next.index !== event.index
      )
        break;
      const field = fieldOf(next.step, next.question, next.field);
      const value = describeField(field, { kind: next.kind, value: next.value } as FieldValue, ctx.lang);
      fields.push(`${field ? localize(field.prompt, ctx.lang) : next.field}: ${value}`);
    }
    out.push({
      when: shortTime(event.ts),
      event,
      text: t.record(questionText(event.step, event.question), event.index + 1, fields),
    });
    i = j - 1;
  }
  return out;

  function describe(event: JournalEvent): string {
    switch (event.type) {
      case 'case-started':
        return t.started(ctx.playbookTitle) + (event.name ? ` — ${event.name}` : '');
      case 'answer': {
        // Choice ids read as their labels, amounts grouped: "Visa", not "visa".
        const question = questionOf(event.step, event.question);
        // An answer no playbook question asks (report --name) is named by the fact it sets.
        const fact = question === undefined && event.fact !== undefined ? factSpec(event.fact) : undefined;
        return t.answer(
          fact ? localize(fact.label, ctx.lang) : questionText(event.step, event.question),
          describeField(question, { kind: event.kind, value: event.value } as AnswerValue, ctx.lang),
        );
      }
      case 'record-field': {
        const field = fieldOf(event.step, event.question, event.field);
        const value = describeField(field, { kind: event.kind, value: event.value } as FieldValue, ctx.lang);
        return t.recordField(
          questionText(event.step, event.question),
          event.index + 1,
          field ? localize(field.prompt, ctx.lang) : event.field,
          value,
        );
      }
      case 'contact':
        return t.contact(
          ctx.partyName(event.party),
          event.who,
          [channelLabel(event.channel, ctx.lang), event.reference].filter(Boolean).join(', '),
        );
      case 'confirmation': {
        const answer = event.answer === 'yes' ? t.yes : event.answer === 'no' ? t.no : t.unknown;
        return (
          t.confirmation(
            ctx.partyName(event.party),
            askText(event.step, event.confirmation),
            answer,
            whoLabel(event.who, ctx.lang),
            channelLabel(event.channel, ctx.lang),
          ) +
          (event.at.slice(0, 16) !== event.ts.slice(0, 16) ? t.at(shortTime(event.at)) : '') +
          (event.reference ? t.reference(event.reference) : '')
        );
      }
      case 'step-outcome':
        return t.outcome[event.outcome](
          stepTitle(event.step),
          event.outcome === 'skipped' ? event.reason : event.outcome === 'waiting' ? event.due : '',
        );
      case 'note':
        return t.note(event.text);
      case 'follow-up-set':
        return t.followUpSet(event.due, followUpCheck(event, ctx.tasks, ctx.lang));
      case 'follow-up-resolved':
        return t.followUpResolved(event.id, event.result);
      case 'step-back':
        return t.back(stepTitle(event.to));
      case 'case-closed':
        return t.closed(event.forced);
      case 'triage':
        return t.triage(
          event.situations.map((s) => situationLabel(s, ctx.lang)).join(', '),
          event.playbooks.join(', '),
        );
      case 'playbook-added':
        return t.added(event.playbook);
      case 'evidence-attached':
        return t.attached(
          event.name,
          mediaTypeLabel(event.mediaType, ctx.lang),
          formatSize(event.size, ctx.lang),
          event.note,
        );
    }
  }
}

/** The line a mail attached as evidence adds at its own date (the date it was sent, not attached). */
export function mailLine(mail: { from?: string; subject?: string }, lang: Lang): string {
  return texts[lang].mail(mail.from, mail.subject);
}
