// `respond draft <case> --to merchant|card-company|carrier [--carrier NAME] [--letter]
// [--format text|eml|mailto|json] [-o file]`: a message to send, built from the case:
// addressed to the party by name, signed with the person's name and contact; `--letter` the
// written dispute for the card company; `eml` a file a mail program opens as a draft;
// `mailto` a link that opens one, when the message is short enough for a link.
import { describeWarning } from '../../core/journal/warning-text.js';
import type { Messages } from '../../core/i18n.js';
import { REGIONS } from '../../core/region.js';
import type { Context } from '../context.js';
import { caseLang } from '../case-lang.js';
import { CliError, ExitCode } from '../exit.js';

const PARTIES = ['merchant', 'card-company', 'carrier'] as const;
const FORMATS = ['text', 'eml', 'mailto', 'json'] as const;

interface Texts {
  usage: string;
  badTo: (v: string) => string;
  badFormat: (v: string) => string;
  badRegion: (v: string) => string;
  letterOnly: string;
  carrierOnly: string;
  noCarrier: (asked: string, known: readonly string[]) => string;
  otherCarriers: (shown: string, others: readonly string[], command: string) => string;
  tooLong: (length: number, limit: number) => string;
  written: (path: string) => string;
}

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
const texts = (cmd: string): Messages<Texts> => ({
  en: {
    usage: `name a case (${cmd} cases lists them), e.g. \`${cmd} draft 2026-11-22-fraud --to merchant\``,
    badTo: (v) => `--to must be merchant, card-company or carrier${v === 'undefined' ? '' : ` (not "${v}")`}`,
    badFormat: (v) => `--format must be text, eml, mailto or json (not "${v}")`,
    badRegion: (v) => `--region must be jp, us, uk or other (not "${v}")`,
    letterOnly: '--letter is the written dispute for the card company: use it with --to card-company',
    carrierOnly: '--carrier picks one delivery company: use it with --to carrier',
    noCarrier: (asked, known) =>
      known.length === 0
        ? `--carrier "${asked}": this case records no delivery company yet`
        : `--carrier "${asked}": this case's parcels went with ${known.join(', ')}`,
    otherCarriers: (shown, others, command) =>
      `This draft is for ${shown} and its parcels. Parcels also went with ${others.join(', ')}: ${command}`,
    tooLong: (n, limit) =>
      `This draft makes a link of ${n.toLocaleString('en')} characters; mail programs open links up to about ${limit.toLocaleString('en')}. Use --format eml (a file your mail program opens) instead.`,
    written: (p) => `Draft written: ${p}`,
  },
  ja: {
    usage: `ケースを指定してください (${cmd} cases で一覧)。例: \`${cmd} draft 2026-11-22-fraud --to merchant\``,
    badTo: (v) =>
      `--to は merchant、card-company、carrier のどれかです${v === 'undefined' ? '' : ` (「${v}」は使えません)`}`,
    badFormat: (v) => `--format は text、eml、mailto、json のどれかです (「${v}」は使えません)`,
    badRegion: (v) => `--region は jp、us、uk、other のどれかです (「${v}」は使えません)`,
    letterOnly: '--letter はカード会社への書面の届出です。--to card-company と一緒に使います',
    carrierOnly: '--carrier は配送会社を一つ選びます。--to carrier と一緒に使います',
    noCarrier: (asked, known) =>
      known.length === 0
        ? `--carrier 「${asked}」: このケースには、まだ配送会社の記録がありません`
        : `--carrier 「${asked}」: このケースの荷物の配送会社は ${known.join('、')} です`,
    otherCarriers: (shown, others, command) =>
      `この下書きは${shown}あてで、その荷物だけを書いています。${others.join('、')}の荷物もあります: ${command}`,
    tooLong: (n, limit) =>
      `この下書きはリンクにすると ${n.toLocaleString('ja')} 文字になり、メールソフトが開けるのはおよそ ${limit.toLocaleString('ja')} 文字までです。--format eml (メールソフトで開けるファイル) を使ってください。`,
    written: (p) => `下書きを書き出しました: ${p}`,
  },
});

/** A word as the shell reads it back: quoted when it holds a space or a character the shell acts on. */
const quoteArg = (s: string) =>
  /^[^\s'"\\$`!*?&;|<>(){}#~]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;

const pick = <T extends string>(list: readonly T[], value: unknown, fallback: T): T | undefined =>
  value === undefined ? fallback : list.find((x) => x === value);

export async function run(given: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const ref = args[0];
  if (ref === undefined || ref === '') throw new CliError(texts(given.cmd)[given.lang].usage, ExitCode.usage);
  // In the case's language unless --lang says otherwise: a case run in Japanese gets a
  // Japanese paper even on a computer set to English.
  const { findCase, startedLang } = await import('../../app/cases.js');
  const ctx = { ...given, lang: caseLang(given, startedLang(given.paths, findCase(given.paths, ref))) };
  const t = texts(ctx.cmd)[ctx.lang];
  const to = PARTIES.find((p) => p === options.to);
  if (to === undefined) throw new CliError(t.badTo(String(options.to)), ExitCode.usage);
  const format = options.json === true ? 'json' : pick(FORMATS, options.format, 'text');
  if (format === undefined) throw new CliError(t.badFormat(String(options.format)), ExitCode.usage);
  const asked = typeof options.region === 'string' ? options.region : undefined;
  const region = asked === undefined ? undefined : REGIONS.find((r) => r === asked);
  if (asked !== undefined && region === undefined) throw new CliError(t.badRegion(asked), ExitCode.usage);
  const letter = options.letter === true;
  if (letter && to !== 'card-company') throw new CliError(t.letterOnly, ExitCode.usage);
  const carrier = typeof options.carrier === 'string' ? options.carrier : undefined;
  if (carrier !== undefined && to !== 'carrier') throw new CliError(t.carrierOnly, ExitCode.usage);
  const [
    { loadReportInput },
    { buildDraftModel, renderDraftText },
    { matchCarrier },
    { renderDraftEml },
    { MAILTO_LIMIT, renderDraftMailto },
    { stripControl },
  ] = await Promise.all([
    import('../../app/report.js'),
    import('../../core/report/draft.js'),
    import('../../core/report/draft-facts.js'),
    import('../../core/report/draft-eml.js'),
    import('../../core/report/draft-mailto.js'),
    import('../../core/sanitize.js'),
  ]);
  const { input, loaded } = await loadReportInput(ctx.paths, ref, ctx.lang, ctx.now);
  for (const warning of loaded.warnings)
    ctx.io.err(`respond: ${loaded.journalPath}:${warning.line}: ${describeWarning(warning, ctx.lang)}`);
  // A mail address for the party, from the emergency contact card, when the case has none.
  const { savedContactsFor } = await import('../../app/contact-card.js');
  const kind = to === 'card-company' ? 'card-issuer' : to;
  const recipientEmail = savedContactsFor(ctx.paths, [kind], ctx.lang).find((c) => c.email)?.email;
  const draft = buildDraftModel(to, input, { letter, region, recipientEmail, carrier });
  if (carrier !== undefined && matchCarrier(draft.carriers, carrier) === undefined)
    throw new CliError(t.noCarrier(carrier, draft.carriers), ExitCode.usage);
  let content: string;
  if (format === 'mailto') {
    const link = renderDraftMailto(draft);
    if ('tooLong' in link) throw new CliError(t.tooLong(link.tooLong, MAILTO_LIMIT), ExitCode.usage);
    content = `${link.url}\n`;
  } else
    content =
      format === 'eml'
        ? renderDraftEml(draft, input.now)
        : format === 'json'
          ? `${JSON.stringify(draft, null, 2)}\n`
          : renderDraftText(draft);
  // Parcels with another delivery company: each has its own draft, and the person is told how.
  const others = draft.carriers.filter((c) => c !== draft.recipient.name);
  if (to === 'carrier' && others.length > 0 && draft.carriers.includes(draft.recipient.name)) {
    const command = others
      .map((c) => `${ctx.cmd} draft ${quoteArg(ref)} --to carrier --carrier ${quoteArg(c)}`)
      .join('  /  ');
    ctx.io.err(t.otherCarriers(draft.recipient.name, others, command));
  }
  const file = typeof options.output === 'string' && options.output !== '' ? options.output : undefined;
  if (file === undefined) {
    // The screen gets the text cleaned of control characters; a file keeps it as recorded.
    ctx.io.out(format === 'text' ? stripControl(content).replace(/\n$/, '') : content.replace(/\n$/, ''));
    return;
  }
  const [{ writeOutput }, path] = await Promise.all([import('../output-file.js'), import('node:path')]);
  const written = await writeOutput(ctx.lang, path.resolve(ctx.cwd, file), content, options.force === true);
  ctx.io.err(t.written(written));
}
