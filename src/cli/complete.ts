// Shell completion from the command table: `respond completion bash|zsh|fish` prints a small
// script that asks `respond __complete <words…>` for the candidates of the word being typed
// (commands, actions, flags and their choices, case ids, playbook ids, contact ids). No
// candidate means "a file name": the script lets the shell complete paths then.
import type { Option } from 'commander';
import type { CommandSpec } from './command-table.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What the completer may list, read only when a position asks for it. */
export interface CompletionSources {
  readonly cases: () => readonly string[];
  readonly playbooks: () => readonly string[];
  readonly contacts: () => readonly string[];
}

type Spec = Pick<CommandSpec, 'name' | 'args' | 'options' | 'subcommands'>;

const GLOBAL_FLAGS = ['--lang', '--no-color', '--verbose', '--help'];
const GLOBAL_CHOICES: Readonly<Record<string, readonly string[]>> = { '--lang': ['en', 'ja'] };
/** Choices said in the command's own checks rather than commander's. */
const KNOWN_CHOICES: Readonly<Record<string, readonly string[]>> = {
  'draft --to': ['merchant', 'card-company', 'carrier'],
  'draft --format': ['text', 'eml', 'mailto', 'json'],
  'draft --region': ['jp', 'us', 'uk', 'other'],
};
const LATER_KINDS = ['shipment', 'loss', 'call', 'charge'];

const longFlag = (o: Option) => o.long ?? o.short ?? '';
const takesValue = (o: Option) => o.required || o.optional;

/** The candidates for the last word of `words` (the words after `respond`; the last may be ""). */
export function complete(
  specs: readonly CommandSpec[],
  words: readonly string[],
  from: CompletionSources,
): string[] {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const matching = (list: readonly string[]) => [...new Set(list)].filter((c) => c.startsWith(current));
  const name = before.find((w) => !w.startsWith('-') && !isValueOfGlobal(before, w));
  const top = specs.find((s) => s.name === name);
  if (top === undefined) {
    if (current.startsWith('-')) return matching([...GLOBAL_FLAGS, '--version']);
    const previous = before.at(-1);
    if (previous !== undefined && GLOBAL_CHOICES[previous]) return matching(GLOBAL_CHOICES[previous]);
    return matching([...specs.map((s) => s.name), 'help', 'completion']);
  }
  // The words after the command's name; an action (`contacts add`) narrows the spec.
  let spec: Spec = top;
  let rest = before.slice(before.indexOf(top.name) + 1);
  const action = top.subcommands?.find(
    (s) => s.name === rest.find((w) => !w.startsWith('-')) || s.aliases?.includes(rest[0] ?? ''),
  );
  if (action !== undefined) {
    spec = { ...action };
    rest = rest.slice(rest.findIndex((w) => w === action.name || action.aliases?.includes(w)) + 1);
  }
  const options = [...(spec.options ?? []), ...(action !== undefined ? (top.options ?? []) : [])];
  const previous = rest.at(-1);
  const valued =
    previous === undefined
      ? undefined
      : options.find((o) => takesValue(o) && (o.long === previous || o.short === previous));
  if (valued !== undefined) return matching(valueChoices(top.name, valued, from));
  if (previous !== undefined && GLOBAL_CHOICES[previous]) return matching(GLOBAL_CHOICES[previous]);
  if (current.startsWith('-')) return matching([...options.map(longFlag), ...GLOBAL_FLAGS]);
  // Which positional argument this word is.
  const positional = positionals(rest, options);
  if (top.subcommands !== undefined && action === undefined)
    return positional.length === 0 ? matching(top.subcommands.map((s) => s.name)) : [];
  const slots = (spec.args ?? '').split(' ').filter(Boolean);
  const slot = slots[Math.min(positional.length, slots.length - 1)] ?? '';
  const variadic = slots.at(-1)?.includes('...') === true;
  if (positional.length >= slots.length && !variadic) return [];
  // `note <case> shipment`: the kind of later event.
  if (top.name === 'note' && positional.length === 1) return matching(LATER_KINDS);
  return matching(slotChoices(slot, from));
}

function isValueOfGlobal(words: readonly string[], word: string): boolean {
  const at = words.indexOf(word);
  return at > 0 && words[at - 1] === '--lang';
}

/** The positional words typed so far, leaving out flags and the values they took. */
function positionals(words: readonly string[], options: readonly Option[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (w.startsWith('-')) {
      const o = options.find((x) => x.long === w || (x.short !== undefined && x.short === w));
      if ((o !== undefined && takesValue(o)) || GLOBAL_CHOICES[w] !== undefined) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

function valueChoices(command: string, option: Option, from: CompletionSources): readonly string[] {
  if (option.argChoices) return option.argChoices;
  const known = KNOWN_CHOICES[`${command} ${longFlag(option)}`];
  if (known) return known;
  return slotChoices(option.flags, from);
}

/** What a placeholder (`<case>`, `[playbook]`, `<id>`) stands for; a file name otherwise. */
function slotChoices(slot: string, from: CompletionSources): readonly string[] {
  if (/\bcase\b/.test(slot)) return from.cases();
  if (/\bplaybook\b/.test(slot)) return from.playbooks();
  if (/<id>/.test(slot)) return from.contacts();
  return [];
}

/** The script the shell sources: it asks `respond __complete` and falls back to file names. */
export function completionScript(shell: Shell): string {
  switch (shell) {
    case 'bash':
      return `# respond completion for bash. Add to ~/.bashrc:  eval "$(respond completion bash)"
_respond_complete() {
  local IFS=$'\\n'
  COMPREPLY=($(respond __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _respond_complete respond
`;
    case 'zsh':
      return `# respond completion for zsh. Add to ~/.zshrc (after compinit):  eval "$(respond completion zsh)"
_respond_complete() {
  local -a candidates
  candidates=("\${(@f)$(respond __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ -n "\${candidates[1]}" ]]; then
    compadd -Q -- "\${candidates[@]}"
  else
    _files
  fi
}
compdef _respond_complete respond
`;
    case 'fish':
      return `# respond completion for fish. Save as ~/.config/fish/completions/respond.fish:
#   respond completion fish > ~/.config/fish/completions/respond.fish
function __respond_complete
    set -l words (commandline -opc) (commandline -ct)
    set -l found (respond __complete $words[2..-1] 2>/dev/null)
    if test (count $found) -gt 0
        printf '%s\\n' $found
    else
        __fish_complete_path (commandline -ct)
    end
end
complete -c respond -f -a '(__respond_complete)'
`;
  }
}
