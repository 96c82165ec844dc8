// The terminal prompter: @inquirer/prompts behind the app's Prompter interface. Loaded
// only by the commands that ask questions. Ctrl-C at any prompt becomes PromptCancelled;
// every answer given before it is already on disk.
import type { ChalkInstance } from 'chalk';
import { PromptCancelled, type Prompter } from '../app/prompter.js';
import type { Lang, Messages } from '../core/i18n.js';

const keyWords: Messages<Record<string, string>> = {
  en: { navigate: 'move', select: 'choose', number: 'jump to a number' },
  ja: { navigate: '移動', select: '決定', number: '番号で移動' },
};

function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

export async function createTerminalPrompter(colors: ChalkInstance, lang: Lang): Promise<Prompter> {
  const { input, select } = await import('@inquirer/prompts');
  const guard = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (error) {
      if (isCancel(error)) throw new PromptCancelled();
      throw error;
    }
  };
  return {
    say(text) {
      process.stdout.write(`${text}\n`);
    },
    choose(request) {
      return guard(() =>
        select({
          message: request.message,
          choices: request.choices.map((c) => ({ value: c.value, name: c.label, description: c.hint })),
          default: request.default,
          loop: false,
          pageSize: 12,
          theme: {
            indexMode: 'number',
            style: {
              description: (s: string) => colors.dim(s),
              // The key hints in the person's language, and the number keys mentioned.
              keysHelpTip: (keys: [string, string][]) =>
                [...keys, ['1-9', 'number'] as [string, string]]
                  .map(([key, action]) => `${colors.bold(key)} ${colors.dim(keyWords[lang][action] ?? action)}`)
                  .join(colors.dim(' • ')),
            },
          },
        }),
      );
    },
    text(request) {
      return guard(() =>
        input({
          message: request.message,
          default: request.default,
          required: request.required,
          validate: (value) => request.validate?.(value) ?? true,
        }),
      );
    },
  };
}
