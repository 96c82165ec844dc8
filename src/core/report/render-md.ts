// The report as Markdown (GitHub flavour). Text from the person or a playbook is escaped,
// so "*", "_", "|", "<script>" or "# " in an answer print as typed and never as markup.
import type { Block, Report } from './model.js';
import { reportTexts } from './texts.js';
import { MARK_SYMBOL } from './render-text.js';

/** Backslash-escapes every character CommonMark could read as markup; newlines become " / ". */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' / ')
    .replace(/[\\`*_{}[\]<>#|~&!]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

const e = escapeMarkdown;

export function renderReportMarkdown(report: Report): string {
  const out: string[] = [`# ${e(report.title)}`, '', ...report.subtitle.map((s) => `${e(s)}  `), ''];
  if (report.status.banner !== undefined) out.push(`> **⚠ ${e(report.status.banner)}**`, '');
  for (const section of report.sections) {
    out.push(`## ${e(section.title)}`, '');
    for (const block of section.blocks) out.push(...renderBlock(block), '');
  }
  if (report.status.banner !== undefined && report.status.open.length > 0) {
    const t = reportTexts[report.lang];
    out.push(
      ...(report.status.apart ? ['---', ''] : []),
      `## ${e(report.status.apart ? t.stillOpen : t.stillOpenEnd)}`,
      '',
      `_${e(report.status.apart ? t.stillOpenNote : t.stillOpenEndNote)}_`,
      '',
      ...report.status.open.map((item) => `- □ ${e(item)}`),
      '',
      ...(report.status.apart && report.status.elsewhere > 0
        ? [`_${e(t.elsewhere(report.status.elsewhere))}_`, '']
        : []),
    );
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function renderBlock(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [
        block.tone === 'statement'
          ? `**${e(block.text)}**`
          : block.tone === 'muted'
            ? `_${e(block.text)}_`
            : block.tone === 'lead'
              ? `**${e(block.text)}**`
              : e(block.text),
      ];
    case 'fields':
      return block.items.map((f) => `- **${e(f.label)}:** ${f.missing ? `_${e(f.value)}_` : e(f.value)}`);
    case 'table': {
      const marks = block.rows.some((r) => r.mark !== undefined);
      const head = [...(marks ? [''] : []), ...block.columns.map(e)];
      const align = head.map((_, i) => (block.numeric?.includes(marks ? i - 1 : i) ? '--:' : '---'));
      const row = (cells: readonly string[], mark?: string) =>
        `| ${[...(marks ? [mark ?? ''] : []), ...cells.map(e)].join(' | ')} |`;
      return [
        `| ${head.join(' | ')} |`,
        `| ${align.join(' | ')} |`,
        ...block.rows.map((r) => row(r.cells, r.mark ? MARK_SYMBOL[r.mark] : '')),
        ...(block.footer
          ? [
              `| ${[...(marks ? [''] : []), ...block.footer.map((c) => (c === '' ? '' : `**${e(c)}**`))].join(' | ')} |`,
            ]
          : []),
      ];
    }
    case 'list':
      return block.items.map(
        (i) =>
          `- ${i.mark ? `${MARK_SYMBOL[i.mark]} ` : ''}${i.label !== undefined ? `**${e(i.label)}:** ` : ''}${e(i.text)}`,
      );
    case 'checklist':
      return block.items.flatMap((item) => [
        `- [${item.mark === 'done' ? 'x' : ' '}] **${e(item.title)}** — ${e(item.status)}`,
        ...item.details.map(
          (d) =>
            `  - ${d.mark ? `${MARK_SYMBOL[d.mark]} ` : ''}${d.label !== undefined ? `${e(d.label)}: ` : ''}${e(d.text)}`,
        ),
      ]);
    case 'timeline':
      return [
        ...(block.milestones.length > 0
          ? [...block.milestones.map((m) => `- **${m.date}** ${e(m.label)}`), '']
          : []),
        `| ${e(block.columns[0])} | ${e(block.columns[1])} |`,
        '| --- | --- |',
        ...block.entries.map((x) => `| ${e(x.when)} | ${e(x.text)} |`),
      ];
    case 'signature':
      return block.lines.flatMap((l) => [
        `${e(l)}: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_`,
        '',
      ]);
    case 'evidence':
      return block.items.map(
        (i) =>
          `- **${e(i.name)}** — ${e(i.details)}${i.note !== undefined ? ` — ${e(i.note)}` : ''}` +
          (i.mail !== undefined ? `  \n  ${e(i.mail)}` : '') +
          `  \n  <sub>SHA-256 \`${i.sha256}\` · \`${i.file.replace(/`/g, '')}\`</sub>`,
      );
  }
}
