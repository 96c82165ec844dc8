// Every place respond reads or writes, from one module. RESPOND_HOME moves all of them
// (tests and portable installs use it), the way gh honours GH_CONFIG_DIR.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Paths {
  /** The person's own playbooks. */
  readonly playbooks: string;
  /** One folder per case: its journal and the playbook as run. */
  readonly cases: string;
  /** Data that is not a case: the emergency contact card. */
  readonly data: string;
  /** What can be thrown away and rebuilt (indexes of cases, checked playbooks): XDG_CACHE_HOME. */
  readonly cache: string;
}

type Env = Readonly<Record<string, string | undefined>>;

export function resolvePaths(env: Env = process.env): Paths {
  const home = env.RESPOND_HOME;
  if (home !== undefined && home !== '') {
    const root = resolve(home);
    return {
      playbooks: join(root, 'playbooks'),
      cases: join(root, 'cases'),
      data: root,
      cache: join(root, 'cache'),
    };
  }
  const user = env.HOME !== undefined && env.HOME !== '' ? env.HOME : homedir();
  const config = nonEmpty(env.XDG_CONFIG_HOME) ?? join(user, '.config');
  const data = nonEmpty(env.XDG_DATA_HOME) ?? join(user, '.local', 'share');
  const cache = nonEmpty(env.XDG_CACHE_HOME) ?? join(user, '.cache');
  return {
    playbooks: join(config, 'respond', 'playbooks'),
    cases: join(data, 'respond', 'cases'),
    data: join(data, 'respond'),
    cache: join(cache, 'respond'),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  // XDG says a relative path is invalid and must be ignored.
  return value !== undefined && value.startsWith('/') ? value : undefined;
}

let root: string | undefined;

/**
 * The installed package's root: the nearest folder above this file holding package.json
 * (dist/ is one level down in the bundle, src/io/ two levels down when tests run the source).
 * Found once per run. import.meta.dirname is the bundle's __dirname (scripts/build.mjs); a
 * Node 20 older than 20.11, running the build's helpers, has only import.meta.url.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = import.meta.dirname ?? dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4 && !existsSync(join(dir, 'package.json')); i++) dir = dirname(dir);
  return (root = dir);
}

/** The built-in playbooks that ship with the package. */
export function builtinPlaybooksDir(): string {
  return join(packageRoot(), 'checklists');
}
