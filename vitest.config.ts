import { defineConfig } from 'vitest/config';

// The binary's own tests (test/e2e, test/cli) run three times: in UTC with everything else,
// and again with the person's clock in Tokyo and in Los Angeles, where "today", a time just
// after midnight and a follow-up's due date fall on other UTC days. Those where no date is
// shown or counted (masking, damaged cases, playbook errors, completion, the manual page,
// table widths, the pager) run once: three runs of them were a quarter of CI's time.
const BINARY_TESTS = ['test/e2e/**/*.test.ts', 'test/cli/**/*.test.ts'];
const CLOCK_FREE = [
  'test/cli/card-numbers.test.ts',
  'test/cli/hostile-cases.test.ts',
  'test/cli/playbook-errors.test.ts',
  'test/cli/prototype-names.test.ts',
  'test/cli/validate.test.ts',
  'test/cli/yaml-tags.test.ts',
  'test/cli/completion.test.ts',
  'test/cli/man-page.test.ts',
  'test/cli/table-width.test.ts',
  'test/cli/commands/list.test.ts',
  'test/cli/commands/show.test.ts',
  'test/cli/commands/new.test.ts',
  'test/e2e/pager.test.ts',
];
const ZONES = ['Asia/Tokyo', 'America/Los_Angeles'];

export default defineConfig({
  test: {
    // End-to-end tests spawn the built binary, three projects at once: give them room on a
    // 2-core machine (a test that hangs still fails, only later).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'UTC', include: ['test/**/*.test.ts'] } },
      ...ZONES.map((zone) => ({
        extends: true as const,
        test: { name: zone, include: BINARY_TESTS, exclude: CLOCK_FREE, env: { RESPOND_TEST_TZ: zone } },
      })),
    ],
  },
  define: {
    __RESPOND_VERSION__: JSON.stringify('0.0.0-test'),
  },
});
