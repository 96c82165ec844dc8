// Run by scripts/build.mjs, never by respond itself: validates every built-in playbook
// and writes what builtin-index.ts reads. An invalid built-in fails the build.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { includeSitesOf, type CachedPlaybook } from './playbook-cache.js';
import { formatIssue, readPlaybookFile } from './playbooks.js';

/** Validates every playbook in `dir`; throws, naming every problem, if one is invalid. */
export async function buildBuiltinIndex(dir: string): Promise<Record<string, CachedPlaybook>> {
  const entries: Record<string, CachedPlaybook> = {};
  const problems: string[] = [];
  for (const name of (await readdir(dir)).filter((n) => ['.yaml', '.yml'].includes(extname(n))).sort()) {
    const file = join(dir, name);
    const [info, result] = await Promise.all([stat(file), readPlaybookFile(file, 'built-in', 'en')]);
    if ('issues' in result) {
      problems.push(...result.issues.map(formatIssue));
      continue;
    }
    entries[basename(file)] = {
      size: info.size,
      mtimeMs: info.mtimeMs,
      hash: result.hash,
      playbook: result.playbook,
      includeSites: includeSitesOf(result.playbook, result.locate),
    };
  }
  if (problems.length > 0) throw new Error(`a built-in playbook is invalid:\n${problems.join('\n')}`);
  return entries;
}
