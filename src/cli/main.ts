// The entry: builds commander from the command table (command-table.ts), runs the one
// command asked for, loading its module only then, and turns every error into one line
// and an exit code. This is the only place that decides the exit code.
import { Command, CommanderError, Help, Option } from 'commander';
import { detectLang, isLang, type Lang } from '../core/i18n.js';
import { resolvePaths } from '../io/paths.js';
import { canPrompt, createColors, restoreTerminal, stdio, writeErr, writeOut } from '../io/terminal.js';
import { toCaseCliError } from './case-errors.js';
import { commandSpecs, type CommandSpec } from './command-table.js';
import { commandName, installHint } from './invocation.js';
import { texts } from './command-texts.js';
import type { Context } from './context.js';
import { CliError, ExitCode } from './exit.js';
import { VERSION } from './version.js';

/** `respond`, `respond --lang ja`, `respond --no-color`: no command named. */
function onlyGlobalOptions(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') i++;
    else if (!arg.startsWith('--lang=') && !['--no-color', '--no-pager', '--verbose'].includes(arg))
      return false;
  }
  return true;
}

/**
 * The command typed, when the first word that is not a global option names one and no help
 * is asked for: only that command is built then (its options, its words). Anything else
 * (help, a misspelt command and commander's "did you mean") builds them all.
 */
function commandTyped(argv: readonly string[], names: ReadonlySet<string>): string | undefined {
  if (argv.includes('--help') || argv.includes('-h')) return undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) return names.has(arg) && arg !== 'help' ? arg : undefined;
  }
  return undefined;
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

/**
 * SIGTERM (kill, a shutdown), SIGHUP (the terminal closed) and SIGINT outside a prompt: Node would die at once,
 * leaving the terminal in raw mode with the cursor hidden, and the case's lock behind.
 * Every answer is already on disk (appends are synchronous and fsynced), so stopping is
 * safe: give the terminal back, then exit, which releases the lock (its 'exit' hook) and
 * reports the signal the way a shell does (129, 143).
 */
function stopOnSignals(): void {
  const stop = (code: number) => () => {
    restoreTerminal();
    process.exit(code);
  };
  process.once('SIGTERM', stop(ExitCode.terminated));
  process.once('SIGHUP', stop(ExitCode.hangup));
  // Ctrl-C while a question is asked is a key the prompt reads (raw mode) and ends the walk
  // with "Saved. Continue with…". Pressed between two questions (while the next step is being
  // shown), the terminal sends SIGINT instead: stop the same way, never leave it unanswered.
  process.once('SIGINT', stop(ExitCode.cancelled));
}

function localizeTerms(text: string, terms: Readonly<Record<string, string>>): string {
  let out = text;
  for (const [from, to] of Object.entries(terms)) out = out.replaceAll(from, to);
  return out;
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  stopOnSignals();
  // `respond` alone, in a terminal, is the moment of panic: ask what happened (start's triage).
  // Without a terminal it prints the help, as before.
  if (onlyGlobalOptions(argv) && canPrompt()) argv = ['start', ...argv];
  const env = process.env;
  const lang = peekLang(argv, env);
  const cmd = commandName(env, process.argv[1]);
  const t = texts[lang];
  const program = new Command('respond')
    .description(t.description)
    .version(VERSION, '-V, --version', t.help.version)
    .helpOption('-h, --help', t.help.help)
    .helpCommand('help [command]', t.help.helpCommand)
    // Section titles in the person's language; subcommands inherit this.
    .configureHelp({
      styleTitle: (title) => t.help.titles[title] ?? title,
      // commander's own words inside the lines, in the person's language too.
      commandUsage: (command) => localizeTerms(new Help().commandUsage(command), t.help.terms),
      subcommandTerm: (command) => localizeTerms(new Help().subcommandTerm(command), t.help.terms),
      optionDescription: (option) => localizeTerms(new Help().optionDescription(option), t.help.terms),
    })
    .addOption(new Option('--lang <lang>', t.langOption).choices(['en', 'ja']))
    .option('--no-color', t.noColorOption)
    .option('--no-pager', t.noPagerOption)
    .option('--verbose', t.verboseOption)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr, writeOut })
    .addHelpText('after', `\n${t.startHere(cmd)}\n\n${t.exitCodes}`);

  /** A command (or one action of it) as commander runs it: the module loaded only then. */
  const define = (
    command: Command,
    spec: Pick<CommandSpec, 'summary' | 'examples' | 'options'>,
    load: CommandSpec['load'],
    action: string[],
  ) => {
    command.description(spec.summary);
    for (const option of spec.options ?? []) command.addOption(option);
    // Global options are accepted after the command name too: `respond list --lang ja`.
    command.addOption(new Option('--lang <lang>', t.langOption).choices(['en', 'ja']));
    command.option('--no-color', t.noColorOption);
    command.option('--no-pager', t.noPagerOption);
    command.option('--verbose', t.verboseOption);
    command.addHelpText('after', `\n${t.examples}\n${spec.examples.map((e) => `  $ ${e}`).join('\n')}`);
    command.exitOverride();
    command.action(async (...received: unknown[]) => {
      // A word that names no action (`contacts lsit`): commander's own "unknown command", with
      // its "Did you mean list?".
      if (command.commands.length > 0 && command.args.length > 0)
        (command as unknown as { unknownCommand(): never }).unknownCommand();
      // commander passes the positional arguments, then the options, then the command.
      // A parent's options (`contacts --json list`, or `contacts list --json`, which commander
      // gives the parent when both know it) count for the action too.
      const parents: Record<string, unknown>[] = [];
      for (let c = command.parent; c !== null && c !== program; c = c.parent) parents.unshift(c.opts());
      const options = {
        ...program.opts(),
        ...Object.assign({}, ...parents),
        ...(received.at(-2) as Record<string, unknown>),
      } as Record<string, unknown>;
      // An action's words as typed, the extra ones too (its command tells them: see below).
      const args =
        action.length > 0
          ? [...command.args]
          : received.slice(0, -2).flatMap((a) => (Array.isArray(a) ? (a as string[]) : [a as string]));
      const chosen = typeof options.lang === 'string' && isLang(options.lang) ? options.lang : lang;
      // `--no-color` may stand before or after the command name; either one turns colors off.
      let noColor = program.opts().color === false;
      let noPager = program.opts().pager === false;
      for (let c: Command | null = command; c !== null && c !== program; c = c.parent) {
        noColor ||= c.opts().color === false;
        noPager ||= c.opts().pager === false;
      }
      const [colors, { run }] = await Promise.all([createColors({ noColor, env }), load()]);
      const ctx: Context = {
        lang: chosen,
        cmd,
        langChosen: typeof options.lang === 'string',
        colors,
        io: {
          ...stdio,
          page: async (text) => (await import('../io/pager.js')).writePaged(text, env, !noPager),
        },
        paths: resolvePaths(env),
        env,
        cwd: process.cwd(),
        now: () => new Date(),
      };
      await run(ctx, [...action, ...args], options);
    });
  };

  const specs = commandSpecs(t, cmd);
  const typed = commandTyped(argv, new Set(specs.map((spec) => spec.name)));
  for (const spec of specs) {
    if (typed !== undefined && spec.name !== typed) continue;
    const command = program.command(spec.args ? `${spec.name} ${spec.args}` : spec.name);
    define(command, spec, spec.load, []);
    // A word that is no action reaches the command's action, which says so (see define).
    if (spec.subcommands) command.allowExcessArguments(true);
    for (const sub of spec.subcommands ?? []) {
      const child = command.command(sub.args ? `${sub.name} ${sub.args}` : sub.name);
      if (sub.aliases) child.aliases([...sub.aliases]);
      // Extra words are told by the command itself, in the person's language.
      child.allowExcessArguments(true);
      define(child, sub, spec.load, [sub.name]);
    }
  }

  // Tab in a shell (`respond completion`): the candidates, with nothing else said or asked.
  if (argv[0] === '__complete') {
    const { runComplete } = await import('./commands/completion.js');
    await runComplete(
      {
        lang,
        cmd,
        langChosen: false,
        colors: await createColors({ noColor: true, env }),
        io: stdio,
        paths: resolvePaths(env),
        env,
        cwd: process.cwd(),
        now: () => new Date(),
      },
      argv.slice(1),
    );
    return ExitCode.ok;
  }

  // `respond note <case> shipment --help`: the help of that form, before commander's own.
  if (argv.includes('--help') || argv.includes('-h')) {
    const spec = specs.find((c) => c.name === argv[0]);
    const words = argv.slice(1).filter((a) => !a.startsWith('-'));
    const topic = spec?.topicHelp === undefined ? undefined : await spec.topicHelp(words, lang);
    if (topic !== undefined) {
      stdio.out(topic);
      return ExitCode.ok;
    }
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (thrown) {
    if (thrown instanceof CommanderError) {
      // Help and version exit 0; every other commander complaint is a usage error.
      if (
        thrown.code === 'commander.helpDisplayed' ||
        thrown.code === 'commander.version' ||
        thrown.code === 'commander.help'
      )
        return ExitCode.ok;
      return ExitCode.usage;
    }
    const error = toCaseCliError(thrown, lang, cmd);
    if (error instanceof CliError) {
      if (error.message !== '') stdio.err(`respond: ${error.message}`);
      // Stopped with Ctrl-C mid-walk: the "continue with" hint above may say npx.
      const cancelled = thrown as { name?: string; lang?: string };
      const walked = cancelled.lang !== undefined && isLang(cancelled.lang) ? cancelled.lang : lang;
      const install = cancelled.name === 'SessionCancelled' && installHint(cmd, walked);
      if (install) stdio.err(install);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    stdio.err(t.unexpected(message));
    // For a bug report: where it happened (--verbose, or RESPOND_DEBUG=1 in the environment).
    if (argv.includes('--verbose') || (env.RESPOND_DEBUG !== undefined && env.RESPOND_DEBUG !== ''))
      stdio.err(error instanceof Error ? (error.stack ?? '') : '');
    return ExitCode.failure;
  }
}
