// Every word a report prints that does not come from the playbook or the person, in
// English and Japanese. The playbook supplies step titles, questions and party names.
import type { Messages } from '../i18n.js';
import type { AccountChange } from './facts.js';
import { en } from './texts-en.js';
import { ja } from './texts-ja.js';

export interface ReportTexts {
  titles: Record<'card-company' | 'police' | 'all', string>;
  caseLine: (id: string, title: string) => string;
  generated: (when: string) => string;
  /** The line that matches a printed report to the record: event count, last time, hash. */
  recordLine: (events: number, when: string, hash: string, chained: boolean) => string;
  notRecorded: string;
  /** "1 question to さくらモール": one part of the banner. */
  unconfirmedPart: (party: string, count: number) => string;
  /**
   * The line at the top of an unfinished report: what is not confirmed, and how much is
   * still to do. `apart`: the person's list is a page of its own at the end; else the paper's last section.
   */
  banner: (unconfirmed: readonly string[], todo: number, closed: boolean, apart: boolean) => string;
  /** Heading of the person's own list, on a page of its own at the end. */
  stillOpen: string;
  stillOpenNote: string;
  /** The police report's last section, read by the police too: what is still unanswered. */
  stillOpenEnd: string;
  stillOpenEndNote: string;
  /** Under the list: how many more concern the other parties (they are in the full case record). */
  elsewhere: (n: number) => string;
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
    | 'total'
    | 'address'
    | 'person'
    | 'personAddress'
    | 'cardKind'
    | 'cardCall'
    | 'lossTotal',
    string
  >;
  /** "2026-11-29 09:15, 田中, phone, ref. CARD-7788": one call with the card company. */
  call: (when: string, who: string, channel: string, reference: string | undefined) => string;
  /** The heading line of one conversation with a party. */
  conversation: (
    party: string,
    who: string,
    channel: string,
    when: string,
    reference: string | undefined,
  ) => string;
  /** A party's name inside a sentence ("the shop", not "The shop"). */
  inSentence: (name: string) => string;
  findings: Record<AccountChange, (detail: string | undefined) => string>;
  noLosses: string;
  /** A "yes" to a question that asks several things, with nothing said beside it. */
  compoundYes: string;
  askedCount: (n: number) => string;
  /** The printed page's counter: before, between and after "n" and "m" (page 2 of 3). */
  pageCounter: readonly [string, string, string];
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
    | 'shopSaid'
    | 'lost',
    string
  >;
  noTransactions: string;
  noPolice: string;
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
  files: {
    lead: string;
    details: (kind: string, size: string, when: string) => string;
    mail: (from: string | undefined, when: string | undefined, subject: string | undefined) => string;
    notShown: (file: string) => string;
    hash: string;
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
  /** The same days as lines of the police report's short timeline. */
  dated: Record<'noticed' | 'statement' | 'police', string>;
  toldLine: (party: string) => string;
  axisNote: string;
}

export const reportTexts: Messages<ReportTexts> = { en, ja };
