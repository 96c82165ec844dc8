// One table of exit codes (BSD sysexits meanings), one error type that carries them.
// Only src/cli/main.ts turns them into process.exitCode.
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 64,
  invalid: 65,
  notFound: 66,
  /** A program respond needs is not on this computer (a browser for --format pdf). */
  unavailable: 69,
  io: 74,
  locked: 75,
  cancelled: 130,
  /** 128 + the signal's number, as a shell reports a process a signal ended. */
  hangup: 129,
  terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error meant for the person: one clear line, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.failure,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
