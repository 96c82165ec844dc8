// Run by scripts/build.mjs, never by respond itself: validates every built-in playbook and
// the includes between them, and writes what builtin-index.ts reads. An invalid built-in, or
// one that includes a built-in that does not exist (or itself, round a circle), fails the
// build: respond then trusts these includes and does not check them again on every start.
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { checkIncludes } from '../core/playbook/includes.js';
import type { Playbook } from '../core/playbook/schema.js';
import { BODIES_FILE, includedIds, INDEX_FILE, type BuiltinBody, type BuiltinHead } from './builtin-index.js';
import { includeSitesOf } from './playbook-cache.js';
import { formatIssue, readPlaybookFile, type LoadedPlaybook } from './playbooks.js';

interface BuiltIndex {
  /** Without where each body is: writeBuiltinIndex places them. */
  readonly index: Record<string, Omit<BuiltinHead, 'at' | 'length'>>;
  readonly bodies: Record<string, BuiltinBody>;
}

/** Validates every playbook in `dir`; throws, naming every problem, if one is invalid. */
export async function buildBuiltinIndex(dir: string): Promise<BuiltIndex> {
  const index: Record<string, Omit<BuiltinHead, 'at' | 'length'>> = {};
  const bodies: Record<string, BuiltinBody> = {};
  const problems: string[] = [];
  const read: { file: string; playbook: Playbook; locate: LoadedPlaybook['locate'] }[] = [];
  for (const name of (await readdir(dir)).filter((n) => ['.yaml', '.yml'].includes(extname(n))).sort()) {
    const file = join(dir, name);
    const [info, result] = await Promise.all([stat(file), readPlaybookFile(file, 'built-in', 'en')]);
    if ('issues' in result) {
      problems.push(...result.issues.map(formatIssue));
      continue;
    }
    const { playbook } = result;
    index[name] = {
      size: info.size,
      mtimeMs: info.mtimeMs,
      hash: result.hash,
      id: playbook.id,
      includes: includedIds(playbook),
      title: playbook.title,
      ...(playbook.for === undefined ? {} : { for: playbook.for }),
    };
    bodies[name] = { playbook, includeSites: includeSitesOf(playbook, result.locate) };
    read.push({ file, playbook, locate: result.locate });
  }
  const library = new Map(read.map((r) => [r.playbook.id, r.playbook]));
  for (const { file, playbook, locate } of read)
    for (const finding of checkIncludes(playbook, (id) => library.get(id), 'en', library.keys()))
      problems.push(
        formatIssue({
          file,
          ...(locate?.(finding.path, finding.at) ?? { line: 1, col: 1 }),
          message: finding.message,
        }),
      );
  if (problems.length > 0) throw new Error(`a built-in playbook is invalid:\n${problems.join('\n')}`);
  return { index, bodies };
}

/** Builds the index of the playbooks in `dir` and writes it, and each body, into `out`. */
export async function writeBuiltinIndex(dir: string, out: string): Promise<void> {
  const { index, bodies } = await buildBuiltinIndex(dir);
  const lines: Buffer[] = [];
  const placed: Record<string, BuiltinHead> = {};
  let at = 0;
  for (const [name, head] of Object.entries(index)) {
    const line = Buffer.from(`${JSON.stringify(bodies[name])}\n`);
    placed[name] = { ...head, at, length: line.length - 1 };
    lines.push(line);
    at += line.length;
  }
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await writeFile(join(out, BODIES_FILE), Buffer.concat(lines));
  await writeFile(join(out, INDEX_FILE), JSON.stringify(placed));
}
