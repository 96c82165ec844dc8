// Writing a report where the person asked: whole or not at all (a temporary file in the
// same folder, fsynced, then renamed over the target), private to the person (0600).
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fsyncDir, writeNewFile } from './private-files.js';

export function writeFileAtomic(path: string, content: string): string {
  const target = resolve(path);
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    writeNewFile(temp, content);
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  fsyncDir(dir);
  return target;
}
