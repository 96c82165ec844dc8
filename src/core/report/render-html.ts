// The report as one self-contained HTML file that prints well on A4: no script, no
// external resource, the system's Japanese fonts by name, □ and ✓ boxes, page breaks kept
// away from headings and table rows. Every text from the case or a playbook is escaped.
import type { Block, EvidenceItem, Mark, Report } from './model.js';
import { reportTexts } from './texts.js';
import { MARK_SYMBOL } from './render-text.js';
import { escapeXml, renderTimelineSvg } from './render-svg.js';

const escapeHtml = escapeXml;
const h = escapeHtml;
/** Newlines a person typed stay visible as line breaks. */
const hb = (text: string): string => h(text).replace(/\r?\n/g, '<br>');

const FONTS_JA =
  '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", YuGothic, Meiryo, "Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "IPAexGothic", sans-serif';
const FONTS_EN =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", ' + FONTS_JA;

/** A string inside CSS `content: "…"`: quotes, backslashes and anything that could close the style escaped. */
const cssString = (text: string): string =>
  `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/**
 * The page's own header and footer (the report, the case id, "page n of m"), printed by
 * the browser from @page margin boxes; `--format pdf` turns the browser's own off.
 */
function pageBoxes(report: Report): string {
  const [before, between, after] = reportTexts[report.lang].pageCounter;
  // Margin boxes do not inherit the body's font: named again, so Japanese prints as Japanese.
  const box = `font-family: ${report.lang === 'ja' ? FONTS_JA : FONTS_EN}; font-size: 7.5pt; color: #555;`;
  return `
  @top-left { content: ${cssString(report.title)}; ${box} }
  @top-right { content: ${cssString(report.case.id)}; ${box} }
  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}; ${box} }`;
}

function css(report: Report): string {
  const lang = report.lang;
  return `
@page { size: A4; margin: 15mm 14mm 17mm 14mm;${pageBoxes(report)}
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${lang === 'ja' ? FONTS_JA : FONTS_EN}; font-size: 10pt; line-height: 1.45; color: #111; max-width: 186mm; margin: 0 auto; padding: 10mm 6mm; }
h1 { font-size: 16pt; margin: 0 0 2mm; line-height: 1.3; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5px solid #333; break-after: avoid; page-break-after: avoid; }
.subtitle { color: #444; margin: 0 0 4mm; font-size: 9.5pt; }
.banner { border: 2px solid #b00020; background: #fff3f3; padding: 2.5mm 4mm; margin: 3mm 0 5mm; }
.banner strong { color: #b00020; }
.banner ul { margin: 1.5mm 0 0; padding-left: 0; list-style: none; font-size: 8.5pt; line-height: 1.4; }
.banner li { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; font-size: 8.5pt; }
th, td { border: 0.6pt solid #888; padding: 0.6mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: break-word; min-width: 3.5em; }
th.narrow, td.narrow { white-space: nowrap; width: 1%; }
td.ids { font-size: 8pt; overflow-wrap: anywhere; word-break: break-all; }
th.wide, td.wide { width: 55%; }
.lead { font-weight: 600; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
#still-open.apart { break-before: page; page-break-before: always; }
#still-open .note { color: #444; font-size: 9pt; }
th { background: #eee; font-weight: 600; }
thead { display: table-header-group; }
tr, li, .item-head, .signature { break-inside: avoid; page-break-inside: avoid; }
.item-head { break-after: avoid; page-break-after: avoid; }
.item { margin-top: 1.2mm; }
td.num, th.num { text-align: right; white-space: nowrap; width: 1%; }
tfoot td { font-weight: 600; background: #f6f6f6; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.6mm 4mm; margin: 1mm 0 3mm; }
dl.fields dt { font-weight: 600; color: #333; }
dl.fields dd { margin: 0; }
.missing { color: #777; font-style: italic; }
.box { display: inline-block; width: 1.3em; text-align: center; font-weight: 700; }
.m-open { color: #b00020; }
.m-done { color: #1a7f37; }
tr.open td { background: #fff3f3; }
ul.list, ul.details { list-style: none; padding-left: 0; margin: 1mm 0 3mm; }
ul.details { padding-left: 6mm; font-size: 9.5pt; margin: 0.5mm 0 2mm; }
.item-title { font-weight: 600; }
.status { color: #444; }
.label { color: #333; font-weight: 600; }
.statement { font-weight: 700; border-left: 3px solid #111; padding: 1mm 0 1mm 3mm; }
.muted { color: #666; font-style: italic; }
.signature { display: grid; grid-template-columns: 1fr 2fr 1.5fr; gap: 8mm; margin-top: 16mm; }
.signature div { border-top: 1px solid #000; padding-top: 1mm; font-size: 9pt; }
.timeline svg { display: block; width: 100%; height: auto; margin: 2mm 0; break-inside: avoid; }
#statement { break-inside: avoid; page-break-inside: avoid; }
.timeline .note { font-size: 8.5pt; color: #555; }
.timeline td:first-child { white-space: nowrap; font-variant-numeric: tabular-nums; width: 1%; }
.evidence { display: flex; flex-wrap: wrap; gap: 3mm; margin: 1mm 0 3mm; }
.ev { margin: 0; width: 56mm; break-inside: avoid; page-break-inside: avoid; font-size: 8.5pt; }
.ev img { display: block; max-width: 100%; max-height: 42mm; object-fit: contain; border: 0.6pt solid #888; margin-bottom: 1mm; }
.ev .ev-name { font-weight: 600; overflow-wrap: anywhere; }
.ev .hash { font-size: 7pt; color: #444; overflow-wrap: anywhere; word-break: break-all; }
.evidence.large { display: block; }
.evidence.large .ev { width: auto; margin: 0 0 4mm; }
.evidence.large .ev img { max-height: 120mm; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;
}

const box = (mark: Mark): string =>
  `<span class="box m-${mark === 'done' ? 'done' : mark === 'open' || mark === 'later' ? 'open' : mark}">${MARK_SYMBOL[mark]}</span>`;

export function renderReportHtml(report: Report): string {
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${h(report.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="respond report (${h(report.format)} v${report.version})">`,
    `<title>${h(report.title)} — ${h(report.case.id)}</title>`,
    `<style>${css(report)}</style>`,
    '</head>',
    '<body>',
    `<h1>${h(report.title)}</h1>`,
    `<p class="subtitle">${report.subtitle.map((line) => withFullHash(h(line), report)).join('<br>')}</p>`,
  ];
  if (report.status.banner !== undefined)
    out.push(`<div class="banner" role="alert"><strong>⚠ ${h(report.status.banner)}</strong></div>`);
  for (const section of report.sections) {
    out.push(`<section id="${h(section.id)}"><h2>${h(section.title)}</h2>`);
    for (const block of section.blocks) out.push(renderBlock(block, report));
    out.push('</section>');
  }
  if (report.status.banner !== undefined && report.status.open.length > 0) {
    const t = reportTexts[report.lang];
    out.push(
      `<section id="still-open" class="open-items${report.status.apart ? ' apart' : ''}"><h2>${h(report.status.apart ? t.stillOpen : t.stillOpenEnd)}</h2><p class="note">${h(report.status.apart ? t.stillOpenNote : t.stillOpenEndNote)}</p>`,
    );
    out.push(
      `<ul class="list">${report.status.open.map((i) => `<li>${box('open')} ${h(i)}</li>`).join('')}</ul>` +
        (report.status.apart && report.status.elsewhere > 0
          ? `<p class="note">${h(t.elsewhere(report.status.elsewhere))}</p>`
          : '') +
        '</section>',
    );
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}

/** Only a data: URL of an image type respond embeds reaches an src attribute. */
const DATA_URL = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+=*$/;

function renderEvidenceItem(item: EvidenceItem): string {
  const image =
    item.image !== undefined && DATA_URL.test(item.image)
      ? `<img src="${item.image}" alt="${h(item.name)}">`
      : '';
  return (
    `<figure class="ev">${image}<figcaption><span class="ev-name">${h(item.name)}</span> — ${h(item.details)}` +
    (item.note !== undefined ? `<br>${hb(item.note)}` : '') +
    (item.mail !== undefined ? `<br>${h(item.mail)}` : '') +
    (item.notShown !== undefined ? `<br><span class="muted">${h(item.notShown)}</span>` : '') +
    `<br><small class="hash">SHA-256 ${h(item.sha256)} · ${h(item.file)}</small></figcaption></figure>`
  );
}

function renderBlock(block: Block, report: Report): string {
  switch (block.type) {
    case 'paragraph':
      return `<p${block.tone ? ` class="${block.tone}"` : ''}>${hb(block.text)}</p>`;
    case 'fields':
      return `<dl class="fields">${block.items.map((f) => `<dt>${h(f.label)}</dt><dd${f.missing ? ' class="missing"' : ''}>${hb(f.value)}</dd>`).join('')}</dl>`;
    case 'table': {
      const marks = block.rows.some((r) => r.mark !== undefined);
      const cls = (i: number, cell = true) => {
        const names = [
          block.numeric?.includes(i) ? 'num' : '',
          block.narrow?.includes(i) ? 'narrow' : '',
          cell && block.ids?.includes(i) ? 'ids' : '',
          block.wide === i ? 'wide' : '',
        ].filter(Boolean);
        return names.length > 0 ? ` class="${names.join(' ')}"` : '';
      };
      const head = `<thead><tr>${marks ? '<th class="narrow"></th>' : ''}${block.columns.map((c, i) => `<th${cls(i, false)}>${h(c)}</th>`).join('')}</tr></thead>`;
      const body = block.rows
        .map(
          (r) =>
            `<tr${r.mark === 'open' ? ' class="open"' : ''}>${marks ? `<td>${r.mark ? box(r.mark) : ''}</td>` : ''}${r.cells.map((c, i) => `<td${cls(i)}>${hb(c)}</td>`).join('')}</tr>`,
        )
        .join('\n');
      const foot = block.footer
        ? `<tfoot><tr>${marks ? '<td></td>' : ''}${block.footer.map((c, i) => `<td${cls(i)}>${h(c)}</td>`).join('')}</tr></tfoot>`
        : '';
      return `<table>${head}<tbody>\n${body}\n</tbody>${foot}</table>`;
    }
    case 'list':
      return `<ul class="list">${block.items.map((i) => `<li>${i.mark ? box(i.mark) : '<span class="box">・</span>'}${i.label !== undefined ? `<span class="label">${h(i.label)}:</span> ` : ''}${hb(i.text)}</li>`).join('')}</ul>`;
    case 'checklist':
      return block.items
        .map(
          (item) =>
            `<div class="item"><div class="item-head">${box(item.mark)}<span class="item-title">${h(item.title)}</span> — <span class="status">${h(item.status)}</span></div>` +
            (item.details.length > 0
              ? `<ul class="details">${item.details.map((d) => `<li>${d.mark ? box(d.mark) : ''}${d.label !== undefined ? `<span class="label">${h(d.label)}:</span> ` : ''}${hb(d.text)}</li>`).join('')}</ul>`
              : '') +
            '</div>',
        )
        .join('\n');
    case 'timeline': {
      const svg = block.chart
        ? `${renderTimelineSvg(block.entries, block.milestones, report.title)}<p class="note">${h(block.note)}</p>`
        : block.milestones.length > 0
          ? `<p class="note">${block.milestones.map((m) => `${h(m.date)} ${h(m.label)}`).join(' · ')}</p>`
          : '';
      const rows = block.entries
        .map((e) => `<tr><td>${h(e.when)}</td><td>${hb(e.text)}</td></tr>`)
        .join('\n');
      return `<div class="timeline">${svg}<table><thead><tr><th>${h(block.columns[0])}</th><th>${h(block.columns[1])}</th></tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
    }
    case 'signature':
      return `<div class="signature">${block.lines.map((l) => `<div>${h(l)}</div>`).join('')}</div>`;
    case 'evidence':
      return `<div class="evidence${block.large ? ' large' : ''}">${block.items.map(renderEvidenceItem).join('\n')}</div>`;
  }
}

/** The short hash of the record line, with the whole one as its title (and to copy). */
function withFullHash(line: string, report: Report): string {
  const r = report.record;
  return r === undefined ? line : line.replace(r.short, `<span title="${h(r.hash)}">${h(r.short)}</span>`);
}
