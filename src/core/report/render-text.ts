// The report as plain text, for a terminal or the body of a mail. Whatever a person or a
// playbook typed passes through stripControl, so no escape sequence reaches the terminal.
import { stripControl } from '../sanitize.js';
import { displayWidth, renderTable } from '../table.js';
import type { Block, Mark, Report } from './model.js';
import { reportTexts } from './texts.js';

export const MARK_SYMBOL: Record<Mark, string> = {
  done: '✓',
  open: '□',
  skipped: '–',
  waiting: '…',
  later: '□',
};

/** Wider than this, a table becomes one block per row: a mail or a terminal cannot show it. */
const MAX_TABLE_WIDTH = 120;

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' / ');

export function renderReportText(report: Report): string {
  const out: string[] = [
    report.title,
    '='.repeat(Math.min(72, report.title.length * 2)),
    ...report.subtitle,
    '',
  ];
  if (report.status.banner !== undefined) out.push(`!! ${report.status.banner}`, '');
  for (const section of report.sections) {
    out.push(`== ${section.title} ==`, '');
    for (const block of section.blocks) out.push(...renderBlock(block), '');
  }
  if (report.status.banner !== undefined && report.status.open.length > 0) {
    const t = reportTexts[report.lang];
    out.push(
      // Apart from the paper above: the person's own list, after the signature's page.
      ...(report.status.apart ? ['-'.repeat(72), ''] : []),
      `== ${report.status.apart ? t.stillOpen : t.stillOpenEnd} ==`,
      '',
      report.status.apart ? t.stillOpenNote : t.stillOpenEndNote,
      '',
      ...report.status.open.map((item) => `□ ${oneLine(item)}`),
      '',
      ...(report.status.apart && report.status.elsewhere > 0
        ? [t.elsewhere(report.status.elsewhere), '']
        : []),
    );
  }
  return stripControl(
    `${out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd()}\n`,
  );
}

function renderBlock(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.tone === 'statement' ? `>> ${block.text}` : block.text];
    case 'fields':
      return renderTable(block.items.map((f) => [`${f.label}:`, oneLine(f.value)])).split('\n');
    case 'table': {
      const rows = [
        ['', ...block.columns],
        ...block.rows.map((r) => [r.mark ? MARK_SYMBOL[r.mark] : '', ...r.cells.map(oneLine)]),
        ...(block.footer ? [['', ...block.footer]] : []),
      ];
      const hasMarks = block.rows.some((r) => r.mark !== undefined);
      const table = hasMarks ? rows : rows.map((r) => r.slice(1));
      const lines = renderTable(table).split('\n');
      if (Math.max(...lines.map(displayWidth)) > MAX_TABLE_WIDTH) return renderRecords(block);
      return [lines[0] ?? '', '-'.repeat(Math.min(100, lines[0]?.length ?? 0)), ...lines.slice(1)];
    }
    case 'list':
      return block.items.map(
        (i) =>
          `${i.mark ? MARK_SYMBOL[i.mark] : '-'} ${i.label !== undefined ? `${i.label}: ` : ''}${oneLine(i.text)}`,
      );
    case 'checklist':
      return block.items.flatMap((item) => [
        `${MARK_SYMBOL[item.mark]} ${item.title} — ${item.status}`,
        ...item.details.map(
          (d) =>
            `    ${d.mark ? `${MARK_SYMBOL[d.mark]} ` : ''}${d.label !== undefined ? `${d.label}: ` : ''}${oneLine(d.text)}`,
        ),
      ]);
    case 'timeline':
      return [
        ...(block.milestones.length > 0
          ? [...block.milestones.map((m) => `* ${m.date}  ${m.label}`), '']
          : []),
        ...block.entries.map((e) => `${e.when}  ${oneLine(e.text)}`),
      ];
    case 'signature':
      return block.lines.flatMap((l) => ['', `${l}: ______________________________`]);
    case 'evidence':
      return block.items.flatMap((i) => [
        `- ${oneLine(i.name)} — ${i.details}${i.note !== undefined ? ` — ${oneLine(i.note)}` : ''}`,
        ...(i.mail !== undefined ? [`    ${oneLine(i.mail)}`] : []),
        `    SHA-256 ${i.sha256}  ${i.file}`,
      ]);
  }
}

/** A table too wide for a mail: each row as its first cell, then "column: value" lines. */
function renderRecords(block: Extract<Block, { type: 'table' }>): string[] {
  const rows = [...block.rows, ...(block.footer ? [{ cells: block.footer }] : [])];
  return rows.flatMap((row: { cells: readonly string[]; mark?: Mark }) => [
    `${row.mark ? `${MARK_SYMBOL[row.mark]} ` : ''}${oneLine(row.cells[0] ?? '')}`,
    ...row.cells
      .slice(1)
      .flatMap((cell, i) => (cell === '' ? [] : [`    ${block.columns[i + 1] ?? ''}: ${oneLine(cell)}`])),
  ]);
}
