// The command table: each command's name, arguments, options, help examples and the
// module that runs it, loaded only when it runs. Its words are in command-texts.ts.
import { Option } from 'commander';
import { REGIONS } from '../core/region.js';
import type { Texts } from './command-texts.js';
import type { Context } from './context.js';
import type { Lang } from '../core/i18n.js';

export interface CommandSpec {
  readonly name: string;
  readonly args?: string;
  readonly summary: string;
  readonly examples: readonly string[];
  readonly options?: readonly Option[];
  /** `--help` about one form of the command (`note <case> shipment --help`), when the words name one. */
  readonly topicHelp?: (words: readonly string[], lang: Lang) => Promise<string | undefined>;
  /**
   * Actions with their own arguments, options and help (`contacts add`): the command's
   * module runs them with the action's name as its first argument. The command alone runs
   * it with none.
   */
  readonly subcommands?: readonly SubcommandSpec[];
  /** Loads the command's module only when it runs. */
  readonly load: () => Promise<{
    run: (ctx: Context, args: string[], options: Record<string, unknown>) => Promise<void>;
  }>;
}

interface SubcommandSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly args?: string;
  readonly summary: string;
  readonly examples: readonly string[];
  readonly options?: readonly Option[];
}

/** `cmd`: how the person types respond (invocation.ts), so the examples work as shown. */
export function commandSpecs(t: Texts, cmd: string): CommandSpec[] {
  const json = () => new Option('--json', t.jsonOption);
  return [
    {
      name: 'start',
      args: '[playbook]',
      summary: t.commands.start ?? '',
      examples: [
        `${cmd} start                # asks what happened, and picks the guides`,
        `${cmd} start fraud-order`,
        `${cmd} start card-charges --case-name "Visa, November"`,
        `${cmd} start ./my-bank.yaml --lang ja`,
        `${cmd} start fraud-order --answers answers.yaml   # no terminal: answers from a file`,
        `${cmd} show fraud-order --format answers | ${cmd} start fraud-order --answers -`,
      ],
      options: [
        new Option('--answers <file>', t.options.answers),
        new Option('--case-name <text>', t.options.caseName),
        new Option('--region <region>', t.options.region).choices(REGIONS),
      ],
      load: () => import('./commands/start.js'),
    },
    {
      name: 'resume',
      args: '[case]',
      summary: t.commands.resume ?? '',
      examples: [
        `${cmd} resume`,
        `${cmd} resume 2026-11-22-fraud-order-a7f3`,
        `${cmd} resume 2026-11-22-fraud   # the start of an id is enough`,
      ],
      options: [
        new Option('--answers <file>', t.options.answers),
        new Option('--take-over', t.options.takeOver),
      ],
      load: () => import('./commands/resume.js'),
    },
    {
      name: 'cases',
      summary: t.commands.cases ?? '',
      examples: [`${cmd} cases`, `${cmd} cases --all`, `${cmd} cases --json`],
      options: [json(), new Option('--all', t.options.all)],
      load: () => import('./commands/cases.js'),
    },
    {
      name: 'due',
      summary: t.commands.due ?? '',
      examples: [`${cmd} due`, `${cmd} due --quiet || echo "respond: a follow-up is due"   # in ~/.profile`],
      options: [json(), new Option('--quiet', t.options.quiet)],
      load: () => import('./commands/due.js'),
    },
    {
      name: 'calendar',
      args: '[case]',
      summary: t.commands.calendar ?? '',
      examples: [`${cmd} calendar -o followups.ics`, `${cmd} calendar 2026-11-22-fraud -o fraud.ics --force`],
      options: [
        new Option('-o, --output <file>', t.options.reportOutput),
        new Option('--force', t.options.outputForce),
      ],
      load: () => import('./commands/calendar.js'),
    },
    {
      name: 'log',
      args: '<case>',
      summary: t.commands.log ?? '',
      examples: [`${cmd} log 2026-11-22-fraud-order-a7f3`, `${cmd} log 2026-11-22-fraud --json`],
      options: [json()],
      load: () => import('./commands/log.js'),
    },
    {
      name: 'note',
      args: '<case> [text...]',
      summary: t.commands.note ?? '',
      examples: [
        `${cmd} note 2026-11-22-fraud "The card company called back: the card is blocked."`,
        `${cmd} note 2026-11-22-fraud --party card-issuer --who "Tanaka" --channel phone`,
        `${cmd} note 2026-11-22-fraud --confirm report-to-merchant.stop-shipment --answer yes --who "Sato" --reference R-1234`,
        `${cmd} note 2026-11-22-fraud --resolve stop-shipment/check-tracking "Tracking says: returned to sender"`,
        `${cmd} note 2026-11-22-fraud shipment --carrier "Yamato Transport" --tracking 1234-5678-9012 --status refused`,
        `${cmd} note 2026-11-22-fraud loss --amount "10000 JPY" --what "gift card"`,
        `${cmd} note 2026-11-22-fraud call --party carrier --who Suzuki --channel phone --reference 1234-5678-9012 "It goes back to the sender"`,
        `${cmd} note 2026-11-22-fraud charge --charge 2 --reversed yes`,
        `${cmd} note 2026-11-22-fraud shipment --help   # each of shipment, loss, call, charge has its own help`,
        `${cmd} note 2026-11-22-fraud   # asks what to add`,
      ],
      options: [
        new Option('--step <key>', t.options.step),
        new Option('--party <id>', t.options.party),
        new Option('--who <name>', t.options.who),
        new Option('--channel <channel>', t.options.channel),
        new Option('--confirm <ref>', t.options.confirm),
        new Option('--answer <answer>', t.options.answer),
        new Option('--reference <text>', t.options.reference),
        new Option('--resolve <id>', t.options.resolve),
        new Option('--carrier <name>', t.options.carrier),
        new Option('--tracking <number>', t.options.tracking),
        new Option('--status <status>', t.options.status),
        new Option('--order <number>', t.options.order),
        new Option('--amount <amount>', t.options.amount),
        new Option('--what <text>', t.options.what),
        new Option('--when <date>', t.options.when),
        new Option('--charge <n>', t.options.charge),
        new Option('--reversed <yes|no>', t.options.reversed),
        new Option('--take-over', t.options.takeOver),
      ],
      topicHelp: async (words, lang) => {
        const { isLaterKind, laterHelp } = await import('./commands/note-texts.js');
        const kind = words.find(isLaterKind);
        return kind === undefined ? undefined : laterHelp(kind, lang, cmd);
      },
      load: () => import('./commands/note.js'),
    },
    {
      name: 'attach',
      args: '<case> <file...>',
      summary: t.commands.attach ?? '',
      examples: [
        `${cmd} attach 2026-11-22-fraud ~/Desktop/order-history.png`,
        `${cmd} attach 2026-11-22-fraud order-1.eml order-2.eml --note "the order mails I never placed"`,
        `${cmd} attach 2026-11-22-fraud "Screenshot 2026-11-22 at 09.05.png" statement.pdf`,
      ],
      options: [
        new Option('--note <text>', t.options.attachNote),
        new Option('--take-over', t.options.takeOver),
      ],
      load: () => import('./commands/attach.js'),
    },
    {
      name: 'report',
      args: '<case>',
      summary: t.commands.report ?? '',
      examples: [
        `${cmd} report 2026-11-22-fraud-order-a7f3`,
        `${cmd} report 2026-11-22-fraud --for card-company --name "Hanako Yamada" --phone 090-1234-5678 --format html -o dispute.html`,
        `${cmd} report 2026-11-22-fraud --for police --lang ja --format md > police.md`,
        `${cmd} report 2026-11-22-fraud --for card-company --open`,
        `${cmd} report 2026-11-22-fraud --for police --format pdf -o police.pdf`,
        `${cmd} report 2026-11-22-fraud --json`,
      ],
      options: [
        new Option('--for <who>', t.options.reportFor).choices(['card-company', 'police', 'all']),
        new Option('--format <format>', t.options.reportFormat).choices([
          'text',
          'md',
          'html',
          'pdf',
          'json',
        ]),
        json(),
        new Option('-o, --output <file>', t.options.reportOutput),
        new Option('--force', t.options.outputForce),
        new Option('--open', t.options.reportOpen),
        new Option('--name <name>', t.options.reportName),
        new Option('--phone <phone>', t.options.reportPhone),
      ],
      load: () => import('./commands/report.js'),
    },
    {
      name: 'verify',
      args: '<case>',
      summary: t.commands.verify ?? '',
      examples: [`${cmd} verify 2026-11-22-fraud-order-a7f3`, `${cmd} verify 2026-11-22-fraud --json`],
      options: [json()],
      load: () => import('./commands/verify.js'),
    },
    {
      name: 'export',
      args: '[case]',
      summary: t.commands.export ?? '',
      examples: [
        `${cmd} export 2026-11-22-fraud -o fraud-case.zip`,
        `${cmd} export --all -o all-cases.zip`,
        `${cmd} export 2026-11-22-fraud -o fraud-case.zip --encrypt   # asks for a passphrase twice`,
        `RESPOND_PASSPHRASE=... ${cmd} export --all -o backup.zip --encrypt   # without a terminal`,
      ],
      options: [
        new Option('-o, --output <file>', t.options.exportOutput),
        new Option('--all', t.options.exportAll),
        new Option('--encrypt', t.options.encrypt),
        new Option('--force', t.options.outputForce),
        json(),
      ],
      load: () => import('./commands/export.js'),
    },
    {
      name: 'import',
      args: '<file>',
      summary: t.commands.import ?? '',
      examples: [`${cmd} import fraud-case.zip`, `RESPOND_PASSPHRASE=... ${cmd} import backup.zip`],
      options: [json()],
      load: () => import('./commands/import.js'),
    },
    {
      name: 'draft',
      args: '<case>',
      summary: t.commands.draft ?? '',
      examples: [
        `${cmd} draft 2026-11-22-fraud --to merchant`,
        `${cmd} draft 2026-11-22-fraud --to card-company --lang ja`,
        `${cmd} draft 2026-11-22-fraud --to carrier > to-carrier.txt`,
        `${cmd} draft 2026-11-22-fraud --to merchant --format eml -o to-shop.eml   # opens in your mail program`,
        `${cmd} draft 2026-11-22-fraud --to card-company --letter --region us -o dispute-letter.txt`,
        `${cmd} draft 2026-11-22-fraud --to carrier --carrier 'Sagawa Express'`,
        `${cmd} draft 2026-11-22-fraud --to merchant --format mailto   # a link that opens a new mail`,
        `${cmd} draft 2026-11-22-fraud --to carrier --json`,
      ],
      options: [
        new Option('--to <party>', t.options.draftTo),
        new Option('--carrier <name>', t.options.draftCarrier),
        new Option('--letter', t.options.draftLetter),
        new Option('--region <region>', t.options.draftRegion),
        new Option('--format <format>', t.options.draftFormat),
        json(),
        new Option('-o, --output <file>', t.options.reportOutput),
        new Option('--force', t.options.outputForce),
      ],
      load: () => import('./commands/draft.js'),
    },
    {
      name: 'close',
      args: '<case>',
      summary: t.commands.close ?? '',
      examples: [`${cmd} close 2026-11-22-fraud-order-a7f3`, `${cmd} close 2026-11-22-fraud --force`],
      options: [new Option('--force', t.options.force), new Option('--take-over', t.options.takeOver)],
      load: () => import('./commands/close.js'),
    },
    {
      name: 'contacts',
      summary: t.commands.contacts ?? '',
      examples: [
        `${cmd} contacts   # the card, or how to start while it is empty`,
        `${cmd} contacts add --kind card-issuer --name "My Visa" --phone "0120-000-000" --hours "24h" --without-login "back of the card"`,
        `${cmd} contacts add   # asks for each field`,
        `${cmd} contacts add --from-case 2026-11-22-fraud   # the numbers you noted during a case`,
        `${cmd} contacts list --json`,
        `${cmd} contacts remove my-visa`,
        `${cmd} contacts print --format html -o contact-card.html`,
        `${cmd} contacts print --lang ja > contact-card.txt`,
      ],
      // `respond contacts --json` is the list as data, like `list --json`.
      options: [json()],
      subcommands: [
        {
          name: 'add',
          args: '[name...]',
          summary: t.commands['contacts add'] ?? '',
          examples: [
            `${cmd} contacts add --kind card-issuer --name "My Visa" --phone "0120-000-000" --hours "24h" --without-login "back of the card"`,
            `${cmd} contacts add   # asks for each field`,
            `${cmd} contacts add --from-case 2026-11-22-fraud`,
            `${cmd} contacts add --helpline jp-188   # an entry of \`${cmd} helplines\``,
          ],
          options: [
            new Option('--kind <kind>', t.options.contactKind).choices([
              'card-issuer',
              'bank',
              'merchant',
              'carrier',
              'police',
              'other',
            ]),
            new Option('--name <name>', t.options.contactName),
            new Option('--phone <number>', t.options.contactPhone),
            new Option('--hours <text>', t.options.contactHours),
            new Option('--url <address>', t.options.contactUrl),
            new Option('--email <address>', t.options.contactEmail),
            new Option('--notes <text>', t.options.contactNotes),
            new Option('--without-login <how>', t.options.contactWithoutLogin),
            new Option('--id <id>', t.options.contactId),
            new Option('--from-case <case>', t.options.contactFromCase),
            new Option('--helpline <helpline>', t.options.contactHelpline),
          ],
        },
        {
          name: 'list',
          aliases: ['ls'],
          summary: t.commands['contacts list'] ?? '',
          examples: [`${cmd} contacts list`, `${cmd} contacts list --json`],
          options: [json()],
        },
        {
          name: 'remove',
          aliases: ['rm'],
          args: '<id>',
          summary: t.commands['contacts remove'] ?? '',
          examples: [`${cmd} contacts remove my-visa`],
        },
        {
          name: 'print',
          summary: t.commands['contacts print'] ?? '',
          examples: [
            `${cmd} contacts print --format html -o contact-card.html`,
            `${cmd} contacts print --lang ja > contact-card.txt`,
          ],
          options: [
            new Option('--format <format>', t.options.contactFormat).choices(['text', 'html']),
            new Option('-o, --output <file>', t.options.contactOutput),
            new Option('--force', t.options.outputForce),
          ],
        },
      ],
      load: () => import('./commands/contacts.js'),
    },
    {
      name: 'completion',
      args: '<shell>',
      summary: t.commands.completion ?? '',
      examples: [
        `eval "$(${cmd} completion bash)"   # in ~/.bashrc`,
        `eval "$(${cmd} completion zsh)"    # in ~/.zshrc, after compinit`,
        `${cmd} completion fish > ~/.config/fish/completions/respond.fish`,
      ],
      load: () => import('./commands/completion.js'),
    },
    {
      name: 'helplines',
      summary: t.commands.helplines ?? '',
      examples: [`${cmd} helplines`, `${cmd} helplines --region uk`, `${cmd} helplines --region all --json`],
      options: [
        new Option('--region <region>', t.options.helplinesRegion).choices([...REGIONS, 'all']),
        json(),
      ],
      load: () => import('./commands/helplines.js'),
    },
    {
      name: 'list',
      summary: t.commands.list ?? '',
      examples: [`${cmd} list`, `${cmd} list --json`, `${cmd} list --lang ja`],
      options: [json()],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'show',
      args: '<playbook>',
      summary: t.commands.show ?? '',
      examples: [
        `${cmd} show fraud-order`,
        `${cmd} show card-charges --lang ja --format md > card-charges.md`,
        `${cmd} show ./my-playbook.yaml`,
        `${cmd} show fraud-order --format answers > answers.yaml   # a blank answers file for start --answers`,
        `${cmd} show fraud-order --json`,
      ],
      options: [
        new Option('--format <format>', t.options.format).choices(['text', 'md', 'answers']).default('text'),
        new Option('--region <region>', t.options.showRegion).choices(REGIONS),
        json(),
      ],
      load: () => import('./commands/show.js'),
    },
    {
      name: 'new',
      args: '<id>',
      summary: t.commands.new ?? '',
      examples: [`${cmd} new my-bank`, `${cmd} new my-shop --from fraud-order`],
      options: [new Option('--from <playbook>', t.options.from)],
      load: () => import('./commands/new.js'),
    },
    {
      name: 'validate',
      args: '<file...>',
      summary: t.commands.validate ?? '',
      examples: [`${cmd} validate my-playbook.yaml`, `${cmd} validate ~/.config/respond/playbooks/*.yaml`],
      options: [json()],
      load: () => import('./commands/validate.js'),
    },
    {
      name: 'schema',
      summary: t.commands.schema ?? '',
      examples: [`${cmd} schema > respond-playbook.schema.json`],
      load: () => import('./commands/schema.js'),
    },
  ];
}
