// The bundle's entry: run, then let Node exit by itself once output is flushed.
import { ExitCode } from './exit.js';
import { main } from './main.js';

main().then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = ExitCode.failure;
  },
);
