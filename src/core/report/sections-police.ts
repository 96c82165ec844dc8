// The report for the police: who, what happened and when, the accounts and what was found
// in them, the losses with their total, the parcels, every conversation once (when it
// happened, not when it was typed, in a short timeline of what mattered) and the evidence.
// The full history is the "all" report's; this one fits in two printed pages.
import { evidenceFiles } from './sections-evidence.js';
import type { Block, ReportContext, Section } from './model.js';
import {
  discoveryFields,
  lossesBlock,
  ordersBlock,
  policeFields,
  shipmentBlocks,
  transactionsBlock,
} from './sections-dispute.js';
import { evidenceList, timelineBlock } from './sections-shared.js';

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
  const losses: Block[] = [lossesBlock(ctx)];
  const orders = ordersBlock(ctx);
  if (orders) losses.push(orders);
  // Charges typed apart from the orders; charges that are the orders are already above.
  if (facts.transactions.length > 0 && orders === undefined) losses.push(transactionsBlock(ctx));
  if (facts.giftCards) losses.push({ type: 'paragraph', text: t.giftCards });
  if (facts.balanceUsed) losses.push({ type: 'paragraph', text: t.balanceUsed });
  return [
    {
      id: 'summary',
      title: s.summary,
      blocks: [
        {
          type: 'fields',
          items: [
            // The person reporting, not a card's holder: the police ask for a name.
            ctx.missing(t.f.person, facts.cardholder.name),
            ctx.missing(t.f.phone, facts.cardholder.phone),
            ...(facts.cardholder.address !== undefined
              ? [{ label: t.f.personAddress, value: facts.cardholder.address }]
              : []),
            // When each party was told is in the timeline, with the conversation.
            ...discoveryFields(ctx, { told: false }),
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
              { type: 'paragraph', text: t.accounts.changes, tone: 'lead' } as const,
              { type: 'list', items: changes } as const,
            ]
          : []),
      ],
    },
    { id: 'losses', title: s.losses, blocks: losses },
    { id: 'shipments', title: s.shipments, blocks: shipmentBlocks(ctx) },
    { id: 'police', title: s.police, blocks: [policeFields(ctx)] },
    // Each conversation is in the timeline with its time, who and reference.
    {
      id: 'evidence',
      title: s.evidence,
      blocks: [evidenceList(ctx, { references: 'answers' }), ...evidenceFiles(ctx, true)],
    },
    { id: 'timeline', title: s.timeline, blocks: [timelineBlock(ctx, 'key')] },
  ];
}
