import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBuiltinIndex } from '../../src/io/builtin-index-build.js';
import { builtinPlaybooksDir } from '../../src/io/paths.js';

describe('buildBuiltinIndex (run by the build)', () => {
  it('holds every built-in, validated, with the hash of its file', async () => {
    const index = await buildBuiltinIndex(builtinPlaybooksDir());
    expect(Object.keys(index)).toContain('fraud-order.yaml');
    for (const [name, entry] of Object.entries(index)) {
      const bytes = readFileSync(join(builtinPlaybooksDir(), name));
      expect(entry.hash, name).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(entry.size, name).toBe(bytes.length);
      expect(`${entry.playbook.id}.yaml`).toBe(name);
    }
  });

  it('fails, naming the file and the line, when a playbook is invalid: an invalid built-in never ships', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'respond-builtins-'));
    writeFileSync(join(dir, 'broken.yaml'), 'id: broken\ntitle: Broken\nsteps: []\n');
    await expect(buildBuiltinIndex(dir)).rejects.toThrow(/broken\.yaml:3:\d+/);
  });
});
