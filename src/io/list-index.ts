// `respond list` is often the first thing a person in a hurry types. Its answer only
// changes when a playbook file changes, so the finished list (titles in one language,
// step counts, warnings) is kept in a small private file and reused while every playbook
// file has the same size and modification time, the language is the same, and respond
// itself has not changed. Anything else, and the list is made anew from the playbooks.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { BUILD_ID } from './build-id.js';

/** One row of the list, as `respond list --json` prints it. */
export interface ListEntry {
  readonly id: string;
  readonly title: string;
  readonly source: 'built-in' | 'user' | 'user-overrides-built-in';
  /** Steps a person does, those of included playbooks counted too. */
  readonly steps: number;
  readonly path: string;
}

export interface ListSummary {
  readonly entries: readonly ListEntry[];
  readonly warnings: readonly string[];
}

interface IndexFile extends ListSummary {
  readonly stamp: string;
  readonly lang: string;
  readonly files: Readonly<Record<string, readonly [number, number]>>;
}

// A new build never trusts an old list.
const STAMP = `1|${BUILD_ID}`;

/** Size and modification time of every playbook file in the folders. */
export function fingerprintPlaybooks(dirs: readonly string[]): Record<string, [number, number]> {
  const files: Record<string, [number, number]> = {};
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (extname(name) !== '.yaml' && extname(name) !== '.yml') continue;
      try {
        const info = statSync(join(dir, name));
        files[join(dir, name)] = [info.size, info.mtimeMs];
      } catch {
        files[join(dir, name)] = [-1, -1];
      }
    }
  }
  return files;
}

function indexFile(cacheDir: string, lang: string): string {
  return join(cacheDir, `list-${lang}.json`);
}

export function readListIndex(
  cacheDir: string,
  lang: string,
  files: Readonly<Record<string, readonly [number, number]>>,
): ListSummary | undefined {
  try {
    const data = JSON.parse(readFileSync(indexFile(cacheDir, lang), 'utf8')) as Partial<IndexFile>;
    if (
      data.stamp !== STAMP ||
      data.lang !== lang ||
      !Array.isArray(data.entries) ||
      !Array.isArray(data.warnings)
    )
      return undefined;
    if (JSON.stringify(data.files) !== JSON.stringify(files)) return undefined;
    return { entries: data.entries, warnings: data.warnings };
  } catch {
    return undefined;
  }
}

/** Best effort: a read-only or full disk only costs speed next time. */
export function writeListIndex(
  cacheDir: string,
  lang: string,
  files: Readonly<Record<string, readonly [number, number]>>,
  summary: ListSummary,
): void {
  const file = indexFile(cacheDir, lang);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    const data: IndexFile = { stamp: STAMP, lang, files, ...summary };
    writeFileSync(temporary, JSON.stringify(data), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // The list was printed; only its reuse is lost. No half-written file stays behind.
    rmSync(temporary, { force: true });
  }
}
