import { describe, expect, it } from 'vitest';
import { createColors, plainColors } from '../../src/io/terminal.js';

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
    const forced = await createColors({ env: { FORCE_COLOR: '1' }, isTTY: false });
    expect(forced.bold('a')).toBe('\u001b[1ma\u001b[22m');
  });
});
