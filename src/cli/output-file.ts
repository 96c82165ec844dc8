// Writing a file the person named with -o (report, contacts print): never over a link, a
// FIFO or an existing file without --force, and every failure one line in the person's
// language with the exit code it deserves (64 when another name or --force fixes it, 74
// for the disk itself).
import type { Lang, Messages } from '../core/i18n.js';
import { stripControl } from '../core/sanitize.js';
import { CliError, ExitCode } from './exit.js';

interface Texts {
  exists: (path: string) => string;
  link: (path: string) => string;
  fifo: (path: string) => string;
  notAFile: (path: string) => string;
  full: (path: string) => string;
  cannot: (path: string, why: string) => string;
  reasons: Record<string, string>;
}

const texts: Messages<Texts> = {
  en: {
    exists: (p) => `${p} already exists. Add --force to replace it, or choose another name.`,
    link: (p) =>
      `${p} is a symbolic link; respond does not write through links. Name the file itself, or another name.`,
    fifo: (p) => `${p} is a pipe (FIFO), not a file. Leave out -o to print to the screen, or name a file.`,
    notAFile: (p) => `${p} is not a file (a folder or a device). Name a file to write.`,
    full: (p) => `cannot write ${p}: the disk is full. Free some space and run the same command again.`,
    cannot: (p, why) => `cannot write ${p}: ${why}`,
    reasons: {
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      ENOENT: 'the folder does not exist',
      ENOTDIR: 'part of the path is not a folder',
      EROFS: 'the file system is read-only',
      EISDIR: 'it is a folder',
      ENAMETOOLONG: 'the name is too long',
      ELOOP: 'too many symbolic links',
    },
  },
  ja: {
    exists: (p) => `${p} はすでにあります。置き換えるには --force を付けるか、別の名前を指定してください。`,
    link: (p) =>
      `${p} はシンボリックリンクです。respond はリンク越しには書き込みません。ファイルそのものか、別の名前を指定してください。`,
    fifo: (p) =>
      `${p} はパイプ (FIFO) で、ファイルではありません。画面に表示するには -o を外すか、ファイル名を指定してください。`,
    notAFile: (p) =>
      `${p} はファイルではありません (フォルダーかデバイスです)。書き出すファイルの名前を指定してください。`,
    full: (p) =>
      `${p} に書き込めません: ディスクがいっぱいです。空きを作ってから同じコマンドをもう一度実行してください。`,
    cannot: (p, why) => `${p} に書き込めません: ${why}`,
    reasons: {
      EACCES: '書き込みの権限がありません',
      EPERM: '書き込みの権限がありません',
      ENOENT: 'フォルダーがありません',
      ENOTDIR: 'パスの途中がフォルダーではありません',
      EROFS: '読み取り専用のファイルシステムです',
      EISDIR: 'フォルダーです',
      ENAMETOOLONG: '名前が長すぎます',
      ELOOP: 'シンボリックリンクが多すぎます',
    },
  },
};

/** Writes `content` to `file` (absolute), or throws the CliError that says why not. Returns the path written. */
export async function writeOutput(
  lang: Lang,
  file: string,
  content: string | Uint8Array,
  force: boolean,
): Promise<string> {
  const { writeOutputFile } = await import('../io/private-files.js');
  try {
    return writeOutputFile(file, content, { force });
  } catch (error) {
    throw toOutputError(error, file, lang);
  }
}

/** A failed write of `file` as one line: the disk full, or what else the system said, in words (74). */
export function writeFailure(error: unknown, file: string, lang: Lang): CliError {
  const t = texts[lang];
  const shown = stripControl(file);
  const e = error as { code?: string; message?: string };
  if (e?.code === 'ENOSPC' || e?.code === 'EDQUOT') return new CliError(t.full(shown), ExitCode.io);
  const why =
    (e?.code !== undefined ? t.reasons[e.code] : undefined) ?? e?.code ?? String(e?.message ?? error);
  return new CliError(t.cannot(shown, why), ExitCode.io);
}

function toOutputError(error: unknown, file: string, lang: Lang): CliError {
  const t = texts[lang];
  const shown = stripControl(file);
  const e = error as { name?: string; reason?: string };
  if (e?.name === 'OutputRefused') {
    if (e.reason === 'exists') return new CliError(t.exists(shown), ExitCode.usage);
    if (e.reason === 'link') return new CliError(t.link(shown), ExitCode.usage);
    if (e.reason === 'fifo') return new CliError(t.fifo(shown), ExitCode.usage);
    return new CliError(t.notAFile(shown), ExitCode.usage);
  }
  return writeFailure(error, file, lang);
}
