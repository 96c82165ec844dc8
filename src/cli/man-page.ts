// respond(1): the manual page, generated at build time (scripts/build.mjs → dist/respond.1,
// which `npm install -g` puts where `man respond` finds it) from the same command table the
// help is made of, so the two never disagree.
import { Option } from 'commander';
import { commandSpecs, type CommandSpec } from './command-table.js';
import { texts } from './command-texts.js';

/** Text made safe for roff: backslashes, and a line that would start with a dot or a quote. */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

function optionLines(options: readonly Option[]): string[] {
  return options.flatMap((o) => [
    '.TP',
    `.B ${roff(o.flags)}`,
    roff(o.description + (o.argChoices ? ` (${o.argChoices.join(', ')})` : '')),
  ]);
}

function examples(list: readonly string[]): string[] {
  return list.length === 0 ? [] : ['.PP', '.nf', ...list.map((e) => `  ${roff(e)}`), '.fi'];
}

export interface ManPageInput {
  readonly version: string;
  /** The month of the build, as man pages carry it ("2026-12"). */
  readonly date: string;
  readonly description: string;
  readonly specs: readonly CommandSpec[];
  readonly globals: readonly Option[];
  /** "0 ok, 1 failure, 64 usage, …" */
  readonly exitCodes: string;
  readonly environment: readonly (readonly [string, string])[];
  readonly files: readonly (readonly [string, string])[];
}

export function renderManPage(input: ManPageInput): string {
  const out = [
    `.TH RESPOND 1 "${input.date}" "respond ${roff(input.version)}" "User Commands"`,
    '.SH NAME',
    `respond \\- ${roff(input.description)}`,
    '.SH SYNOPSIS',
    '.B respond',
    '[\\fB\\-\\-lang\\fR \\fIen|ja\\fR] [\\fB\\-\\-no\\-color\\fR] [\\fB\\-\\-verbose\\fR] \\fIcommand\\fR [\\fIargs\\fR...]',
    '.SH DESCRIPTION',
    'Walks you through responding to a compromise of your own online account (fraud orders, card charges you never made, a stolen login), and keeps the timestamped record the card company, the shop and the police will ask for. It works offline; everything stays on this computer.',
    '.PP',
    '.B respond',
    'alone, in a terminal, asks what happened and starts the right guides.',
    '.SH GLOBAL OPTIONS',
    ...optionLines(input.globals),
    '.SH COMMANDS',
  ];
  for (const spec of input.specs) {
    out.push(`.SS "${roff(`${spec.name}${spec.args ? ` ${spec.args}` : ''}`)}"`);
    out.push(roff(spec.summary));
    out.push(...optionLines(spec.options ?? []));
    for (const sub of spec.subcommands ?? []) {
      out.push(
        '.TP',
        `.B ${roff(`${spec.name} ${sub.name}${sub.args ? ` ${sub.args}` : ''}`)}`,
        roff(sub.summary),
      );
      if ((sub.options ?? []).length > 0) out.push('.RS', ...optionLines(sub.options ?? []), '.RE');
    }
    out.push(...examples(spec.examples));
  }
  out.push('.SH ENVIRONMENT');
  for (const [name, what] of input.environment) out.push('.TP', `.B ${roff(name)}`, roff(what));
  out.push('.SH FILES');
  for (const [what, where] of input.files) out.push('.TP', `.I ${roff(where)}`, roff(what));
  out.push('.SH EXIT STATUS', roff(input.exitCodes));
  out.push('.SH SEE ALSO', 'The README and docs/playbook-format.md of the package.');
  return `${out.join('\n')}\n`;
}

/** The page as built: the English command table, the global options, the settings and files. */
export function buildManPage(version: string, date: string): string {
  const t = texts.en;
  return renderManPage({
    version,
    date,
    description: t.description,
    specs: commandSpecs(t, 'respond'),
    globals: [
      new Option('--lang <lang>', t.langOption).choices(['en', 'ja']),
      new Option('--no-color', t.noColorOption),
      new Option('--verbose', t.verboseOption),
      new Option('-h, --help', t.help.help),
      new Option('-V, --version', t.help.version),
    ],
    exitCodes: t.exitCodes.replace(/^Exit codes: /, ''),
    environment: ENVIRONMENT,
    files: FILES,
  });
}

/** The settings, as README's table lists them (a test holds the two together). */
export const ENVIRONMENT: readonly (readonly [string, string])[] = [
  ['RESPOND_HOME', 'Keep everything in this one folder (a portable install, tests).'],
  [
    'RESPOND_REGION',
    'Where you live: jp, us, uk or other, so it is never asked (start --region still wins).',
  ],
  ['RESPOND_BROWSER', 'The Chromium-family browser that prints report --format pdf.'],
  [
    'LANGUAGE, LC_ALL, LC_MESSAGES, LANG',
    "The language, as gettext reads them (--lang wins); with none, the system's own.",
  ],
  [
    'NO_COLOR, FORCE_COLOR',
    'No colors; FORCE_COLOR=0 turns them off in a terminal too, FORCE_COLOR=1 on in a pipe.',
  ],
  [
    'PAGER, RESPOND_PAGER',
    'The pager long output (show, log, a text report) goes through in a terminal, as git does; default less with LESS=FRX; cat or --no-pager for none.',
  ],
  [
    'RESPOND_DEBUG',
    'Set to 1 (or use --verbose): on an unexpected error, also print where it happened, for a bug report.',
  ],
  [
    'RESPOND_NO_CODE_CACHE',
    "Set to 1: compile respond's code every time, reading and writing no code cache.",
  ],
  ['XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME', 'Where the folders below are, when set.'],
];

const FILES: readonly (readonly [string, string])[] = [
  ['Your own playbooks.', '~/.config/respond/playbooks/'],
  [
    'Cases (one folder each: journal.jsonl, playbook.json) and the emergency contact card.',
    '~/.local/share/respond/',
  ],
  ['Indexes that can be thrown away.', '~/.cache/respond/'],
  [
    "respond's own compiled code (V8's code cache), when the folder beside respond (dist/.code-cache/) cannot be written.",
    '~/.cache/respond/code/',
  ],
];
