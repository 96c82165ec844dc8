import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBuiltinIndex } from '../../src/io/builtin-index-build.js';
import { builtinEntryFor, readBuiltinIndex } from '../../src/io/builtin-index.js';
import type { CachedPlaybook } from '../../src/io/playbook-cache.js';
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

describe('builtinEntryFor and readBuiltinIndex (run by respond)', () => {
  async function indexedCopy(): Promise<{ dir: string; file: string; index: Map<string, CachedPlaybook> }> {
    const dir = mkdtempSync(join(tmpdir(), 'respond-builtins-'));
    const file = join(dir, 'emergency-contact.yaml');
    copyFileSync(join(builtinPlaybooksDir(), 'emergency-contact.yaml'), file);
    const built = await buildBuiltinIndex(dir);
    return { dir, file, index: new Map(Object.entries(built)) };
  }

  it('matches a file whose mtime npm reset (1985-10-26) by its content hash, so nothing is validated again', async () => {
    const { file, index } = await indexedCopy();
    const npmTime = new Date('1985-10-26T08:15:00Z');
    utimesSync(file, npmTime, npmTime);
    const info = statSync(file);
    const entry = await builtinEntryFor(file, info, index);
    expect(entry?.playbook.id).toBe('emergency-contact');
    expect(entry?.mtimeMs).toBe(info.mtimeMs);
  });

  it('does not match a file of the same size whose content changed', async () => {
    const { file, index } = await indexedCopy();
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('id: emergency-contact', 'id: emergency-contacT'));
    expect(await builtinEntryFor(file, statSync(file), index)).toBeUndefined();
  });

  it('leaves out entries of the wrong shape (null, no steps, no hash) and survives a damaged file', async () => {
    const { dir, index } = await indexedCopy();
    const good = index.get('emergency-contact.yaml');
    const file = join(dir, 'builtins.json');
    writeFileSync(
      file,
      JSON.stringify({
        'emergency-contact.yaml': good,
        'a.yaml': null,
        'b.yaml': { ...good, playbook: null },
        'c.yaml': { ...good, hash: 3 },
        'd.yaml': { ...good, playbook: { ...good?.playbook, steps: 'x' } },
      }),
    );
    expect([...readBuiltinIndex(file).keys()]).toEqual(['emergency-contact.yaml']);
    writeFileSync(file, 'null');
    expect(readBuiltinIndex(file).size).toBe(0);
    writeFileSync(file, '{"x":');
    expect(readBuiltinIndex(file).size).toBe(0);
  });
});
