// `respond list [--json]`: every playbook the person can start, built-in and their own.
// The finished list is reused while no playbook file changed (io/list-index.ts); only
// then are the playbooks read, validated and counted.
import { localize, type Messages } from '../../core/i18n.js';
import { stripControl } from '../../core/sanitize.js';
import { renderTable } from '../../core/table.js';
import {
  fingerprintPlaybooks,
  readListIndex,
  writeListIndex,
  type ListEntry,
  type ListSummary,
} from '../../io/list-index.js';
import { builtinPlaybooksDir } from '../../io/paths.js';
import type { Context } from '../context.js';
import { tableWidth } from '../../io/terminal.js';

export type { ListEntry } from '../../io/list-index.js';
type ListSource = ListEntry['source'];

interface Texts {
  header: [string, string, string, string];
  sources: Record<ListSource, string>;
  none: string;
  where: (dir: string) => string;
}

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
const texts = (cmd: string): Messages<Texts> => ({
  en: {
    header: ['ID', 'TITLE', 'SOURCE', 'STEPS'],
    sources: { 'built-in': 'built-in', user: 'user', 'user-overrides-built-in': 'user (overrides built-in)' },
    none: 'No playbooks found.',
    where: (dir) => `Your own playbooks: ${dir}  (start one with \`${cmd} new <id>\`)`,
  },
  ja: {
    header: ['ID', 'タイトル', '種類', '手順数'],
    sources: {
      'built-in': '組み込み',
      user: 'ユーザー',
      'user-overrides-built-in': 'ユーザー (組み込みを上書き)',
    },
    none: 'チェックリストが見つかりません。',
    where: (dir) => `自分のチェックリストの場所: ${dir}  (\`${cmd} new <id>\` で作成)`,
  },
});

export async function run(ctx: Context, _args: string[], options: Record<string, unknown>): Promise<void> {
  const files = fingerprintPlaybooks([builtinPlaybooksDir(), ctx.paths.playbooks]);
  let summary = readListIndex(ctx.paths.cache, ctx.lang, files);
  if (summary === undefined) {
    summary = await summarize(ctx);
    writeListIndex(ctx.paths.cache, ctx.lang, files, summary);
  }
  // One broken user file is one line on stderr, never a broken list.
  for (const warning of summary.warnings) ctx.io.err(warning);
  const { entries } = summary;

  if (options.json === true) {
    ctx.io.out(JSON.stringify(entries, null, 2));
    return;
  }
  const t = texts(ctx.cmd)[ctx.lang];
  if (entries.length === 0) {
    ctx.io.out(t.none);
  } else {
    const rows = entries.map((e) => [e.id, e.title, t.sources[e.source], String(e.steps)]);
    // In a terminal, the title gives way so a row never wraps.
    const [header = '', ...body] = renderTable([t.header, ...rows], {
      maxWidth: tableWidth(ctx.env),
      shrink: [1],
    }).split('\n');
    ctx.io.out([ctx.colors.bold(header), ...body].join('\n'));
  }
  ctx.io.out(ctx.colors.dim(`\n${t.where(ctx.paths.playbooks)}`));
}

async function summarize(ctx: Context): Promise<ListSummary> {
  const [{ loadCatalog }, { walkTasks }] = await Promise.all([
    import('../../io/playbooks.js'),
    import('../../core/playbook/walk.js'),
  ]);
  const catalog = await loadCatalog(ctx.paths, ctx.lang);
  const library = new Map([...catalog.playbooks].map(([id, loaded]) => [id, loaded.playbook]));
  const entries = [...catalog.playbooks.values()]
    .map((loaded): ListEntry => ({
      id: loaded.playbook.id,
      title: stripControl(localize(loaded.playbook.title, ctx.lang)).replace(/\s+/g, ' ').trim(),
      source:
        loaded.source === 'built-in'
          ? 'built-in'
          : loaded.overridesBuiltin
            ? 'user-overrides-built-in'
            : 'user',
      // Every step it may walk, a guide it includes twice counted once (walk.ts WalkedTask.earlier).
      steps: walkTasks(loaded.playbook, library).filter((t) => t.earlier === undefined).length,
      path: loaded.path,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { entries, warnings: catalog.warnings.map((w) => stripControl(w).replace(/\n+/g, ' ')) };
}
