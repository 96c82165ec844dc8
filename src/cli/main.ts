// The command table. Each command is described here and loaded with `await import()` only
// when it runs, so `respond --version` pays for commander alone. This is the only file
// that sets the exit code.
import { Command, CommanderError, Option } from 'commander';
import { detectLang, isLang, type Lang, type Messages } from '../core/i18n.js';
import { resolvePaths } from '../io/paths.js';
import { createColors, stdio } from '../io/terminal.js';
import type { Context } from './context.js';
import { CliError, ExitCode } from './exit.js';
import { VERSION } from './version.js';

interface CommandSpec {
  readonly name: string;
  readonly args?: string;
  readonly summary: string;
  readonly examples: readonly string[];
  readonly options?: readonly Option[];
  /** Loads the command's module only when it runs. */
  readonly load: () => Promise<{ run: (ctx: Context, args: string[], options: Record<string, unknown>) => Promise<void> }>;
}

interface Texts {
  description: string;
  langOption: string;
  noColorOption: string;
  jsonOption: string;
  examples: string;
  exitCodes: string;
  commands: Record<string, string>;
  options: Record<string, string>;
  unexpected: (message: string) => string;
}

const texts: Messages<Texts> = {
  en: {
    description: 'A calm checklist for when your online account was misused, and the record of what you confirmed with whom.',
    langOption: 'language of the text: en or ja (default: from your system)',
    noColorOption: 'no colors (NO_COLOR is honoured too)',
    jsonOption: 'print data as JSON only',
    examples: 'Examples:',
    exitCodes: 'Exit codes: 0 ok, 1 failure, 64 usage, 65 invalid playbook, 66 not found.',
    commands: {
      list: 'list the playbooks you can start',
      show: 'print a playbook as a blank checklist',
      validate: 'check playbook files and say exactly what is wrong where',
      schema: 'print the JSON Schema of the playbook format (for your editor)',
      new: 'write a starter playbook into your playbook folder',
    },
    options: {
      format: 'output format',
      from: 'start from a copy of this playbook',
    },
    unexpected: (message) => `respond: something unexpected went wrong: ${message}`,
  },
  ja: {
    description: 'オンラインアカウントが不正利用されたときに落ち着いて進めるためのチェックリストと、誰に何を確認したかの記録。',
    langOption: '表示する言語: en または ja (既定: システムの設定)',
    noColorOption: '色を付けない (NO_COLOR も有効)',
    jsonOption: 'データを JSON だけで出力する',
    examples: '例:',
    exitCodes: '終了コード: 0 成功、1 失敗、64 使い方の誤り、65 プレイブックの誤り、66 見つからない。',
    commands: {
      list: '始められるプレイブックの一覧',
      show: 'プレイブックを記入前のチェックリストとして表示する',
      validate: 'プレイブックのファイルを検査し、どこが誤りかを示す',
      schema: 'プレイブック形式の JSON Schema を出力する (エディタ用)',
      new: 'ひな形のプレイブックを自分のフォルダに作る',
    },
    options: {
      format: '出力形式',
      from: 'このプレイブックの写しから始める',
    },
    unexpected: (message) => `respond: 予期しないエラーが起きました: ${message}`,
  },
};

function commandSpecs(t: Texts): CommandSpec[] {
  const json = () => new Option('--json', t.jsonOption);
  return [
    {
      name: 'list',
      summary: t.commands.list ?? '',
      examples: ['respond list', 'respond list --json', 'respond list --lang ja'],
      options: [json()],
      load: () => import('./commands/list.js'),
    },
    {
      name: 'show',
      args: '<playbook>',
      summary: t.commands.show ?? '',
      examples: ['respond show fraud-order', 'respond show card-charges --lang ja --format md > card-charges.md', 'respond show ./my-playbook.yaml'],
      options: [new Option('--format <format>', t.options.format).choices(['text', 'md']).default('text')],
      load: () => import('./commands/show.js'),
    },
    {
      name: 'validate',
      args: '<file...>',
      summary: t.commands.validate ?? '',
      examples: ['respond validate my-playbook.yaml', 'respond validate ~/.config/respond/playbooks/*.yaml'],
      options: [json()],
      load: () => import('./commands/validate.js'),
    },
    {
      name: 'schema',
      summary: t.commands.schema ?? '',
      examples: ['respond schema > respond-playbook.schema.json'],
      load: () => import('./commands/schema.js'),
    },
    {
      name: 'new',
      args: '<id>',
      summary: t.commands.new ?? '',
      examples: ['respond new my-bank', 'respond new my-shop --from fraud-order'],
      options: [new Option('--from <playbook>', t.options.from)],
      load: () => import('./commands/new.js'),
    },
  ];
}

/** The language before commander has parsed anything, so that help is in it too. */
function peekLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return detectLang(env);
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const env = process.env;
  const lang = peekLang(argv, env);
  const t = texts[lang];
  const program = new Command('respond')
    .description(t.description)
    .version(VERSION, '-V, --version')
    .addOption(new Option('--lang <lang>', t.langOption).choices(['en', 'ja']))
    .option('--no-color', t.noColorOption)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .addHelpText('after', `\n${t.exitCodes}`);

  for (const spec of commandSpecs(t)) {
    const command = program.command(spec.args ? `${spec.name} ${spec.args}` : spec.name).description(spec.summary);
    for (const option of spec.options ?? []) command.addOption(option);
    // Global options are accepted after the command name too: `respond list --lang ja`.
    command.addOption(new Option('--lang <lang>', t.langOption).choices(['en', 'ja']));
    command.option('--no-color', t.noColorOption);
    command.addHelpText('after', `\n${t.examples}\n${spec.examples.map((e) => `  $ ${e}`).join('\n')}`);
    command.exitOverride();
    command.action(async (...received: unknown[]) => {
      // commander passes the positional arguments, then the options, then the command.
      const options = { ...program.opts(), ...(received.at(-2) as Record<string, unknown>) };
      const args = received.slice(0, -2).flatMap((a) => (Array.isArray(a) ? (a as string[]) : [a as string]));
      const chosen = typeof options.lang === 'string' && isLang(options.lang) ? options.lang : lang;
      const ctx: Context = {
        lang: chosen,
        colors: createColors({ noColor: options.color === false, env }),
        io: stdio,
        paths: resolvePaths(env),
        env,
        cwd: process.cwd(),
        now: () => new Date(),
      };
      const { run } = await spec.load();
      await run(ctx, args, options);
    });
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander complaint is a usage error.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
      return ExitCode.usage;
    }
    if (error instanceof CliError) {
      if (error.message !== '') process.stderr.write(`respond: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${t.unexpected(message)}\n`);
    if (env.RESPOND_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    return ExitCode.failure;
  }
}
