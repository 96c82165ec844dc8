// Builds the real binary once, so end-to-end tests run exactly what a person runs. Every
// test project (one per time zone, vitest.config.ts) calls this in the same process: the
// first call builds, the others wait for that build.
import { execFileSync } from 'node:child_process';

const built = Symbol.for('respond.test.built');
type Flagged = typeof globalThis & { [built]?: boolean };

export default function setup(): void {
  const flags = globalThis as Flagged;
  if (flags[built] === true) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  flags[built] = true;
}
