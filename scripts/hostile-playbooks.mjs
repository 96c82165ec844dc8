// `node scripts/hostile-playbooks.mjs DIR`: writes the hostile 1 MiB playbooks (see
// hostile-playbooks.ts) into DIR, one file each, and prints their paths. For example:
//   node scripts/hostile-playbooks.mjs /tmp/hostile && time respond validate /tmp/hostile/*.yaml
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSource } from './load-source.mjs';

/** Writes every hostile playbook into `dir`; returns their paths. */
export async function writeHostilePlaybooks(dir) {
  const scratch = mkdtempSync(join(tmpdir(), 'respond-hostile-'));
  try {
    const { hostilePlaybooks } = await loadSource(scratch, 'hostile', ["export * from './scripts/hostile-playbooks.ts';"]);
    mkdirSync(dir, { recursive: true });
    return hostilePlaybooks().map(({ name, text }) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (dir === undefined) {
    console.error('usage: node scripts/hostile-playbooks.mjs DIR');
    process.exit(64);
  }
  for (const file of await writeHostilePlaybooks(resolve(dir))) console.log(file);
}
