import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildBuiltinIndex, writeBuiltinIndex } from '../../src/io/builtin-index-build.js';
import {
  BODIES_FILE,
  builtinEntryFor,
  includedIds,
  INDEX_FILE,
  readBuiltinBody,
  readBuiltinIndex,
} from '../../src/io/builtin-index.js';
import { builtinPlaybooksDir } from '../../src/io/paths.js';

describe('buildBuiltinIndex (run by the build)', () => {
  it('holds every built-in, validated, with the hash of its file and the ids it includes', async () => {
    const { index, bodies } = await buildBuiltinIndex(builtinPlaybooksDir());
    expect(Object.keys(index)).toContain('fraud-order.yaml');
    expect(index['fraud-order.yaml']?.includes).toEqual(
      expect.arrayContaining(['stop-shipment', 'card-charges', 'emergency-contact']),
    );
    for (const [name, entry] of Object.entries(index)) {
      const bytes = readFileSync(join(builtinPlaybooksDir(), name));
      expect(entry.hash, name).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(entry.size, name).toBe(bytes.length);
      expect(`${entry.id}.yaml`).toBe(name);
      const body = bodies[name];
      expect(body?.playbook.id).toBe(entry.id);
      expect(body && includedIds(body.playbook)).toEqual(entry.includes);
      // What the triage lists, without reading the body.
      expect(entry.title, name).toEqual(body?.playbook.title);
      expect(entry.for, name).toEqual(body?.playbook.for);
    }
  });

  it('fails, naming the file and the line, when a playbook is invalid: an invalid built-in never ships', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'respond-builtins-'));
    writeFileSync(join(dir, 'broken.yaml'), 'id: broken\ntitle: Broken\nsteps: []\n');
    await expect(buildBuiltinIndex(dir)).rejects.toThrow(/broken\.yaml:3:\d+/);
  });

  it('fails, at the include step, when a built-in includes one that does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'respond-builtins-'));
    copyFileSync(join(builtinPlaybooksDir(), 'emergency-contact.yaml'), join(dir, 'emergency-contact.yaml'));
    writeFileSync(
      join(dir, 'outer.yaml'),
      'id: outer\ntitle: Outer\nsteps:\n  - id: card\n    include: emergency-contact\n  - id: gone\n    include: nowhere\n',
    );
    await expect(buildBuiltinIndex(dir)).rejects.toThrow(/outer\.yaml:7:\d+ .*nowhere/);
  });
});

describe('builtinEntryFor, readBuiltinIndex and readBuiltinBody (run by respond)', () => {
  async function indexedCopy() {
    const dir = mkdtempSync(join(tmpdir(), 'respond-builtins-'));
    const file = join(dir, 'emergency-contact.yaml');
    copyFileSync(join(builtinPlaybooksDir(), 'emergency-contact.yaml'), file);
    const out = join(dir, 'out');
    await writeBuiltinIndex(dir, out);
    return { dir, out, file, index: readBuiltinIndex(out) };
  }

  it('takes a file with the mtime npm gives what it unpacks (1985-10-26) as packed with the index, without hashing it', async () => {
    const { file, index } = await indexedCopy();
    // Same size, other bytes: only a hash would tell, and none is made.
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: emergency-contact', 'id: emergency-contacT'));
    const npmTime = new Date('1985-10-26T08:15:00Z');
    utimesSync(file, npmTime, npmTime);
    const entry = await builtinEntryFor(file, statSync(file), index);
    expect(entry?.id).toBe('emergency-contact');
  });

  it('matches a file whose mtime changed by its content hash, so nothing is validated again', async () => {
    const { file, index } = await indexedCopy();
    const copied = new Date('2024-02-03T04:05:06Z');
    utimesSync(file, copied, copied);
    const info = statSync(file);
    const entry = await builtinEntryFor(file, info, index);
    expect(entry?.id).toBe('emergency-contact');
    expect(entry?.mtimeMs).toBe(info.mtimeMs);
    expect(entry && readBuiltinBody(entry)?.playbook.id).toBe('emergency-contact');
  });

  it('does not match a file of the same size whose content changed', async () => {
    const { file, index } = await indexedCopy();
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('id: emergency-contact', 'id: emergency-contacT'));
    expect(await builtinEntryFor(file, statSync(file), index)).toBeUndefined();
  });

  it('leaves out index entries of the wrong shape (null, no id, no hash) and survives a damaged index', async () => {
    const { out, index } = await indexedCopy();
    const good = index.get('emergency-contact.yaml');
    const file = join(out, INDEX_FILE);
    writeFileSync(
      file,
      JSON.stringify({
        'emergency-contact.yaml': good,
        'a.yaml': null,
        'b.yaml': { ...good, id: null },
        'c.yaml': { ...good, hash: 3 },
        'd.yaml': { ...good, includes: 'x' },
        'e.yaml': { ...good, title: { en: 3 } },
        'f.yaml': { ...good, for: 'order-mails' },
      }),
    );
    expect([...readBuiltinIndex(out).keys()]).toEqual(['emergency-contact.yaml']);
    writeFileSync(file, 'null');
    expect(readBuiltinIndex(out).size).toBe(0);
    writeFileSync(file, '{"x":');
    expect(readBuiltinIndex(out).size).toBe(0);
  });

  it('has no body where it is damaged, of another playbook, missing, or with other includes than the index', async () => {
    const { out, index } = await indexedCopy();
    const entry = index.get('emergency-contact.yaml');
    if (!entry) throw new Error('no entry');
    const file = join(out, BODIES_FILE);
    const good = readFileSync(file);
    const text = good.subarray(entry.at, entry.at + entry.length).toString('utf8');
    const replaced = (body: string) => {
      const bytes = Buffer.from(good);
      Buffer.from(body.padEnd(entry.length, ' ')).copy(bytes, entry.at);
      return bytes;
    };
    for (const damaged of [
      replaced('{"playbook":'),
      replaced(text.replace('"id":"emergency-contact"', '"id":"stop-shipment"')),
      good.subarray(0, entry.at + entry.length - 1),
    ]) {
      writeFileSync(file, damaged);
      // A fresh module each time: a body is read once per run.
      vi.resetModules();
      const fresh = await import('../../src/io/builtin-index.js');
      expect(fresh.readBuiltinBody(entry)).toBeUndefined();
    }
    writeFileSync(file, good);
    vi.resetModules();
    const fresh = await import('../../src/io/builtin-index.js');
    expect(fresh.readBuiltinBody({ ...entry, includes: ['police-report'] })).toBeUndefined();
    expect(fresh.readBuiltinBody(entry)?.playbook.id).toBe('emergency-contact');
  });
});
