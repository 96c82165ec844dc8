// The built-ins of a catalog as loadCatalog (playbooks.ts) holds them: each known from the
// build's index, its body read only when the command uses that playbook.
import type { Playbook } from '../core/playbook/schema.js';
import { includedIds, readBuiltinBody, type IndexedBuiltin } from './builtin-index.js';
import { locateFromSites } from './playbook-cache.js';
import type { LoadedPlaybook } from './playbooks.js';

/** A built-in known by the build's index: its body is read when first needed. */
export interface LazyBuiltin {
  readonly head: IndexedBuiltin;
  readonly entry: LoadedPlaybook;
  body?: { readonly playbook: Playbook; readonly locate: LoadedPlaybook['locate'] };
  /** False when its file, read instead of a damaged body, names other includes than the index. */
  faithful: boolean;
}

export function lazyBuiltin(file: string, head: IndexedBuiltin): LazyBuiltin {
  const lazy: LazyBuiltin = {
    head,
    faithful: true,
    entry: {
      source: 'built-in',
      path: file,
      overridesBuiltin: false,
      hash: head.hash,
      about: { title: head.title, for: head.for },
      get playbook() {
        return body().playbook;
      },
      get locate() {
        return body().locate;
      },
    },
  };
  // loadCatalog reads every body its caller said it would use; another one is read here.
  const body = () => {
    if (lazy.body) return lazy.body;
    const read = readBuiltinBody(head);
    if (read === undefined) throw new Error(`${file}: a built-in used without loadCatalog reading it`);
    lazy.body = { playbook: read.playbook, locate: locateFromSites(read.includeSites) };
    return lazy.body;
  };
  return lazy;
}

/** `ids` and every id their playbooks include, transitively (a lazy built-in: from its index entry). */
export function closure(
  ids: Iterable<string>,
  builtins: ReadonlyMap<string, LoadedPlaybook>,
  indexed: ReadonlyMap<string, LazyBuiltin>,
): Set<string> {
  const seen = new Set<string>();
  const pending = [...ids];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const lazy = indexed.get(id);
    if (lazy !== undefined)
      pending.push(...(lazy.body ? includedIds(lazy.body.playbook) : lazy.head.includes));
    else {
      const entry = builtins.get(id);
      if (entry) pending.push(...includedIds(entry.playbook));
    }
  }
  return seen;
}
