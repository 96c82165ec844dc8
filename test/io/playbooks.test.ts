import { mkdirSync, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as PathsModule from '../../src/io/paths.js';
import { resolvePaths, type Paths } from '../../src/io/paths.js';
import { loadCatalog, PlaybookError, readPlaybookFile, resolvePlaybook } from '../../src/io/playbooks.js';
import * as validator from '../../src/core/playbook/validate.js';
import type * as ValidateModule from '../../src/core/playbook/validate.js';

// paths.ts finds checklists/ one level above its own file, which holds for dist/respond.cjs but
// not for src/io/paths.ts under vitest.
vi.mock('../../src/io/paths.js', async (importOriginal) => ({
  ...(await importOriginal<typeof PathsModule>()),
  builtinPlaybooksDir: () => new URL('../../checklists', import.meta.url).pathname,
}));

// The validator, counted: a file served from the cache is not validated at all.
vi.mock('../../src/core/playbook/validate.js', async (importOriginal) => {
  const real = await importOriginal<typeof ValidateModule>();
  return { ...real, validatePlaybookText: vi.fn(real.validatePlaybookText) };
});
const validations = (file: string) =>
  vi.mocked(validator.validatePlaybookText).mock.calls.filter((call) => call[1] === file).length;

const minimal = (id: string, extra = '') =>
  `id: ${id}\ntitle: ${id} title\nsteps:\n  - id: first\n    title: First\n${extra}`;
const including = (id: string, target: string) => minimal(id, `  - id: more\n    include: ${target}\n`);

let home: string;
let paths: Paths;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'respond-playbooks-'));
  paths = resolvePaths({ RESPOND_HOME: home });
  mkdirSync(paths.playbooks, { recursive: true });
});

const write = (name: string, text: string) => {
  const file = join(paths.playbooks, name);
  writeFileSync(file, text);
  return file;
};

/** Warnings about the user folder only: built-ins being written right now may warn too. */
const userWarnings = (warnings: readonly string[]) => warnings.filter((w) => w.startsWith(paths.playbooks));

async function thrown(promise: Promise<unknown>): Promise<PlaybookError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PlaybookError)) throw new Error(`expected a PlaybookError, got ${String(error)}`);
  return error;
}

describe('loadCatalog', () => {
  it('lists the built-ins and the user folder, marking an override', async () => {
    write('mine.yaml', minimal('mine'));
    write('stop-shipment.yaml', minimal('stop-shipment'));
    const catalog = await loadCatalog(paths, 'en');
    expect(userWarnings(catalog.warnings)).toEqual([]);
    expect(catalog.playbooks.get('mine')).toMatchObject({ source: 'user', overridesBuiltin: false });
    expect(catalog.playbooks.get('stop-shipment')).toMatchObject({ source: 'user', overridesBuiltin: true });
    expect(catalog.playbooks.get('fraud-order')).toMatchObject({
      source: 'built-in',
      overridesBuiltin: false,
    });
    expect(catalog.playbooks.get('mine')?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('turns a broken user file into one warning line and keeps the others', async () => {
    const broken = write(
      'broken.yaml',
      'id: broken\ntitle: Broken\nsteps:\n  - id: a\n    titel: A\n  - id: B\n    title: B\n',
    );
    write('fine.yaml', minimal('fine'));
    const catalog = await loadCatalog(paths, 'en');
    const warnings = userWarnings(catalog.warnings);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:5  "titel" is not a known field here`),
    );
    expect(warnings[0]).toContain('and 1 more problem');
    expect(catalog.playbooks.has('fine')).toBe(true);
    expect(catalog.playbooks.has('broken')).toBe(false);
  });

  it('refuses a file over 1 MiB without reading it (a sparse 2 GiB file stays quick)', async () => {
    const huge = write('huge.yaml', '');
    truncateSync(huge, 2 * 1024 ** 3);
    const catalog = await loadCatalog(paths, 'en');
    expect(userWarnings(catalog.warnings)).toEqual([
      `${huge}:1:1  This file is larger than 1 MiB. A playbook is a short text file: is this the right file?`,
    ]);
  });

  it('sets aside a user override that would close an include circle, so the built-ins keep working', async () => {
    const file = write('stop-shipment.yaml', including('stop-shipment', 'fraud-order'));
    const catalog = await loadCatalog(paths, 'en');
    expect(catalog.warnings.join('\n')).toContain(`${file}:7:14`);
    expect(catalog.warnings.join('\n')).toContain('stop-shipment → fraud-order → stop-shipment');
    expect(catalog.playbooks.get('stop-shipment')?.source).toBe('built-in');
    const resolved = await resolvePlaybook('fraud-order', paths, 'en', home);
    expect([...resolved.library.keys()].sort()).toEqual([
      'card-charges',
      'emergency-contact',
      'fraud-order',
      'stop-shipment',
    ]);
  });

  it('warns about two user files with the same id and keeps the first', async () => {
    write('a.yaml', minimal('same'));
    write('b.yaml', minimal('same'));
    const catalog = await loadCatalog(paths, 'ja');
    const warnings = userWarnings(catalog.warnings);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('b.yaml:1:1');
    expect(catalog.playbooks.get('same')?.path).toBe(join(paths.playbooks, 'a.yaml'));
  });
});

describe('the catalog cache', () => {
  it('serves unchanged files from a private cache and re-reads a changed one', async () => {
    const file = write('mine.yaml', minimal('mine'));
    const first = await loadCatalog(paths, 'en');
    const cache = join(home, 'cache', 'playbooks.json');
    expect(statSync(cache).mode & 0o777).toBe(0o600);
    const again = await loadCatalog(paths, 'en');
    expect(again.playbooks.get('mine')?.playbook).toEqual(first.playbooks.get('mine')?.playbook);
    expect(again.playbooks.get('mine')?.hash).toBe(first.playbooks.get('mine')?.hash);
    writeFileSync(file, minimal('mine').replace('mine title', 'a changed title'));
    expect((await loadCatalog(paths, 'en')).playbooks.get('mine')?.playbook.title).toBe('a changed title');
  });

  it('warns about a broken file every time, and survives a corrupt cache', async () => {
    write('broken.yaml', 'id: broken\n');
    expect(userWarnings((await loadCatalog(paths, 'en')).warnings)).toHaveLength(1);
    writeFileSync(join(home, 'cache', 'playbooks.json'), '{"stamp": 1, "entries": [');
    const catalog = await loadCatalog(paths, 'en');
    expect(userWarnings(catalog.warnings)).toHaveLength(1);
    expect(catalog.playbooks.has('fraud-order')).toBe(true);
  });
});

describe('the catalog cache keeps verdicts, and trusts none of them', () => {
  const cachePath = () => join(home, 'cache', 'playbooks.json');
  const editCache = (edit: (entries: Record<string, Record<string, unknown>>) => void) => {
    const data = JSON.parse(readFileSync(cachePath(), 'utf8')) as {
      entries: Record<string, Record<string, unknown>>;
    };
    edit(data.entries);
    writeFileSync(cachePath(), JSON.stringify(data));
  };

  it('validates a broken file once: later runs give the same one warning line without the validator', async () => {
    // 1,000 steps that each name a step that does not exist.
    const steps = Array.from(
      { length: 1000 },
      (_, i) => `  - {id: s${i}, title: S, when: {answer: nowhere${i}.q, is: x}}\n`,
    ).join('');
    const broken = write('broken.yaml', `id: broken\ntitle: Broken\nsteps:\n${steps}`);
    const first = userWarnings((await loadCatalog(paths, 'en')).warnings);
    expect(first).toHaveLength(1);
    expect(first[0]).toContain(`${broken}:4:`);
    expect(first[0]).toContain('no step "nowhere0"');
    expect(validations(broken)).toBe(1);
    expect(userWarnings((await loadCatalog(paths, 'en')).warnings)).toEqual(first);
    expect(validations(broken)).toBe(1);
    // Another language: the warning is said in it, so the file is read again.
    expect(userWarnings((await loadCatalog(paths, 'ja')).warnings)[0]).toContain('nowhere0');
    expect(validations(broken)).toBe(2);
    // Fixed: read again at once.
    writeFileSync(broken, minimal('broken'));
    const fixed = await loadCatalog(paths, 'en');
    expect(userWarnings(fixed.warnings)).toEqual([]);
    expect(fixed.playbooks.has('broken')).toBe(true);
  });

  it.each([
    ['a null playbook', (e: Record<string, unknown>) => (e.playbook = null)],
    ['a playbook without steps', (e: Record<string, unknown>) => (e.playbook = { id: 'mine', title: 'x' })],
    [
      'a playbook with a terminal escape',
      (e: Record<string, unknown>) =>
        (e.playbook = { id: 'mine', title: 'x\u001b]0;PWNED\u0007', steps: [{ id: 'a', title: 'A' }] }),
    ],
    [
      'a playbook breaking a rule (two steps with one id)',
      (e: Record<string, unknown>) =>
        (e.playbook = {
          id: 'mine',
          title: 'x',
          steps: [
            { id: 'a', title: 'A' },
            { id: 'a', title: 'B' },
          ],
        }),
    ],
    ['a hash that is not one', (e: Record<string, unknown>) => (e.hash = null)],
    ['include sites that are not positions', (e: Record<string, unknown>) => (e.includeSites = { 0: 'x' })],
    [
      'a refusal without its problem',
      (e: Record<string, unknown>) => {
        delete e.playbook;
        e.first = null;
        e.lang = 'en';
        e.more = 0;
      },
    ],
  ])('ignores and rebuilds an entry with %s', async (_name, damage) => {
    const file = write('mine.yaml', minimal('mine'));
    const good = (await loadCatalog(paths, 'en')).playbooks.get('mine')?.playbook;
    expect(good?.title).toBe('mine title');
    editCache((entries) => {
      const entry = entries[file];
      if (entry === undefined) throw new Error('not cached');
      damage(entry);
    });
    const before = validations(file);
    const again = await loadCatalog(paths, 'en');
    expect(again.playbooks.get('mine')?.playbook).toEqual(good);
    expect(userWarnings(again.warnings)).toEqual([]);
    expect(validations(file)).toBe(before + 1);
    // Rebuilt: the next run is served from the cache again.
    await loadCatalog(paths, 'en');
    expect(validations(file)).toBe(before + 1);
  });
});

describe('readPlaybookFile', () => {
  it('says "not found" for a missing file and "not a file" for a folder', async () => {
    const missing = await readPlaybookFile(join(home, 'nope.yaml'), 'file', 'en');
    expect(missing).toMatchObject({
      notFound: true,
      issues: [{ line: 1, col: 1, message: 'There is no file here.' }],
    });
    const folder = await readPlaybookFile(home, 'file', 'en');
    expect(folder).toMatchObject({
      issues: [{ message: expect.stringContaining('not a playbook file') as string }],
    });
    expect('notFound' in folder).toBe(false);
  });
});

describe('resolvePlaybook', () => {
  it('resolves a file path with its includes from the catalog', async () => {
    const file = write('mine.yaml', including('mine', 'emergency-contact'));
    const resolved = await resolvePlaybook(file, paths, 'en', '/');
    expect(resolved.root.source).toBe('file');
    expect([...resolved.library.keys()].sort()).toEqual(['emergency-contact', 'mine']);
  });

  it('refuses an unknown id as not-found, with a did-you-mean', async () => {
    const error = await thrown(resolvePlaybook('fraud-ordr', paths, 'en', home));
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain('Did you mean "fraud-order"?');
  });

  it('refuses a missing path as not-found and a broken one as invalid, with every issue', async () => {
    expect((await thrown(resolvePlaybook('./missing.yaml', paths, 'en', home))).kind).toBe('not-found');
    const file = write('bad.yaml', 'id: Bad\ntitle: x\nsteps: []\n');
    const error = await thrown(resolvePlaybook(file, paths, 'en', home));
    expect(error.kind).toBe('invalid');
    expect(error.issues.map((i) => `${i.line}:${i.col}`)).toEqual(['1:5', '3:8']);
  });

  it('refuses an unknown include and an include cycle, at the include step', async () => {
    const unknown = write('x.yaml', including('x', 'no-such-playbook'));
    const error = await thrown(resolvePlaybook(unknown, paths, 'en', home));
    expect(error.kind).toBe('invalid');
    expect(error.issues[0]).toMatchObject({ file: unknown, line: 7, col: 14 });
    write('b.yaml', including('b', 'a'));
    const a = write('a.yaml', including('a', 'b'));
    const cycle = await thrown(resolvePlaybook(a, paths, 'en', home));
    expect(cycle.issues[0]?.message).toContain('a → b → a');
  });
});
