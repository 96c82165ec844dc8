// `respond contacts add`: a contact from flags, asked for what is missing in a terminal, from
// a case's recorded parties (--from-case), or from the helpline directory (--helpline).
import type { Prompter } from '../../app/prompter.js';
import {
  CONTACT_KINDS,
  type Contact,
  type ContactInput,
  type ContactIssue,
  type ContactKind,
} from '../../core/contacts.js';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../exit.js';
import { readCard, str } from './contacts-card.js';
import type { ContactsTexts as Texts } from './contacts-texts.js';
import { canPrompt } from '../../io/terminal.js';

/** An entry of the helpline directory as a contact: its name, number, hours and address, kept as the directory has them. */
async function fromHelpline(
  ctx: Context,
  t: Texts,
  id: string,
  rest: string[],
  options: Record<string, unknown>,
): Promise<ContactInput> {
  const given = ['kind', 'name', 'phone', 'hours', 'url', 'email', 'notes', 'withoutLogin'].find(
    (flag) => str(options, flag) !== undefined,
  );
  if (given !== undefined || rest.length > 0)
    throw new CliError(
      t.helplineAlone(
        given === undefined ? rest.join(' ') : `--${given.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
      ),
      ExitCode.usage,
    );
  const { helpline } = await import('../../core/helplines/directory.js');
  const entry = helpline(id);
  if (entry === undefined) throw new CliError(t.noHelpline(id), ExitCode.usage);
  return {
    id: str(options, 'id') ?? entry.id,
    kind: entry.police ? 'police' : 'other',
    name: entry.name[ctx.lang],
    phone: entry.phone,
    hours: entry.hours?.[ctx.lang],
    url: entry.web,
    notes: entry.helpsWith[ctx.lang],
    findWithoutLogin: `${ctx.cmd} helplines --region ${entry.region}`,
  };
}

export async function add(
  ctx: Context,
  t: Texts,
  rest: string[],
  options: Record<string, unknown>,
): Promise<void> {
  const fromCase = str(options, 'fromCase');
  if (fromCase !== undefined) return addFromCase(ctx, t, fromCase);
  const helplineId = str(options, 'helpline');
  const input: ContactInput =
    helplineId !== undefined
      ? await fromHelpline(ctx, t, helplineId, rest, options)
      : {
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
  const incomplete =
    input.kind === undefined ||
    input.name === undefined ||
    (input.phone === undefined && input.url === undefined && input.email === undefined);
  if (incomplete) {
    if (!canPrompt()) throw new CliError(t.needs, ExitCode.usage);
    // Read first, so that a broken card is reported before any question is asked.
    await readCard(ctx);
    const { terminalPrompter } = await import('../prompting.js');
    await askMissing(
      ctx,
      t,
      await terminalPrompter(ctx, `${ctx.cmd} contacts add`, {
        instead: `${ctx.cmd} contacts add --kind … --name … --phone …`,
      }),
      input,
    );
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
  if ('issues' in outcome)
    throw new CliError(
      outcome.issues.map((i) => renderContactIssue(i, ctx.lang)).join('\n  '),
      ExitCode.usage,
    );
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
  const ask = async (
    id: string,
    message: string,
    check?: (s: string) => string | undefined,
  ): Promise<string | undefined> => {
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
      noneYet && s.trim() === ''
        ? renderContactIssue({ field: 'phone', code: 'no-channel' }, ctx.lang)
        : checkField('email', s, ctx.lang),
    );
  }
  if (!given(input.findWithoutLogin))
    input.findWithoutLogin = await ask('without-login', a.withoutLogin(kind));
  if (!given(input.notes)) input.notes = await ask('notes', a.notes);
}

/** `add --from-case <case>`: the numbers typed during a case's emergency-contact steps. */
async function addFromCase(ctx: Context, t: Texts, ref: string): Promise<void> {
  const { findCase, loadCase } = await import('../../app/cases.js');
  const { contactsFromAnswers, isOnCard } = await import('../../core/contacts-from-case.js');
  const { addContact, makeContact, renderContactIssue } = await import('../../core/contacts.js');
  const { updateContactCard } = await import('../../io/contacts-store.js');
  const { formatLocalTimestamp } = await import('../../core/journal/timestamp.js');
  const caseId = findCase(ctx.paths, ref);
  const { state } = loadCase(ctx.paths, caseId);
  const inputs = contactsFromAnswers(state.answers, ctx.lang, state.facts);
  if (inputs.length === 0) {
    ctx.io.out(t.fromCase.none(caseId));
    return;
  }
  const updated = formatLocalTimestamp(ctx.now());
  const report = { saved: [] as string[], already: [] as string[], skipped: [] as string[] };
  updateContactCard(ctx.paths, (card) => {
    let next = card;
    for (const input of inputs) {
      if (isOnCard(next, input)) {
        report.already.push(input.name ?? '');
        continue;
      }
      const made = makeContact(input, new Set(next.contacts.map((c) => c.id)), updated);
      if ('issues' in made)
        report.skipped.push(
          t.fromCase.skipped(
            input.name ?? '',
            made.issues.map((i) => renderContactIssue(i, ctx.lang)).join('; '),
          ),
        );
      else {
        next = addContact(next, made.contact);
        report.saved.push(made.contact.id);
      }
    }
    return report.saved.length > 0 ? { card: next, result: undefined } : { result: undefined };
  });
  if (report.saved.length > 0) ctx.io.out(t.fromCase.saved(caseId, report.saved.join(', ')));
  if (report.already.length > 0) ctx.io.out(t.fromCase.already(report.already.join(', ')));
  for (const line of report.skipped) ctx.io.err(line);
  if (report.saved.length > 0) ctx.io.out(t.printHint);
}
