// The emergency contact card as a person reads it: one page of text for the terminal or a
// text file, and one self-contained HTML page that prints on A4 with the numbers large
// enough to dial with shaking hands. Both are grouped by kind, card companies first, carry
// the date they were printed and say to keep a copy offline. Renderers return strings;
// every text is cleaned and masked again here, in case the file was edited by hand.
import { type Contact, type ContactCard, type ContactKind, CONTACT_KINDS, sortContacts } from './contacts.js';
import type { Lang, Messages } from './i18n.js';
import { maskCardNumbers } from './mask.js';
import { stripControl } from './sanitize.js';
import { wrapPlain } from './playbook/render-text.js';
import { displayWidth } from './table.js';

interface CardTexts {
  title: string;
  printed: (date: string) => string;
  changed: (date: string) => string;
  offline: string;
  never: string;
  kinds: Record<ContactKind, string>;
  kind: Record<ContactKind, string>;
  phone: string;
  hours: string;
  web: string;
  mail: string;
  find: string;
  notes: string;
  savedFor: string;
}

export const cardTexts: Messages<CardTexts> = {
  en: {
    title: 'Emergency contact card',
    printed: (date) => `Printed ${date}`,
    changed: (date) => `last change ${date}`,
    offline:
      'Keep this card somewhere offline: on paper at home and in your wallet or bag. When an account is suspended, its help pages and chat go with it; this card does not.',
    never: 'Never write full card numbers, PINs, passwords or one-time codes on it.',
    kinds: {
      'card-issuer': 'Card companies',
      bank: 'Banks',
      merchant: 'Shops and sites',
      carrier: 'Delivery companies',
      police: 'Police and advice lines',
      other: 'Other',
    },
    kind: {
      'card-issuer': 'card company',
      bank: 'bank',
      merchant: 'shop or site',
      carrier: 'delivery company',
      police: 'police or advice line',
      other: 'other',
    },
    phone: 'Phone',
    hours: 'Hours',
    web: 'Web',
    mail: 'Mail',
    find: 'Without signing in',
    notes: 'Notes',
    savedFor: 'From your emergency contact card:',
  },
  ja: {
    title: '緊急連絡先カード',
    printed: (date) => `印刷日 ${date}`,
    changed: (date) => `最終更新 ${date}`,
    offline:
      'このカードはオフラインの場所に保管してください: 紙に印刷して、自宅と財布やかばんの中に。アカウントが停止されるとヘルプページやチャットも使えなくなりますが、このカードは残ります。',
    never: 'カード番号の全桁、暗証番号、パスワード、確認コードは書かないでください。',
    kinds: {
      'card-issuer': 'カード会社',
      bank: '銀行',
      merchant: 'ショップ・サイト',
      carrier: '配送会社',
      police: '警察・相談窓口',
      other: 'その他',
    },
    kind: {
      'card-issuer': 'カード会社',
      bank: '銀行',
      merchant: 'ショップ・サイト',
      carrier: '配送会社',
      police: '警察・相談窓口',
      other: 'その他',
    },
    phone: '電話',
    hours: '受付時間',
    web: 'ウェブ',
    mail: 'メール',
    find: 'ログインせずに調べる方法',
    notes: 'メモ',
    savedFor: '緊急連絡先カードに保存済みの連絡先:',
  },
};

export interface RenderOptions {
  readonly lang: Lang;
  /** The local date the card is printed, YYYY-MM-DD. */
  readonly date: string;
  /** Wrap the text card at this many columns (default 78). */
  readonly width?: number;
}

/** Cleaned for display: no terminal escapes, no full card number, whatever the file held. */
function safe(text: string): string {
  return maskCardNumbers(stripControl(text));
}

function grouped(card: ContactCard, lang: Lang): [ContactKind, Contact[]][] {
  const sorted = sortContacts(card.contacts, lang);
  return CONTACT_KINDS.map((kind): [ContactKind, Contact[]] => [
    kind,
    sorted.filter((c) => c.kind === kind),
  ]).filter(([, list]) => list.length > 0);
}

function lastChange(card: ContactCard): string | undefined {
  const dates = card.contacts.map((c) => c.updated.slice(0, 10)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  return dates.sort().at(-1);
}

/**
 * Breaks a line into pieces no wider than `width`: at spaces, and between phrases in Japanese
 * (wrapPlain). On paper nothing may run off the edge, so a word longer than a line (a long
 * address) is cut where it must.
 */
export function wrapLine(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const wrapped of wrapPlain(text, width)) {
    let line = '';
    for (const ch of wrapped) {
      if (displayWidth(line + ch) > width && line.trim() !== '') {
        lines.push(line.trimEnd());
        line = '';
      }
      line += ch;
    }
    if (line.trimEnd() !== '') lines.push(line.trimEnd());
  }
  return lines.length > 0 ? lines : [''];
}

/** The card as plain text: one page for a terminal, a text file or a printer. */
export function renderContactCardText(card: ContactCard, options: RenderOptions): string {
  const t = cardTexts[options.lang];
  const width = options.width ?? 78;
  const changed = lastChange(card);
  const out: string[] = [];
  const dated = `${t.printed(options.date)}${changed ? ` (${t.changed(changed)})` : ''}`;
  const header = `${t.title.toUpperCase()}   ${dated}`;
  if (displayWidth(header) <= width) out.push(header, '='.repeat(displayWidth(header)));
  else
    out.push(
      t.title.toUpperCase(),
      ...wrapLine(dated, width),
      '='.repeat(Math.min(width, displayWidth(dated))),
    );
  out.push(...wrapLine(t.offline, width), ...wrapLine(t.never, width));

  const nameWidth = Math.min(30, Math.max(0, ...card.contacts.map((c) => displayWidth(safe(c.name)))));
  const phoneWidth = Math.max(0, ...card.contacts.map((c) => displayWidth(safe(c.phone ?? ''))));
  for (const [kind, list] of grouped(card, options.lang)) {
    out.push('', `[ ${t.kinds[kind]} ]`);
    for (const c of list) {
      const name = safe(c.name);
      const cells = [name + ' '.repeat(Math.max(1, nameWidth - displayWidth(name) + 1))];
      if (c.phone !== undefined)
        cells.push(safe(c.phone) + ' '.repeat(Math.max(0, phoneWidth - displayWidth(safe(c.phone)))));
      else cells.push(' '.repeat(phoneWidth));
      if (c.hours !== undefined) cells.push(` ${safe(c.hours)}`);
      const first = `  ${cells.join(' ')}`.trimEnd();
      if (displayWidth(first) <= width) out.push(first);
      else {
        // Too narrow for columns: the name on its line, the number and hours below it.
        out.push(...wrapLine(name, width - 2).map((l) => `  ${l}`));
        const reach = [c.phone, c.hours]
          .filter((x) => x !== undefined)
          .map(safe)
          .join('  ');
        if (reach !== '') out.push(...wrapLine(reach, width - 4).map((l) => `    ${l}`));
      }
      const details: [string, string | undefined][] = [
        [t.web, c.url],
        [t.mail, c.email],
        [t.find, c.findWithoutLogin],
        [t.notes, c.notes],
      ];
      for (const [label, value] of details) {
        if (value === undefined) continue;
        const lines = safe(value).split('\n');
        lines.forEach((l, i) =>
          out.push(...wrapLine(`${i === 0 ? `${label}: ` : ''}${l}`, width - 6).map((w) => `      ${w}`)),
        );
      }
    }
  }
  return out.join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );
}

function html(text: string): string {
  return escapeHtml(safe(text)).replace(/\n/g, '<br>');
}

const STYLE = `
@page { size: A4; margin: 12mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Helvetica Neue", Arial, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Yu Gothic", Meiryo, sans-serif; color: #000; background: #fff; margin: 0 auto; max-width: 182mm; font-size: 11pt; line-height: 1.4; }
h1 { font-size: 18pt; margin: 0 0 1mm; }
.date { font-size: 11pt; margin: 0 0 2mm; }
.offline { border: 2px solid #000; padding: 2mm 4mm; margin: 0 0 3mm; font-size: 10.5pt; }
.offline p { margin: 0; }
.offline p + p { margin-top: 1.5mm; font-weight: bold; }
h2 { font-size: 12.5pt; border-bottom: 1.5px solid #000; margin: 3mm 0 0.5mm; padding-bottom: 1mm; break-after: avoid; page-break-after: avoid; }
/* Two entries side by side, so that a dozen numbers still fit on one sheet. */
.entries { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; }
.entry { break-inside: avoid; page-break-inside: avoid; padding: 1mm 0 1.5mm; border-bottom: 1px solid #999; min-width: 0; }
.name { font-size: 12pt; font-weight: bold; }
.phone { font-size: 22pt; font-weight: bold; letter-spacing: 0.04em; font-variant-numeric: tabular-nums; margin: 0; line-height: 1.25; }
.phone a { color: inherit; text-decoration: none; }
.hours { font-size: 11pt; }
dl { margin: 0.5mm 0 0; display: grid; grid-template-columns: max-content 1fr; gap: 0 3mm; font-size: 10pt; }
dt { font-weight: bold; }
dd { margin: 0; overflow-wrap: anywhere; }
footer { margin-top: 3mm; font-size: 9pt; }
`.trim();

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+#*]/g, '')}`;
}

/** The card as one self-contained page: no scripts, no fonts or images from anywhere. */
export function renderContactCardHtml(card: ContactCard, options: RenderOptions): string {
  const t = cardTexts[options.lang];
  const changed = lastChange(card);
  const sections = grouped(card, options.lang).map(([kind, list]) => {
    const entries = list.map((c) => {
      const rows: [string, string | undefined][] = [
        [t.web, c.url],
        [t.mail, c.email],
        [t.find, c.findWithoutLogin],
        [t.notes, c.notes],
      ];
      const dl = rows
        .filter((r): r is [string, string] => r[1] !== undefined)
        .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${html(value)}</dd>`)
        .join('');
      return [
        '<div class="entry">',
        `<div class="name">${html(c.name)}</div>`,
        c.phone !== undefined
          ? `<div class="phone"><a href="${escapeHtml(telHref(safe(c.phone)))}">${html(c.phone)}</a></div>`
          : '',
        c.hours !== undefined ? `<div class="hours">${escapeHtml(t.hours)}: ${html(c.hours)}</div>` : '',
        dl !== '' ? `<dl>${dl}</dl>` : '',
        '</div>',
      ]
        .filter((s) => s !== '')
        .join('\n');
    });
    return `<section>\n<h2>${escapeHtml(t.kinds[kind])}</h2>\n<div class="entries">\n${entries.join('\n')}\n</div>\n</section>`;
  });
  const date = `${t.printed(options.date)}${changed ? ` (${t.changed(changed)})` : ''}`;
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)} — ${escapeHtml(options.date)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${escapeHtml(t.title)}</h1>
<p class="date">${escapeHtml(date)}</p>
<div class="offline"><p>${escapeHtml(t.offline)}</p><p>${escapeHtml(t.never)}</p></div>
${sections.join('\n')}
<footer>${escapeHtml(date)} · respond contacts print</footer>
</body>
</html>
`;
}

/** A few lines to show at a step of a walk-through: the saved numbers for its parties. */
export function renderSavedContacts(contacts: readonly Contact[], lang: Lang): string | undefined {
  if (contacts.length === 0) return undefined;
  const t = cardTexts[lang];
  const lines = [t.savedFor];
  for (const c of contacts) {
    const reach = [
      c.phone,
      c.hours ? `(${c.hours})` : undefined,
      c.phone === undefined ? (c.url ?? c.email) : undefined,
    ].filter((x) => x !== undefined);
    lines.push(
      `  ${safe(c.name)} [${t.kind[c.kind]}]${reach.length > 0 ? `: ${safe(reach.join(' '))}` : ''}`,
    );
  }
  return lines.join('\n');
}
