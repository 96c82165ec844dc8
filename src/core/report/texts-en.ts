// The report's own words in English (see texts.ts).
import type { ReportTexts } from './texts.js';

const items = (n: number): string => `${n} ${n === 1 ? 'item' : 'items'}`;

export const en: ReportTexts = {
  titles: {
    'card-company': 'Dispute of card charges: summary for the card company',
    police: 'Report of unauthorised access and fraud',
    all: 'Case record: every step, answer and confirmation',
  },
  caseLine: (id, title) => `Case ${id} — ${title}`,
  generated: (when) => `Prepared ${when} from the person's own timestamped record.`,
  recordLine: (n, when, hash, chained) =>
    chained
      ? `This report matches the record up to event ${n} (${when}), chain hash ${hash} (respond verify checks it).`
      : `Made from the record up to event ${n} (${when}), last entry's hash ${hash}; the record was written before respond kept a hash chain.`,
  notRecorded: 'not recorded',
  unconfirmedPart: (party, n) => `${n} ${n === 1 ? 'question' : 'questions'} to ${party}`,
  banner: (unconfirmed, todo, closed, apart) =>
    [
      unconfirmed.length > 0
        ? `Not confirmed yet: ${unconfirmed.join(', ')}.`
        : closed
          ? 'This case is closed; every question asked was answered.'
          : 'Every question asked so far was answered; the case is still open.',
      todo > 0
        ? `${items(todo)} still to do, ${apart ? 'on the last page' : 'at the end'} ("Still to do").`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  stillOpen: 'Still to do',
  elsewhere: (n) =>
    `And ${items(n)} for the other parties (the shop, the delivery company…): they are in the full case record (report --for all).`,
  stillOpenEnd: 'Not confirmed yet',
  stillOpenEndNote: 'What is still unanswered or left to do, soonest first.',
  stillOpenNote:
    'For you, not for the reader of this paper: what is left to ask, check or do, soonest first.',
  openStep: (title) => `Step not finished: ${title}`,
  openConfirmation: (party, ask) => `Not confirmed by ${party.replace(/^The /, 'the ')}: ${ask}`,
  openFollowUp: (due, check) => `To check on ${due}: ${check}`,
  sections: {
    cardholder: 'Cardholder and card',
    transactions: 'Disputed transactions',
    discovery: 'How and when it was discovered, and who was told',
    merchant: 'What the merchant side confirmed',
    shipments: 'Shipments and returns',
    police: 'Police report',
    deadline: 'Reporting deadline',
    evidence: 'Evidence kept',
    statement: 'Statement',
    summary: 'Summary',
    accounts: 'Accounts affected',
    losses: 'Losses',
    steps: 'Every step',
    notes: 'Notes',
    followUps: 'Follow-ups',
    timeline: 'Timeline',
  },
  f: {
    name: 'Cardholder name',
    phone: 'Phone',
    issuer: 'Card company',
    brand: 'Card brand',
    card: 'Card',
    noticed: 'First noticed',
    how: 'Noticed through',
    site: 'Shop or site',
    statementDate: 'Statement date',
    deadline: 'Deadline',
    statedLastDay: 'Last day, as the card company said',
    needed: 'What the card company needs',
    neededBy: 'Needed by',
    filed: 'Written dispute sent',
    policeStatus: 'Police',
    policeDate: 'Date',
    station: 'Station and officer',
    receipt: 'Receipt number',
    shipped: 'Shipping status',
    carrierAction: 'Delivery company agreed to',
    result: 'Where things stand',
    unknownAddress: 'Unknown delivery address',
    total: 'Total',
    address: 'Address on file with the card company',
    person: 'Name',
    personAddress: 'Address',
    cardKind: 'Credit or debit',
    cardCall: 'Call with the card company',
    lossTotal: 'Total lost',
  },
  call: (when, who, channel, reference) =>
    [when, who, channel, reference !== undefined ? `reference ${reference}` : ''].filter(Boolean).join(', '),
  conversation: (party, who, channel, when, reference) =>
    `${party}: ${[who, channel, when, reference !== undefined ? `reference ${reference}` : ''].filter(Boolean).join(', ')}`,
  inSentence: (name) => name.replace(/^The /, 'the '),
  findings: {
    'unknown-address': (address) =>
      address !== undefined
        ? `A delivery address I do not know: ${address}`
        : 'A delivery address I do not know',
    'unknown-payment': () => 'A payment method I did not add',
    'balance-used': () => 'My gift-card balance or points were used',
    'contact-changed': () => "The account's mail address or phone number was changed",
    'strange-sign-ins': () => 'Sign-ins I did not make',
    'mail-rules': () => 'Forwarding rules or filters in my mail that I did not set',
  },
  noLosses: 'No money lost for good is recorded in this case.',
  compoundYes: 'yes (which of the questions it answers was not recorded)',
  pageCounter: ['page ', ' of ', ''],
  askedCount: (n) => `${n} ${n === 1 ? 'question' : 'questions'} answered`,
  told: (party) => `Reported to ${party.replace(/^The /, 'the ')}`,
  last4: (digits) => `card ending in ${digits} (last 4 digits only)`,
  deadlineValue: (date, days, from, left) =>
    `${date} (${days} days after the statement date ${from}; ${left >= 0 ? `${left} days left` : `passed ${-left} days ago`})`,
  daysLeft: (left) => (left >= 0 ? `${left} days left` : `passed ${-left} days ago`),
  col: {
    date: 'Date',
    merchant: 'Merchant (as printed)',
    amount: 'Amount',
    statementDate: 'Statement',
    orderNumber: 'Order no.',
    status: 'Status',
    items: 'Items',
    delivery: 'Sent to',
    payment: 'Paid with',
    question: 'Question',
    answer: 'Answer',
    who: 'Who',
    when: 'When',
    channel: 'Channel',
    reference: 'Reference',
    party: 'With',
    what: 'What',
    tracking: 'Tracking no.',
    carrier: 'Delivery company',
    shopSaid: 'The shop said',
    lost: 'What was lost',
  },
  noTransactions: 'No disputed transaction is recorded in this case.',
  noPolice: 'No police report is recorded in this case.',
  noConfirmations: 'Nothing was asked of the merchant side in this case.',
  answer: { yes: 'yes', no: 'no', unknown: "they don't know", open: 'NOT CONFIRMED' },
  outcome: {
    done: 'done',
    skipped: 'skipped',
    waiting: 'waiting on someone',
    later: 'left for later',
    none: 'not done',
  },
  waitingUntil: (due) => `check again on ${due}`,
  skippedWhy: (why) => `why: ${why}`,
  evidence: {
    journal: (n, from, to) => `This case record: ${n} timestamped entries, ${from} to ${to}`,
    mails: (count) => `The order confirmation mails (${count})`,
    screenshots: 'Screenshots of the account pages, taken before anything was changed',
    writtenConfirmation: (party) => `Written confirmation from ${party}`,
    reference: (label, value) => `${label}: ${value}`,
    police: (receipt) => `Police receipt number ${receipt}`,
  },
  files: {
    lead: 'Files kept with this record. The SHA-256 of each identifies its exact bytes: run sha256sum on the file in the case folder, and the same digest means it is unchanged.',
    details: (kind, size, when) => `${kind}, ${size}, attached ${when}`,
    mail: (from, when, subject) =>
      `A mail${from ? ` from ${from}` : ''}${when ? `, sent ${when}` : ''}${subject ? `: "${subject}"` : ''}`,
    notShown: (file) =>
      `Not shown here (too large to embed, or a format a browser cannot draw): ${file} in the case folder`,
    hash: 'SHA-256',
  },
  accounts: {
    site: (s) => `Shop account at ${s}`,
    card: (c) => `Payment card: ${c}`,
    mail: 'Mail account (forwarding rules or filters someone else set)',
    changes: 'Changes found in the account:',
  },
  giftCards: 'Gift cards or digital codes were among the orders.',
  balanceUsed: 'The gift-card balance or points in the account were used.',
  totals: (list) => `Total: ${list}`,
  unauthorised:
    'I did not make, authorise or benefit from the transactions listed above. I ask that they be disputed as unauthorised.',
  unauthorisedDetail:
    'The details above are taken from my own record, kept with the time of each entry as it happened.',
  signature: { date: 'Date', signature: 'Signature', name: 'Name' },
  followUp: { overdue: 'OVERDUE', 'due-today': 'due today', upcoming: 'upcoming', done: 'checked' },
  followUpLine: (due, check) => `${due}: ${check}`,
  followUpResult: (result) => `result: ${result}`,
  confirmedBy: (who, channel, when) => `${who}, ${channel}, ${when}`,
  milestones: {
    noticed: 'noticed',
    statement: 'statement',
    deadline: 'deadline',
    started: 'case started',
    now: 'this report',
    police: 'police',
  },
  toldMilestone: (party) => `${party.replace(/^The /, 'the ')} told`,
  dated: {
    noticed: 'First noticed',
    statement: 'Date of the card statement',
    police: 'Reported to the police',
  },
  toldLine: (party) => `Told ${party.replace(/^The /, 'the ')}`,
  axisNote: 'Dots: entries recorded that day (bigger = more). Flags: key dates.',
};
