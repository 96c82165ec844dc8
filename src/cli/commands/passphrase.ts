// The passphrase of an encrypted export: typed twice at a terminal (never shown), else
// RESPOND_PASSPHRASE from the environment, else refused with a hint (never a hang).
import type { Lang } from '../../core/i18n.js';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../exit.js';
import { backupTexts } from './backup-texts.js';
import { canPrompt } from '../../io/terminal.js';

const PASSPHRASE_ENV = 'RESPOND_PASSPHRASE';
const MIN_LENGTH = 8;

export async function readPassphrase(ctx: Context, lang: Lang, options: { twice: boolean }): Promise<string> {
  const t = backupTexts[lang];
  const fromEnv = ctx.env[PASSPHRASE_ENV];
  let passphrase: string;
  if (fromEnv !== undefined && fromEnv !== '') passphrase = fromEnv;
  else {
    if (!canPrompt()) throw new CliError(t.noTerminal, ExitCode.usage);
    const { askHidden } = await import('../../io/passphrase.js');
    try {
      passphrase = await askHidden(options.twice ? t.askPassphrase : t.askImport);
      if (options.twice && (await askHidden(t.askAgain)) !== passphrase)
        throw new CliError(t.differ, ExitCode.usage);
    } catch (error) {
      if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError'))
        throw new CliError('', ExitCode.cancelled);
      throw error;
    }
  }
  if (options.twice && [...passphrase].length < MIN_LENGTH) throw new CliError(t.tooShort, ExitCode.usage);
  return passphrase;
}
