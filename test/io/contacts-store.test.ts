import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type ContactCard, EMPTY_CARD } from '../../src/core/contacts.js';
import {
  type AtomicFs,
  ContactsFileError,
  contactsPath,
  nodeAtomicFs,
  readContactCard,
  updateContactCard,
  writeContactCard,
  writeFileAtomic,
} from '../../src/io/contacts-store.js';
import type { Paths } from '../../src/io/paths.js';

let root: string;
let paths: Paths;
const mode = (p: string) => statSync(p).mode & 0o777;

const card: ContactCard = {
  version: 1,
  contacts: [
    {
      id: 'my-visa',
      kind: 'card-issuer',
      name: 'My Visa',
      phone: '0120-000-000',
      hours: '24h',
      updated: '2026-11-22T20:41:00.000+09:00',
    },
  ],
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'respond-contacts-'));
  // A data folder that does not exist yet, two levels down, as on a first run.
  paths = {
    playbooks: join(root, 'config', 'playbooks'),
    cases: join(root, 'data', 'respond', 'cases'),
    data: join(root, 'data', 'respond'),
    cache: join(root, 'cache', 'respond'),
  };
});

function errno(code: string): Error {
  return Object.assign(new Error(code), { code });
}

function thrown(fn: () => unknown): ContactsFileError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContactsFileError) return error;
    throw error;
  }
  throw new Error('expected a ContactsFileError');
}

describe('readContactCard', () => {
  it('is an empty card when there is no file yet, and creates nothing', () => {
    expect(readContactCard(paths)).toEqual(EMPTY_CARD);
    expect(readdirSync(root)).toEqual([]);
  });

  it('reads what was written, a byte-order mark included', () => {
    writeContactCard(paths, card);
    expect(readContactCard(paths)).toEqual(card);
    writeFileSync(contactsPath(paths), `\uFEFF${readFileSync(contactsPath(paths), 'utf8')}`);
    expect(readContactCard(paths)).toEqual(card);
  });

  it.each([
    ['', 'the file is empty'],
    ['{"version":1,"contacts":[{"name":"x",}]}', /^not valid JSON/],
    ['{"version":1,"contacts":[{"phone":"1"}]}', 'contacts[0].name: missing'],
  ])('reports a broken file %j with its problem', (text, detail) => {
    mkdirSync(paths.data, { recursive: true });
    writeFileSync(contactsPath(paths), text);
    const error = thrown(() => readContactCard(paths));
    expect(error.code).toBe('broken');
    expect(error.path).toBe(contactsPath(paths));
    expect(error.detail).toMatch(detail);
    expect(error.message).toContain('respond will not write over it');
  });

  it('says where invalid JSON breaks', () => {
    mkdirSync(paths.data, { recursive: true });
    writeFileSync(contactsPath(paths), '{\n  "contacts": [\n    {"name": "x",}\n  ]\n}\n');
    // Node 20 reports a position; newer versions may word it differently.
    expect(thrown(() => readContactCard(paths)).detail).toMatch(/^not valid JSON( at line 3, column \d+)?$/);
  });
});

describe('writeContactCard', () => {
  it('creates the folders 0700 and the file 0600, whatever the umask', () => {
    const previous = process.umask(0o000);
    try {
      writeContactCard(paths, card);
    } finally {
      process.umask(previous);
    }
    expect(mode(paths.data)).toBe(0o700);
    expect(mode(join(root, 'data'))).toBe(0o700);
    expect(mode(contactsPath(paths))).toBe(0o600);
  });

  it('leaves no temporary file behind, and replaces a file that was readable by others with a private one', () => {
    writeContactCard(paths, card);
    chmodSync(contactsPath(paths), 0o644);
    writeContactCard(paths, EMPTY_CARD);
    expect(readdirSync(paths.data)).toEqual(['contacts.json']);
    expect(mode(contactsPath(paths))).toBe(0o600);
    expect(readContactCard(paths)).toEqual(EMPTY_CARD);
  });

  it('writes to a temporary file in the same folder and renames it over the card', () => {
    const calls: string[] = [];
    const spy: AtomicFs = {
      writeNew: (path, content) => {
        calls.push(`write ${path.replace(paths.data, '<data>')}`);
        nodeAtomicFs.writeNew(path, content);
        expect(readdirSync(paths.data)).toHaveLength(1);
      },
      rename: (from, to) => {
        calls.push(`rename ${from.replace(paths.data, '<data>')} -> ${to.replace(paths.data, '<data>')}`);
        nodeAtomicFs.rename(from, to);
      },
    };
    writeContactCard(paths, card, spy);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatch(/^write <data>\/\.contacts\.json\.\d+\.[0-9a-z]+\.tmp$/);
    expect(calls[1]).toMatch(
      /^rename <data>\/\.contacts\.json\.\d+\.[0-9a-z]+\.tmp -> <data>\/contacts\.json$/,
    );
  });

  it.each([
    ['ENOSPC', 'no-space'],
    ['EIO', 'io'],
  ])('on %s while writing, keeps the old card whole and removes the temporary file', (code, expected) => {
    writeContactCard(paths, card);
    const before = readFileSync(contactsPath(paths), 'utf8');
    const failing: AtomicFs = {
      writeNew: (path, content) => {
        nodeAtomicFs.writeNew(path, content.slice(0, 10));
        throw errno(code);
      },
      rename: nodeAtomicFs.rename,
    };
    expect(thrown(() => writeContactCard(paths, EMPTY_CARD, failing)).code).toBe(expected);
    expect(readFileSync(contactsPath(paths), 'utf8')).toBe(before);
    expect(readdirSync(paths.data)).toEqual(['contacts.json']);
  });

  it('on a failed rename, keeps the old card and removes the temporary file', () => {
    writeContactCard(paths, card);
    const before = readFileSync(contactsPath(paths), 'utf8');
    const failing: AtomicFs = {
      writeNew: nodeAtomicFs.writeNew,
      rename: () => {
        throw errno('EXDEV');
      },
    };
    expect(thrown(() => writeContactCard(paths, EMPTY_CARD, failing)).code).toBe('io');
    expect(readFileSync(contactsPath(paths), 'utf8')).toBe(before);
    expect(readdirSync(paths.data)).toEqual(['contacts.json']);
  });
});

describe('updateContactCard', () => {
  it('applies the change to the card as it is now and writes it', () => {
    writeContactCard(paths, card);
    const count = updateContactCard(paths, (current) => ({
      card: { version: 1, contacts: [] },
      result: current.contacts.length,
    }));
    expect(count).toBe(1);
    expect(readContactCard(paths)).toEqual(EMPTY_CARD);
  });

  it('writes nothing when the change says so', () => {
    expect(updateContactCard(paths, () => ({ result: 'nothing' }))).toBe('nothing');
    expect(readdirSync(root)).toEqual([]);
  });

  it('never writes over a broken file: the change is not even called', () => {
    mkdirSync(paths.data, { recursive: true });
    const broken = '{"version":1,"contacts":[{"name":"My Visa","phone":"0120"},]}';
    writeFileSync(contactsPath(paths), broken, { mode: 0o600 });
    const mtime = statSync(contactsPath(paths)).mtimeMs;
    let called = false;
    const error = thrown(() =>
      updateContactCard(paths, () => {
        called = true;
        return { card, result: undefined };
      }),
    );
    expect(error.code).toBe('broken');
    expect(called).toBe(false);
    expect(readFileSync(contactsPath(paths), 'utf8')).toBe(broken);
    expect(statSync(contactsPath(paths)).mtimeMs).toBe(mtime);
    expect(readdirSync(paths.data)).toEqual(['contacts.json']);
  });
});

describe('writeFileAtomic', () => {
  it('writes a private file and replaces an existing one whole', () => {
    const file = join(root, 'card.html');
    writeFileSync(file, 'old', { mode: 0o644 });
    writeFileAtomic(file, '<!doctype html>');
    expect(readFileSync(file, 'utf8')).toBe('<!doctype html>');
    expect(mode(file)).toBe(0o600);
    expect(readdirSync(root)).toEqual(['card.html']);
  });

  it('says not-found for a folder that does not exist', () => {
    expect(thrown(() => writeFileAtomic(join(root, 'missing', 'card.html'), 'x')).code).toBe('not-found');
  });
});
