// `respond note <case> [text]`: add to a case after the fact. A plain note by argument;
// a contact, a confirmation or a checked follow-up by flags; a later event by a word
// (`shipment`, `loss`, `call`, `charge`: note-later.ts); or, with nothing given, by answering
// a few questions. A flag the chosen form does not keep is refused, never dropped.
import { describeWarning } from '../../core/journal/warning-text.js';
import { guideMessages } from '../../app/guide-messages.js';
import { askValue, askWhen } from '../../app/ask-value.js';
import type { FieldValue } from '../../core/journal/events.js';
import { CONFIRMATION_ANSWERS } from '../../core/journal/answers.js';
import { channelChoices } from '../../core/journal/channels.js';
import { type Channel, type ConfirmationAnswer } from '../../core/journal/events.js';
import { followUpCheck } from '../../core/session/plan.js';
import { sessionMessages } from '../../app/session-messages.js';
import { localize } from '../../core/i18n.js';
import { caseRegion } from '../../core/region.js';
import type { Addition, StillOpen } from '../../app/add-to-case.js';
import type { Prompter } from '../../app/prompter.js';
import type { LoadedCase } from '../../app/cases.js';
import type { Context } from '../context.js';
import { caseLang } from '../case-lang.js';
import { CliError, ExitCode } from '../exit.js';
import { terminalPrompter } from '../prompting.js';
import { takeOverIfAsked } from '../take-over.js';
import { checkChannel, describeLater, isLaterKind, laterAddition } from './note-later.js';
import { LATER_FLAGS, noteTexts as texts, type LaterKind, type NoteTexts as Texts } from './note-texts.js';

export async function run(given: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const ref = args[0];
  if (ref === undefined || ref === '') throw new CliError(texts(given.cmd)[given.lang].usage, ExitCode.usage);
  const { findCase, loadCase, startedLang } = await import('../../app/cases.js');
  const { addToCase } = await import('../../app/add-to-case.js');
  const caseId = findCase(given.paths, ref);
  // Everything after this is said in the case's language (unless --lang chose one).
  const ctx = { ...given, lang: caseLang(given, startedLang(given.paths, caseId)) };
  const t = texts(ctx.cmd)[ctx.lang];
  if (!(await takeOverIfAsked(ctx, caseId, options, `${ctx.cmd} note`))) return;
  const str = (name: string): string | undefined => {
    const value = options[name];
    return typeof value === 'string' ? value : undefined;
  };
  const later = args[1];
  let addition: Addition | undefined;
  if (isLaterKind(later)) {
    const text = args.slice(2).join(' ').trim();
    for (const flag of ['step', 'confirm', 'answer', 'resolve'])
      if (str(flag) !== undefined) throw new CliError(t.notWith(flag, `note ${later}`), ExitCode.usage);
    const told = await laterAddition(ctx, later, text, str, () => loadCase(ctx.paths, caseId), caseId);
    if (told === undefined) return;
    addition = told.addition;
    if (told.saved) return savedAlready(ctx, t, addition);
  } else addition = fromFlags(ctx, t, args.slice(1).join(' ').trim(), str);
  if (addition === undefined) {
    const told = await askAddition(ctx, t, loadCase(ctx.paths, caseId));
    if (told === undefined) return;
    addition = told.addition;
    if (told.saved) return savedAlready(ctx, t, addition);
  }
  const events = await addToCase(ctx.paths, caseId, addition, ctx.now, (path, warning) =>
    ctx.io.err(`respond: ${path}:${warning.line}: ${describeWarning(warning, ctx.lang)}`),
  );
  ctx.io.out(t.saved(describeLater(addition, ctx.lang, ctx.cmd) ?? t.kinds[addition.kind]));
  // A late yes sets its follow-up: say so, as the walk-through does.
  for (const event of events)
    if (event.type === 'follow-up-set')
      ctx.io.out(sessionMessages[ctx.lang].followUpSet(event.due, event.check));
}

/** Asked at the terminal, a parcel or a loss is on disk field by field already: only said. */
function savedAlready(ctx: Context, t: Texts, addition: Addition): void {
  ctx.io.out(t.saved(describeLater(addition, ctx.lang, ctx.cmd) ?? t.kinds[addition.kind]));
}

/** The flags each form keeps; any other flag given is refused (nothing is dropped). */
const KEPT: Record<'confirm' | 'resolve' | 'party' | 'note', readonly string[]> = {
  confirm: ['confirm', 'answer', 'who', 'channel', 'reference'],
  resolve: ['resolve'],
  party: ['party', 'who', 'channel', 'reference'],
  note: ['step'],
};

function refuseStray(t: Texts, form: keyof typeof KEPT, str: (name: string) => string | undefined): void {
  for (const [kind, flags] of Object.entries(LATER_FLAGS))
    for (const flag of flags)
      if (!KEPT[form].includes(flag) && str(flag) !== undefined)
        throw new CliError(
          ['who', 'channel', 'reference', 'party'].includes(flag)
            ? t.notWith(flag, form === 'note' ? 'a note' : `--${form}`)
            : t.laterFlag(flag, kind),
          ExitCode.usage,
        );
  for (const flag of ['step', 'confirm', 'answer', 'resolve', 'party'])
    if (!KEPT[form].includes(flag) && str(flag) !== undefined)
      throw new CliError(t.notWith(flag, form === 'note' ? 'a note' : `--${form}`), ExitCode.usage);
}

function fromFlags(
  ctx: Context,
  t: Texts,
  text: string,
  str: (name: string) => string | undefined,
): Addition | undefined {
  const confirm = str('confirm');
  if (confirm !== undefined) {
    refuseStray(t, 'confirm', str);
    const answer = str('answer');
    if (answer === undefined || !(CONFIRMATION_ANSWERS as readonly string[]).includes(answer))
      throw new CliError(t.badAnswer, ExitCode.usage);
    return {
      kind: 'confirmation',
      ref: confirm,
      answer: answer as ConfirmationAnswer,
      who: str('who') ?? '',
      channel: checkChannel(str('channel'), ctx.lang, ctx.cmd),
      reference: str('reference'),
      text: text === '' ? undefined : text,
    };
  }
  const resolve = str('resolve');
  if (resolve !== undefined) {
    refuseStray(t, 'resolve', str);
    if (text === '') throw new CliError(t.needs('--resolve', 'a text: what you found'), ExitCode.usage);
    return { kind: 'resolve', id: resolve, result: text };
  }
  const party = str('party')?.trim();
  if (party !== undefined) {
    refuseStray(t, 'party', str);
    if (party === '') throw new CliError(t.needs('--party', t.partyName), ExitCode.usage);
    const who = str('who')?.trim();
    if (who === undefined || who === '') throw new CliError(t.needs('--party', '--who'), ExitCode.usage);
    const reference = str('reference')?.trim();
    // What they said and their reference are kept with the contact (they once were dropped).
    return {
      kind: 'contact',
      party,
      who,
      channel: checkChannel(str('channel'), ctx.lang, ctx.cmd),
      reference: reference === '' ? undefined : reference,
      text: text === '' ? undefined : text,
    };
  }
  refuseStray(t, 'note', str);
  if (text !== '') return { kind: 'note', text, step: str('step') };
  if (str('step') !== undefined) throw new CliError(t.needs('--step', 'a text'), ExitCode.usage);
  return undefined;
}

type Told = { addition: Addition; saved: boolean };

async function askAddition(ctx: Context, t: Texts, loaded: LoadedCase): Promise<Told | undefined> {
  const prompter = await terminalPrompter(ctx, `${ctx.cmd} note`, {
    instead: `${ctx.cmd} note ${loaded.state.started?.case ?? '<case>'} "${t.insteadText}"`,
  });
  const { stillOpen } = await import('../../app/add-to-case.js');
  const open = stillOpen(loaded, ctx.now());
  const kind = await prompter.choose<'note' | 'contact' | 'confirmation' | 'resolve' | LaterKind>({
    id: 'note:kind',
    message: t.what,
    // The first four keep their places (a person may know them by number); later events follow.
    choices: [
      ...(['note', 'contact', 'confirmation', 'resolve'] as const).map((k) => ({
        value: k,
        label: t.kinds[k],
      })),
      ...(['call', 'shipment', 'loss', 'charge'] as const).map((k) => ({ value: k, label: t.later[k] })),
    ],
    default: 'note',
  });
  if (isLaterKind(kind))
    return laterAddition(
      ctx,
      kind,
      '',
      () => undefined,
      () => loaded,
      loaded.id,
    );
  const addition = await askOther(ctx, t, loaded, prompter, open, kind);
  return addition && { addition, saved: false };
}

async function askOther(
  ctx: Context,
  t: Texts,
  loaded: LoadedCase,
  prompter: Prompter,
  open: StillOpen,
  kind: 'note' | 'contact' | 'confirmation' | 'resolve',
): Promise<Addition | undefined> {
  const words = sessionMessages[ctx.lang];
  const channels = channelChoices(ctx.lang);
  switch (kind) {
    case 'note':
      return {
        kind,
        text: (await prompter.text({ id: 'note:text', message: t.text, required: true })).trim(),
      };
    case 'contact': {
      const parties = [...loaded.library.values()].flatMap((p) => p.parties ?? []);
      const party = await prompter.choose({
        id: 'note:party',
        message: t.party,
        choices: parties.map((p) => ({ value: p.id, label: localize(p.name, ctx.lang) })),
      });
      const who = (await prompter.text({ id: 'note:who', message: t.who, required: true })).trim();
      const channel = await prompter.choose<Channel>({
        id: 'note:channel',
        message: t.channel,
        choices: channels,
        default: 'phone',
      });
      return { kind, party, who, channel };
    }
    case 'confirmation': {
      if (open.confirmations.length === 0) {
        ctx.io.out(t.nothingOpen);
        return undefined;
      }
      const ref = await prompter.choose({
        id: 'note:confirmation',
        message: t.which,
        choices: open.confirmations.map((o) => ({
          value: `${o.task.key}.${o.confirmation.id}`,
          label: localize(o.confirmation.ask, ctx.lang),
        })),
      });
      const chosen = open.confirmations.find(
        (o) => `${o.task.key}.${o.confirmation.id}` === ref,
      )?.confirmation;
      const kind = chosen?.answer ?? 'yesno';
      // A confirmation whose answer is a date, a text, a choice or an amount: what they said.
      const picked = await prompter.choose<string>({
        id: 'note:answer',
        message: t.answer,
        choices:
          kind === 'yesno'
            ? [
                { value: 'yes', label: words.yes },
                { value: 'no', label: words.no },
                { value: 'unknown', label: words.dontKnow },
              ]
            : [
                ...(kind === 'choice'
                  ? (chosen?.options ?? []).map((o) => ({
                      value: `option:${o.id}`,
                      label: localize(o.label, ctx.lang),
                    }))
                  : [{ value: 'answered', label: guideMessages[ctx.lang].theyAnswered }]),
                { value: 'unknown', label: words.dontKnow },
              ],
      });
      let answer: ConfirmationAnswer = picked === 'yes' || picked === 'no' ? picked : 'unknown';
      let value: FieldValue | undefined;
      if (picked.startsWith('option:')) {
        answer = 'yes';
        value = { kind: 'choice', value: picked.slice(7) };
      } else if (picked === 'answered') {
        value = await askValue(
          { prompter, lang: ctx.lang, now: ctx.now, region: caseRegion(loaded.state.started) },
          'note:value',
          kind,
          undefined,
        );
        answer = value === undefined ? 'unknown' : 'yes';
      }
      const who = (await prompter.text({ id: 'note:who', message: t.who })).trim();
      const channel = await prompter.choose<Channel>({
        id: 'note:channel',
        message: t.channel,
        choices: channels,
        default: 'phone',
      });
      const reference = (await prompter.text({ id: 'note:reference', message: t.reference })).trim();
      // Recorded later, it carries the time it happened: asked, now by default.
      const at = await askWhen({ prompter, lang: ctx.lang, now: ctx.now }, 'note');
      return {
        kind: 'confirmation',
        ref,
        answer,
        who,
        channel,
        reference: reference === '' ? undefined : reference,
        at,
        value,
      };
    }
    case 'resolve': {
      if (open.followUps.length === 0) {
        ctx.io.out(t.nothingOpen);
        return undefined;
      }
      const id = await prompter.choose({
        id: 'note:follow-up',
        message: t.which,
        choices: open.followUps.map((f) => ({
          value: f.set.id,
          label: `${f.set.due}  ${followUpCheck(f.set, loaded.tasks, ctx.lang)}`,
        })),
      });
      const result = (await prompter.text({ id: 'note:result', message: t.result, required: true })).trim();
      return { kind, id, result };
    }
  }
}
