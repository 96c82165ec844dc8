// Case ids are read aloud on the phone and typed into `respond resume`, so they say what
// they are: the local date the case began, the playbook, and 4 hex digits that keep two
// cases begun the same day apart (the caller retries on the rare collision).
import { formatLocalDate } from './timestamp.js';

const CASE_ID_PATTERN = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{4}$/;

/** `random` returns a number in [0, 1), like Math.random; injected so tests are repeatable. */
export function makeCaseId(date: Date, playbookId: string, random: () => number): string {
  // Playbook ids are slugs already; this guards a hand-made one from becoming a path.
  const slug =
    playbookId
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'case';
  const suffix = Math.floor(random() * 0x10000)
    .toString(16)
    .padStart(4, '0')
    .slice(-4);
  return `${formatLocalDate(date)}-${slug}-${suffix}`;
}

export function isCaseId(value: string): boolean {
  return CASE_ID_PATTERN.test(value);
}
