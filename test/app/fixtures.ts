import type { Playbook } from '../../src/core/playbook/schema.js';

/** A small playbook that uses every question type, a branch, an include and follow-ups. */
export const shipping: Playbook = {
  id: 'shipping',
  title: { en: 'Stop the shipment', ja: '発送を止める' },
  parties: [{ id: 'carrier', name: { en: 'The delivery company', ja: '配送業者' } }],
  steps: [
    {
      id: 'status',
      title: { en: 'Has it shipped?', ja: '発送済みか' },
      questions: [{ id: 'shipped', type: 'yesno', prompt: { en: 'Already shipped?', ja: '発送済み?' } }],
    },
    {
      id: 'call-carrier',
      title: { en: 'Call the carrier', ja: '配送業者に電話' },
      when: { answer: 'status.shipped', is: true },
      questions: [
        {
          id: 'tracking',
          type: 'text',
          format: 'reference',
          prompt: { en: 'Tracking number', ja: '伝票番号' },
        },
      ],
      confirmations: [
        {
          id: 'refuse',
          party: 'carrier',
          ask: { en: 'Will you return it to the sender?', ja: '差出人に返送してもらえますか?' },
          'follow-up': { check: { en: 'Check the tracking page', ja: '追跡ページを確認' }, after: '1d' },
        },
      ],
    },
  ],
};

export const fraud: Playbook = {
  id: 'fraud',
  title: { en: 'Orders you did not place', ja: '身に覚えのない注文' },
  parties: [
    {
      id: 'merchant',
      name: { en: 'the shop', ja: 'ショップ' },
      contact: { en: 'The number on your last invoice.', ja: '前回の請求書に載っている番号。' },
    },
  ],
  steps: [
    {
      id: 'orders',
      title: { en: 'Write down the orders', ja: '注文を書き出す' },
      why: { en: 'You will need the numbers.', ja: '番号が必要になります。' },
      questions: [
        {
          id: 'card',
          type: 'text',
          format: 'card-last4',
          prompt: { en: 'Card (last 4)', ja: 'カード下4桁' },
        },
        { id: 'note', type: 'text', prompt: { en: 'Anything else', ja: 'その他' } },
        {
          id: 'kind',
          type: 'choice',
          prompt: { en: 'What arrived?', ja: '何が届いた?' },
          options: [
            { id: 'mail', label: { en: 'Mail', ja: 'メール' } },
            { id: 'sms', label: { en: 'SMS', ja: 'SMS' } },
          ],
        },
        {
          id: 'charges',
          type: 'records',
          prompt: { en: 'Charges you do not know', ja: '身に覚えのない請求' },
          fields: [
            { id: 'date', type: 'date', prompt: { en: 'Date', ja: '日付' } },
            { id: 'amount', type: 'money', prompt: { en: 'Amount', ja: '金額' } },
          ],
        },
        { id: 'statement', type: 'date', prompt: { en: 'Statement date', ja: '明細の日付' } },
      ],
      confirmations: [
        {
          id: 'cancel',
          party: 'merchant',
          ask: { en: 'Will you cancel the orders?', ja: '注文を取り消してもらえますか?' },
        },
        {
          id: 'charge',
          party: 'merchant',
          ask: { en: 'Will the charge be cancelled?', ja: '請求は取り消されますか?' },
        },
      ],
      'follow-up': {
        check: { en: 'Dispute deadline', ja: '異議申し立ての期限' },
        after: '60d',
        from: 'orders.statement',
      },
    },
    { id: 'stop', include: 'shipping' },
    { id: 'password', title: { en: 'Change the password', ja: 'パスワードを変更' } },
  ],
};

export const library = new Map<string, Playbook>([
  ['fraud', fraud],
  ['shipping', shipping],
]);
