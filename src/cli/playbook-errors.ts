// A playbook that cannot be used becomes one exit code and the lines that say why: 66 when
// it does not exist, 65 when it is invalid. Every command that takes a playbook uses this.
import { formatIssue, PlaybookError } from '../io/playbooks.js';
import { CliError, ExitCode } from './exit.js';

export function toCliError(error: unknown): unknown {
  if (!(error instanceof PlaybookError)) return error;
  const lines = [error.message, ...error.issues.map((issue) => `  ${formatIssue(issue)}`)];
  const message = error.kind === 'not-found' && error.issues.length > 0 ? error.message : lines.join('\n');
  return new CliError(message, error.kind === 'not-found' ? ExitCode.notFound : ExitCode.invalid);
}

/** Runs `work`, turning a PlaybookError into the CliError main.ts knows how to report. */
export async function withPlaybookErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toCliError(error);
  }
}
