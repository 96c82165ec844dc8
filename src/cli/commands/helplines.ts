// `respond helplines [--region jp|us|uk|other|all] [--json]`: the directory of helplines
// for where the person lives (by default the region their system suggests), each with the
// date it was last checked against its source. Nothing is fetched: the directory ships in
// the package (src/core/helplines/).
import { REGIONS, guessRegion, isRegion, systemHints, type Region } from '../../core/region.js';
import type { Context } from '../context.js';
import { textWidth } from '../../io/terminal.js';

export async function run(ctx: Context, _args: string[], options: Record<string, unknown>): Promise<void> {
  const { HELPLINES, helplinesFor } = await import('../../core/helplines/directory.js');
  const chosen = options.region;
  // commander refuses any other value (exit 64, one line) before this runs.
  const regions: Region[] =
    chosen === 'all' ? [...REGIONS] : [isRegion(chosen) ? chosen : guessRegion(systemHints(ctx.env)).region];
  if (options.json === true) {
    ctx.io.out(JSON.stringify(chosen === 'all' ? HELPLINES : helplinesFor(regions[0] ?? 'other'), null, 2));
    return;
  }
  const { renderHelplines } = await import('../../core/helplines/render.js');
  const width = Math.min(80, textWidth(ctx.env));
  const shown = chosen === 'all' ? regions.filter((r) => helplinesFor(r).length > 0) : regions;
  ctx.io.out(
    shown
      .map((region) => renderHelplines(region, helplinesFor(region), ctx.lang, width, `${ctx.cmd} helplines`))
      .join('\n\n'),
  );
}
