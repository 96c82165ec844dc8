// The two reports handed to someone else: the dispute summary for the card company and the
// report for the police. Each fact is either from the case or plainly "not recorded".
import { daysBetween } from '../session/plan.js';
import { DISPUTE_DAYS, formatMoney, MERCHANT_SIDE, sumMoney, type RecordRow } from './facts.js';
import type { Block, Field, ReportContext, Section } from './model.js';
import {
  confirmationTable,
  contactsTable,
  disputeDeadline,
  evidenceList,
  timelineBlock,
} from './sections-shared.js';

const cell = (row: RecordRow, id: string): string => row.cells[id] ?? '';

function totalLine(ctx: ReportContext, rows: readonly RecordRow[]): string | undefined {
  const sums = sumMoney(rows.flatMap((r) => (r.money ? [r.money] : [])));
  return sums.length === 0 ? undefined : sums.map(formatMoney).join(' + ');
}

function transactionsBlock(ctx: ReportContext): Block {
  const { t, facts } = ctx;
  if (facts.transactions.length === 0) return { type: 'paragraph', text: t.noTransactions, tone: 'muted' };
  const total = totalLine(ctx, facts.transactions);
  return {
    type: 'table',
    columns: [t.col.date, t.col.merchant, t.col.amount, t.col.statementDate, t.col.orderNumber, t.col.status],
    numeric: [2],
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
  };
}

function ordersBlock(ctx: ReportContext): Block | undefined {
  const { t, facts } = ctx;
  if (facts.orders.length === 0) return undefined;
  const total = totalLine(ctx, facts.orders);
  return {
    type: 'table',
    columns: [
      t.col.orderNumber,
      t.col.date,
      t.col.items,
      t.col.amount,
      t.col.delivery,
      t.col.payment,
      t.col.status,
    ],
    numeric: [3],
    rows: facts.orders.map((r) => ({
      cells: [
        cell(r, 'order-number'),
        cell(r, 'order-date'),
        cell(r, 'items'),
        cell(r, 'amount'),
        cell(r, 'delivery-address'),
        cell(r, 'payment'),
        cell(r, 'status'),
      ],
    })),
    ...(total !== undefined ? { footer: [t.f.total, '', '', total, '', '', ''] } : {}),
  };
}

function discoveryFields(ctx: ReportContext): Field[] {
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
    ...parties.map((p) => ctx.missing(t.told(ctx.partyName(p)), told.get(p))),
  ];
}

function shipmentBlocks(ctx: ReportContext): Block[] {
  const { t, facts } = ctx;
  const blocks: Block[] = [];
  const fields = [
    ctx.missing(t.f.shipped, facts.shipped),
    ...(facts.carrierAction !== undefined ? [ctx.missing(t.f.carrierAction, facts.carrierAction)] : []),
    ...(facts.result !== undefined ? [ctx.missing(t.f.result, facts.result)] : []),
    ...(facts.unknownAddress !== undefined ? [ctx.missing(t.f.unknownAddress, facts.unknownAddress)] : []),
  ];
  blocks.push({ type: 'fields', items: fields });
  if (facts.shipments.length > 0) {
    blocks.push({
      type: 'table',
      columns: [t.col.orderNumber, t.col.items, t.col.shopSaid, t.col.tracking, t.col.carrier],
      rows: facts.shipments.map((r) => ({
        cells: [
          cell(r, 'order-number'),
          cell(r, 'items'),
          cell(r, 'merchant-answer'),
          cell(r, 'tracking-number'),
          cell(r, 'carrier'),
        ],
      })),
    });
  }
  const carrier = confirmationTable(ctx, new Set(['carrier']));
  if (carrier) blocks.push(carrier);
  return blocks;
}

function policeFields(ctx: ReportContext): Block {
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

export function cardCompanySections(ctx: ReportContext): Section[] {
  const { t, facts } = ctx;
  const s = t.sections;
  const merchant = confirmationTable(ctx, MERCHANT_SIDE);
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
            ctx.missing(t.f.issuer, facts.issuer),
            ctx.missing(t.f.brand, facts.brand),
            ctx.missing(t.f.card, facts.last4 !== undefined ? t.last4(facts.last4) : undefined),
          ],
        },
      ],
    },
    {
      id: 'transactions',
      title: s.transactions,
      blocks: [transactionsBlock(ctx), ...optional(ordersBlock(ctx))],
    },
    { id: 'discovery', title: s.discovery, blocks: [{ type: 'fields', items: discoveryFields(ctx) }] },
    {
      id: 'merchant',
      title: s.merchant,
      blocks: [merchant ?? { type: 'paragraph', text: t.noConfirmations, tone: 'muted' }],
    },
    { id: 'shipments', title: s.shipments, blocks: shipmentBlocks(ctx) },
    { id: 'police', title: s.police, blocks: [policeFields(ctx)] },
    { id: 'deadline', title: s.deadline, blocks: [deadlineFields(ctx)] },
    { id: 'evidence', title: s.evidence, blocks: [evidenceList(ctx)] },
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

export function policeSections(ctx: ReportContext): Section[] {
  const { t, facts } = ctx;
  const s = t.sections;
  const accounts = [
    ...(facts.site !== undefined ? [{ text: t.accounts.site(facts.site) }] : []),
    ...(facts.last4 !== undefined
      ? [{ text: t.accounts.card([facts.issuer, t.last4(facts.last4)].filter(Boolean).join(', ')) }]
      : []),
    ...(facts.mailRules ? [{ text: t.accounts.mail }] : []),
  ];
  const changes = facts.accountChanges.map((text) => ({ text }));
  const losses: Block[] = [];
  const orders = ordersBlock(ctx);
  if (orders) losses.push(orders);
  if (facts.transactions.length > 0) losses.push(transactionsBlock(ctx));
  if (facts.giftCards) losses.push({ type: 'paragraph', text: t.giftCards });
  if (facts.balanceUsed) losses.push({ type: 'paragraph', text: t.balanceUsed });
  if (facts.unknownAddress !== undefined)
    losses.push({ type: 'fields', items: [{ label: t.f.unknownAddress, value: facts.unknownAddress }] });
  if (losses.length === 0) losses.push({ type: 'paragraph', text: t.notRecorded, tone: 'muted' });
  return [
    {
      id: 'summary',
      title: s.summary,
      blocks: [
        {
          type: 'fields',
          items: [
            ctx.missing(t.f.name, facts.cardholder.name),
            ctx.missing(t.f.phone, facts.cardholder.phone),
            ...discoveryFields(ctx),
          ],
        },
      ],
    },
    {
      id: 'accounts',
      title: s.accounts,
      blocks: [
        accounts.length > 0
          ? { type: 'list', items: accounts }
          : { type: 'paragraph', text: t.notRecorded, tone: 'muted' },
        ...(changes.length > 0
          ? [
              { type: 'paragraph', text: t.accounts.changes } as const,
              { type: 'list', items: changes } as const,
            ]
          : []),
      ],
    },
    { id: 'losses', title: s.losses, blocks: losses },
    { id: 'police', title: s.police, blocks: [policeFields(ctx)] },
    { id: 'contacts', title: s.contacts, blocks: [contactsTable(ctx)] },
    { id: 'evidence', title: s.evidence, blocks: [evidenceList(ctx)] },
    { id: 'timeline', title: s.timeline, blocks: [timelineBlock(ctx)] },
  ];
}

function optional<T>(x: T | undefined): T[] {
  return x === undefined ? [] : [x];
}
