// `respond contacts [add|list|remove|print]`: the emergency contact card. Without an
// action it shows the card, or, while it is empty, why it matters and how to start: the
// card is worth most when it was filled in before anything went wrong.
import type { Prompter } from '../../app/prompter.js';
import { CONTACT_KINDS, type Contact, type ContactCard, type ContactInput, type ContactIssue, type ContactKind } from '../../core/contacts.js';
import type { Messages } from '../../core/i18n.js';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../exit.js';

interface Texts {
  empty: string[];
  emptyPrint: string;
  footer: string;
  unknownAction: (action: string) => string;
  removeWhich: string;
  notFound: (id: string) => string;
  removed: (id: string, name: string, left: number) => string;
  saved: (id: string, count: number) => string;
  printHint: string;
  masked: string;
  wrote: (file: string) => string;
  needs: string;
  header: string[];
  broken: (path: string, detail: string) => string;
  noSpace: string;
  io: (path: string, detail: string) => string;
  cancelled: string;
  ask: {
    intro: string;
    kind: string;
    kinds: Record<ContactKind, string>;
    name: string;
    phone: string;
    hours: string;
    url: string;
    email: string;
    withoutLogin: (kind: ContactKind) => string;
    notes: string;
  };
}

const ADD_EXAMPLE = 'respond contacts add --kind card-issuer --name "My Visa" --phone "0120-000-000" --hours "24h"';
const PRINT_EXAMPLE = 'respond contacts print --format html -o contact-card.html';

const texts: Messages<Texts> = {
  en: {
    empty: [
      'Your emergency contact card is empty.',
      '',
      'When you report fraud, the shop or site often suspends your account, and with it the chat',
      'and the page that shows its phone number. Save the numbers now, while everything works,',
      'and keep a printed copy somewhere offline.',
      '',
      'Start with your card company\'s 24-hour number (it is printed on the back of the card):',
      `  ${ADD_EXAMPLE}`,
      'Then the shops you buy from, your bank and the delivery companies. Or run',
      '  respond contacts add',
      'and answer a few questions. When you are done, print it:',
      `  ${PRINT_EXAMPLE}`,
    ],
    emptyPrint: `your emergency contact card is empty: there is nothing to print yet. Start with: ${ADD_EXAMPLE}`,
    footer: `Add: respond contacts add   Print: ${PRINT_EXAMPLE}`,
    unknownAction: (a) => `unknown action "${a}": use add, list, remove or print (respond contacts --help)`,
    removeWhich: 'say which contact to remove: respond contacts remove <id> (respond contacts list shows the ids)',
    notFound: (id) => `no contact "${id}" on your card. respond contacts list shows the ids.`,
    removed: (id, name, left) => `Removed ${id} (${name}). ${left === 1 ? '1 contact' : `${left} contacts`} left on your card.`,
    saved: (id, count) => `Saved ${id} to your emergency contact card (${count === 1 ? '1 contact' : `${count} contacts`}).`,
    printHint: `Print it and keep it offline: ${PRINT_EXAMPLE}`,
    masked: 'A full card number was shortened to its last 4 digits: only those are kept.',
    wrote: (file) => `Wrote ${file}. Print it and keep it somewhere offline, not only on this device.`,
    needs: `contacts add needs --kind, --name and a --phone, --url or --email when it cannot ask (this is not a terminal). For example: ${ADD_EXAMPLE}`,
    header: ['ID', 'KIND', 'NAME', 'PHONE', 'HOURS'],
    broken: (path, detail) => `cannot read your contact card ${path}: ${detail}. Fix it in an editor, or move it aside to start a new card; respond will not write over it.`,
    noSpace: 'the disk is full. Nothing already saved was changed; free some space and run the same command again.',
    io: (path, detail) => `${path}: ${detail}`,
    cancelled: 'Cancelled: nothing was saved.',
    ask: {
      intro: 'A new entry for your emergency contact card. Press Enter to leave a field empty.',
      kind: 'Who is it?',
      kinds: {
        'card-issuer': 'A card company (card issuer)',
        bank: 'A bank',
        merchant: 'A shop or site (merchant)',
        carrier: 'A delivery company (carrier)',
        police: 'The police or an advice line',
        other: 'Someone else',
      },
      name: 'Name (e.g. "My Visa", "Example Shop")',
      phone: 'Phone number',
      hours: 'Hours (e.g. "24h", "weekdays 9-18")',
      url: 'Web address of the help or contact page',
      email: 'Mail address',
      withoutLogin: (kind) =>
        kind === 'card-issuer' ? 'How to find the number without signing in (e.g. "back of the card")' : 'How to find the number without signing in (e.g. "printed on the invoice")',
      notes: 'Notes (what they can do for you; never a full card number or a password)',
    },
  },
  ja: {
    empty: [
      '緊急連絡先カードはまだ空です。',
      '',
      '不正を報告すると、ショップやサイトはアカウントを一時停止することが多く、チャットや電話番号の',
      '載ったページにも入れなくなります。すべて使える今のうちに番号を控え、印刷した写しをオフラインの',
      '場所に置いておきましょう。',
      '',
      'まずはカード会社の24時間窓口の番号から (カードの裏面に印刷されています):',
      `  ${ADD_EXAMPLE}`,
      '次に、よく使うショップ、銀行、配送会社を。質問に答えながら入力するなら:',
      '  respond contacts add',
      '入力し終えたら印刷します:',
      `  ${PRINT_EXAMPLE}`,
    ],
    emptyPrint: `緊急連絡先カードが空なので、まだ印刷するものがありません。まずは: ${ADD_EXAMPLE}`,
    footer: `追加: respond contacts add   印刷: ${PRINT_EXAMPLE}`,
    unknownAction: (a) => `「${a}」という操作はありません: add、list、remove、print のどれかです (respond contacts --help)`,
    removeWhich: '削除する連絡先を指定してください: respond contacts remove <id> (ID は respond contacts list で確認できます)',
    notFound: (id) => `「${id}」という連絡先はカードにありません。ID は respond contacts list で確認できます。`,
    removed: (id, name, left) => `${id} (${name}) を削除しました。カードには ${left} 件の連絡先があります。`,
    saved: (id, count) => `${id} を緊急連絡先カードに保存しました (全 ${count} 件)。`,
    printHint: `印刷してオフラインで保管しましょう: ${PRINT_EXAMPLE}`,
    masked: 'カード番号の全桁が入力されていたので、下4桁だけを残しました。',
    wrote: (file) => `${file} に書き出しました。この端末の中だけでなく、印刷してオフラインの場所に保管してください。`,
    needs: `ここは端末ではないため質問できません。contacts add には --kind、--name と、--phone・--url・--email のどれかを指定してください。例: ${ADD_EXAMPLE}`,
    header: ['ID', '種類', '名前', '電話', '受付時間'],
    broken: (path, detail) => `連絡先カード ${path} を読めません (${detail})。エディタで直すか、別の場所へ移してから新しいカードを作ってください。respond はこのファイルを上書きしません。`,
    noSpace: 'ディスクがいっぱいです。保存済みの内容は変わっていません。空きを作ってから同じコマンドをもう一度実行してください。',
    io: (path, detail) => `${path}: ${detail}`,
    cancelled: '中止しました。何も保存していません。',
    ask: {
      intro: '緊急連絡先カードに新しい連絡先を追加します。空欄にする項目は Enter で飛ばせます。',
      kind: '相手の種類は?',
      kinds: {
        'card-issuer': 'カード会社',
        bank: '銀行',
        merchant: 'ショップ・通販サイト',
        carrier: '配送会社',
        police: '警察・相談窓口',
        other: 'その他',
      },
      name: '名前 (例: 「My Visa」「〇〇ショップ」)',
      phone: '電話番号',
      hours: '受付時間 (例: 「24時間」「平日 9-18時」)',
      url: 'ヘルプ・お問い合わせページのアドレス',
      email: 'メールアドレス',
      withoutLogin: (kind) =>
        kind === 'card-issuer' ? 'ログインせずに番号を調べる方法 (例: 「カードの裏面」)' : 'ログインせずに番号を調べる方法 (例: 「納品書に印刷」)',
      notes: 'メモ (何をしてもらえるか。カード番号の全桁やパスワードは書かない)',
    },
  },
};

const str = (options: Record<string, unknown>, name: string): string | undefined => {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
};

export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const t = texts[ctx.lang];
  const [action = '', ...rest] = args.filter((a): a is string => typeof a === 'string');
  try {
    switch (action) {
      case '':
        // `respond contacts --json` is data, like `list --json`.
        return options.json === true ? await list(ctx, t, options) : await show(ctx, t);
      case 'add':
        return await add(ctx, t, rest, options);
      case 'list':
      case 'ls':
        return await list(ctx, t, options);
      case 'remove':
      case 'rm':
        return await remove(ctx, t, rest);
      case 'print':
        return await print(ctx, t, options);
      default:
        throw new CliError(t.unknownAction(action), ExitCode.usage);
    }
  } catch (error) {
    throw toCliError(error, t);
  }
}

/** Store and prompt errors, matched by name so this file need not load their modules. */
function toCliError(error: unknown, t: Texts): unknown {
  const e = error as { name?: string; code?: string; path?: string; detail?: string };
  if (e?.name === 'PromptCancelled') return new CliError(t.cancelled, ExitCode.cancelled);
  if (e?.name !== 'ContactsFileError') return error;
  switch (e.code) {
    case 'broken':
      return new CliError(t.broken(e.path ?? '', e.detail ?? ''), ExitCode.invalid);
    case 'no-space':
      return new CliError(t.noSpace, ExitCode.io);
    case 'not-found':
      return new CliError(t.io(e.path ?? '', e.detail ?? ''), ExitCode.notFound);
    default:
      return new CliError(t.io(e.path ?? '', e.detail ?? ''), ExitCode.io);
  }
}

async function readCard(ctx: Context): Promise<ContactCard> {
  const { readContactCard } = await import('../../io/contacts-store.js');
  return readContactCard(ctx.paths);
}

async function today(ctx: Context): Promise<string> {
  const { formatLocalDate } = await import('../../core/journal/timestamp.js');
  return formatLocalDate(ctx.now());
}

async function show(ctx: Context, t: Texts): Promise<void> {
  const card = await readCard(ctx);
  if (card.contacts.length === 0) {
    ctx.io.out(t.empty.join('\n'));
    return;
  }
  const { renderContactCardText } = await import('../../core/contacts-render.js');
  ctx.io.out(renderContactCardText(card, { lang: ctx.lang, date: await today(ctx) }));
  ctx.io.out('');
  ctx.io.out(ctx.colors.dim(t.footer));
}

async function list(ctx: Context, t: Texts, options: Record<string, unknown>): Promise<void> {
  const card = await readCard(ctx);
  const { sortContacts } = await import('../../core/contacts.js');
  const sorted = sortContacts(card.contacts, ctx.lang);
  if (options.json === true) {
    const data = sorted.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      phone: c.phone ?? null,
      hours: c.hours ?? null,
      url: c.url ?? null,
      email: c.email ?? null,
      findWithoutLogin: c.findWithoutLogin ?? null,
      notes: c.notes ?? null,
      updated: c.updated,
    }));
    ctx.io.out(JSON.stringify(data, null, 2));
    return;
  }
  if (sorted.length === 0) {
    ctx.io.out(t.empty.join('\n'));
    return;
  }
  const { renderTable } = await import('../../core/table.js');
  const { stripControl } = await import('../../core/sanitize.js');
  const { cardTexts } = await import('../../core/contacts-render.js');
  const kinds = cardTexts[ctx.lang].kind;
  const rows = sorted.map((c) => [c.id, kinds[c.kind], c.name, c.phone ?? '', c.hours ?? ''].map((cell) => stripControl(cell).replace(/\n/g, ' ')));
  const [head, ...body] = renderTable([t.header, ...rows]).split('\n');
  ctx.io.out(ctx.colors.bold(head ?? ''));
  for (const line of body) ctx.io.out(line);
}

async function remove(ctx: Context, t: Texts, rest: string[]): Promise<void> {
  const id = rest[0];
  if (id === undefined || id === '') throw new CliError(t.removeWhich, ExitCode.usage);
  const { updateContactCard } = await import('../../io/contacts-store.js');
  const { removeContact } = await import('../../core/contacts.js');
  const removed = updateContactCard(ctx.paths, (card) => {
    const entry = card.contacts.find((c) => c.id === id);
    const next = removeContact(card, id);
    return next === undefined || entry === undefined ? { result: undefined } : { card: next, result: { entry, left: next.contacts.length } };
  });
  if (removed === undefined) throw new CliError(t.notFound(id), ExitCode.notFound);
  ctx.io.out(t.removed(removed.entry.id, removed.entry.name, removed.left));
}

async function print(ctx: Context, t: Texts, options: Record<string, unknown>): Promise<void> {
  const format = str(options, 'format') ?? 'text';
  const card = await readCard(ctx);
  if (card.contacts.length === 0) throw new CliError(t.emptyPrint, ExitCode.notFound);
  const { renderContactCardHtml, renderContactCardText } = await import('../../core/contacts-render.js');
  const renderOptions = { lang: ctx.lang, date: await today(ctx) };
  const text = format === 'html' ? renderContactCardHtml(card, renderOptions) : `${renderContactCardText(card, renderOptions)}\n`;
  const output = str(options, 'output');
  if (output === undefined || output === '-') {
    ctx.io.out(text.trimEnd());
    return;
  }
  const path = await import('node:path');
  const { writeFileAtomic } = await import('../../io/contacts-store.js');
  writeFileAtomic(path.resolve(ctx.cwd, output), text);
  ctx.io.out(t.wrote(output));
}

async function add(ctx: Context, t: Texts, rest: string[], options: Record<string, unknown>): Promise<void> {
  const input: ContactInput = {
    id: str(options, 'id'),
    kind: str(options, 'kind'),
    name: str(options, 'name') ?? (rest.length > 0 ? rest.join(' ') : undefined),
    phone: str(options, 'phone'),
    hours: str(options, 'hours'),
    url: str(options, 'url'),
    email: str(options, 'email'),
    notes: str(options, 'notes'),
    findWithoutLogin: str(options, 'withoutLogin'),
  };
  // Only what was not given at all is asked; a flag given empty is checked like any value.
  const incomplete = input.kind === undefined || input.name === undefined || (input.phone === undefined && input.url === undefined && input.email === undefined);
  const { canPrompt } = await import('../../io/terminal.js');
  if (incomplete) {
    if (!canPrompt()) throw new CliError(t.needs, ExitCode.usage);
    // Read first, so that a broken card is reported before any question is asked.
    await readCard(ctx);
    const { terminalPrompter } = await import('../prompting.js');
    await askMissing(ctx, t, await terminalPrompter(ctx, 'respond contacts add'), input);
  }

  const { makeContact, addContact, renderContactIssue } = await import('../../core/contacts.js');
  const { updateContactCard } = await import('../../io/contacts-store.js');
  const { formatLocalTimestamp } = await import('../../core/journal/timestamp.js');
  const updated = formatLocalTimestamp(ctx.now());
  type Outcome = { issues: readonly ContactIssue[] } | { contact: Contact; masked: boolean; count: number };
  const outcome = updateContactCard<Outcome>(ctx.paths, (card) => {
    const made = makeContact(input, new Set(card.contacts.map((c) => c.id)), updated);
    if ('issues' in made) return { result: made };
    const next = addContact(card, made.contact);
    return { card: next, result: { ...made, count: next.contacts.length } };
  });
  if ('issues' in outcome) throw new CliError(outcome.issues.map((i) => renderContactIssue(i, ctx.lang)).join('\n  '), ExitCode.usage);
  if (outcome.masked) ctx.io.out(t.masked);
  ctx.io.out(t.saved(outcome.contact.id, outcome.count));
  ctx.io.out(t.printHint);
}

async function askMissing(ctx: Context, t: Texts, prompter: Prompter, input: ContactInput): Promise<void> {
  const { checkField, isContactKind, renderContactIssue } = await import('../../core/contacts.js');
  const a = t.ask;
  const given = (v: string | undefined) => v !== undefined && v.trim() !== '';
  prompter.say(a.intro);
  if (!given(input.kind) || !isContactKind(input.kind?.trim() ?? '')) {
    input.kind = await prompter.choose<ContactKind>({
      id: 'contacts:kind',
      message: a.kind,
      choices: CONTACT_KINDS.map((k) => ({ value: k, label: a.kinds[k] })),
      default: 'card-issuer',
    });
  }
  const kind = (input.kind ?? 'other') as ContactKind;
  const ask = async (id: string, message: string, check?: (s: string) => string | undefined): Promise<string | undefined> => {
    const answer = (await prompter.text({ id: `contacts:${id}`, message, validate: check })).trim();
    return answer === '' ? undefined : answer;
  };
  if (!given(input.name)) input.name = await ask('name', a.name, (s) => checkField('name', s, ctx.lang));
  if (!given(input.phone)) input.phone = await ask('phone', a.phone, (s) => checkField('phone', s, ctx.lang));
  if (!given(input.hours)) input.hours = await ask('hours', a.hours);
  if (!given(input.url)) input.url = await ask('url', a.url, (s) => checkField('url', s, ctx.lang));
  if (!given(input.email)) {
    const noneYet = !given(input.phone) && !given(input.url);
    input.email = await ask('email', a.email, (s) =>
      noneYet && s.trim() === '' ? renderContactIssue({ field: 'phone', code: 'no-channel' }, ctx.lang) : checkField('email', s, ctx.lang),
    );
  }
  if (!given(input.findWithoutLogin)) input.findWithoutLogin = await ask('without-login', a.withoutLogin(kind));
  if (!given(input.notes)) input.notes = await ask('notes', a.notes);
}
