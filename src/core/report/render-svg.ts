// The timeline drawn on a time axis, as inline SVG: one dot per day sized by how much was
// recorded that day, and flags for the key dates (noticed, told, statement, deadline,
// today). The size is bounded whatever the number of events: days, not events, are drawn.
import { daysBetween, addDays } from '../session/plan.js';
import { displayWidth } from '../table.js';
import type { Milestone, TimelineEntry } from './model.js';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const W = 720;
const LEFT = 16;
const RIGHT = 16;
const ROW = 13;

export function renderTimelineSvg(
  entries: readonly TimelineEntry[],
  milestones: readonly Milestone[],
  title: string,
): string {
  const perDay = new Map<string, number>();
  for (const e of entries) perDay.set(e.ts.slice(0, 10), (perDay.get(e.ts.slice(0, 10)) ?? 0) + 1);
  const days = [...perDay.keys(), ...milestones.map((m) => m.date)].sort();
  const start = days[0];
  const end = days.at(-1);
  if (start === undefined || end === undefined) return '';
  const span = Math.max(1, daysBetween(start, end));
  const plot = W - LEFT - RIGHT;
  const x = (day: string) => LEFT + (daysBetween(start, day) / span) * plot;

  // Flags: each label on the first row where it does not run into the previous one.
  const rowEnds: number[] = [];
  const flags = milestones.map((m) => {
    const px = x(m.date);
    const width = displayWidth(`${m.date.slice(5)} ${m.label}`) * 5.6 + 6;
    const anchorEnd = px + width > W;
    const from = anchorEnd ? px - width : px;
    let row = rowEnds.findIndex((endX) => endX < from);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = from + width;
    return { m, px, row, anchorEnd };
  });
  const rows = Math.max(1, rowEnds.length);
  const axisY = 14 + rows * ROW + 30;
  const height = axisY + 30;

  const parts: string[] = [];
  parts.push(
    `<line x1="${LEFT}" y1="${axisY}" x2="${W - RIGHT}" y2="${axisY}" stroke="#333" stroke-width="1"/>`,
  );
  const step = Math.max(1, Math.ceil(span / 10));
  for (let d = 0; d <= span; d += step) {
    const day = addDays(start, d);
    const px = x(day);
    parts.push(
      `<line x1="${px.toFixed(1)}" y1="${axisY}" x2="${px.toFixed(1)}" y2="${axisY + 4}" stroke="#333"/>`,
    );
    parts.push(
      `<text x="${px.toFixed(1)}" y="${axisY + 15}" font-size="9" text-anchor="middle" fill="#333">${escapeXml(day.slice(5))}</text>`,
    );
  }
  for (const { m, px, row, anchorEnd } of flags) {
    const y = 14 + row * ROW;
    const colour = m.tone === 'deadline' ? '#b00020' : m.tone === 'today' ? '#1a7f37' : '#1f4e79';
    parts.push(
      `<line x1="${px.toFixed(1)}" y1="${y + 2}" x2="${px.toFixed(1)}" y2="${axisY}" stroke="${colour}" stroke-width="0.8" stroke-dasharray="2 2"/>`,
    );
    parts.push(
      `<text x="${(anchorEnd ? px - 3 : px + 3).toFixed(1)}" y="${y}" font-size="9.5" fill="${colour}" stroke="#fff" stroke-width="3" paint-order="stroke" text-anchor="${anchorEnd ? 'end' : 'start'}">${escapeXml(`${m.date.slice(5)} ${m.label}`)}</text>`,
    );
  }
  for (const [day, count] of [...perDay].sort(([a], [b]) => a.localeCompare(b))) {
    // Never wider than a day, so neighbouring days stay apart.
    const r = Math.max(1.5, Math.min(10, plot / span / 2 - 0.5, 2.5 + Math.sqrt(count) * 1.2));
    parts.push(
      `<circle cx="${x(day).toFixed(1)}" cy="${axisY - 14}" r="${r.toFixed(1)}" fill="#444" fill-opacity="0.75"><title>${escapeXml(`${day}: ${count}`)}</title></circle>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-label="${escapeXml(title)}">${parts.join('')}</svg>`;
}
