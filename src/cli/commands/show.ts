// `respond show <playbook|file> [--format text|md|answers] [--json]`: the blank checklist, for
// the terminal or for paper; `--json`, the playbook as validated with the ones it includes.
import type { Messages } from '../../core/i18n.js';
import type { ChecklistFormat, Colorize } from '../../core/playbook/render.js';
import type { Context } from '../context.js';
import { textWidth } from '../../io/terminal.js';
import { CliError, ExitCode } from '../exit.js';
import { toPlaybookCliError } from '../playbook-errors.js';
import { isRegion } from '../../core/region.js';

// `cmd`: how the person types respond (invocation.ts), so every hint names a command that works.
const texts = (cmd: string): Messages<{ usage: string }> => ({
  en: { usage: `name a playbook or a file, e.g. \`${cmd} show fraud-order\` (see \`${cmd} list\`)` },
  ja: {
    usage: `チェックリスト名かファイルを指定してください。例: \`${cmd} show fraud-order\` (\`${cmd} list\` で一覧)`,
  },
});

export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const ref = args[0];
  if (ref === undefined || ref === '') throw new CliError(texts(ctx.cmd)[ctx.lang].usage, ExitCode.usage);
  const format: ChecklistFormat = options.format === 'md' ? 'md' : 'text';
  const [{ resolvePlaybook }, { renderChecklist }] = await Promise.all([
    import('../../io/playbooks.js'),
    import('../../core/playbook/render.js'),
  ]);

  let resolved;
  try {
    resolved = await resolvePlaybook(ref, ctx.paths, ctx.lang, ctx.cwd);
  } catch (error) {
    throw toPlaybookCliError(error, ctx);
  }
  // --region: the checklist as a person there meets it (what only another region needs is left out).
  if (isRegion(options.region)) {
    const { forRegion, libraryForRegion } = await import('../../core/playbook/for-region.js');
    resolved = {
      ...resolved,
      root: { ...resolved.root, playbook: forRegion(resolved.root.playbook, options.region) },
      library: libraryForRegion(resolved.library, options.region),
    };
  }
  const c = ctx.colors;
  const colors: Colorize = (role, text) => {
    switch (role) {
      case 'title':
        return c.bold.underline(text);
      case 'heading':
        return c.bold(text);
      case 'label':
        return c.cyan(text);
      case 'branch':
        return c.yellow(text);
      case 'muted':
        return c.dim(text);
    }
  };
  if (options.json === true) {
    // As data: the playbook as validated, and every playbook it includes, by id.
    const root = resolved.root.playbook;
    const included = new Map<string, unknown>();
    const visit = (playbook: typeof root) => {
      for (const step of playbook.steps) {
        if (!('include' in step) || included.has(step.include) || step.include === root.id) continue;
        const inner = resolved.library.get(step.include);
        if (inner === undefined) continue;
        included.set(step.include, inner);
        visit(inner);
      }
    };
    visit(root);
    ctx.io.out(
      JSON.stringify(
        { format: 'respond-playbook', version: 1, playbook: root, includes: Object.fromEntries(included) },
        null,
        2,
      ),
    );
    return;
  }
  if (options.format === 'answers') {
    const { renderAnswersTemplate } = await import('../../core/playbook/answers-template.js');
    ctx.io.out(renderAnswersTemplate(resolved.root.playbook, resolved.library, ctx.lang).replace(/\n$/, ''));
    return;
  }
  const output = renderChecklist(resolved.root.playbook, resolved.library, {
    format,
    lang: ctx.lang,
    colors,
    width: textWidth(ctx.env),
  });
  const { outLong } = await import('../paged.js');
  await outLong(ctx, output.replace(/\n$/, ''));
}
