// The bundle's entry: run, then let Node exit by itself once output is flushed.
import { ExitCode } from './exit.js';
import { main } from './main.js';

// `respond show fraud-order | head` closes the pipe early: that is the reader's choice,
// not an error, so leave quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = ExitCode.failure;
  },
);
