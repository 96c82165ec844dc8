// A passphrase typed at the terminal, never shown: nothing of it is echoed, not even its
// length. Through @inquirer/input, already used for every other prompt (raw mode, Ctrl-C).
import { toTerminal } from './terminal.js';

export async function askHidden(message: string): Promise<string> {
  const { default: input } = await import('@inquirer/input');
  return input({ message: toTerminal(message), transformer: () => '' }, { clearPromptOnDone: true });
}
