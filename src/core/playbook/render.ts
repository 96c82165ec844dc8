// The blank checklist of a playbook, as a string: `text` for a terminal (render-text.ts), `md`
// for printing (Markdown with `- [ ]` boxes, here). Every step, every branch and every confirmation is visible,
// so a person can work through it on paper, on the phone with a call centre.
import type { Lang } from '../i18n.js';
import { renderTexts, type RenderTexts } from './render-messages.js';
import { BOX, confirmationBoxes, renderText, type Colorize } from './render-text.js';
import { buildChecklistView, type ChecklistView, type StepView } from './render-view.js';
import type { Playbook } from './schema.js';

export type ChecklistFormat = 'text' | 'md';
export type { Colorize, StyleRole } from './render-text.js';

export interface RenderOptions {
  readonly format: ChecklistFormat;
  readonly lang: Lang;
  /** Text format only; Markdown is never colored. */
  readonly colors?: Colorize;
  /** Text format only: wrap lines to this many columns (default: no wrapping). */
  readonly width?: number;
}

export function renderChecklist(
  root: Playbook,
  library: ReadonlyMap<string, Playbook>,
  options: RenderOptions,
): string {
  const view = buildChecklistView(root, library, options.lang);
  const t = renderTexts[options.lang];
  if (options.format === 'md') return renderMarkdown(view, t);
  return renderText(
    view,
    t,
    options.colors ?? ((_role, text) => text),
    options.width ?? Number.POSITIVE_INFINITY,
  );
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
        for (const f of q.fields)
          out.push(`    - ${md(f.prompt)} *(${md(f.kind)})*${answerSpace(f.boxes.map(md), '  ')}`);
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

// ---- helpers ---------------------------------------------------------------------------

function answerSpace(boxes: readonly string[], sep: string): string {
  return boxes.length > 0 ? `${sep}${boxes.map((b) => `${BOX} ${b}`).join(' ')}` : '';
}

/** Playbook text is data, not markup: no HTML, links or emphasis it did not mean. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (ch) => `\\${ch}`).replace(/^([#>+-]|\d+\.)(\s)/, '\\$1$2');
}

function mdInline(text: string): string {
  return text
    .split('\n')
    .map((l) => md(l.trim()))
    .filter((l) => l !== '')
    .join(' ');
}

/** Multi-line instructions keep their lines (hard breaks) and their own list markers. */
function mdLines(text: string): string {
  return text
    .split('\n')
    .map((l) => {
      const trimmed = l.trimEnd();
      const list = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(trimmed);
      if (list) return `${list[1] ?? ''}${list[2] === '*' ? '-' : (list[2] ?? '-')} ${md(list[3] ?? '')}`;
      return trimmed === '' ? '' : `${md(trimmed)}  `;
    })
    .join('\n')
    .replace(/ {2}$/, '');
}
