// The blank checklist of a playbook, as a string: `text` for a terminal, `md` for printing
// (Markdown with `- [ ]` boxes). Every step, every branch and every confirmation is visible,
// so a person can work through it on paper, on the phone with a call centre.
import type { Lang } from '../i18n.js';
import { renderTexts, type RenderTexts } from './render-messages.js';
import { buildChecklistView, type ChecklistView, type ConfirmationView, type QuestionView, type StepView } from './render-view.js';
import type { Playbook } from './schema.js';

export type ChecklistFormat = 'text' | 'md';

/** What a piece of text is, so the CLI can color it; core never imports chalk. */
export type StyleRole = 'title' | 'heading' | 'label' | 'branch' | 'muted';
export type Colorize = (role: StyleRole, text: string) => string;

export interface RenderOptions {
  readonly format: ChecklistFormat;
  readonly lang: Lang;
  /** Text format only; Markdown is never colored. */
  readonly colors?: Colorize;
}

export const BOX = '□';
const BLANK = '________';

export function renderChecklist(root: Playbook, library: ReadonlyMap<string, Playbook>, options: RenderOptions): string {
  const view = buildChecklistView(root, library, options.lang);
  const t = renderTexts[options.lang];
  return options.format === 'md' ? renderMarkdown(view, t) : renderText(view, t, options.colors ?? ((_role, text) => text));
}

// ---- text ------------------------------------------------------------------------------

function renderText(view: ChecklistView, t: RenderTexts, c: Colorize): string {
  const out: string[] = [c('title', view.title)];
  if (view.summary) out.push(...lines(view.summary, ''));
  out.push('', c('heading', t.legendTitle), ...t.legend.map((l) => `  ${c('muted', l)}`));
  if (view.parties.length > 0) {
    out.push('', c('heading', t.parties));
    for (const party of view.parties) {
      out.push(`  • ${c('label', party.name)}`);
      if (party.role) out.push(...labelled(`${t.role}: `, party.role, '      '));
      if (party.contact) out.push(...labelled(`${t.contact}: `, party.contact, '      '));
    }
  }
  for (const step of view.steps) out.push('', ...textStep(step, t, c));
  return out.join('\n') + '\n';
}

function textStep(step: StepView, t: RenderTexts, c: Colorize): string[] {
  const pad = '  '.repeat(step.depth);
  const inner = `${pad}${' '.repeat(step.number.length + 2)}`;
  const out: string[] = [];
  if (step.include) {
    out.push(`${pad}${c('heading', `${step.number}. ${step.title}`)}  ${c('muted', `(${step.include.note})`)}`);
    if (step.onlyIf) out.push(`${inner}${c('branch', `${t.onlyIf} ${step.onlyIf}`)}`);
    return out;
  }
  out.push(`${pad}${step.number}. ${BOX} ${c('heading', step.title)}`);
  if (step.onlyIf) out.push(`${inner}${c('branch', `${t.onlyIf} ${step.onlyIf}`)}`);
  if (step.why) out.push(...labelled(c('label', `${t.why}: `), step.why, inner, inner));
  if (step.how) out.push(`${inner}${c('label', `${t.how}:`)}`, ...lines(step.how, `${inner}  `));
  if (step.questions.length > 0) {
    out.push(`${inner}${c('label', `${t.questions}:`)}`);
    for (const q of step.questions) out.push(...textQuestion(q, `${inner}  `, t, c));
  }
  if (step.confirmations.length > 0) {
    out.push(`${inner}${c('label', `${t.confirmations}:`)}`);
    for (const conf of step.confirmations) out.push(...textConfirmation(conf, `${inner}  `, t, c));
  }
  if (step.followUp) out.push(`${inner}${c('label', t.followUpTitle)} ${step.followUp}`);
  out.push(`${inner}${c('muted', `${t.outcome}: ${t.outcomes.map((o) => `${BOX} ${o}`).join('  ')}`)}`);
  return out;
}

function textQuestion(q: QuestionView, pad: string, t: RenderTexts, c: Colorize): string[] {
  const out = [`${pad}${BOX} ${q.prompt} ${c('muted', `(${q.kind})`)}${answerSpace(q.boxes, '  ')}`];
  const more = `${pad}  `;
  if (q.help) out.push(...lines(q.help, more).map((l) => c('muted', l)));
  if (q.onlyIf) out.push(`${more}${c('branch', `${t.onlyIf} ${q.onlyIf}`)}`);
  if (q.fields.length > 0) out.push(`${more}${t.fields}: ${q.fields.map((f) => `${f.prompt} (${f.kind}${f.boxes.length > 0 ? `: ${f.boxes.join(' / ')}` : ''})`).join(' · ')}`);
  return out;
}

function textConfirmation(conf: ConfirmationView, pad: string, t: RenderTexts, c: Colorize): string[] {
  const out = [`${pad}${c('label', t.ask(conf.party))} ${conf.ask}  ${confirmationBoxes(t)}`];
  const more = `${pad}  `;
  if (conf.why) out.push(...lines(conf.why, more).map((l) => c('muted', l)));
  if (conf.onlyIf) out.push(`${more}${c('branch', `${t.onlyIf} ${conf.onlyIf}`)}`);
  if (conf.followUp) out.push(`${more}${t.followUpIfYes} ${conf.followUp}`);
  return out;
}

// ---- Markdown --------------------------------------------------------------------------

function renderMarkdown(view: ChecklistView, t: RenderTexts): string {
  const out: string[] = [`# ${md(view.title)}`];
  if (view.summary) out.push('', mdLines(view.summary));
  out.push('', `**${md(t.legendTitle)}**`, '', ...t.legend.map((l) => `- ${md(l)}`));
  if (view.parties.length > 0) {
    out.push('', `## ${md(t.parties)}`, '');
    for (const party of view.parties) {
      out.push(`- **${md(party.name)}**`);
      if (party.role) out.push(`  - ${md(t.role)}: ${mdInline(party.role)}`);
      if (party.contact) out.push(`  - ${md(t.contact)}: ${mdInline(party.contact)}`);
    }
  }
  for (const step of view.steps) out.push('', ...mdStep(step, t));
  return out.join('\n') + '\n';
}

function mdStep(step: StepView, t: RenderTexts): string[] {
  const hashes = '#'.repeat(Math.min(2 + step.depth, 6));
  const out: string[] = [];
  if (step.include) {
    out.push(`${hashes} ${step.number}. ${md(step.title)}`, '', `*${md(step.include.note)}*`);
    if (step.onlyIf) out.push('', `> **${md(t.onlyIf)}** ${md(step.onlyIf)}`);
    return out;
  }
  out.push(`${hashes} ${step.number}. ${md(step.title)}`);
  if (step.onlyIf) out.push('', `> **${md(t.onlyIf)}** ${md(step.onlyIf)}`);
  if (step.why) out.push('', `**${md(t.why)}:** ${mdInline(step.why)}`);
  if (step.how) out.push('', `**${md(t.how)}:**`, '', mdLines(step.how));
  if (step.questions.length > 0) {
    out.push('', `**${md(t.questions)}:**`, '');
    for (const q of step.questions) {
      out.push(`- [ ] ${md(q.prompt)} *(${md(q.kind)})*${answerSpace(q.boxes.map(md), '  ')}`);
      if (q.help) out.push(`  - ${mdInline(q.help)}`);
      if (q.onlyIf) out.push(`  - **${md(t.onlyIf)}** ${md(q.onlyIf)}`);
      if (q.fields.length > 0) {
        out.push(`  - ${md(t.fields)}:`);
        for (const f of q.fields) out.push(`    - ${md(f.prompt)} *(${md(f.kind)})*${answerSpace(f.boxes.map(md), '  ')}`);
      }
    }
  }
  if (step.confirmations.length > 0) {
    out.push('', `**${md(t.confirmations)}:**`, '');
    for (const conf of step.confirmations) {
      out.push(`- [ ] **${md(t.ask(conf.party))}** ${md(conf.ask)}  ${confirmationBoxes(t, true)}`);
      if (conf.why) out.push(`  - ${mdInline(conf.why)}`);
      if (conf.onlyIf) out.push(`  - **${md(t.onlyIf)}** ${md(conf.onlyIf)}`);
      if (conf.followUp) out.push(`  - [ ] ${md(t.followUpIfYes)} ${md(conf.followUp)}`);
    }
  }
  if (step.followUp) out.push('', `- [ ] **${md(t.followUpTitle)}** ${md(step.followUp)}`);
  out.push('', `${md(t.outcome)}: ${t.outcomes.map((o) => `${BOX} ${md(o)}`).join(' ')}`);
  return out;
}

// ---- shared ----------------------------------------------------------------------------

/** "□ yes □ no □ don't know · who · when · channel · ref no." (blanks to fill on paper in Markdown). */
function confirmationBoxes(t: RenderTexts, blanks = false): string {
  const answers = [t.yes, t.no, t.unknown].map((a) => `${BOX} ${a}`).join(' ');
  const record = t.confirmationRecord.map((r) => (blanks ? `${r}: ${BLANK}` : r)).join(' · ');
  return `${answers} · ${record}`;
}

function answerSpace(boxes: readonly string[], sep: string): string {
  return boxes.length > 0 ? `${sep}${boxes.map((b) => `${BOX} ${b}`).join(' ')}` : '';
}

function lines(text: string, pad: string): string[] {
  return text.split('\n').map((l) => (l.trim() === '' ? '' : `${pad}${l.trimEnd()}`));
}

/** A labelled paragraph: the first line after the label, the others under it. */
function labelled(label: string, text: string, pad: string, rest = `${pad}  `): string[] {
  const [first = '', ...others] = text.split('\n');
  return [`${pad}${label}${first.trimEnd()}`, ...others.map((l) => (l.trim() === '' ? '' : `${rest}${l.trimEnd()}`))];
}

/** Playbook text is data, not markup: no HTML, links or emphasis it did not mean. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (ch) => `\\${ch}`).replace(/^([#>+-]|\d+\.)(\s)/, '\\$1$2');
}

function mdInline(text: string): string {
  return text.split('\n').map((l) => md(l.trim())).filter((l) => l !== '').join(' ');
}

/** Multi-line instructions keep their lines (hard breaks) and their own list markers. */
function mdLines(text: string): string {
  return text
    .split('\n')
    .map((l) => {
      const trimmed = l.trimEnd();
      const list = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(trimmed);
      if (list) return `${list[1] ?? ''}${list[2] === '*' ? '-' : list[2] ?? '-'} ${md(list[3] ?? '')}`;
      return trimmed === '' ? '' : `${md(trimmed)}  `;
    })
    .join('\n')
    .replace(/ {2}$/, '');
}
