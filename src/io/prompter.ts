// The terminal prompter: @inquirer's prompts behind the app's Prompter interface. Loaded
// only by the commands that ask questions, so the prompts (each from its own package:
// @inquirer/prompts would bundle every prompt and iconv-lite) are imported here directly.
// Ctrl-C at any prompt becomes PromptCancelled; every answer given before it is on disk.
//
// With `ackWhenSaved`, a finished prompt is cleared and its "✔ question answer" line is
// held back until the caller says the answer is saved (settled()): inquirer would print it
// the moment Enter is pressed, a little before the journal's fsync, and for a confirmation
// several prompts before the event is written.
import checkbox from '@inquirer/checkbox';
import input from '@inquirer/input';
import select from '@inquirer/select';
import type { ChalkInstance } from 'chalk';
import { PromptCancelled, type Prompter } from '../app/prompter.js';
import type { Lang, Messages } from '../core/i18n.js';
import { maskCardNumbers } from '../core/mask.js';
import { toTerminal, writeOut } from './terminal.js';

const keyWords: Messages<Record<string, string>> = {
  en: { navigate: 'move', select: 'choose', number: 'jump to a number' },
  ja: { navigate: '移動', select: '決定', number: '番号で移動' },
};

// The checkbox's keys: space ticks, a toggles all, i inverts.
const manyKeyWords: Messages<Record<string, string>> = {
  en: { navigate: 'move', select: 'tick', submit: 'done', all: 'all', invert: 'invert' },
  ja: { navigate: '移動', select: 'チェック', submit: '決定', all: 'すべて', invert: '反転' },
};

function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

export interface TerminalPrompterOptions {
  readonly ackWhenSaved?: boolean;
  /** Where the prompts read keys and draw (tests); the process's terminal by default. */
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
}

export function createTerminalPrompter(
  colors: ChalkInstance,
  lang: Lang,
  options: TerminalPrompterOptions = {},
): Prompter {
  const deferred = options.ackWhenSaved === true;
  const context = { clearPromptOnDone: deferred, input: options.input, output: options.output };
  // inquirer draws a "✔ question answer" done frame the moment Enter is pressed, before the
  // answer is on disk (and only then clears it). With the answer held back for settled(),
  // the done frame draws nothing at all, so a kill in that window leaves no ✔ behind.
  //
  // inquirer writes to the terminal itself, so every string it is given is made final here
  // (toTerminal): the question, the choices, the typed text as it is echoed.
  const paint = (styled: string): string => toTerminal(styled);
  const style = {
    message: (text: string, status: string) =>
      deferred && status === 'done' ? '' : paint(colors.bold(text)),
    answer: (text: string) => (deferred ? '' : paint(colors.cyan(text))),
    defaultAnswer: (text: string) => paint(colors.dim(`(${text})`)),
    error: (text: string) => paint(colors.red(`> ${text}`)),
    help: (text: string) => paint(colors.dim(text)),
    highlight: (text: string) => paint(colors.cyan(text)),
    description: (text: string) => paint(colors.dim(text)),
  };
  const prefix = { idle: paint(colors.blue('?')), done: deferred ? '' : paint(colors.green('✔')) };
  const pending: string[] = [];
  const write = (text: string): void => {
    if (options.output) options.output.write(toTerminal(text));
    else writeOut(text);
  };
  const ack = (message: string, answer: string, emptyLabel?: string) => {
    if (!deferred) return;
    const question = message.split('\n')[0] ?? '';
    // What the journal keeps: a full card number is shown as its last 4, never in full.
    const shown = maskCardNumbers(answer);
    pending.push(
      `${colors.green('✔')} ${colors.bold(question)} ${shown.trim() === '' ? colors.dim(emptyLabel ?? '—') : colors.cyan(shown)}`,
    );
  };
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
      write(`${text}\n`);
    },
    settled() {
      if (pending.length > 0) write(`${pending.join('\n')}\n`);
      pending.length = 0;
    },
    async choose(request) {
      const answer = await guard(() =>
        select(
          {
            message: request.message,
            choices: request.choices.map((c) => ({
              value: c.value,
              name: toTerminal(c.label),
              description: c.hint,
            })),
            default: request.default,
            loop: false,
            pageSize: 12,
            theme: {
              prefix,
              indexMode: 'number',
              style: {
                ...style,
                // The key hints in the person's language, and the number keys mentioned.
                keysHelpTip: (keys: [string, string][]) =>
                  paint(
                    [...keys, ['1-9', 'number'] as [string, string]]
                      .map(
                        ([key, action]) =>
                          `${colors.bold(key)} ${colors.dim(keyWords[lang][action] ?? action)}`,
                      )
                      .join(colors.dim(' • ')),
                  ),
              },
            },
          },
          context,
        ),
      );
      ack(request.message, request.choices.find((c) => c.value === answer)?.label ?? answer);
      return answer;
    },
    async chooseMany(request) {
      const answer = await guard(() =>
        checkbox(
          {
            message: request.message,
            choices: request.choices.map((c) => ({
              value: c.value,
              name: toTerminal(c.label),
              description: c.hint,
              checked: request.default?.includes(c.value) ?? false,
            })),
            required: request.required,
            loop: false,
            pageSize: 12,
            theme: {
              prefix,
              style: {
                ...style,
                keysHelpTip: (keys: [string, string][]) =>
                  paint(
                    keys
                      .map(
                        ([key, action]) =>
                          `${colors.bold(key)} ${colors.dim(manyKeyWords[lang][action] ?? action)}`,
                      )
                      .join(colors.dim(' • ')),
                  ),
              },
            },
          },
          context,
        ),
      );
      const labels = request.choices.filter((c) => answer.includes(c.value)).map((c) => c.label);
      ack(request.message, labels.join(', '));
      return request.choices.filter((c) => answer.includes(c.value)).map((c) => c.value);
    },
    async text(request) {
      const answer = await guard(() =>
        input(
          {
            message: request.hint === undefined ? request.message : `${request.message} (${request.hint})`,
            default: request.default,
            required: request.required,
            theme: { prefix, style },
            // The text as it is typed: a full card number shows as its last 4 the moment it is
            // complete, padded so the cursor stays at the end of the line.
            transformer: (value, { isFinal }) => {
              if (isFinal) return style.answer(value);
              const shown = toTerminal(maskCardNumbers(value));
              return shown + ' '.repeat(Math.max(0, value.length - shown.length));
            },
            validate: (value) => request.validate?.(value) ?? true,
          },
          context,
        ),
      );
      ack(request.message, request.shown?.(answer) ?? answer, request.emptyLabel);
      return answer;
    },
    // A person at a terminal can always drag a file in, or press Enter.
    offersFiles: () => true,
  };
}
