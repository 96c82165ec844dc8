// A message to the shop, the card company or the delivery company, built from the case
// (lesson 6: write so you cannot be misread): what happened, what I know, what I need, my
// questions, the references so far; addressed to the party by its name, signed with the
// person's name and contact. Each party gets only what it needs: the shop its orders, the
// card company the card's charges (not the order story), the delivery company its parcels
// and what to do with each (not what it already said it cannot do). A question answered is
// not asked again: only those never answered, or answered "don't know", are open.
// Here the draft is put together; its facts are draft-facts.ts, what was said so far
// draft-conversation.ts, the message draft-message.ts, the dispute letter (`--letter`)
// draft-letter.ts, the mail file (`--format eml`) draft-eml.ts.
import type { Lang } from '../i18n.js';
import { isRegion, type Region } from '../region.js';
import { conversationWith } from './draft-conversation.js';
import {
  carriersOf,
  factText,
  matchCarrier,
  parcelsOf,
  recipientName,
  sameCarrier,
  senderOf,
  type DraftPerson,
} from './draft-facts.js';
import { buildLetter } from './draft-letter.js';
import { buildMessage } from './draft-message.js';
import { draftTexts, type DraftParty } from './draft-texts.js';
import { buildReport, type ReportInput } from './model.js';

export { DRAFT_PARTIES, type DraftParty } from './draft-texts.js';

/** The playbook party ids each addressee stands for. */
const PARTY_IDS: Record<DraftParty, readonly string[]> = {
  merchant: ['merchant'],
  'card-company': ['card-issuer'],
  carrier: ['carrier'],
};

export interface Draft {
  readonly to: DraftParty;
  readonly letter: boolean;
  readonly lang: Lang;
  readonly caseId: string;
  /** The party by name (or the plain noun), and a mail address recorded for it, if any. */
  readonly recipient: { readonly name: string; readonly email: string | undefined };
  readonly sender: DraftPerson;
  readonly subject: string;
  /** The message itself, without the subject line. */
  readonly body: string;
  /** Every delivery company the case's parcels went with; a carrier draft is for one of them. */
  readonly carriers: readonly string[];
}

export interface DraftOptions {
  readonly letter?: boolean;
  readonly region?: Region;
  /** The party's mail address from the emergency contact card, when the case recorded none. */
  readonly recipientEmail?: string | undefined;
  /** For `--to carrier` when parcels went with several: which one (as recorded, any case). */
  readonly carrier?: string | undefined;
}

export function buildDraftModel(to: DraftParty, input: ReportInput, options: DraftOptions = {}): Draft {
  const lang = input.lang;
  const t = draftTexts[lang];
  const f = buildReport('card-company', input).facts;
  const facts = input.state.facts;
  const parties = new Set(PARTY_IDS[to]);
  const every = parcelsOf(facts, f);
  // The delivery company the walk-through talked to comes first: its conversation is the
  // one the case recorded for "the delivery company".
  const talkedTo = factText(facts, 'carrier.name');
  const carriers = carriersOf([...(talkedTo ? [{ carrier: talkedTo }] : []), ...every]);
  // A carrier's draft holds its own parcels, and those whose carrier nobody recorded go to
  // the first: the person is not asked for what the delivery company did not handle.
  const carrier =
    to !== 'carrier'
      ? undefined
      : options.carrier !== undefined
        ? matchCarrier(carriers, options.carrier)
        : carriers[0];
  const parcels =
    carrier === undefined
      ? every
      : every.filter((p) =>
          p.carrier?.trim() ? sameCarrier(p.carrier, carrier) : sameCarrier(carrier, carriers[0] ?? ''),
        );
  const named = carrier ?? recipientName(to, f, facts, parcels);
  const name = named ?? t.noun[to];

  // Another delivery company than the one talked to: what that one said is not this one's.
  const ownConversation = carrier === undefined || sameCarrier(carrier, carriers[0] ?? '');
  const conversation = conversationWith(to, input, parties, ownConversation, t);
  const kind = factText(facts, 'card.kind');
  const card = [f.last4 !== undefined ? `•••• ${f.last4}` : undefined, kind ? t.kind[kind] : undefined]
    .filter(Boolean)
    .join(', ');
  const email =
    [...input.state.contacts].reverse().find((c) => parties.has(c.party) && c.email)?.email ??
    options.recipientEmail;
  const sender = senderOf(facts, f);
  const base = { to, lang, caseId: input.caseId, recipient: { name, email }, sender, carriers };
  if (options.letter === true && to === 'card-company') {
    const letter = buildLetter(
      { input, facts: f, cardKind: kind, card, ownRefs: conversation.ownRefs, sender, issuer: named },
      options.region ?? caseRegion(input),
    );
    return { ...base, letter: true, subject: letter.subject, body: letter.body };
  }
  const message = buildMessage({
    to,
    t,
    caseId: input.caseId,
    name,
    card,
    f,
    facts,
    parcels,
    conversation,
    sender,
  });
  return { ...base, letter: false, ...message };
}

/** Where the person lives, as the case recorded it; a case from before regions: jp for a Japanese case, else other. */
function caseRegion(input: ReportInput): Region {
  const region = input.state.started?.region;
  return isRegion(region) ? region : input.lang === 'ja' ? 'jp' : 'other';
}

/** The draft as plain text: the subject line, then the message. */
export function renderDraftText(draft: Draft): string {
  return draft.letter ? draft.body : `Subject: ${draft.subject}\n\n${draft.body}`;
}

export function buildDraft(to: DraftParty, input: ReportInput, options: DraftOptions = {}): string {
  return renderDraftText(buildDraftModel(to, input, options));
}
