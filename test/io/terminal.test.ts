import { describe, expect, it } from 'vitest';
import { createColors, plainColors, toTerminal } from '../../src/io/terminal.js';

describe('colors', () => {
  it('a plain stand-in returns the text unchanged, chained or not, and is not a thenable', async () => {
    expect(plainColors.bold('a')).toBe('a');
    expect(plainColors.bold.underline.red('a', 'b')).toBe('a b');
    expect(await Promise.resolve(plainColors)).toBe(plainColors);
  });

  it('obeys NO_COLOR, --no-color and a pipe; FORCE_COLOR colors a pipe', async () => {
    expect(await createColors({ env: { NO_COLOR: '1' }, isTTY: true })).toBe(plainColors);
    expect(await createColors({ noColor: true, env: {}, isTTY: true })).toBe(plainColors);
    expect(await createColors({ env: {}, isTTY: false })).toBe(plainColors);
    expect(await createColors({ env: { TERM: 'dumb' }, isTTY: true })).toBe(plainColors);
    // FORCE_COLOR=0 turns colors off even in a terminal, as Node's own tty.hasColors does.
    expect(await createColors({ env: { FORCE_COLOR: '0' }, isTTY: true })).toBe(plainColors);
    expect(await createColors({ env: { FORCE_COLOR: 'false' }, isTTY: true })).toBe(plainColors);
    expect(await createColors({ env: { NODE_DISABLE_COLORS: '1' }, isTTY: true })).toBe(plainColors);
    expect(await createColors({ env: {}, isTTY: true })).not.toBe(plainColors);
    const forced = await createColors({ env: { FORCE_COLOR: '1' }, isTTY: false });
    expect(toTerminal(forced.bold('a'))).toBe('\u001b[1ma\u001b[22m');
  });
});

describe('the terminal sink', () => {
  const hostile =
    'a\u001b]0;PWNED-TITLE\u0007b\u001b[2Jc\u001b]8;;http://x\u001b\\d\u202eR\u2066L\u200eM\u200bZ\ufeffF\u0008\r\ne\tf';

  it('strips escapes, controls, bidi and zero-width characters; keeps newlines and tabs', () => {
    expect(toTerminal(hostile)).toBe('abcdRLMZF\ne\tf');
  });

  it('keeps the colors the tool adds, even around hostile text, and strips those the text brought', async () => {
    const colors = await createColors({ env: { FORCE_COLOR: '1' }, isTTY: true });
    const line = toTerminal(
      `${colors.bold(`x${colors.dim('y')}z`)} ${colors.red(hostile)} \u001b[8mhidden\u001b[0m`,
    );
    expect(line).toBe(
      '\u001b[1mx\u001b[2my\u001b[22m\u001b[1mz\u001b[22m \u001b[31mabcdRLMZF\u001b[39m\n\u001b[31me\tf\u001b[39m hidden',
    );
  });
});
