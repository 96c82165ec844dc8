// The words of `respond attach` and of the walk-through's offer to attach a screenshot, in
// English and Japanese: what was kept, what was already there, and why a file was not kept.
import { formatSize, mediaTypeLabel } from '../core/evidence/media-type.js';
import { cleanOriginalName } from '../core/evidence/names.js';
import type { Lang, Messages } from '../core/i18n.js';
import type { MailProblem } from '../core/evidence/mail.js';
import type { EvidenceKind } from '../core/playbook/schema.js';
import { shortTime } from '../core/report/timeline.js';
import type { RefusalReason } from '../io/evidence-store.js';
import type { AttachOutcome } from './attach.js';

export interface AttachTexts {
  usage: string;
  noFiles: string;
  attached: (name: string, kind: string, size: string) => string;
  hash: (sha256: string, file: string) => string;
  mail: (from: string | undefined, when: string | undefined, subject: string | undefined) => string;
  mailProblem: (problem: MailProblem) => string;
  duplicate: (name: string, when: string, earlierName: string) => string;
  refused: (path: string, reason: RefusalReason, size: string | undefined) => string;
  check: (caseId: string) => string;
  /** The walk-through's offer, at a step that says to take a screenshot (or a photo, a mail, a PDF). */
  offer: Record<EvidenceKind, string>;
  offerHint: string;
}

// `cmd`: how the person types respond (invocation.ts), so the hints name a command that works.
export const attachTexts = (cmd: string): Messages<AttachTexts> => ({
  en: {
    usage: `name a case and the files to keep with it, e.g. \`${cmd} attach 2026-11-22-fraud screenshot.png\` (${cmd} cases lists the cases)`,
    noFiles: `name the files to keep with the case, e.g. \`${cmd} attach 2026-11-22-fraud screenshot.png order-mail.eml\``,
    attached: (name, kind, size) => `Kept: ${name} (${kind}, ${size})`,
    hash: (sha, file) => `  SHA-256 ${sha}  ${file}`,
    mail: (from, when, subject) =>
      `  A mail${from ? ` from ${from}` : ''}${when ? `, sent ${when}` : ''}${subject ? `: "${subject}"` : ''}`,
    mailProblem: (problem) =>
      problem === 'nothing'
        ? '  The mail says no date, sender or subject; it is kept as it is.'
        : "  The mail's date, sender and subject could not be read; the file is kept as it is.",
    duplicate: (name, when, earlier) =>
      `${name}: already attached on ${when}${earlier !== name ? ` (as ${earlier})` : ''}; kept once.`,
    refused: (path, reason, size) => {
      switch (reason) {
        case 'missing':
          return `${path}: no such file. Check the name, or drag the file into this window to type its path.`;
        case 'not-a-file':
          return `${path} is not a plain file (a folder, a pipe or a device); name the file itself. Nothing was kept.`;
        case 'too-large':
          return `${path} is ${size ?? 'over 25 MB'}: files over 25 MB are not kept. Keep a screenshot of the part that matters instead, and the file itself somewhere safe.`;
        case 'unsupported':
          return `${path} is not a screenshot or photo (PNG, JPEG, GIF, WebP, HEIC), a PDF, a mail (.eml) or a text file; respond keeps only those. Nothing was kept.`;
        case 'unreadable':
          return `${path} could not be read (is it on a disk that was removed?). Nothing was kept.`;
      }
    },
    check: (id) => `The files are in the case folder with their SHA-256; \`${cmd} report ${id}\` lists them.`,
    offer: {
      screenshot: 'Keep the screenshot with this case?',
      photo: 'Keep the photo with this case?',
      mail: 'Keep the mail (saved as .eml) with this case?',
      document: 'Keep the document (PDF) with this case?',
    },
    offerHint: 'drag the file into this window, or type its path; Enter skips',
  },
  ja: {
    usage: `ケースと保存するファイルを指定してください。例: \`${cmd} attach 2026-11-22-fraud screenshot.png\` (${cmd} cases でケースの一覧)`,
    noFiles: `ケースに保存するファイルを指定してください。例: \`${cmd} attach 2026-11-22-fraud screenshot.png order-mail.eml\``,
    attached: (name, kind, size) => `保存しました: ${name} (${kind}、${size})`,
    hash: (sha, file) => `  SHA-256 ${sha}  ${file}`,
    mail: (from, when, subject) =>
      `  メール${from ? `: 差出人 ${from}` : ''}${when ? `、送信 ${when}` : ''}${subject ? `、件名「${subject}」` : ''}`,
    mailProblem: (problem) =>
      problem === 'nothing'
        ? '  メールに日付・差出人・件名がありません。ファイルはそのまま保存しました。'
        : '  メールの日付・差出人・件名を読み取れませんでした。ファイルはそのまま保存しました。',
    duplicate: (name, when, earlier) =>
      `${name}: ${when} にすでに保存しています${earlier !== name ? ` (${earlier} として)` : ''}。保存は一度だけです。`,
    refused: (path, reason, size) => {
      switch (reason) {
        case 'missing':
          return `${path}: そのファイルはありません。名前を確かめるか、ファイルをこの画面にドラッグしてパスを入力してください。`;
        case 'not-a-file':
          return `${path} は通常のファイルではありません (フォルダ、パイプ、デバイス)。ファイルそのものを指定してください。何も保存していません。`;
        case 'too-large':
          return `${path} は ${size ?? '25 MB 超'} です。25 MB を超えるファイルは保存しません。大事な部分のスクリーンショットを保存し、ファイル自体は安全な場所に保管してください。`;
        case 'unsupported':
          return `${path} はスクリーンショット・写真 (PNG、JPEG、GIF、WebP、HEIC)、PDF、メール (.eml)、テキストのどれでもありません。respond が保存するのはこれらだけです。何も保存していません。`;
        case 'unreadable':
          return `${path} を読み込めませんでした (取り外したディスクにありませんか?)。何も保存していません。`;
      }
    },
    check: (id) =>
      `ファイルは SHA-256 とともにケースのフォルダにあります。\`${cmd} report ${id}\` で一覧できます。`,
    offer: {
      screenshot: 'スクリーンショットをこのケースに保存しますか?',
      photo: '写真をこのケースに保存しますか?',
      mail: 'メール (.eml で保存したもの) をこのケースに保存しますか?',
      document: '書類 (PDF) をこのケースに保存しますか?',
    },
    offerHint: 'ファイルをこの画面にドラッグするか、パスを入力。Enter で省略',
  },
});

/** One kept or already-kept file, in the lines `respond attach` and the walk-through print. */
export function describeOutcome(
  t: AttachTexts,
  outcome: Exclude<AttachOutcome, { kind: 'refused' }>,
  lang: Lang,
): string {
  if (outcome.kind === 'duplicate')
    return t.duplicate(
      cleanOriginalName(outcome.source),
      shortTime(outcome.earlier.ts),
      outcome.earlier.name,
    );
  const e = outcome.event;
  const lines = [
    t.attached(e.name, mediaTypeLabel(e.mediaType, lang), formatSize(e.size, lang)),
    t.hash(e.sha256, e.file),
  ];
  if (e.mail !== undefined)
    lines.push(
      t.mail(e.mail.from, e.mail.date === undefined ? undefined : shortTime(e.mail.date), e.mail.subject),
    );
  if (outcome.mailProblem !== undefined) lines.push(t.mailProblem(outcome.mailProblem));
  return lines.join('\n');
}
