// Errors from running and reading cases, told to the person in one line with the exit
// code that means it (sysexits). Matched by name so main.ts need not load their modules.
import { isLang, type Lang, type Messages } from '../core/i18n.js';
import { CliError, ExitCode } from './exit.js';

interface Texts {
  cancelled: (caseId: string) => string;
  stoppedBefore: string;
  locked: (pid: number, host: string, since: string) => string;
  lockedElsewhere: (pid: number, host: string, since: string) => string;
  opening: string;
  notFound: (ref: string) => string;
  ambiguous: (ref: string, ids: string) => string;
  closed: (caseId: string) => string;
  alreadyIn: (caseId: string, playbook: string) => string;
  incomplete: (caseId: string) => string;
  damaged: (caseId: string, path: string, detail: string) => string;
  bundle: (caseId: string, path: string, problem: string, detail: string) => string;
  symlink: (path: string) => string;
  notRegular: (path: string) => string;
  answer: (id: string, problem: string) => string;
  unknownRef: (ref: string, known: string) => string;
  noSpace: string;
  noSpaceIn: (caseId: string, answersFile: string | undefined) => string;
  io: (message: string) => string;
}

// What is wrong with a case's playbook.json (CaseBundleInvalid's problem).
const bundleProblems: Messages<Record<string, string>> = {
  en: {
    missing: 'is missing',
    unreadable: 'cannot be read',
    'not-json': 'is damaged: it is not valid JSON',
    shape: 'is damaged: it is not a playbook copy this version of respond can read',
    changed: 'was changed after the case started: it no longer matches the copy recorded in the journal',
  },
  ja: {
    missing: 'がありません',
    unreadable: 'を読み込めません',
    'not-json': 'が壊れています (JSON として読めません)',
    shape: 'が壊れています (このバージョンの respond が読めるチェックリストの写しではありません)',
    changed: 'がケースの開始後に変更されています (記録にあるものと一致しません)',
  },
};

// `cmd`: how the person types respond (invocation.ts), so the hints name a command that works.
const texts = (cmd: string): Messages<Texts> => ({
  en: {
    cancelled: (id) => `Saved. Continue with: ${cmd} resume ${id}`,
    stoppedBefore: 'Stopped. Nothing was recorded.',
    locked: (pid, host, since) =>
      `This case is open in another terminal: process ${pid} on ${host}, since ${since}. Close it there first.`,
    lockedElsewhere: (pid, host, since) =>
      `This case is open on another computer: process ${pid} on ${host}, since ${since}. Close it there; if respond is no longer running there, take it over by adding --take-over to ${cmd} note, close or resume.`,
    opening: 'This case is being opened by another process right now. Try again in a moment.',
    notFound: (ref) => `no case called "${ref}". \`${cmd} cases --all\` lists them.`,
    ambiguous: (ref, ids) => `"${ref}" matches several cases: ${ids}. Type more of the id.`,
    closed: (id) => `case ${id} is closed. You can still add to its record: ${cmd} note ${id}`,
    alreadyIn: (id, p) => `${p} is already part of case ${id}: continue it with ${cmd} resume ${id}`,
    incomplete: (id) =>
      `case ${id} was interrupted while it was being created, so nothing was recorded in it. Start again with ${cmd} start; you may delete its folder.`,
    damaged: (id, path, detail) =>
      `case ${id}: no entry of ${path} can be read (${detail}). The file is kept as it is; do not delete it, it is your record.`,
    bundle: (id, path, problem, detail) =>
      `case ${id}: ${path} ${bundleProblems.en[problem] ?? problem}${detail ? ` (${detail})` : ''}. The journal itself is intact: ${cmd} log ${id} shows it.`,
    symlink: (path) => `${path} is a symbolic link; respond does not follow links inside a case folder.`,
    notRegular: (path) =>
      `${path} is not a regular file; respond reads only plain files inside a case folder.`,
    answer: (id, problem) => `answers file, at ${id}: ${problem}`,
    unknownRef: (ref, known) => `"${ref}" is not in this case. Known: ${known}`,
    noSpace:
      'the disk is full. Nothing already saved was lost; free some space and run the same command again.',
    noSpaceIn: (id, file) =>
      `the disk is full. Everything answered so far is saved in case ${id}; free some space and continue it with: ${cmd} resume ${id}${file === undefined ? '' : ` --answers ${file}`}`,
    io: (message) => message,
  },
  ja: {
    cancelled: (id) => `保存しました。続きは: ${cmd} resume ${id}`,
    stoppedBefore: '中断しました。何も記録していません。',
    locked: (pid, host, since) =>
      `このケースは別の端末で開かれています (${host} のプロセス ${pid}、${since} から)。そちらを閉じてから、もう一度実行してください。`,
    lockedElsewhere: (pid, host, since) =>
      `このケースは別のコンピューターで開かれています (${host} のプロセス ${pid}、${since} から)。そちらで閉じてください。そちらで respond が動いていない場合は、${cmd} note・close・resume に --take-over を付けて実行すると引き継げます。`,
    opening:
      'このケースは今ちょうど別のプロセスが開いているところです。少し待ってから、もう一度実行してください。',
    notFound: (ref) => `「${ref}」というケースはありません。\`${cmd} cases --all\` で一覧を確認できます。`,
    ambiguous: (ref, ids) =>
      `「${ref}」に当てはまるケースが複数あります: ${ids}。ID をもう少し長く入力してください。`,
    closed: (id) => `ケース ${id} は完了済みです。記録の追加はできます: ${cmd} note ${id}`,
    alreadyIn: (id, p) => `${p} はすでにケース ${id} に含まれています。続きは: ${cmd} resume ${id}`,
    incomplete: (id) =>
      `ケース ${id} は作成の途中で中断されたため、何も記録されていません。${cmd} start でやり直してください。このフォルダは削除してかまいません。`,
    damaged: (id, path, detail) =>
      `ケース ${id}: ${path} の記録を一つも読み取れません (${detail})。ファイルはそのまま残してあります。大切な記録なので削除しないでください。`,
    bundle: (id, path, problem, detail) =>
      `ケース ${id}: ${path} ${bundleProblems.ja[problem] ?? problem}${detail ? ` (${detail})` : ''}。記録 (journal) 自体は無事です: ${cmd} log ${id} で確認できます。`,
    symlink: (path) => `${path} はシンボリックリンクです。ケースのフォルダー内のリンクはたどりません。`,
    notRegular: (path) =>
      `${path} は通常のファイルではありません。ケースのフォルダー内では通常のファイルだけを読み込みます。`,
    answer: (id, problem) => `回答ファイルの ${id}: ${problem}`,
    unknownRef: (ref, known) => `「${ref}」はこのケースにありません。指定できるもの: ${known}`,
    noSpace:
      'ディスクがいっぱいです。保存済みの記録は失われていません。空きを作ってから同じコマンドをもう一度実行してください。',
    noSpaceIn: (id, file) =>
      `ディスクがいっぱいです。ここまでの回答はケース ${id} に保存されています。空きを作ってから、続きを実行してください: ${cmd} resume ${id}${file === undefined ? '' : ` --answers ${file}`}`,
    io: (message) => message,
  },
});

interface Named {
  name?: string;
  message?: string;
  caseId?: string;
  ref?: string;
  candidates?: readonly string[];
  known?: readonly string[];
  code?: string;
  id?: string;
  path?: string;
  problem?: string;
  detail?: string;
  playbookId?: string;
}

/** A known case error as a CliError; anything else unchanged. */
export function toCaseCliError(error: unknown, lang: Lang, cmd: string): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const e = error as Named;
  const t = texts(cmd)[lang];
  switch (e.name) {
    case 'SessionCancelled': {
      // Said in the language the walk was in, which may be the case's own, not the terminal's.
      const walked = (error as { lang?: string }).lang;
      const words = walked !== undefined && isLang(walked) ? texts(cmd)[walked] : t;
      return new CliError(words.cancelled(e.caseId ?? ''), ExitCode.cancelled);
    }
    // Ctrl-C before any case was opened ("What happened?", "Add it to your open case?").
    case 'PromptCancelled':
      return new CliError(t.stoppedBefore, ExitCode.cancelled);
    case 'LockError': {
      const owner = (error as { owner?: { pid: number; hostname: string; started: string } }).owner;
      if (owner === undefined) return new CliError(t.opening, ExitCode.locked);
      const say = (error as { elsewhere?: boolean }).elsewhere === true ? t.lockedElsewhere : t.locked;
      return new CliError(say(owner.pid, owner.hostname, owner.started), ExitCode.locked);
    }
    case 'CaseNotFound':
      return (e.candidates?.length ?? 0) > 1
        ? new CliError(t.ambiguous(e.ref ?? '', (e.candidates ?? []).join(', ')), ExitCode.usage)
        : new CliError(t.notFound(e.ref ?? ''), ExitCode.notFound);
    case 'CaseIncomplete':
      return new CliError(t.incomplete(e.caseId ?? ''), ExitCode.invalid);
    case 'CaseDamaged':
      return new CliError(t.damaged(e.caseId ?? '', e.path ?? '', e.detail ?? ''), ExitCode.invalid);
    case 'CaseBundleInvalid':
      return new CliError(
        t.bundle(e.caseId ?? '', e.path ?? '', e.problem ?? '', e.detail ?? ''),
        ExitCode.invalid,
      );
    case 'CaseIsClosed':
      return new CliError(t.closed(e.caseId ?? ''), ExitCode.failure);
    case 'AlreadyInCase':
      return new CliError(t.alreadyIn(e.caseId ?? '', e.playbookId ?? ''), ExitCode.usage);
    case 'UnknownReference':
      // A mistyped --confirm, --resolve or --step: say what the case does have.
      return new CliError(t.unknownRef(e.ref ?? '', (e.known ?? []).join(', ') || '-'), ExitCode.usage);
    case 'AnswerRejected':
      return new CliError(t.answer(e.id ?? '', e.message ?? ''), ExitCode.invalid);
    case 'JournalError':
      if (e.code === 'no-space') {
        const inCase = error as { caseId?: string; answersFile?: string };
        return new CliError(
          inCase.caseId === undefined ? t.noSpace : t.noSpaceIn(inCase.caseId, inCase.answersFile),
          ExitCode.io,
        );
      }
      if (e.code === 'not-found') return new CliError(t.io(e.message ?? ''), ExitCode.notFound);
      if (e.code === 'symlink') return new CliError(t.symlink(e.path ?? ''), ExitCode.invalid);
      if (e.code === 'not-regular') return new CliError(t.notRegular(e.path ?? ''), ExitCode.invalid);
      return new CliError(t.io(e.message ?? ''), ExitCode.io);
    default:
      return error;
  }
}
