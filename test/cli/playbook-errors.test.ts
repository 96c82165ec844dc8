import { describe, expect, it } from 'vitest';
import { CliError, ExitCode } from '../../src/cli/exit.js';
import { toCliError } from '../../src/cli/playbook-errors.js';
import { PlaybookError } from '../../src/io/playbooks.js';

describe('toCliError', () => {
  it('turns an invalid playbook into exit 65 with one FILE:LINE:COL line per problem', () => {
    const error = toCliError(
      new PlaybookError('x.yaml cannot be used until these problems are fixed:', 'invalid', [
        { file: 'x.yaml', line: 3, col: 5, message: 'first' },
        { file: 'x.yaml', line: 9, col: 1, message: 'second\u001b[2J' },
      ]),
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(ExitCode.invalid);
    expect((error as CliError).message).toBe(
      'x.yaml cannot be used until these problems are fixed:\n  x.yaml:3:5  first\n  x.yaml:9:1  second',
    );
  });

  it('turns a missing playbook into exit 66 and leaves other errors alone', () => {
    expect(
      (toCliError(new PlaybookError('There is no playbook called "x".', 'not-found')) as CliError).exitCode,
    ).toBe(ExitCode.notFound);
    const other = new Error('disk on fire');
    expect(toCliError(other)).toBe(other);
  });
});
