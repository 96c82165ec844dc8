// The blank checklist for a terminal: indented, boxes to tick, wrapped to the terminal's
// width (Japanese wraps between phrases, never inside a word) with continuation lines under
// their text.
import { displayWidth } from '../table.js';
import { breakTokens } from '../text/line-breaks.js';
import type { RenderTexts } from './render-messages.js';
import type { ChecklistView, ConfirmationView, QuestionView, StepView } from './render-view.js';

/** What a piece of text is, so the CLI can color it; core never imports chalk. */
export type StyleRole = 'title' | 'heading' | 'label' | 'branch' | 'muted';
export type Colorize = (role: StyleRole, text: string) => string;

export const BOX = '□';

/** A piece of a line: its text, how it is styled, and whether it may be broken. */
interface Seg {
  readonly text: string;
  readonly role?: StyleRole;
  /** Kept on one line (moved whole to the next one when it does not fit): answer boxes. */
  readonly keep?: boolean;
  /** When even a line of its own is too short for a kept segment: the parts it may split into. */
  readonly units?: readonly string[];
}

export function renderText(view: ChecklistView, t: RenderTexts, c: Colorize, width: number): string {
  const w = (segs: readonly Seg[], first: string, rest = first) => wrap(segs, width, first, rest, c);
  const out: string[] = [...w([{ text: view.title, role: 'title' }], '')];
  if (view.summary) out.push(...w([{ text: view.summary }], ''));
  out.push('', ...w([{ text: t.legendTitle, role: 'heading' }], ''));
  for (const line of t.legend) out.push(...w([{ text: line, role: 'muted' }], '  ', '     '));
  if (view.parties.length > 0) {
    out.push('', ...w([{ text: t.parties, role: 'heading' }], ''));
    for (const party of view.parties) {
      out.push(...w([{ text: party.name, role: 'label' }], '  • ', '    '));
      if (party.role)
        out.push(...w([{ text: `${t.role}: `, role: 'muted' }, { text: party.role }], '      ', '        '));
      if (party.contact)
        out.push(
          ...w([{ text: `${t.contact}: `, role: 'muted' }, { text: party.contact }], '      ', '        '),
        );
    }
  }
  for (const step of view.steps) out.push('', ...textStep(step, t, w));
  return out.join('\n') + '\n';
}

type Wrap = (segs: readonly Seg[], first: string, rest?: string) => string[];

function textStep(step: StepView, t: RenderTexts, w: Wrap): string[] {
  const pad = '  '.repeat(step.depth);
  const inner = `${pad}${' '.repeat(step.number.length + 2)}`;
  const branch = (text: string, at: string) =>
    w([{ text: `${t.onlyIf} ${text}`, role: 'branch' }], at, `${at}  `);
  const out: string[] = [];
  if (step.include) {
    out.push(
      ...w(
        [
          { text: `${step.number}. ${step.title}`, role: 'heading' },
          { text: `  (${step.include.note})`, role: 'muted', keep: true },
        ],
        pad,
        inner,
      ),
    );
    if (step.onlyIf) out.push(...branch(step.onlyIf, inner));
    return out;
  }
  out.push(
    ...w([{ text: `${step.number}. ${BOX} ` }, { text: step.title, role: 'heading' }], pad, `${inner}  `),
  );
  if (step.onlyIf) out.push(...branch(step.onlyIf, inner));
  if (step.why)
    out.push(...w([{ text: `${t.why}: `, role: 'label' }, { text: step.why }], inner, `${inner}  `));
  if (step.how) {
    out.push(...w([{ text: `${t.how}:`, role: 'label' }], inner));
    for (const line of step.how.split('\n')) {
      if (line.trim() === '') continue;
      // A list item's continuation lines sit under its text, not under its marker.
      const marker = /^\s*(?:[-*•・]|\d+[.)])\s+/.exec(line)?.[0].length ?? 0;
      out.push(...w([{ text: line.trim() }], `${inner}  `, `${inner}  ${' '.repeat(marker)}`));
    }
  }
  if (step.questions.length > 0) {
    out.push(...w([{ text: `${t.questions}:`, role: 'label' }], inner));
    for (const q of step.questions) out.push(...textQuestion(q, `${inner}  `, t, w, branch));
  }
  if (step.confirmations.length > 0) {
    out.push(...w([{ text: `${t.confirmations}:`, role: 'label' }], inner));
    for (const conf of step.confirmations) out.push(...textConfirmation(conf, `${inner}  `, t, w, branch));
  }
  if (step.followUp)
    out.push(
      ...w([{ text: `${t.followUpTitle} `, role: 'label' }, { text: step.followUp }], inner, `${inner}  `),
    );
  out.push(
    ...w(
      [
        { text: `${t.outcome}: `, role: 'muted' },
        ...t.outcomes.map((o, i) => ({
          text: `${i > 0 ? '  ' : ''}${BOX} ${o}`,
          role: 'muted' as const,
          keep: true,
        })),
      ],
      inner,
      `${inner}  `,
    ),
  );
  return out;
}

type Branch = (text: string, at: string) => string[];

function textQuestion(q: QuestionView, pad: string, t: RenderTexts, w: Wrap, branch: Branch): string[] {
  const more = `${pad}  `;
  const out = w(
    [
      { text: `${BOX} ` },
      { text: q.prompt },
      { text: ` (${q.kind})`, role: 'muted', keep: true },
      ...boxSegs(q.boxes),
    ],
    pad,
    more,
  );
  if (q.help) out.push(...w([{ text: q.help, role: 'muted' }], more));
  if (q.onlyIf) out.push(...branch(q.onlyIf, more));
  if (q.fields.length > 0) {
    const fields = q.fields.map((f, i) => ({
      text: `${i > 0 ? ' · ' : ''}${f.prompt} (${f.kind}${f.boxes.length > 0 ? `: ${f.boxes.join(' / ')}` : ''})`,
    }));
    out.push(...w([{ text: `${t.fields}: ` }, ...fields], more, `${more}  `));
  }
  return out;
}

function textConfirmation(
  conf: ConfirmationView,
  pad: string,
  t: RenderTexts,
  w: Wrap,
  branch: Branch,
): string[] {
  const more = `${pad}  `;
  const out = w(
    [
      { text: t.ask(conf.party), role: 'label' },
      { text: ` ${conf.ask}` },
      { text: `  ${confirmationBoxes(t)}`, keep: true, units: confirmationUnits(t) },
    ],
    pad,
    more,
  );
  if (conf.why) out.push(...w([{ text: conf.why, role: 'muted' }], more));
  if (conf.onlyIf) out.push(...branch(conf.onlyIf, more));
  if (conf.followUp)
    out.push(...w([{ text: `${t.followUpIfYes} ` }, { text: conf.followUp }], more, `${more}  `));
  return out;
}

function boxSegs(boxes: readonly string[]): Seg[] {
  if (boxes.length === 0) return [];
  const units = boxes.map((b, i) => `${i === 0 ? '  ' : ' '}${BOX} ${b}`);
  return [{ text: units.join(''), keep: true, units }];
}

/** On a narrow terminal: the answer boxes on one line, what to note on the next. */
function confirmationUnits(t: RenderTexts): string[] {
  const [answers = '', ...record] = confirmationBoxes(t).split(' · ');
  return [`  ${answers}`, ` · ${record.join(' · ')}`];
}

/** "□ yes □ no □ don't know · who · when · channel · ref no." (with blanks to fill in on paper). */
export function confirmationBoxes(t: RenderTexts, blanks = false): string {
  const answers = [t.yes, t.no, t.unknown].map((a) => `${BOX} ${a}`).join(' ');
  const record = t.confirmationRecord.map((r) => (blanks ? `${r}: ________` : r)).join(' · ');
  return `${answers} · ${record}`;
}

// ---- wrapping --------------------------------------------------------------------------

interface Piece {
  text: string;
  role: StyleRole | undefined;
}

/** Plain text wrapped to `width` columns, paragraph lines kept; `first` and `rest` prefix the lines. */
export function wrapPlain(text: string, width: number, first = '', rest = first): string[] {
  return wrap([{ text }], width, first, rest, (_role, t) => t);
}

/** Lays segments out in lines of at most `width` columns (a longer word overflows). */
function wrap(segs: readonly Seg[], width: number, first: string, rest: string, c: Colorize): string[] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = displayWidth(first);
  // The spaces before the next piece, kept as typed inside a line and dropped at a break.
  let space = '';
  let prefix = first;
  const prefixes: string[] = [];
  const startLine = () => {
    prefixes.push(prefix);
    lines.push(line);
    line = [];
    prefix = rest;
    used = displayWidth(rest);
    space = '';
  };
  const add = (text: string, role: StyleRole | undefined) => {
    const gap = line.length > 0 ? space : '';
    if (line.length > 0 && used + displayWidth(gap + text) > width) startLine();
    const piece = (line.length > 0 ? space : '') + text;
    const last = line.at(-1);
    if (last && last.role === role) last.text += piece;
    else line.push({ text: piece, role });
    used += displayWidth(piece);
    space = '';
  };
  for (const seg of segs) {
    if (seg.keep) {
      const fits = displayWidth(rest) + displayWidth(seg.text.trimStart()) <= width;
      for (const unit of fits || !seg.units ? [seg.text] : seg.units) {
        // Leading spaces of a kept piece are its gap; dropped at the start of a line.
        const text = unit.replace(/^ +/, '');
        const lead = unit.length - text.length;
        if (line.length > 0 && used + lead + displayWidth(text) > width) startLine();
        add((line.length > 0 ? ' '.repeat(lead) : '') + text, seg.role);
      }
      continue;
    }
    // Japanese breaks between phrases, never inside a word; see core/text/line-breaks.ts.
    for (const token of breakTokens(seg.text, width - displayWidth(rest))) {
      if (token === '\n') startLine();
      else if (/^[ \t]+$/.test(token)) space = token.replace(/\t/g, ' ');
      else add(token, seg.role);
    }
  }
  if (line.length > 0 || lines.length === 0) startLine();
  return lines.map((pieces, i) =>
    pieces.length === 0
      ? ''
      : (prefixes[i] ?? rest) + pieces.map((p) => (p.role ? c(p.role, p.text) : p.text)).join(''),
  );
}
