// The dispute summary for the card company: page 1 is what its clerk reads (who, which
// card, the card's calls, the charges with their total, the parcels, the losses, what the
// merchant confirmed), then the dates, the police, the deadline, the evidence and the
// signed statement. Each fact is either from the case or plainly "not recorded"; the shop's
// open questions are not the card company's and stay on the person's own last page.
import { evidenceFiles } from './sections-evidence.js';
import { daysBetween } from '../session/plan.js';
import { whoLabel } from '../journal/who.js';
import { DISPUTE_DAYS, MERCHANT_SIDE, type RecordRow } from './facts.js';
import { totalOf } from './facts-lists.js';
import type { Block, Field, ReportContext, Row, Section } from './model.js';
import { channelName, confirmationGroups, disputeDeadline, evidenceList } from './sections-shared.js';
import { shortTime } from './timeline.js';

const cell = (row: RecordRow, id: string): string => row.cells[id] ?? '';

/**
 * A table without the columns no row fills: a column of blanks only narrows the others.
 * The indexes of `numeric`, `narrow`, `ids`, `wide` and the footer follow the kept columns.
 */
function compactTable(block: Extract<Block, { type: 'table' }>): Block {
  const filled = block.columns.map((_, i) => block.rows.some((r) => (r.cells[i] ?? '') !== ''));
  const keep = filled.some(Boolean) ? filled : filled.map(() => true);
  const index = (i: number) => keep.slice(0, i).filter(Boolean).length;
  const pick = <T>(list: readonly T[]) => list.filter((_, i) => keep[i]);
  // The footer's label ("Total") moves to the first kept column left blank in the footer.
  const footer = block.footer ? pick(block.footer) : undefined;
  const label = block.footer?.find((c, i) => !keep[i] && c !== '');
  if (footer !== undefined && label !== undefined) {
    const free = footer.findIndex((c) => c === '');
    if (free !== -1) footer[free] = label;
  }
  const map = (list: readonly number[] | undefined) => list?.filter((i) => keep[i]).map(index) ?? undefined;
  return {
    ...block,
    columns: pick(block.columns),
    rows: block.rows.map((r): Row => ({ ...r, cells: pick(r.cells) })),
    ...(footer ? { footer } : {}),
    ...(block.numeric ? { numeric: map(block.numeric) ?? [] } : {}),
    ...(block.narrow ? { narrow: map(block.narrow) ?? [] } : {}),
    ...(block.ids ? { ids: map(block.ids) ?? [] } : {}),
    ...(block.wide !== undefined && keep[block.wide] ? { wide: index(block.wide) } : {}),
  };
}

export function transactionsBlock(ctx: ReportContext): Block {
  const { t, facts } = ctx;
  if (facts.transactions.length === 0) return { type: 'paragraph', text: t.noTransactions, tone: 'muted' };
  const total = facts.transactionTotal;
  return compactTable({
    type: 'table',
    columns: [t.col.date, t.col.merchant, t.col.amount, t.col.statementDate, t.col.orderNumber, t.col.status],
    numeric: [2],
    narrow: [0, 2, 3],
    ids: [4],
    rows: facts.transactions.map((r) => ({
      cells: [
        cell(r, 'date'),
        cell(r, 'merchant'),
        cell(r, 'amount'),
        cell(r, 'statement-date'),
        cell(r, 'order-number'),
        cell(r, 'status'),
      ],
    })),
    ...(total !== undefined ? { footer: [t.f.total, '', total, '', '', ''] } : {}),
  });
}

export function ordersBlock(ctx: ReportContext): Block | undefined {
  const { t, facts } = ctx;
  if (facts.orders.length === 0) return undefined;
  const total = totalOf(facts.orders);
  return compactTable({
    type: 'table',
    columns: [t.col.orderNumber, t.col.date, t.col.items, t.col.amount, t.col.delivery, t.col.status],
    numeric: [3],
    narrow: [1, 3],
    ids: [0],
    wide: 4,
    rows: facts.orders.map((r) => ({
      cells: [
        cell(r, 'order-number'),
        cell(r, 'order-date'),
        cell(r, 'items'),
        cell(r, 'amount'),
        cell(r, 'delivery-address'),
        cell(r, 'status'),
      ],
    })),
    ...(total !== undefined ? { footer: [t.f.total, '', '', total, '', ''] } : {}),
  });
}

/** Money that cannot come back, with its total; a plain line when none is recorded. */
export function lossesBlock(ctx: ReportContext): Block {
  const { t, facts } = ctx;
  if (facts.losses.length === 0) return { type: 'paragraph', text: t.noLosses, tone: 'muted' };
  return compactTable({
    type: 'table',
    columns: [t.col.lost, t.col.amount, t.col.date],
    numeric: [1],
    narrow: [1, 2],
    wide: 0,
    rows: facts.losses.map((r) => ({ cells: [cell(r, 'what'), cell(r, 'amount'), cell(r, 'when')] })),
    ...(facts.lossTotal !== undefined ? { footer: [t.f.lossTotal, facts.lossTotal, ''] } : {}),
  });
}

export function discoveryFields(ctx: ReportContext, { told: withTold = true } = {}): Field[] {
  const { t, facts } = ctx;
  const told = new Map(facts.told.map((x) => [x.party, x.date]));
  const parties = [
    'merchant',
    'card-issuer',
    ...facts.told.map((x) => x.party).filter((p) => p !== 'merchant' && p !== 'card-issuer'),
  ];
  return [
    ctx.missing(t.f.noticed, facts.noticed),
    ctx.missing(t.f.how, facts.how),
    ctx.missing(t.f.site, facts.site),
    ...(withTold ? parties.map((p) => ctx.missing(t.told(ctx.partyName(p)), told.get(p))) : []),
  ];
}

function summaryFields(ctx: ReportContext): Field[] {
  const { t, facts } = ctx;
  return [
    ...(facts.shipped !== undefined ? [{ label: t.f.shipped, value: facts.shipped }] : []),
    ...(facts.carrierAction !== undefined ? [{ label: t.f.carrierAction, value: facts.carrierAction }] : []),
    ...(facts.result !== undefined ? [{ label: t.f.result, value: facts.result }] : []),
  ];
}

/** Each parcel once: its order, tracking number, delivery company and status; then where things stand. */
export function shipmentBlocks(ctx: ReportContext): Block[] {
  const { t, facts } = ctx;
  // Once each parcel has its own status, the walk's earlier summary of them is history.
  const latest = facts.shipments.some((r) => (r.cells.status ?? '') !== '');
  const fields = [
    ...(latest ? [] : summaryFields(ctx)),
    ...(facts.unknownAddress !== undefined
      ? [{ label: t.f.unknownAddress, value: facts.unknownAddress }]
      : []),
  ];
  const blocks: Block[] = [];
  if (facts.shipments.length > 0)
    blocks.push(
      compactTable({
        type: 'table',
        columns: [t.col.orderNumber, t.col.tracking, t.col.carrier, t.col.status, t.col.shopSaid],
        ids: [0, 1],
        wide: 4,
        rows: facts.shipments.map((r) => ({
          cells: [
            cell(r, 'order-number'),
            cell(r, 'tracking-number'),
            cell(r, 'carrier'),
            cell(r, 'status'),
            cell(r, 'merchant-answer'),
          ],
        })),
      }),
    );
  if (fields.length > 0) blocks.push({ type: 'fields', items: fields });
  if (blocks.length === 0) blocks.push({ type: 'fields', items: [ctx.missing(t.f.shipped, undefined)] });
  return blocks;
}

export function policeFields(ctx: ReportContext): Block {
  const { t, facts } = ctx;
  const p = facts.police;
  if (p.status === undefined && p.receipt === undefined)
    return { type: 'paragraph', text: t.noPolice, tone: 'muted' };
  return {
    type: 'fields',
    items: [
      ctx.missing(t.f.policeStatus, p.status),
      ctx.missing(t.f.station, p.station),
      ctx.missing(t.f.policeDate, p.date),
      ctx.missing(t.f.receipt, p.receipt),
    ],
  };
}

function deadlineFields(ctx: ReportContext): Block {
  const { t, facts } = ctx;
  const deadline = disputeDeadline(ctx);
  const items: Field[] = [
    ctx.missing(t.f.statementDate, facts.statementDate),
    ctx.missing(
      t.f.deadline,
      deadline ? t.deadlineValue(deadline.date, DISPUTE_DAYS, deadline.from, deadline.left) : undefined,
    ),
  ];
  if (facts.lastDay !== undefined)
    items.push({
      label: t.f.statedLastDay,
      value: `${facts.lastDay} (${t.daysLeft(daysBetween(ctx.today, facts.lastDay))})`,
    });
  if (facts.needed !== undefined) items.push({ label: t.f.needed, value: facts.needed });
  if (facts.neededBy !== undefined)
    items.push({
      label: t.f.neededBy,
      value: `${facts.neededBy} (${t.daysLeft(daysBetween(ctx.today, facts.neededBy))})`,
    });
  if (facts.filed !== undefined) items.push({ label: t.f.filed, value: facts.filed });
  return { type: 'fields', items };
}

/** The card's calls, each one line: when, the agent, the channel, the claim or reference number. */
function cardCalls(ctx: ReportContext): Field[] {
  return ctx.facts.calls
    .filter((c) => c.party === 'card-issuer')
    .map((c) => ({
      label: ctx.t.f.cardCall,
      value: ctx.t.call(shortTime(c.at), whoLabel(c.who, ctx.lang), channelName(ctx, c.channel), c.reference),
    }));
}

export function cardCompanySections(ctx: ReportContext): Section[] {
  const { t, facts } = ctx;
  const s = t.sections;
  const merchant = confirmationGroups(ctx, MERCHANT_SIDE);
  const card = [facts.cardKind, facts.brand, facts.last4 !== undefined ? t.last4(facts.last4) : undefined]
    .filter((x) => x !== undefined)
    .join(', ');
  return [
    {
      id: 'cardholder',
      title: s.cardholder,
      blocks: [
        {
          type: 'fields',
          items: [
            ctx.missing(t.f.name, facts.cardholder.name),
            ctx.missing(t.f.phone, facts.cardholder.phone),
            ...(facts.cardholder.address !== undefined
              ? [{ label: t.f.address, value: facts.cardholder.address }]
              : []),
            ctx.missing(t.f.issuer, facts.issuer),
            ctx.missing(t.f.card, card === '' ? undefined : card),
            ...cardCalls(ctx),
          ],
        },
      ],
    },
    { id: 'transactions', title: s.transactions, blocks: [transactionsBlock(ctx)] },
    { id: 'losses', title: s.losses, blocks: [lossesBlock(ctx)] },
    { id: 'shipments', title: s.shipments, blocks: shipmentBlocks(ctx) },
    {
      id: 'merchant',
      title: s.merchant,
      blocks:
        merchant.length > 0 ? merchant : [{ type: 'paragraph', text: t.noConfirmations, tone: 'muted' }],
    },
    { id: 'discovery', title: s.discovery, blocks: [{ type: 'fields', items: discoveryFields(ctx) }] },
    { id: 'police', title: s.police, blocks: [policeFields(ctx)] },
    { id: 'deadline', title: s.deadline, blocks: [deadlineFields(ctx)] },
    { id: 'evidence', title: s.evidence, blocks: [evidenceList(ctx), ...evidenceFiles(ctx, false)] },
    {
      id: 'statement',
      title: s.statement,
      blocks: [
        { type: 'paragraph', text: t.unauthorised, tone: 'statement' },
        { type: 'paragraph', text: t.unauthorisedDetail },
        { type: 'signature', lines: [t.signature.date, t.signature.signature, t.signature.name] },
      ],
    },
  ];
}
