// The bundle's entry: run, then let Node exit by itself once output is flushed.
import { ExitCode } from './exit.js';
import { fastPath } from './fast-path.js';

// `respond show fraud-order | head` closes the pipe early: that is the reader's choice,
// not an error, so leave quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const argv = process.argv.slice(2);
fastPath(argv)
  .then(async (done) => (done ? ExitCode.ok : (await import('./main.js')).main(argv)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = ExitCode.failure;
    },
  );
