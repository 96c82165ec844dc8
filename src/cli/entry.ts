// The bundle's entry (dist/respond.cjs), run by the launcher (bin/respond.cjs): the command
// line in full, then let Node exit by itself once output is flushed.
import { ExitCode } from './exit.js';
import { main } from './main.js';

export async function run(argv: readonly string[]): Promise<void> {
  try {
    process.exitCode = await main([...argv]);
  } catch {
    process.exitCode = ExitCode.failure;
  }
}
