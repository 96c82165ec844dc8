// What happens after the walk-through, recorded as the same facts the walk-through records
// (`respond note <case> shipment|loss|charge`): a parcel and its status joins the list fact
// `shipments`, money that cannot come back joins `losses`, a charge reversed or not is a field
// of its record in `charges` (or `orders`). The events are record-field events of the
// pseudo-step "note", whose questions are these, so a log, a report and a draft read their
// labels and never an option id.
import type { FieldQuestion, Question } from './schema.js';

/** The step key of later events in the journal (like "report" for the cardholder's details). */
export const NOTE_STEP = 'note';

export const SHIPMENT_STATUSES = ['shipped', 'delivered', 'refused', 'returned', 'stopped'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

const statusLabels: Record<ShipmentStatus, { en: string; ja: string }> = {
  shipped: { en: 'On its way', ja: '配送中' },
  delivered: { en: 'Delivered', ja: '配達済み' },
  refused: { en: 'Refused at the door', ja: '受け取り拒否' },
  returned: { en: 'Returned to the sender', ja: '差出人へ返送' },
  stopped: { en: 'Stopped (held by the carrier)', ja: '配達停止 (配送会社で保管)' },
};

// The tracking number first: it finds a parcel already listed, whose status is then told anew.
export const SHIPMENT_FIELDS = [
  {
    id: 'tracking',
    type: 'text',
    format: 'reference',
    prompt: { en: 'Tracking number', ja: '追跡番号 (伝票番号)' },
  },
  { id: 'carrier', type: 'text', prompt: { en: 'Delivery company', ja: '配送会社' } },
  {
    id: 'status',
    type: 'choice',
    required: true,
    prompt: { en: 'Status now', ja: 'いまの状況' },
    options: SHIPMENT_STATUSES.map((id) => ({ id, label: statusLabels[id] })),
  },
  {
    id: 'order',
    type: 'text',
    format: 'reference',
    prompt: {
      en: 'Order number it belongs to',
      ja: 'どの注文の荷物ですか (注文番号)',
    },
  },
] as const satisfies readonly FieldQuestion[];

export const LOSS_FIELDS = [
  {
    id: 'what',
    type: 'text',
    prompt: {
      en: 'What was it (a gift card, a transfer, points)?',
      ja: '何ですか?(ギフト券、振込、ポイントなど)',
    },
  },
  { id: 'amount', type: 'money', required: true, prompt: { en: 'Amount', ja: '金額' } },
  { id: 'when', type: 'date', prompt: { en: 'When it was used or sent', ja: '使われた・送られた日' } },
] as const satisfies readonly FieldQuestion[];

export const REVERSED_FIELD = {
  id: 'reversed',
  type: 'yesno',
  required: true,
  prompt: {
    en: 'Has this charge been reversed (credited back)?',
    ja: 'この請求は取り消されましたか(返金されましたか)?',
  },
} as const satisfies FieldQuestion;

/** The later lists, as the records questions of the step "note". */
const LATER_LISTS = {
  shipments: {
    id: 'shipments',
    type: 'records',
    fact: 'shipments',
    prompt: { en: 'Parcel', ja: '荷物' },
    fields: [...SHIPMENT_FIELDS],
  },
  losses: {
    id: 'losses',
    type: 'records',
    fact: 'losses',
    prompt: { en: 'Money lost', ja: '戻らないお金' },
    fields: [...LOSS_FIELDS],
  },
  charges: {
    id: 'charges',
    type: 'records',
    fact: 'charges',
    prompt: { en: 'Charge', ja: '請求' },
    fields: [REVERSED_FIELD],
  },
  orders: {
    id: 'orders',
    type: 'records',
    fact: 'orders',
    prompt: { en: 'Order', ja: '注文' },
    fields: [REVERSED_FIELD],
  },
} as const satisfies Record<string, Question>;

type LaterList = keyof typeof LATER_LISTS;

/** The question of the step "note" a later event answers, for the log's words. */
export function laterQuestion(id: string): Question | undefined {
  return Object.hasOwn(LATER_LISTS, id) ? (LATER_LISTS[id as LaterList] as Question) : undefined;
}
