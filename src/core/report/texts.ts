// Every word a report prints that does not come from the playbook or the person, in
// English and Japanese. The playbook supplies step titles, questions and party names.
import type { Messages } from '../i18n.js';
import { en } from './texts-en.js';
import { ja } from './texts-ja.js';

export interface ReportTexts {
  titles: Record<'card-company' | 'police' | 'all', string>;
  caseLine: (id: string, title: string) => string;
  generated: (when: string) => string;
  notRecorded: string;
  unfinished: (finished: number, total: number, open: number) => string;
  closedWithOpen: (open: number) => string;
  /** Heading of the list of open items, at the end of the report. */
  stillOpen: string;
  openStep: (title: string) => string;
  openConfirmation: (party: string, ask: string) => string;
  openFollowUp: (due: string, check: string) => string;
  sections: Record<
    | 'cardholder'
    | 'transactions'
    | 'discovery'
    | 'merchant'
    | 'shipments'
    | 'police'
    | 'deadline'
    | 'evidence'
    | 'statement'
    | 'summary'
    | 'accounts'
    | 'losses'
    | 'contacts'
    | 'steps'
    | 'notes'
    | 'followUps'
    | 'timeline',
    string
  >;
  f: Record<
    | 'name'
    | 'phone'
    | 'issuer'
    | 'brand'
    | 'card'
    | 'noticed'
    | 'how'
    | 'site'
    | 'statementDate'
    | 'deadline'
    | 'statedLastDay'
    | 'needed'
    | 'neededBy'
    | 'filed'
    | 'policeStatus'
    | 'policeDate'
    | 'station'
    | 'receipt'
    | 'shipped'
    | 'carrierAction'
    | 'result'
    | 'unknownAddress'
    | 'total',
    string
  >;
  told: (party: string) => string;
  last4: (digits: string) => string;
  deadlineValue: (date: string, days: number, from: string, left: number) => string;
  daysLeft: (left: number) => string;
  col: Record<
    | 'date'
    | 'merchant'
    | 'amount'
    | 'statementDate'
    | 'orderNumber'
    | 'status'
    | 'items'
    | 'delivery'
    | 'payment'
    | 'question'
    | 'answer'
    | 'who'
    | 'when'
    | 'channel'
    | 'reference'
    | 'party'
    | 'what'
    | 'tracking'
    | 'carrier'
    | 'shopSaid',
    string
  >;
  noTransactions: string;
  noPolice: string;
  noContacts: string;
  noConfirmations: string;
  answer: Record<'yes' | 'no' | 'unknown' | 'open', string>;
  outcome: Record<'done' | 'skipped' | 'waiting' | 'later' | 'none', string>;
  waitingUntil: (due: string) => string;
  skippedWhy: (why: string) => string;
  evidence: {
    journal: (events: number, from: string, to: string) => string;
    mails: (count: string) => string;
    screenshots: string;
    writtenConfirmation: (party: string) => string;
    reference: (label: string, value: string) => string;
    police: (receipt: string) => string;
  };
  accounts: { site: (site: string) => string; card: (card: string) => string; mail: string; changes: string };
  giftCards: string;
  balanceUsed: string;
  totals: (list: string) => string;
  unauthorised: string;
  unauthorisedDetail: string;
  signature: { date: string; signature: string; name: string };
  followUp: Record<'overdue' | 'due-today' | 'upcoming' | 'done', string>;
  followUpLine: (due: string, check: string) => string;
  followUpResult: (result: string) => string;
  confirmedBy: (who: string, channel: string, when: string) => string;
  milestones: Record<'noticed' | 'statement' | 'deadline' | 'started' | 'now' | 'police', string>;
  toldMilestone: (party: string) => string;
  axisNote: string;
}

export const reportTexts: Messages<ReportTexts> = { en, ja };
