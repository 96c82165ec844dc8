// respond validate <file...>: an OK line per good file on stdout, every problem of every
// bad file on stderr as FILE:LINE:COL  message (what editors and CI jump to). Includes are
// resolved against the catalog and the other files named, so a set of new playbooks that
// include each other can be checked together before any is installed.
import { resolve } from 'node:path';
import type { Messages } from '../../core/i18n.js';
import { stripControl } from '../../core/sanitize.js';
import type { Playbook } from '../../core/playbook/schema.js';
import type { LoadedPlaybook, PlaybookIssue } from '../../io/playbooks.js';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../exit.js';

interface Texts {
  ok: (file: string, id: string, steps: number) => string;
  summary: (bad: number, total: number) => string;
}

const texts: Messages<Texts> = {
  en: {
    ok: (file, id, steps) => `OK  ${file} (${id}, ${steps} ${steps === 1 ? 'step' : 'steps'})`,
    summary: (bad, total) =>
      `${bad} of ${total} ${total === 1 ? 'file' : 'files'} ${bad === 1 ? 'is' : 'are'} not a valid playbook.`,
  },
  ja: {
    ok: (file, id, steps) => `OK  ${file} (${id}、${steps} ステップ)`,
    summary: (bad, total) => `${total} 個のファイルのうち ${bad} 個は正しいチェックリストではありません。`,
  },
};

interface Checked {
  readonly file: string;
  readonly loaded?: LoadedPlaybook;
  readonly issues: PlaybookIssue[];
  readonly notFound: boolean;
}

export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const [{ loadCatalog, catalogLookup, readPlaybookFile, formatIssue }, { checkIncludes }] =
    await Promise.all([import('../../io/playbooks.js'), import('../../core/playbook/includes.js')]);
  const t = texts[ctx.lang];
  const checked: Checked[] = await Promise.all(
    args.map(async (file): Promise<Checked> => {
      const result = await readPlaybookFile(resolve(ctx.cwd, file), 'file', ctx.lang);
      // Problems name the file as it was typed, so the person recognises it.
      if ('issues' in result)
        return {
          file,
          issues: result.issues.map((i) => ({ ...i, file })),
          notFound: result.notFound === true,
        };
      return { file, loaded: { ...result, overridesBuiltin: false }, issues: [], notFound: false };
    }),
  );

  const included = checked.flatMap((c) =>
    (c.loaded?.playbook.steps ?? []).flatMap((s) => ('include' in s ? [s.include] : [])),
  );
  if (included.length > 0) {
    // Only the playbooks the files include (and theirs) are read from the catalog.
    const catalog = await loadCatalog(ctx.paths, ctx.lang, included);
    const named = new Map<string, Playbook>();
    for (const c of checked)
      if (c.loaded && !named.has(c.loaded.playbook.id)) named.set(c.loaded.playbook.id, c.loaded.playbook);
    const inCatalog = catalogLookup(catalog);
    const lookup = (id: string) => named.get(id) ?? inCatalog(id);
    const known = [...named.keys(), ...catalog.playbooks.keys()];
    for (const c of checked) {
      const loaded = c.loaded;
      if (!loaded) continue;
      for (const finding of checkIncludes(loaded.playbook, lookup, ctx.lang, known)) {
        c.issues.push({
          file: c.file,
          ...(loaded.locate?.(finding.path, finding.at) ?? { line: 1, col: 1 }),
          message: finding.message,
        });
      }
    }
  }

  const bad = checked.filter((c) => c.issues.length > 0);
  if (options.json === true) {
    const data = checked.map((c) => ({
      file: c.file,
      valid: c.issues.length === 0,
      ...(c.loaded ? { id: c.loaded.playbook.id } : {}),
      issues: c.issues.map(({ line, col, message }) => ({ line, col, message })),
    }));
    ctx.io.out(JSON.stringify(data, null, 2));
  } else {
    for (const c of checked) {
      if (c.issues.length === 0 && c.loaded) {
        const line = t.ok(stripControl(c.file), c.loaded.playbook.id, c.loaded.playbook.steps.length);
        ctx.io.out(line.replace(/^OK/, ctx.colors.green('OK')));
      }
      for (const issue of c.issues) ctx.io.err(formatIssue(issue));
    }
  }
  if (bad.length > 0) {
    const code = checked.some((c) => c.notFound) ? ExitCode.notFound : ExitCode.invalid;
    throw new CliError(t.summary(bad.length, checked.length), code);
  }
}
