// A later event asked question by question (`respond note <case> shipment` with no flags, at
// a terminal): the same typed fields the flags give, through the Prompter, so a scripted
// prompter can drive it in tests.
import { localize, type Lang, type Messages } from '../core/i18n.js';
import { channelChoices } from '../core/journal/channels.js';
import type { Channel, FieldValue } from '../core/journal/events.js';
import { LOSS_FIELDS, REVERSED_FIELD, SHIPMENT_FIELDS } from '../core/playbook/later-events.js';
import { collectParties } from '../core/playbook/parties.js';
import { formatMoney } from '../core/report/facts.js';
import type { Addition } from './add-to-case.js';
import { askField, type AskContext } from './ask-field.js';
import type { LoadedCase } from './cases.js';

export type LaterKind = 'shipment' | 'loss' | 'call' | 'charge';

interface Texts {
  party: string;
  who: string;
  channel: string;
  reference: string;
  said: string;
  whichCharge: string;
  noCharges: string;
  reversed: (reversed: boolean) => string;
}

const texts: Messages<Texts> = {
  en: {
    party: 'Who called or answered?',
    who: 'Their name or staff ID (Enter if none was given)',
    channel: 'How?',
    reference: 'Their reference number (Enter if none)',
    said: 'What did they say?',
    whichCharge: 'Which charge?',
    noCharges: 'This case has no charges or orders listed yet.',
    reversed: (reversed) => (reversed ? 'reversed' : 'not reversed'),
  },
  ja: {
    party: '連絡してきた・答えた相手は?',
    who: '相手の名前または担当者番号 (なければ Enter)',
    channel: '連絡方法は?',
    reference: '相手の受付番号 (なければ Enter)',
    said: '相手は何と言いましたか?',
    whichCharge: 'どの請求ですか?',
    noCharges: 'このケースにはまだ請求も注文も記録されていません。',
    reversed: (reversed) => (reversed ? '取り消し済み' : '取り消されていない'),
  },
};

export interface ChargeItem {
  readonly label: string;
  readonly ids: readonly string[];
}

/** The charges of the case (the list fact `charges`, else the orders), as a person reads them. */
export function chargeItems(
  loaded: LoadedCase,
  lang: Lang,
): { list: 'charges' | 'orders'; items: ChargeItem[] } {
  const of = (name: string) => {
    const v = loaded.state.facts.get(name)?.value;
    return v?.kind === 'records' ? v.value : [];
  };
  const charges = of('charges');
  const list = charges.length > 0 ? 'charges' : 'orders';
  const records = charges.length > 0 ? charges : of('orders');
  const items = records.map((r) => {
    const parts = ['date', 'merchant', 'order-number', 'items', 'amount'].flatMap((id) => {
      const v = r[id];
      if (v === undefined) return [];
      return [v.kind === 'money' ? formatMoney(v.value) : String(v.value)];
    });
    const reversed = r.reversed?.kind === 'yesno' ? [texts[lang].reversed(r.reversed.value)] : [];
    const number = r['order-number'];
    return { label: [...parts, ...reversed].join(' · '), ids: number?.kind === 'text' ? [number.value] : [] };
  });
  return { list, items };
}

/** `--charge 2` (its place in the list) or `--charge A-1002` (its order number). */
export function findCharge(items: readonly ChargeItem[], which: string): number | undefined {
  const wanted = which.trim();
  const byId = items.findIndex((item) => item.ids.includes(wanted));
  if (byId >= 0) return byId;
  const n = /^\d+$/.test(wanted) ? Number(wanted) : NaN;
  return n >= 1 && n <= items.length ? n - 1 : undefined;
}

/**
 * `save`: puts each field of a parcel or a loss on disk as soon as it is answered (the
 * terminal's note holds the case's lock meanwhile); without it the record is only returned.
 */
export async function askLaterEvent(
  ctx: AskContext,
  kind: LaterKind,
  loaded: LoadedCase,
  save?: (field: string, value: FieldValue) => Promise<void>,
): Promise<Addition | undefined> {
  const t = texts[ctx.lang];
  const { prompter } = ctx;
  const fieldsOf = async (
    fields: readonly ((typeof SHIPMENT_FIELDS)[number] | (typeof LOSS_FIELDS)[number])[],
    id: string,
  ) => {
    const record: Record<string, FieldValue> = {};
    for (const field of fields) {
      const value = await askField(ctx, `note:${id}.${field.id}`, field, undefined);
      if (value === undefined) continue;
      await save?.(field.id, value);
      record[field.id] = value;
    }
    return record;
  };
  switch (kind) {
    case 'shipment':
      return { kind: 'record', list: 'shipments', fields: await fieldsOf(SHIPMENT_FIELDS, 'shipment') };
    case 'loss':
      return { kind: 'record', list: 'losses', fields: await fieldsOf(LOSS_FIELDS, 'loss') };
    case 'call': {
      const parties = [...collectParties(loaded.playbook, loaded.library).values()];
      const party = await prompter.choose({
        id: 'note:call.party',
        message: t.party,
        choices: parties.map((p) => ({ value: p.id, label: localize(p.name, ctx.lang) })),
      });
      const who = (await prompter.text({ id: 'note:call.who', message: t.who })).trim();
      const channel = await prompter.choose<Channel>({
        id: 'note:call.channel',
        message: t.channel,
        choices: channelChoices(ctx.lang),
        default: 'phone',
      });
      const reference = (await prompter.text({ id: 'note:call.reference', message: t.reference })).trim();
      const said = (await prompter.text({ id: 'note:call.said', message: t.said })).trim();
      return {
        kind: 'contact',
        party,
        who,
        channel,
        reference: reference === '' ? undefined : reference,
        text: said === '' ? undefined : said,
      };
    }
    case 'charge': {
      const { list, items } = chargeItems(loaded, ctx.lang);
      if (items.length === 0) {
        prompter.say(t.noCharges);
        return undefined;
      }
      const picked = await prompter.choose({
        id: 'note:charge.which',
        message: t.whichCharge,
        choices: items.map((item, i) => ({ value: String(i), label: item.label })),
      });
      const reversed = await askField(ctx, 'note:charge.reversed', REVERSED_FIELD, undefined);
      if (reversed?.kind !== 'yesno') return undefined;
      return { kind: 'charge', list, index: Number(picked), reversed: reversed.value };
    }
  }
}
