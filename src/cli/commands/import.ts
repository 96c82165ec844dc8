// `respond import <zip> [--json]`: brings cases back from an export (app/import.ts). A zip
// that does not verify is refused with one line and exit 65, and nothing is written.
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../exit.js';
import { backupTexts } from './backup-texts.js';
import { readPassphrase } from './passphrase.js';

export async function run(ctx: Context, args: string[], options: Record<string, unknown>): Promise<void> {
  const t = backupTexts[ctx.lang];
  const file = args[0];
  if (file === undefined || file === '') throw new CliError(t.needOutput, ExitCode.usage);
  const [{ importArchive, ImportRefused }, { ArchiveRefused }] = await Promise.all([
    import('../../app/import.js'),
    import('../../io/zip.js'),
  ]);
  let result: Awaited<ReturnType<typeof importArchive>>;
  try {
    result = await importArchive(ctx.paths, resolve(ctx.cwd, file), {
      passphrase: () => readPassphrase(ctx, ctx.lang, { twice: false }),
    });
  } catch (error) {
    if (error instanceof ImportRefused) throw new CliError(t.refused(error.refusal), ExitCode.invalid);
    if (error instanceof ArchiveRefused) {
      if (error.reason === 'passphrase-needed')
        throw new CliError(t.archive(error.reason, undefined), ExitCode.usage);
      throw new CliError(t.archive(error.reason, error.member), ExitCode.invalid);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(t.notFound(file), ExitCode.notFound);
    if (code === 'EISDIR') throw new CliError(t.archive('not-zip', undefined), ExitCode.invalid);
    throw error;
  }
  if (options.json === true) {
    ctx.io.out(JSON.stringify({ imported: result.imported, already: result.already }, null, 2));
    return;
  }
  for (const c of result.imported) ctx.io.out(t.imported(c.id, c.events, c.files, ctx.cmd));
  for (const id of result.already) ctx.io.out(t.already(id));
}
