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
    const prompter = createTerminalPrompter(plainColors, 'en', {
      ackWhenSaved: true,
      input: io.input,
      output: io.output,
    });
    const answer = prompter.text({ id: 'a', message: 'Order number' });
    io.input.write('A-100\r');
    expect(await answer).toBe('A-100');
    const chosen = prompter.choose({
      id: 'b',
      message: 'Has it shipped?',
      choices: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    });
    io.input.write('\r');
    expect(await chosen).toBe('yes');
    expect(io.screen()).not.toContain('✔');
    prompter.settled?.();
    expect(io.screen()).toContain('✔ Order number A-100\n✔ Has it shipped? Yes\n');
  });

  it('the ✔ line shows an answer as it was read, when the question says how', async () => {
    const io = streams();
    const prompter = createTerminalPrompter(plainColors, 'en', {
      ackWhenSaved: true,
      input: io.input,
      output: io.output,
    });
    const answer = prompter.text({ id: 'd', message: 'Date', shown: (typed) => `2026-03-04 (${typed})` });
    io.input.write('03/04/2026\r');
    expect(await answer).toBe('03/04/2026');
    prompter.settled?.();
    expect(io.screen()).toContain('✔ Date 2026-03-04 (03/04/2026)\n');
  });

  it('a full card number typed at a prompt is masked as soon as it is complete, and on the ✔ line', async () => {
    const io = streams();
    const prompter = createTerminalPrompter(plainColors, 'en', {
      ackWhenSaved: true,
      input: io.input,
      output: io.output,
    });
    const answer = prompter.text({ id: 'card', message: 'Card (last 4)' });
    io.input.write('4111 1111 1111 1111\r');
    expect(await answer).toBe('4111 1111 1111 1111'); // the session keeps only the last 4
    prompter.settled?.();
    expect(io.screen()).not.toContain('4111 1111 1111 1111');
    expect(io.screen()).toContain('•••• 1111');
    expect(io.screen()).toContain('✔ Card (last 4) •••• 1111\n');
  });

  it('what a prompt shows is terminal-safe: escapes in a question or a choice never reach the screen', async () => {
    const io = streams();
    const prompter = createTerminalPrompter(plainColors, 'en', {
      ackWhenSaved: true,
      input: io.input,
      output: io.output,
    });
    const chosen = prompter.choose({
      id: 'x',
      message: 'Pick\u001b]0;PWNED\u0007',
      choices: [{ value: 'a', label: 'A\u001b[2J\u202e', hint: 'h\u001b]8;;http://x\u001b\\' }],
    });
    io.input.write('\r');
    expect(await chosen).toBe('a');
    const typed = prompter.text({ id: 'y', message: 'Name', default: 'd\u001b[2J' });
    io.input.write('\u001b]0;T\u0007x\r');
    await typed;
    prompter.say('said \u001b[2J');
    prompter.settled?.();
    // eslint-disable-next-line no-control-regex
    expect(io.screen()).not.toMatch(/\u001b\]|\u001b\[2J|\u0007|\u202e/);
    expect(io.screen()).toContain('✔ Pick A');
  });

  it('an empty answer that counts shows what it means ("name not given"), others a dash', async () => {
    const io = streams();
    const prompter = createTerminalPrompter(plainColors, 'en', {
      ackWhenSaved: true,
      input: io.input,
      output: io.output,
    });
    const who = prompter.text({ id: 'w', message: 'Who answered?', emptyLabel: 'name not given' });
    io.input.write('\r');
    expect(await who).toBe('');
    const other = prompter.text({ id: 'o', message: 'Reference' });
    io.input.write('\r');
    await other;
    prompter.settled?.();
    expect(io.screen()).toContain('✔ Who answered? name not given\n✔ Reference —\n');
  });
});
