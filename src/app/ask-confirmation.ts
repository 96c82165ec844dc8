// Lesson 2: confirm every process explicitly. One confirmation is the exact question put
// to a party, and the record of its answer: yes / no / don't know, who said it, how, when,
// and the reference number. People and references already given are offered again.
import { type Region } from '../core/region.js';
import { localize, type Lang } from '../core/i18n.js';
import { channelChoices } from '../core/journal/channels.js';
import { whoLabel } from '../core/journal/who.js';
import type {
  Channel,
  ConfirmationAnswer,
  Confirmation as ConfirmationEvent,
  JournalEvent,
} from '../core/journal/events.js';
import { makeConfirmation, makeContact } from '../core/journal/events.js';
import type { FieldValue } from '../core/journal/events.js';
import type { Confirmation, Party } from '../core/playbook/schema.js';
import { describeValue } from '../core/report/timeline.js';
import { isSettled } from '../core/session/settled.js';
import type { CaseState } from '../core/session/state.js';
import type { Prompter } from './prompter.js';
import { guideMessages } from './guide-messages.js';
import { sessionMessages } from './session-messages.js';
import { askValue, askWhen } from './ask-value.js';

export interface ConfirmContext {
  readonly prompter: Prompter;
  readonly lang: Lang;
  readonly now: () => Date;
  readonly parties: ReadonlyMap<string, Party>;
  readonly record: (event: JournalEvent) => Promise<void>;
  readonly state: () => CaseState;
  /** The day a told date's spans count from (the confirmation's `counts-from`), when known. */
  readonly countsFrom?: (ref: string | undefined) => string | undefined;
  /** Where the case's person lives: an amount told without a currency is in its money. */
  readonly region?: Region;
}

const NOT_ASKED = 'not-asked';
const ANSWERED = 'answered';
const ELSEWHERE = 'other-conversation';
const SOMEONE_ELSE = '__new__';
const NO_REFERENCE = '__none__';
/** Confirmations put to the same party within this long are one conversation (one call, one chat). */
const CONVERSATION_MS = 3 * 60 * 60 * 1000;

/**
 * The conversation going on with a party: its latest confirmation, when it was recorded
 * in the last few hours. Its who, channel, reference and time are asked once, at the
 * first confirmation; the next ones are answered "in the same conversation".
 */
function currentConversation(state: CaseState, party: string, now: Date): ConfirmationEvent | undefined {
  let latest: ConfirmationEvent | undefined;
  for (const list of state.confirmations.values())
    for (const c of list) if (c.party === party && (latest === undefined || c.ts >= latest.ts)) latest = c;
  if (latest === undefined) return undefined;
  const age = now.getTime() - Date.parse(latest.ts);
  return age >= 0 && age <= CONVERSATION_MS ? latest : undefined;
}

/** "Sato · chat · INQ-1 · 09:40": a conversation as the person recognises it. */
function describeConversation(c: ConfirmationEvent, lang: Lang): string {
  const channel = channelChoices(lang).find((ch) => ch.value === c.channel)?.label ?? c.channel;
  return [c.who === '' ? guideMessages[lang].nameNotGiven : c.who, channel, c.reference, c.at.slice(11, 16)]
    .filter((p): p is string => p !== undefined && p !== '')
    .join(' · ');
}

type Given = { answer: ConfirmationAnswer; value?: FieldValue };

/** Returns the confirmation recorded, or undefined when the person has not asked yet. */
export async function askConfirmation(
  ctx: ConfirmContext,
  stepKey: string,
  confirmation: Confirmation,
): Promise<ConfirmationEvent | undefined> {
  const t = sessionMessages[ctx.lang];
  const g = guideMessages[ctx.lang];
  const party = ctx.parties.get(confirmation.party);
  const partyName = party ? localize(party.name, ctx.lang) : confirmation.party;
  const id = `${stepKey}.${confirmation.id}`;
  const previous = ctx.state().confirmations.get(id)?.at(-1);
  const conversation = currentConversation(ctx.state(), confirmation.party, ctx.now());
  const ask = localize(confirmation.ask, ctx.lang);
  const message = `${t.askParty(partyName)} ${ask}`;

  let given = await askAnswer(ctx, id, confirmation, message, previous, conversation);
  if (given === undefined) {
    ctx.prompter.settled?.(); // nothing to save
    ctx.prompter.say(`  ${t.openConfirmationNote}`);
    return undefined;
  }
  let same = conversation;
  if (given === ELSEWHERE) {
    same = undefined;
    given = await askAnswer(ctx, `${id}:again`, confirmation, message, previous, undefined);
    if (given === undefined || given === ELSEWHERE) {
      ctx.prompter.settled?.();
      ctx.prompter.say(`  ${t.openConfirmationNote}`);
      return undefined;
    }
  }

  let who: string;
  let channel: Channel;
  let reference: string | undefined;
  let at: Date | undefined;
  if (same !== undefined) {
    ({ who, channel, reference } = same);
    at = new Date(Date.parse(same.at));
  } else {
    // The question stays on screen while who, how and which reference are asked.
    ctx.prompter.say(g.asked(ask, answerLabel(confirmation, given, ctx.lang)));
    const history = ctx.state().confirmations;
    const sameParty = [...history.values()].flat().filter((c) => c.party === confirmation.party);
    who = await askWho(
      ctx,
      id,
      confirmation.party,
      sameParty.map((c) => c.who),
    );
    channel = await ctx.prompter.choose<Channel>({
      id: `${id}:channel`,
      message: t.confirmChannel,
      choices: channelChoices(ctx.lang),
      default: sameParty.at(-1)?.channel ?? 'phone',
    });
    reference = await askReference(
      ctx,
      id,
      sameParty.map((c) => c.reference).filter((r): r is string => r !== undefined),
    );
    at = await askWhen(ctx, id);
  }

  // The confirmation first: it is what the screen shows as accepted once it is saved.
  const event = makeConfirmation(ctx.now(), {
    step: stepKey,
    confirmation: confirmation.id,
    party: confirmation.party,
    answer: given.answer,
    who,
    channel,
    reference,
    at,
    value: given.value,
  });
  await ctx.record(event);
  if (who !== '' && !ctx.state().contacts.some((c) => c.party === confirmation.party && c.who === who)) {
    await ctx.record(makeContact(ctx.now(), { party: confirmation.party, who, channel }));
  }
  if (!isSettled(confirmation, event)) ctx.prompter.say(`  ${t.openConfirmationNote}`);
  return event;
}

/** How the answer reads on screen: "Yes", "No (good news)", "2026-12-15", "The card company". */
function answerLabel(confirmation: Confirmation, given: Given, lang: Lang): string {
  const t = sessionMessages[lang];
  if (given.value !== undefined) {
    if (given.value.kind === 'choice') {
      const option = confirmation.options?.find((o) => o.id === given.value?.value);
      return option ? localize(option.label, lang) : given.value.value;
    }
    return describeValue(given.value, lang);
  }
  const word =
    given.answer === 'yes' ? t.yes : given.answer === 'no' ? t.no : guideMessages[lang].willLookIntoIt;
  return confirmation.expect === 'no' && given.answer === 'no'
    ? `${word} (${guideMessages[lang].goodNews})`
    : word;
}

/**
 * The party's answer: yes / no / don't know for a yes/no confirmation; the choices, or
 * "they told me" and then the value, for a typed one. Not asked yet is the default: no
 * default asserts the good outcome. With a conversation going on, one more choice says
 * the answer came in another one.
 */
async function askAnswer(
  ctx: ConfirmContext,
  id: string,
  confirmation: Confirmation,
  message: string,
  previous: ConfirmationEvent | undefined,
  conversation: ConfirmationEvent | undefined,
): Promise<Given | typeof ELSEWHERE | undefined> {
  const t = sessionMessages[ctx.lang];
  const g = guideMessages[ctx.lang];
  const kind = confirmation.answer ?? 'yesno';
  const heading =
    conversation === undefined
      ? message
      : `${message}\n  ${g.sameConversation(describeConversation(conversation, ctx.lang))}`;
  const tail = [
    { value: 'unknown', label: g.willLookIntoIt },
    { value: NOT_ASKED, label: t.notAskedYet },
    ...(conversation === undefined ? [] : [{ value: ELSEWHERE, label: g.otherConversation }]),
  ];
  const head =
    kind === 'yesno'
      ? [
          { value: 'yes', label: t.yes },
          { value: 'no', label: t.no },
        ]
      : kind === 'choice'
        ? (confirmation.options ?? []).map((o) => ({
            value: `option:${o.id}`,
            label: localize(o.label, ctx.lang),
          }))
        : [{ value: ANSWERED, label: g.theyAnswered }];
  const before =
    previous === undefined
      ? NOT_ASKED
      : previous.value?.kind === 'choice'
        ? `option:${previous.value.value}`
        : previous.value !== undefined
          ? ANSWERED
          : previous.answer;
  const picked = await ctx.prompter.choose({
    id,
    message: heading,
    choices: [...head, ...tail],
    default: before,
  });
  if (picked === NOT_ASKED) return undefined;
  if (picked === ELSEWHERE) return ELSEWHERE;
  if (picked === 'yes' || picked === 'no' || picked === 'unknown') return { answer: picked };
  if (picked.startsWith('option:'))
    return { answer: 'yes', value: { kind: 'choice', value: picked.slice(7) } };
  const from = ctx.countsFrom?.(confirmation['counts-from']);
  const value = await askValue(ctx, `${id}:value`, kind, previous?.value, from);
  return value === undefined ? { answer: 'unknown' } : { answer: 'yes', value };
}

async function askWho(ctx: ConfirmContext, id: string, _party: string, previous: string[]): Promise<string> {
  const t = sessionMessages[ctx.lang];
  const known = [...new Set(previous.filter((w) => w !== ''))].reverse();
  if (known.length > 0) {
    const picked = await ctx.prompter.choose({
      id: `${id}:who`,
      message: t.confirmWho,
      choices: [...known.map((w) => ({ value: w, label: w })), { value: SOMEONE_ELSE, label: '…' }],
      default: known[0],
    });
    if (picked !== SOMEONE_ELSE) return picked;
  }
  return (
    await ctx.prompter.text({
      id: `${id}:who-name`,
      message: `${t.confirmWho} (${t.confirmWhoHint})`,
      emptyLabel: whoLabel('', ctx.lang),
    })
  ).trim();
}

async function askReference(
  ctx: ConfirmContext,
  id: string,
  previous: string[],
): Promise<string | undefined> {
  const t = sessionMessages[ctx.lang];
  const known = [...new Set(previous)].reverse();
  if (known.length > 0) {
    const picked = await ctx.prompter.choose({
      id: `${id}:reference`,
      message: t.confirmReference,
      choices: [
        ...known.map((r) => ({ value: r, label: r })),
        { value: SOMEONE_ELSE, label: '…' },
        { value: NO_REFERENCE, label: t.skipAnswer },
      ],
      default: NO_REFERENCE,
    });
    if (picked === NO_REFERENCE) return undefined;
    if (picked !== SOMEONE_ELSE) return picked;
  }
  const typed = (
    await ctx.prompter.text({
      id: `${id}:reference-new`,
      message: `${t.confirmReference} (${t.optionalHint})`,
    })
  ).trim();
  return typed === '' ? undefined : typed;
}

/** "now" by default; "14:05" today; "2026-11-20 14:05" or a bare date (see parseWhen). */
