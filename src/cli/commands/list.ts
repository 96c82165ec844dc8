// `respond list [--json]`: every playbook the person can start, built-in and their own.
// This module is itself loaded lazily, so what it needs is imported statically: one wave
// of module loads instead of several.
import { localize, type Messages } from '../../core/i18n.js';
import { walkTasks } from '../../core/playbook/walk.js';
import { stripControl } from '../../core/sanitize.js';
import { renderTable } from '../../core/table.js';
import { loadCatalog } from '../../io/playbooks.js';
import type { Context } from '../context.js';

/** The source as `--json` reports it; the table words it in the person's language. */
export type ListSource = 'built-in' | 'user' | 'user-overrides-built-in';

export interface ListEntry {
  readonly id: string;
  readonly title: string;
  readonly source: ListSource;
  /** Steps a person does, those of included playbooks counted too. */
  readonly steps: number;
  readonly path: string;
}

interface Texts {
  header: [string, string, string, string];
  sources: Record<ListSource, string>;
  none: string;
  where: (dir: string) => string;
}

const texts: Messages<Texts> = {
  en: {
    header: ['ID', 'TITLE', 'SOURCE', 'STEPS'],
    sources: { 'built-in': 'built-in', user: 'user', 'user-overrides-built-in': 'user (overrides built-in)' },
    none: 'No playbooks found.',
    where: (dir) => `Your own playbooks: ${dir}  (start one with \`respond new <id>\`)`,
  },
  ja: {
    header: ['ID', 'タイトル', '種類', '手順数'],
    sources: { 'built-in': '組み込み', user: 'ユーザー', 'user-overrides-built-in': 'ユーザー (組み込みを上書き)' },
    none: 'プレイブックが見つかりません。',
    where: (dir) => `自分のプレイブックの場所: ${dir}  (\`respond new <id>\` で作成)`,
  },
};

export async function run(ctx: Context, _args: string[], options: Record<string, unknown>): Promise<void> {
  const catalog = await loadCatalog(ctx.paths, ctx.lang);
  // One broken user file is one line on stderr, never a broken list.
  for (const warning of catalog.warnings) ctx.io.err(stripControl(warning).replace(/\n+/g, ' '));

  const library = new Map([...catalog.playbooks].map(([id, loaded]) => [id, loaded.playbook]));
  const entries: ListEntry[] = [...catalog.playbooks.values()]
    .map((loaded) => ({
      id: loaded.playbook.id,
      title: stripControl(localize(loaded.playbook.title, ctx.lang)).replace(/\s+/g, ' ').trim(),
      source: loaded.source === 'built-in' ? 'built-in' : loaded.overridesBuiltin ? 'user-overrides-built-in' : 'user',
      steps: walkTasks(loaded.playbook, library).length,
      path: loaded.path,
    }) satisfies ListEntry)
    .sort((a, b) => a.id.localeCompare(b.id));

  if (options.json === true) {
    ctx.io.out(JSON.stringify(entries, null, 2));
    return;
  }
  const t = texts[ctx.lang];
  if (entries.length === 0) {
    ctx.io.out(t.none);
  } else {
    const rows = entries.map((e) => [e.id, e.title, t.sources[e.source], String(e.steps)]);
    const [header = '', ...body] = renderTable([t.header, ...rows]).split('\n');
    ctx.io.out([ctx.colors.bold(header), ...body].join('\n'));
  }
  ctx.io.out(ctx.colors.dim(`\n${t.where(ctx.paths.playbooks)}`));
}
