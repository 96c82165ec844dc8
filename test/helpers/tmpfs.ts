// A tiny tmpfs for the tests that need a really full or read-only disk. Mounting needs root
// or CAP_SYS_ADMIN: where it fails, `mounted` is false and the suite says why it cannot run
// (suiteNeeding: skipped on a developer's machine, a failure on CI). Unmounted after the file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const NO_TMPFS = 'a tmpfs cannot be mounted here (needs root)';

/** `options` as for mount -o, e.g. "size=64k,mode=0700" or "ro,size=64k,mode=0700". */
export function mountTmpfs(prefix: string, options: string): { mountPoint: string; mounted: boolean } {
  const mountPoint = mkdtempSync(join(tmpdir(), prefix));
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', mountPoint], { stdio: 'ignore' });
    mounted = true;
  } catch {
    // not allowed here
  }
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
    rmdirSync(mountPoint);
  });
  return { mountPoint, mounted };
}
