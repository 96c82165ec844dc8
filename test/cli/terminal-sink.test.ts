// Issue 8, item 9: one writer (src/io/terminal.ts) sanitizes every byte for the terminal.
// This keeps it the only one: no command, use case or io module writes to stdout or
// stderr by itself, where an escape sequence from a case could slip past the sink.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const SINK = join(SRC, 'io', 'terminal.ts');
const DIRECT =
  /process\.(?:stdout|stderr)\.write\b|\bconsole\.\w+\s*\(|\.(?:stdout|stderr)\s*\)?\s*\.write\b/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the terminal sink', () => {
  it('is the only place that writes to stdout or stderr (src/cli, src/app, src/io)', () => {
    const offenders = ['cli', 'app', 'io']
      .flatMap((layer) => filesUnder(join(SRC, layer)))
      .filter((file) => file !== SINK)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            DIRECT.test(line) && !/^\s*(\/\/|\*)/.test(line)
              ? [`${relative(SRC, file)}:${i + 1}: ${line.trim()}`]
              : [],
          ),
      );
    expect(offenders).toEqual([]);
  });

  it('would notice one', () => {
    expect(DIRECT.test("process.stderr.write('x')")).toBe(true);
    expect(DIRECT.test('console.log(x)')).toBe(true);
    expect(DIRECT.test('writeErr(text)')).toBe(false);
  });
});
