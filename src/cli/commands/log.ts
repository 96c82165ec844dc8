// `respond log <case> [--json]`: the timeline of everything recorded, oldest first, in the
// reader's words (choice labels, never option ids; each record once, on one line).
import { describeWarning } from '../../core/journal/warning-text.js';
import { partyNamer } from '../../core/playbook/parties.js';
import { localize } from '../../core/i18n.js';
import type { LoadedCase } from '../../app/cases.js';
import type { Context } from '../context.js';
import { toCaseCliError } from '../case-errors.js';
import { caseLang, requireCaseRef } from '../case-lang.js';

export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const ref = requireCaseRef(ctx, args[0]);
  const [{ findCase, loadCase, loadJournalOnly }, { timeline }] = await Promise.all([
    import('../../app/cases.js'),
    import('../../core/report/timeline.js'),
  ]);
  const id = findCase(ctx.paths, ref);
  let loaded: Pick<
    LoadedCase,
    'id' | 'journalPath' | 'events' | 'warnings' | 'playbook' | 'library' | 'tasks'
  >;
  try {
    loaded = loadCase(ctx.paths, id);
  } catch (error) {
    // The journal is the record: a damaged playbook copy only costs the step titles.
    if (!(error instanceof Error) || error.name !== 'CaseBundleInvalid') throw error;
    const mapped = toCaseCliError(error, ctx.lang, ctx.cmd);
    ctx.io.err(`respond: ${mapped instanceof Error ? mapped.message : error.message}`);
    const journal = loadJournalOnly(ctx.paths, id);
    const started = journal.events[0]?.type === 'case-started' ? journal.events[0] : undefined;
    loaded = {
      id,
      ...journal,
      playbook: { id: started?.playbook ?? '?', title: started?.playbook ?? '?', steps: [] },
      library: new Map(),
      tasks: [],
    };
  }
  for (const warning of loaded.warnings)
    ctx.io.err(`respond: ${loaded.journalPath}:${warning.line}: ${describeWarning(warning, ctx.lang)}`);
  // The record reads in the case's language, unless --lang chose one.
  const first = loaded.events[0];
  const lang = caseLang(ctx, first?.type === 'case-started' ? first.lang : undefined);
  const partyName = partyNamer(loaded.playbook, loaded.library, lang);
  const context = {
    lang,
    playbookTitle: localize(loaded.playbook.title, lang),
    tasks: loaded.tasks,
    partyName,
  };
  // As data, one object per event; to read, a record's fields on one line, labels not ids.
  const lines = timeline(loaded.events, context, { group: options.json !== true });
  if (options.json === true) {
    ctx.io.out(
      JSON.stringify(
        lines.map((l) => ({ ...l.event, text: l.text })),
        null,
        2,
      ),
    );
    return;
  }
  const { outLong } = await import('../paged.js');
  await outLong(
    ctx,
    [
      ctx.colors.bold(`${loaded.id} — ${localize(loaded.playbook.title, lang)}`),
      ...lines.map((line) => `${ctx.colors.dim(line.when)}  ${line.text}`),
    ].join('\n'),
  );
}
