// `respond export <case>|--all -o FILE [--encrypt] [--force] [--json]`: one zip the person
// keeps as a backup (app/export.ts). Written with the -o rules (output-file.ts); then each
// case remembers it was backed up, for `respond cases`.
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { caseLang } from '../case-lang.js';
import { CliError, ExitCode } from '../exit.js';
import { writeOutput } from '../output-file.js';
import { VERSION } from '../version.js';
import { backupTexts } from './backup-texts.js';
import { readPassphrase } from './passphrase.js';

export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const ref = args[0];
  const all = options.all === true;
  let t = backupTexts[ctx.lang];
  if ((ref === undefined || ref === '') && !all) throw new CliError(t.nameCase(ctx.cmd), ExitCode.usage);
  if (ref !== undefined && ref !== '' && all) throw new CliError(t.caseOrAll, ExitCode.usage);
  if (typeof options.output !== 'string' || options.output === '')
    throw new CliError(t.needOutput, ExitCode.usage);
  const [{ exportCases }, { writeBackupStatus }, { caseDir }, { findCase, startedLang }] = await Promise.all([
    import('../../app/export.js'),
    import('../../app/backup-status.js'),
    import('../../io/case.js'),
    import('../../app/cases.js'),
  ]);
  // One case reads in its own language; several in the person's.
  const lang = all ? ctx.lang : caseLang(ctx, startedLang(ctx.paths, findCase(ctx.paths, ref ?? '')));
  t = backupTexts[lang];
  const passphrase = options.encrypt === true ? await readPassphrase(ctx, lang, { twice: true }) : undefined;
  const result = await exportCases(ctx.paths, all ? { all: true } : { ref: ref ?? '' }, {
    version: VERSION,
    now: ctx.now,
    passphrase,
    lang,
  });
  const written = await writeOutput(
    lang,
    resolve(ctx.cwd, options.output),
    result.zip,
    options.force === true,
  );
  const { manifest } = result;
  for (const c of manifest.cases) {
    const journal = manifest.files.find((f) => f.path === `${c.id}/journal.jsonl`);
    try {
      writeBackupStatus(caseDir(ctx.paths, c.id), {
        at: manifest.created,
        lastHash: c.lastHash,
        journalSize: journal?.size ?? 0,
      });
    } catch {
      // The zip is written and complete; only `cases` will not know it yet.
    }
  }
  const events = manifest.cases.reduce((n, c) => n + c.events, 0);
  const files = manifest.files.filter((f) => /^[^/]+\/evidence\//.test(f.path)).length;
  if (options.json === true) {
    ctx.io.out(
      JSON.stringify(
        {
          file: written,
          encrypted: passphrase !== undefined,
          cases: manifest.cases,
          notVerified: result.notVerified,
          withoutReports: result.withoutReports,
        },
        null,
        2,
      ),
    );
    return;
  }
  for (const id of result.notVerified) ctx.io.err(t.notVerified(id, ctx.cmd));
  for (const id of result.withoutReports) ctx.io.err(t.withoutReports(id));
  ctx.io.out(t.saved(written, manifest.cases.length, events, files, passphrase !== undefined));
  ctx.io.out(t.keepElsewhere);
}
