// `respond contacts [add|list|remove|print]`: the emergency contact card, each action a
// subcommand (command-table.ts: its own flags, --help, a suggestion for a mistyped one);
// words left over after an action are said here, in the person's language. Without an
// action it shows the card, or, while it is empty, why it matters and how to start: the
// card is worth most when it was filled in before anything went wrong.
import { stripControl } from '../../core/sanitize.js';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../exit.js';
import { add } from './contacts-add.js';
import { readCard, str } from './contacts-card.js';
import { contactsTexts as texts, type ContactsTexts as Texts } from './contacts-texts.js';
import { textWidth } from '../../io/terminal.js';

/** Arguments each action takes after its name; add takes any (the words of the name). */
const ARGUMENTS = new Map([
  ['', 0],
  ['list', 0],
  ['ls', 0],
  ['print', 0],
  ['remove', 1],
  ['rm', 1],
]);

export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const t = texts(ctx.cmd)[ctx.lang];
  const [action = '', ...rest] = args.filter((a): a is string => typeof a === 'string');
  const allowed = ARGUMENTS.get(action);
  if (allowed !== undefined && rest.length > allowed) {
    throw new CliError(
      t.extraArgs(
        action === 'rm' ? 'remove' : action === 'ls' ? 'list' : action,
        stripControl(rest.slice(allowed).join(' ')),
      ),
      ExitCode.usage,
    );
  }
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
  // A narrow terminal gets a narrower card; the printed one is always 78 columns.
  ctx.io.out(
    renderContactCardText(card, {
      lang: ctx.lang,
      date: await today(ctx),
      width: Math.min(78, textWidth(ctx.env) - 2),
    }),
  );
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
  const { cardTexts } = await import('../../core/contacts-render.js');
  const kinds = cardTexts[ctx.lang].kind;
  const rows = sorted.map((c) =>
    [c.id, kinds[c.kind], c.name, c.phone ?? '', c.hours ?? ''].map((cell) =>
      stripControl(cell).replace(/\n/g, ' '),
    ),
  );
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
    return next === undefined || entry === undefined
      ? { result: undefined }
      : { card: next, result: { entry, left: next.contacts.length } };
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
  const text =
    format === 'html'
      ? renderContactCardHtml(card, renderOptions)
      : `${renderContactCardText(card, renderOptions)}\n`;
  const output = str(options, 'output');
  if (output === undefined || output === '-') {
    ctx.io.out(text.trimEnd());
    return;
  }
  const [path, { writeOutput }] = await Promise.all([import('node:path'), import('../output-file.js')]);
  await writeOutput(ctx.lang, path.resolve(ctx.cwd, output), text, options.force === true);
  ctx.io.out(t.wrote(output));
}
