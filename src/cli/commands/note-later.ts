// `respond note <case> shipment|loss|call|charge`: what happened after the walk-through,
// told by flags or, with none, by answering the same questions at a terminal. Every flag
// given is kept or refused in one line (exit 64): nothing is dropped without a word.
import { knownPartyName } from '../../core/playbook/parties.js';
import { caseRegion, defaultCurrency } from '../../core/region.js';
import type { Addition } from '../../app/add-to-case.js';
import type { LoadedCase } from '../../app/cases.js';
import { localize, type Lang } from '../../core/i18n.js';
import { CHANNELS, type Channel, type FieldValue } from '../../core/journal/events.js';
import { formatLocalDate } from '../../core/journal/timestamp.js';
import { SHIPMENT_FIELDS, SHIPMENT_STATUSES, type ShipmentStatus } from '../../core/playbook/later-events.js';
import { chargeItems, findCharge } from '../../app/ask-later.js';
import { formatMoney } from '../../core/report/facts.js';
import { parseDate, parseMoney } from '../../core/session/parse-answer.js';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../exit.js';
import { terminalPrompter } from '../prompting.js';
import { LATER_FLAGS, laterTexts, type LaterKind, type LaterTexts } from './note-texts.js';
import { canPrompt } from '../../io/terminal.js';

export { isLaterKind } from './note-texts.js';

type Str = (name: string) => string | undefined;

/**
 * The addition a later event makes, from its flags or, with none, asked at a terminal.
 * `saved`: already on disk, field by field as it was answered (a parcel, a loss).
 */
export async function laterAddition(
  ctx: Context,
  kind: LaterKind,
  text: string,
  str: Str,
  loaded: () => LoadedCase,
  caseId: string,
): Promise<{ addition: Addition; saved: boolean } | undefined> {
  const t = laterTexts(ctx.cmd)[ctx.lang];
  const given = Object.values(LATER_FLAGS)
    .flat()
    .filter((flag, i, all) => all.indexOf(flag) === i && str(flag) !== undefined);
  // A flag of another kind (`note loss --carrier`) is a mistake to say, not to ignore.
  const stray = given.find((flag) => !LATER_FLAGS[kind].includes(flag));
  if (stray !== undefined) throw new CliError(t.notFor(stray, kind), ExitCode.usage);
  // Nothing given: asked at a terminal. A text alone is not dropped for the questions: the
  // flags it needs are asked for instead.
  if (given.length === 0 && text === '') return askLater(ctx, t, kind, loaded(), caseId);
  const addition = fromLaterFlags(ctx, t, kind, text, str, loaded);
  return { addition, saved: false };
}

function fromLaterFlags(
  ctx: Context,
  t: LaterTexts,
  kind: LaterKind,
  text: string,
  str: Str,
  loaded: () => LoadedCase,
): Addition {
  switch (kind) {
    case 'shipment': {
      if (text !== '') throw new CliError(t.noText(kind), ExitCode.usage);
      const status = str('status');
      if (status === undefined) throw new CliError(t.needs(kind, '--status'), ExitCode.usage);
      if (!(SHIPMENT_STATUSES as readonly string[]).includes(status))
        throw new CliError(t.badStatus(status), ExitCode.usage);
      const fields: Record<string, FieldValue> = {};
      for (const id of ['carrier', 'tracking'] as const) {
        const value = str(id)?.trim();
        if (value !== undefined && value !== '') fields[id] = { kind: 'text', value };
      }
      fields.status = { kind: 'choice', value: status as ShipmentStatus };
      const order = str('order')?.trim();
      if (order !== undefined && order !== '') fields.order = { kind: 'text', value: order };
      if (fields.tracking === undefined && fields.order === undefined && fields.carrier === undefined)
        throw new CliError(t.needs(kind, '--tracking'), ExitCode.usage);
      return { kind: 'record', list: 'shipments', fields };
    }
    case 'loss': {
      const amount = str('amount');
      if (amount === undefined) throw new CliError(t.needs(kind, '--amount'), ExitCode.usage);
      // In the money of where the person lives: `--amount 501.18` on a US case is dollars.
      const money = parseMoney(
        amount,
        defaultCurrency(undefined, caseRegion(loaded().state.started), ctx.lang),
      );
      if (!money.ok) throw new CliError(t.badAmount(amount), ExitCode.usage);
      if (str('what') !== undefined && text !== '') throw new CliError(t.noText(kind), ExitCode.usage);
      const fields: Record<string, FieldValue> = {};
      // The text stands for --what: `note <case> loss --amount 10000 "gift card"`.
      const what = (str('what') ?? text).trim();
      if (what !== '') fields.what = { kind: 'text', value: what };
      fields.amount = { kind: 'money', value: money.value };
      const when = str('when');
      if (when !== undefined) {
        const day = parseDate(when, formatLocalDate(ctx.now()), { notAfterToday: true });
        if (!day.ok) throw new CliError(t.badWhen(when), ExitCode.usage);
        fields.when = { kind: 'date', value: day.value };
      }
      return { kind: 'record', list: 'losses', fields };
    }
    case 'call': {
      const party = str('party')?.trim();
      if (party === undefined || party === '') throw new CliError(t.needs(kind, '--party'), ExitCode.usage);
      const channel = str('channel') ?? 'phone';
      if (!(CHANNELS as readonly string[]).includes(channel))
        throw new CliError(t.badChannel(channel), ExitCode.usage);
      const reference = str('reference')?.trim();
      return {
        kind: 'contact',
        party,
        who: str('who')?.trim() ?? '',
        channel: channel as Channel,
        reference: reference === '' ? undefined : reference,
        text: text === '' ? undefined : text,
      };
    }
    case 'charge': {
      if (text !== '') throw new CliError(t.noText(kind), ExitCode.usage);
      const reversed = str('reversed');
      if (reversed !== 'yes' && reversed !== 'no') throw new CliError(t.badReversed, ExitCode.usage);
      const which = str('charge');
      if (which === undefined) throw new CliError(t.needs(kind, '--charge'), ExitCode.usage);
      const { list, items } = chargeItems(loaded(), ctx.lang);
      const index = findCharge(items, which);
      if (index === undefined) throw new CliError(t.noSuchCharge(which, items.length), ExitCode.usage);
      return { kind: 'charge', list, index, reversed: reversed === 'yes' };
    }
  }
}

async function askLater(
  ctx: Context,
  t: LaterTexts,
  kind: LaterKind,
  loaded: LoadedCase,
  caseId: string,
): Promise<{ addition: Addition; saved: boolean } | undefined> {
  if (!canPrompt()) throw new CliError(t.noTerminal(kind), ExitCode.usage);
  const prompter = await terminalPrompter(ctx, `${ctx.cmd} note`);
  const ask = { prompter, lang: ctx.lang, now: ctx.now, region: caseRegion(loaded.state.started) };
  const { askLaterEvent } = await import('../../app/ask-later.js');
  if (kind !== 'shipment' && kind !== 'loss') {
    const addition = await askLaterEvent(ask, kind, loaded);
    return addition && { addition, saved: false };
  }
  // Each field on disk before the next question, under the case's lock.
  const [{ openRecordWriter }, { describeWarning }] = await Promise.all([
    import('../../app/add-to-case.js'),
    import('../../core/journal/warning-text.js'),
  ]);
  const writer = openRecordWriter(
    ctx.paths,
    caseId,
    kind === 'shipment' ? 'shipments' : 'losses',
    ctx.now,
    (path, warning) => ctx.io.err(`respond: ${path}:${warning.line}: ${describeWarning(warning, ctx.lang)}`),
  );
  try {
    const addition = await askLaterEvent(ask, kind, loaded, (field, value) => writer.save(field, value));
    return addition && { addition, saved: true };
  } catch (error) {
    // Ctrl-C halfway: what was told stays, and the person is told so (not "nothing recorded").
    if (writer.saved > 0 && (error as { name?: string } | null)?.name === 'PromptCancelled')
      throw new CliError(
        t.stoppedSaved(writer.saved, `${ctx.cmd} note ${caseId} ${kind}`),
        ExitCode.cancelled,
      );
    throw error;
  } finally {
    writer.close();
  }
}

/** "Saved: parcel 1234-5678-9012 (Refused at the door)". */
export function describeLater(addition: Addition, lang: Lang, cmd: string): string | undefined {
  const t = laterTexts(cmd)[lang];
  switch (addition.kind) {
    case 'record': {
      const f = addition.fields;
      const text = (id: string) => (f[id]?.kind === 'text' ? String(f[id].value) : undefined);
      if (addition.list === 'shipments') {
        const status = f.status?.kind === 'choice' ? f.status.value : '';
        const label =
          localize(SHIPMENT_FIELDS[2].options.find((o) => o.id === status)?.label, lang) || status;
        return t.savedShipment(
          [text('carrier'), text('tracking') ?? text('order')].filter(Boolean).join(' '),
          label,
        );
      }
      const amount = f.amount?.kind === 'money' ? formatMoney(f.amount.value) : '';
      return t.savedLoss(amount, text('what'));
    }
    case 'charge':
      return t.savedCharge(addition.index + 1, addition.reversed);
    case 'contact':
      return t.savedCall(
        knownPartyName(addition.party, lang),
        addition.who,
        addition.reference,
        addition.text !== undefined,
      );
    default:
      return undefined;
  }
}

/** The channel flag's words, for `note call` and the older `--party` form alike. */
export function checkChannel(value: string | undefined, lang: Lang, cmd: string): Channel {
  const channel = value ?? 'phone';
  if (!(CHANNELS as readonly string[]).includes(channel))
    throw new CliError(laterTexts(cmd)[lang].badChannel(channel), ExitCode.usage);
  return channel as Channel;
}
