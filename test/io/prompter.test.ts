// The terminal prompter driven through in-memory streams: what reaches the screen, and when.
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTerminalPrompter } from '../../src/io/prompter.js';
import { plainColors } from '../../src/io/terminal.js';

function streams() {
  const input = new PassThrough();
  let written = '';
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      written += chunk.toString('utf8');
      callback();
    },
  });
  // inquirer ends the stream it was given after each prompt, as it would a pipe; a terminal stays open.
  output.end = () => output;
  return { input, output, screen: () => written };
}

describe('the terminal prompter', () => {
  it('draws no ✔ when Enter is pressed: the only ✔ comes from settled(), after the answer is saved', async () => {
    const io = streams();
    const prompter = await createTerminalPrompter(plainColors, 'en', { ackWhenSaved: true, input: io.input, output: io.output });
    const answer = prompter.text({ id: 'a', message: 'Order number' });
    io.input.write('A-100\r');
    expect(await answer).toBe('A-100');
    const chosen = prompter.choose({ id: 'b', message: 'Has it shipped?', choices: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] });
    io.input.write('\r');
    expect(await chosen).toBe('yes');
    expect(io.screen()).not.toContain('✔');
    prompter.settled?.();
    expect(io.screen()).toContain('✔ Order number A-100\n✔ Has it shipped? Yes\n');
  });
});
