// The words of `respond export` and `respond import`.
import type { Messages } from '../../core/i18n.js';
import type { ImportRefusal } from '../../app/import.js';
import { verifyTexts } from './verify-texts.js';

interface Texts {
  nameCase: (cmd: string) => string;
  caseOrAll: string;
  needOutput: string;
  askPassphrase: string;
  askAgain: string;
  askImport: string;
  differ: string;
  tooShort: string;
  noTerminal: string;
  saved: (file: string, cases: number, events: number, files: number, encrypted: boolean) => string;
  keepElsewhere: string;
  notVerified: (id: string, cmd: string) => string;
  withoutReports: (id: string) => string;
  refused: (r: ImportRefusal) => string;
  archive: (reason: string, member: string | undefined) => string;
  notFound: (file: string) => string;
  imported: (id: string, events: number, files: number, cmd: string) => string;
  already: (id: string) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const backupTexts: Messages<Texts> = {
  en: {
    nameCase: (cmd) => `name a case, or --all for every case (${cmd} cases lists them)`,
    caseOrAll: 'name one case or --all, not both',
    needOutput: 'name the zip file to write with -o, e.g. -o case.zip',
    askPassphrase: 'A passphrase for the zip (at least 8 characters; keep it safe, it cannot be recovered):',
    askAgain: 'The same passphrase again:',
    askImport: 'The passphrase of this zip:',
    differ: 'The two passphrases differ. Nothing was written; run the same command again.',
    tooShort: 'The passphrase must be at least 8 characters. Nothing was written.',
    noTerminal:
      'No terminal to ask for the passphrase: set RESPOND_PASSPHRASE in the environment of this command, or run it in a terminal.',
    saved: (file, cases, events, files, encrypted) =>
      `Saved ${plural(cases, 'case', 'cases')} (${plural(events, 'event', 'events')}, ${plural(files, 'attached file', 'attached files')}) to ${file}${encrypted ? ', encrypted with AES-256' : ''}.`,
    keepElsewhere:
      'Keep a copy somewhere other than this computer (a USB stick, another account). Its manifest.json lists every file with its SHA-256.',
    notVerified: (id, cmd) =>
      `note: the record of ${id} does not verify (${cmd} verify ${id} says why); it was saved as it is.`,
    withoutReports: (id) =>
      `note: the reports of ${id} could not be made (its playbook copy is damaged); its record was saved.`,
    refused: (r) => {
      const nothing = 'Nothing was written.';
      switch (r.reason) {
        case 'path':
          return `This zip is refused: its member "${r.member}" ${r.why}, so it could be written outside the case folder. ${nothing}`;
        case 'duplicate':
          return `This zip is refused: it holds "${r.member}" twice. ${nothing}`;
        case 'manifest':
          return `This zip is refused: its manifest.json is not that of a respond export (${r.why}). ${nothing}`;
        case 'unlisted':
          return `This zip is refused: "${r.member}" is not in its manifest, so it was added after the export. ${nothing}`;
        case 'missing':
          return `This zip is refused: "${r.member}" is in its manifest but missing from the zip. ${nothing}`;
        case 'hash':
          return `This zip is refused: "${r.member}" does not match the SHA-256 or size in its manifest (changed or damaged). ${nothing}`;
        case 'chain':
          return `This zip is refused: the record of ${r.caseId} does not verify (${verifyTexts.en.problem(r.problem)}). ${nothing}`;
        case 'anchor':
          return `This zip is refused: the record of ${r.caseId} does not end where its manifest says. ${nothing}`;
        case 'exists':
          return `${r.caseId} is already on this computer with a different record; respond never replaces a case. ${nothing}`;
      }
    },
    archive: (reason, member) => {
      const nothing = 'Nothing was written.';
      const m = member === undefined ? '' : ` "${member}"`;
      switch (reason) {
        case 'symlink':
          return `This zip is refused: its member${m} is a symbolic link. ${nothing}`;
        case 'unsafe-name':
          return `This zip is refused: its member${m} has a name that could be written outside the case folder. ${nothing}`;
        case 'too-big':
          return `This zip is refused: its member${m} unpacks to more than an export can hold (a damaged or hostile zip). ${nothing}`;
        case 'too-many':
          return `This zip is refused: it holds more members than an export can. ${nothing}`;
        case 'passphrase-needed':
          return `This zip is encrypted: set RESPOND_PASSPHRASE, or run the command in a terminal to type the passphrase. ${nothing}`;
        case 'passphrase-wrong':
          return `The passphrase is not the one this zip was encrypted with. ${nothing}`;
        case 'damaged':
          return `This zip is damaged: its member${m} cannot be unpacked. ${nothing}`;
        default:
          return `This file is not a zip made by respond export. ${nothing}`;
      }
    },
    notFound: (file) => `No such file: ${file}`,
    imported: (id, events, files, cmd) =>
      `Imported ${id} (${plural(events, 'event', 'events')}, ${plural(files, 'attached file', 'attached files')}); its record verifies. Go on with: ${cmd} resume ${id}`,
    already: (id) => `${id} is already on this computer with the very same record: nothing to do.`,
  },
  ja: {
    nameCase: (cmd) => `ケースを指定するか、すべてなら --all を付けてください (${cmd} cases で一覧)`,
    caseOrAll: 'ケースの指定と --all は、どちらか一方だけにしてください',
    needOutput: '書き出す zip ファイルを -o で指定してください (例: -o case.zip)',
    askPassphrase: 'zip のパスフレーズ (8 文字以上。忘れると開けません。大切に保管してください):',
    askAgain: 'もう一度、同じパスフレーズ:',
    askImport: 'この zip のパスフレーズ:',
    differ:
      '2 回のパスフレーズが一致しません。何も書き出していません。もう一度同じコマンドを実行してください。',
    tooShort: 'パスフレーズは 8 文字以上にしてください。何も書き出していません。',
    noTerminal:
      'パスフレーズをたずねる端末がありません。このコマンドの環境に RESPOND_PASSPHRASE を設定するか、端末で実行してください。',
    saved: (file, cases, events, files, encrypted) =>
      `${cases} 件のケース (記録 ${events} 件、添付ファイル ${files} 件) を ${file} に保存しました${encrypted ? ' (AES-256 で暗号化)' : ''}。`,
    keepElsewhere:
      'このパソコン以外の場所 (USB メモリや別のアカウントなど) にも保管してください。中の manifest.json に、すべてのファイルとその SHA-256 が書かれています。',
    notVerified: (id, cmd) =>
      `注: ${id} の記録は確認できませんでした (${cmd} verify ${id} で理由がわかります)。そのまま保存しました。`,
    withoutReports: (id) =>
      `注: ${id} の報告書を作れませんでした (チェックリストの写しが壊れています)。記録は保存しました。`,
    refused: (r) => {
      const nothing = '何も書き込んでいません。';
      switch (r.reason) {
        case 'path':
          return `この zip は取り込めません: 中の「${r.member}」の名前 (${r.why}) では、ケースのフォルダーの外に書き込まれるおそれがあります。${nothing}`;
        case 'duplicate':
          return `この zip は取り込めません: 「${r.member}」が 2 つあります。${nothing}`;
        case 'manifest':
          return `この zip は取り込めません: manifest.json が respond の export のものではありません (${r.why})。${nothing}`;
        case 'unlisted':
          return `この zip は取り込めません: 「${r.member}」が manifest にありません (export の後で加えられています)。${nothing}`;
        case 'missing':
          return `この zip は取り込めません: 「${r.member}」は manifest にありますが、zip の中にありません。${nothing}`;
        case 'hash':
          return `この zip は取り込めません: 「${r.member}」の SHA-256 かサイズが manifest と一致しません (変更されたか壊れています)。${nothing}`;
        case 'chain':
          return `この zip は取り込めません: ${r.caseId} の記録を確認できません (${verifyTexts.ja.problem(r.problem)})。${nothing}`;
        case 'anchor':
          return `この zip は取り込めません: ${r.caseId} の記録の終わりが manifest と一致しません。${nothing}`;
        case 'exists':
          return `${r.caseId} はすでにこのパソコンにあり、記録が異なります。respond はケースを置き換えません。${nothing}`;
      }
    },
    archive: (reason, member) => {
      const nothing = '何も書き込んでいません。';
      const m = member === undefined ? '' : `「${member}」`;
      switch (reason) {
        case 'symlink':
          return `この zip は取り込めません: 中の${m}はシンボリックリンクです。${nothing}`;
        case 'unsafe-name':
          return `この zip は取り込めません: 中の${m}の名前では、ケースのフォルダーの外に書き込まれるおそれがあります。${nothing}`;
        case 'too-big':
          return `この zip は取り込めません: 中の${m}を展開すると、export が持てる大きさを超えます (壊れているか、悪意のある zip です)。${nothing}`;
        case 'too-many':
          return `この zip は取り込めません: export が持てる数より多くのファイルがあります。${nothing}`;
        case 'passphrase-needed':
          return `この zip は暗号化されています。RESPOND_PASSPHRASE を設定するか、端末で実行してパスフレーズを入力してください。${nothing}`;
        case 'passphrase-wrong':
          return `パスフレーズが、この zip を暗号化したものと違います。${nothing}`;
        case 'damaged':
          return `この zip は壊れています: 中の${m}を展開できません。${nothing}`;
        default:
          return `このファイルは respond export で作った zip ではありません。${nothing}`;
      }
    },
    notFound: (file) => `ファイルがありません: ${file}`,
    imported: (id, events, files, cmd) =>
      `${id} を取り込みました (記録 ${events} 件、添付ファイル ${files} 件)。記録は確認済みです。続きは: ${cmd} resume ${id}`,
    already: (id) => `${id} はすでにこのパソコンに同じ記録であります。何もする必要はありません。`,
  },
};
