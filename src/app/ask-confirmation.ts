// Lesson 2: confirm every process explicitly. One confirmation is the exact question put
// to a party, and the record of its answer: yes / no / don't know, who said it, how, when,
// and the reference number. People and references already given are offered again.
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
import type { Confirmation, Party } from '../core/playbook/schema.js';
import { parseWhen } from '../core/session/parse-answer.js';
import type { CaseState } from '../core/session/state.js';
import type { Prompter } from './prompter.js';
import { sessionMessages } from './session-messages.js';

export interface ConfirmContext {
  readonly prompter: Prompter;
  readonly lang: Lang;
  readonly now: () => Date;
  readonly parties: ReadonlyMap<string, Party>;
  readonly record: (event: JournalEvent) => Promise<void>;
  readonly state: () => CaseState;
}

const NOT_ASKED = 'not-asked';
const SOMEONE_ELSE = '__new__';
const NO_REFERENCE = '__none__';

/** Returns the confirmation recorded, or undefined when the person has not asked yet. */
export async function askConfirmation(
  ctx: ConfirmContext,
  stepKey: string,
  confirmation: Confirmation,
): Promise<ConfirmationEvent | undefined> {
  const t = sessionMessages[ctx.lang];
  const party = ctx.parties.get(confirmation.party);
  const partyName = party ? localize(party.name, ctx.lang) : confirmation.party;
  const id = `${stepKey}.${confirmation.id}`;
  const previous = ctx.state().confirmations.get(id)?.at(-1);

  const answer = await ctx.prompter.choose<ConfirmationAnswer | typeof NOT_ASKED>({
    id,
    message: `${t.askParty(partyName)} ${localize(confirmation.ask, ctx.lang)}`,
    choices: [
      { value: 'yes', label: t.yes },
      { value: 'no', label: t.no },
      { value: 'unknown', label: t.dontKnow },
      { value: NOT_ASKED, label: t.notAskedYet },
    ],
    default: previous?.answer ?? NOT_ASKED,
  });
  if (answer === NOT_ASKED) {
    ctx.prompter.settled?.(); // nothing to save
    ctx.prompter.say(`  ${t.openConfirmationNote}`);
    return undefined;
  }

  const history = ctx.state().confirmations;
  const sameParty = [...history.values()].flat().filter((c) => c.party === confirmation.party);
  const who = await askWho(
    ctx,
    id,
    confirmation.party,
    sameParty.map((c) => c.who),
  );
  const channel = await ctx.prompter.choose<Channel>({
    id: `${id}:channel`,
    message: t.confirmChannel,
    choices: channelChoices(ctx.lang),
    default: sameParty.at(-1)?.channel ?? 'phone',
  });
  const reference = await askReference(
    ctx,
    id,
    sameParty.map((c) => c.reference).filter((r): r is string => r !== undefined),
  );
  const at = await askWhen(ctx, id);

  // The confirmation first: it is what the screen shows as accepted once it is saved.
  const event = makeConfirmation(ctx.now(), {
    step: stepKey,
    confirmation: confirmation.id,
    party: confirmation.party,
    answer,
    who,
    channel,
    reference,
    at,
  });
  await ctx.record(event);
  if (who !== '' && !ctx.state().contacts.some((c) => c.party === confirmation.party && c.who === who)) {
    await ctx.record(makeContact(ctx.now(), { party: confirmation.party, who, channel }));
  }
  if (answer !== 'yes') ctx.prompter.say(`  ${t.openConfirmationNote}`);
  return event;
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
async function askWhen(ctx: ConfirmContext, id: string): Promise<Date | undefined> {
  const t = sessionMessages[ctx.lang];
  // Enter takes "now" (the default shown); the word itself is accepted in either language.
  const isNow = (input: string) =>
    ['', 'now', '今', 'いま', t.confirmAtHint].includes(input.trim().toLowerCase());
  const typed = await ctx.prompter.text({
    id: `${id}:at`,
    message: t.confirmAt,
    default: t.confirmAtHint,
    validate: (input) => {
      if (isNow(input)) return undefined;
      const parsed = parseWhen(input, ctx.now());
      return parsed.ok ? undefined : t.problems[parsed.problem];
    },
  });
  if (isNow(typed)) return undefined;
  const parsed = parseWhen(typed, ctx.now());
  return parsed.ok ? parsed.value : undefined;
}
