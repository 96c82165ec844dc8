// `respond new <id> [--from <playbook>]`: a starter playbook in the person's own folder.
// Never overwrites: the file is opened with 'wx', so even a race cannot clobber one.
import type * as FsPromises from 'node:fs/promises';
import type { Messages } from '../../core/i18n.js';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../exit.js';
import { toPlaybookCliError } from '../playbook-errors.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 64;

interface Texts {
  usage: string;
  badId: (id: string, suggestion: string) => string;
  exists: (path: string) => string;
  alreadyHave: (id: string, path: string) => string;
  overrides: (id: string) => string;
  badCopy: (from: string) => string;
  next: (path: string, id: string) => string[];
}

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
const texts = (cmd: string): Messages<Texts> => ({
  en: {
    usage: `give the new playbook an id, e.g. \`${cmd} new my-bank\``,
    badId: (id, suggestion) =>
      `"${id}" cannot be a playbook id: use lowercase letters, digits and single dashes (at most ${MAX_ID})${suggestion ? `, e.g. ${suggestion}` : ''}`,
    exists: (path) =>
      `${path} already exists, and respond never overwrites a playbook. Edit that file, or choose another id.`,
    alreadyHave: (id, path) =>
      `you already have a playbook called "${id}" (${path}). Edit that file, or choose another id.`,
    overrides: (id) => `note: your "${id}" will be used instead of the built-in playbook with the same id.`,
    badCopy: (from) => `could not make a copy of "${from}" with a new id`,
    next: (path, id) => [
      '',
      'Next: edit it, then check it with',
      `  ${cmd} validate ${path}`,
      `  ${cmd} show ${id}`,
    ],
  },
  ja: {
    usage: `新しいチェックリストの id を指定してください。例: \`${cmd} new my-bank\``,
    badId: (id, suggestion) =>
      `「${id}」は id に使えません: 英小文字・数字・ハイフンだけで、${MAX_ID} 文字まで${suggestion ? ` (例: ${suggestion})` : ''}`,
    exists: (path) =>
      `${path} はすでにあります。respond はチェックリストを上書きしません。そのファイルを編集するか、別の id にしてください。`,
    alreadyHave: (id, path) =>
      `「${id}」というチェックリストはすでにあります (${path})。そのファイルを編集するか、別の id にしてください。`,
    overrides: (id) => `注意: 組み込みの「${id}」の代わりに、このチェックリストが使われます。`,
    badCopy: (from) => `「${from}」の写しを新しい id で作れませんでした`,
    next: (path, id) => [
      '',
      '次に: 編集してから、次のコマンドで確かめてください',
      `  ${cmd} validate ${path}`,
      `  ${cmd} show ${id}`,
    ],
  },
});

export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const t = texts(ctx.cmd)[ctx.lang];
  const id = args[0] ?? '';
  if (id === '') throw new CliError(t.usage, ExitCode.usage);
  if (!ID.test(id) || id.length > MAX_ID) throw new CliError(t.badId(id, suggestId(id)), ExitCode.usage);

  const [fs, path, playbooks, starter, { renderPlaybookJsonSchema, SCHEMA_FILE_NAME, SCHEMA_ID }] =
    await Promise.all([
      import('node:fs/promises'),
      import('node:path'),
      import('../../io/playbooks.js'),
      import('./new-starter.js'),
      import('../../core/playbook/json-schema.js'),
    ]);
  const join = (...parts: string[]) => path.join(...parts);
  const dir = ctx.paths.playbooks;
  const target = join(dir, `${id}.yaml`);
  const schemaRef = `./${SCHEMA_FILE_NAME}`;

  // Only where a playbook of that id is: no playbook's body is read.
  const catalog = await playbooks.loadCatalog(ctx.paths, ctx.lang, []);
  const existing = catalog.playbooks.get(id);
  if (existing && existing.source !== 'built-in')
    throw new CliError(t.alreadyHave(id, existing.path), ExitCode.failure);
  for (const ext of ['.yaml', '.yml']) {
    if (await exists(fs, join(dir, `${id}${ext}`)))
      throw new CliError(t.exists(join(dir, `${id}${ext}`)), ExitCode.failure);
  }

  let content: string;
  const from = typeof options.from === 'string' ? options.from : undefined;
  if (from === undefined) {
    content = starter.renderStarter(id, schemaRef, ctx.lang);
  } else {
    let source: string;
    try {
      const resolved = await playbooks.resolvePlaybook(from, ctx.paths, ctx.lang, ctx.cwd);
      source = await fs.readFile(resolved.root.path, 'utf8');
    } catch (error) {
      throw toPlaybookCliError(error, ctx);
    }
    // An unusual layout (a quoted or flow-style id) goes through the YAML library instead.
    const copy =
      starter.rewriteCopy(source, id, schemaRef) ??
      (await import('./new-copy-yaml.js')).rewriteWithYaml(source, id, schemaRef);
    if (copy === undefined) throw new CliError(t.badCopy(from), ExitCode.failure);
    content = copy;
  }

  const [{ ensurePrivateDir, writeNewFile }, { writeFailure }] = await Promise.all([
    import('../../io/private-files.js'),
    import('../output-file.js'),
  ]);
  try {
    // Folder by folder, not mkdir's recursive mode, which says ENOENT for a read-only disk.
    ensurePrivateDir(dir);
    writeNewFile(target, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError(t.exists(target), ExitCode.failure);
    throw writeFailure(error, target, ctx.lang);
  }
  await writeSchemaCopy(fs, join(dir, SCHEMA_FILE_NAME), renderPlaybookJsonSchema(ctx.lang), SCHEMA_ID);

  if (existing?.source === 'built-in') ctx.io.err(t.overrides(id));
  ctx.io.out([target, ...t.next(target, id)].join('\n'));
}

type Fs = typeof FsPromises;

async function exists(fs: Fs, path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The schema the starter's modeline points at, beside the playbooks, so an editor finds it
 * offline. Refreshed when it is ours (an older version), left alone when the person put
 * their own file there. A failure here never fails `new`: the playbook is written.
 */
async function writeSchemaCopy(fs: Fs, file: string, schema: string, schemaId: string): Promise<void> {
  try {
    const current = await fs.readFile(file, 'utf8').catch(() => undefined);
    if (current === schema || (current !== undefined && !current.includes(schemaId))) return;
    const temp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(temp, schema, { mode: 0o600 });
    await fs.rename(temp, file);
  } catch {
    // The editor loses completion; nothing else depends on this file.
  }
}

/** "My Bank" → "my-bank": what the person probably meant. */
function suggestId(id: string): string {
  const slug = id
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
  return slug !== id && ID.test(slug) ? slug : '';
}
