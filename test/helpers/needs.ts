// Suites that need a tool of the machine (tmux, chromium, a tmpfs mount): skipped, saying
// why, on a developer's machine without it; on CI (CI=true), where .ci/run installs them,
// a missing tool is a failure, so a suite can never stop running unnoticed.
import { describe, it } from 'vitest';

type Suite = (name: string, body: () => void) => void;

/** `describe` when `missing` is empty; otherwise a skipped suite, or a failing one on CI. */
export function suiteNeeding(missing: string): Suite {
  if (missing === '') return describe;
  if (process.env.CI === 'true') {
    return (name, _body) => {
      describe(name, () => {
        it('has what it needs on CI', () => {
          throw new Error(`CI=true but ${missing}: .ci/run must install it`);
        });
      });
    };
  }
  return (name, body) => {
    describe.skip(`${name} (skipped: ${missing})`, body);
  };
}
