// The catalog over the build's two-layer index (dist/builtins/): a run reads the bodies of
// the playbooks it uses and of those they include, nothing else; a damaged index or body
// costs only speed. Each test gets a package of its own (checklists/ and dist/builtins/).
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeBuiltinIndex } from '../../src/io/builtin-index-build.js';
import { BODIES_FILE, INDEX_FILE } from '../../src/io/builtin-index.js';
import type * as PathsModule from '../../src/io/paths.js';
import { resolvePaths, type Paths } from '../../src/io/paths.js';
import { loadCatalog, readPlaybookFile, resolvePlaybook } from '../../src/io/playbooks.js';

const where = vi.hoisted(() => ({ root: '' }));
vi.mock('../../src/io/paths.js', async (importOriginal) => ({
  ...(await importOriginal<typeof PathsModule>()),
  packageRoot: () => where.root,
  builtinPlaybooksDir: () => join(where.root, 'checklists'),
}));

const source = new URL('../../checklists', import.meta.url).pathname;
let paths: Paths;
const checklists = () => join(where.root, 'checklists');
const index = () => join(where.root, 'dist', 'builtins');

beforeEach(async () => {
  where.root = mkdtempSync(join(tmpdir(), 'respond-package-'));
  mkdirSync(checklists());
  for (const name of readdirSync(source)) copyFileSync(join(source, name), join(checklists(), name));
  await writeBuiltinIndex(checklists(), index());
  paths = resolvePaths({ RESPOND_HOME: mkdtempSync(join(tmpdir(), 'respond-home-')) });
});

const readIndex = () =>
  JSON.parse(readFileSync(join(index(), INDEX_FILE), 'utf8')) as Record<
    string,
    { at: number; length: number }
  >;

/** Replaces a built-in's body in bodies.jsonl (same length, so the others stay where they are). */
function replaceBody(name: string, text: string): void {
  const { at, length } = readIndex()[name] ?? { at: 0, length: 0 };
  const file = join(index(), BODIES_FILE);
  const bytes = readFileSync(file);
  Buffer.from(text.padEnd(length, ' ')).copy(bytes, at);
  writeFileSync(file, bytes);
}

/** Not a valid playbook any more, yet of the size and mtime the index holds for it. */
function breakKeepingStamp(name: string): void {
  const file = join(checklists(), name);
  writeFileSync(file, 'x'.repeat(statSync(file).size));
  // (utimes would round the mtime: the index is told the new one instead.)
  const entries = JSON.parse(readFileSync(join(index(), INDEX_FILE), 'utf8')) as Record<string, object>;
  entries[name] = { ...entries[name], mtimeMs: statSync(file).mtimeMs };
  writeFileSync(join(index(), INDEX_FILE), JSON.stringify(entries));
}

/** What the playbook files themselves say, validated: the index must give the same. */
async function fromFile(id: string) {
  const result = await readPlaybookFile(join(source, `${id}.yaml`), 'built-in', 'en');
  if ('issues' in result) throw new Error(`${id} is invalid`);
  return result.playbook;
}

describe('the catalog of built-ins, read through the two-layer index', () => {
  it('reads only what start fraud-order uses: another built-in, broken beyond its body, is never looked at', async () => {
    // police-report's body is damaged, and its file (same size and mtime) is not a playbook:
    // reading it at all would show as a warning, or as police-report missing.
    replaceBody('police-report.yaml', '{"playbook":');
    breakKeepingStamp('police-report.yaml');
    const resolved = await resolvePlaybook('fraud-order', paths, 'en', where.root);
    expect([...resolved.library.keys()].sort()).toEqual(
      ['card-charges', 'emergency-contact', 'fraud-order', 'stop-shipment'].sort(),
    );
    for (const [id, playbook] of resolved.library) expect(playbook, id).toEqual(await fromFile(id));
    const used = await loadCatalog(paths, 'en', ['fraud-order']);
    expect(used.warnings).toEqual([]);
    expect(used.playbooks.has('police-report')).toBe(true);
    // Every body, as `list` asks: now it is read, falls back to its file, and that is broken
    // (and so are the includes of those that include it, checked again).
    const all = await loadCatalog(paths, 'en');
    expect(all.warnings[0]).toContain('police-report.yaml:1:1');
    expect(all.warnings.slice(1)).toContainEqual(
      expect.stringMatching(/account-takeover\.yaml:.*police-report/),
    );
    expect(all.playbooks.has('police-report')).toBe(false);
  });

  it('gives the triage every title and situation from the index alone, reading no body', async () => {
    // Every body damaged, every file not a playbook: reading any of them would show.
    for (const name of readdirSync(checklists())) {
      replaceBody(name, '{"playbook":');
      breakKeepingStamp(name);
    }
    const catalog = await loadCatalog(paths, 'en', []);
    expect(catalog.warnings).toEqual([]);
    expect(catalog.playbooks.size).toBe(readdirSync(source).length);
    const fraud = catalog.playbooks.get('fraud-order');
    const file = await fromFile('fraud-order');
    expect(fraud?.about).toEqual({ title: file.title, for: file.for });
  });

  it('reads a built-in whose body is damaged or missing from its own file, unchanged', async () => {
    replaceBody('card-charges.yaml', '{"playbook": {"id": "card-charges"}}');
    // police-report's body is not where the index says (past the end of the file).
    const entries = readIndex();
    entries['police-report.yaml'] = {
      ...entries['police-report.yaml'],
      at: statSync(join(index(), BODIES_FILE)).size,
      length: 100,
    };
    writeFileSync(join(index(), INDEX_FILE), JSON.stringify(entries));
    const resolved = await resolvePlaybook('fraud-order', paths, 'en', where.root);
    expect(resolved.library.get('card-charges')).toEqual(await fromFile('card-charges'));
    expect((await resolvePlaybook('police-report', paths, 'en', where.root)).root.playbook).toEqual(
      await fromFile('police-report'),
    );
    expect((await loadCatalog(paths, 'en')).warnings).toEqual([]);
  });

  it('reads every file as usual when the index is damaged, and gives the same catalog', async () => {
    const before = await loadCatalog(paths, 'en');
    writeFileSync(join(index(), INDEX_FILE), '{"fraud-order.yaml": 3');
    // A fresh module: the index is read once per run.
    vi.resetModules();
    const fresh = await import('../../src/io/playbooks.js');
    const after = await fresh.loadCatalog(paths, 'en');
    expect(after.warnings).toEqual([]);
    expect([...after.playbooks.keys()]).toEqual([...before.playbooks.keys()]);
    for (const [id, entry] of before.playbooks) {
      expect(after.playbooks.get(id)?.playbook, id).toEqual(entry.playbook);
      expect(after.playbooks.get(id)?.hash, id).toBe(entry.hash);
    }
  });

  it('checks the includes of built-ins again when a built-in they include is no longer there', async () => {
    rmSync(join(checklists(), 'stop-shipment.yaml'));
    const catalog = await loadCatalog(paths, 'en', ['police-report']);
    expect(catalog.warnings).toEqual([expect.stringMatching(/fraud-order\.yaml:\d+:\d+ .*stop-shipment/)]);
  });

  it('with a playbook of the person’s own that overrides an included built-in, checks as before', async () => {
    mkdirSync(paths.playbooks, { recursive: true });
    writeFileSync(
      join(paths.playbooks, 'emergency-contact.yaml'),
      'id: emergency-contact\ntitle: Mine\nsteps:\n  - id: first\n    title: First\n  - id: back\n    include: fraud-order\n',
    );
    const catalog = await loadCatalog(paths, 'en', ['fraud-order']);
    // The circle it closes sets it aside; the built-in comes back and fraud-order still works.
    expect(catalog.warnings).toEqual([
      expect.stringMatching(/emergency-contact\.yaml:\d+:\d+ .*fraud-order/),
    ]);
    expect(catalog.playbooks.get('emergency-contact')?.source).toBe('built-in');
    expect((await resolvePlaybook('fraud-order', paths, 'en', where.root)).library.size).toBe(4);
  });
});
