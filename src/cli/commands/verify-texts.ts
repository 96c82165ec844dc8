// The words of `respond verify`: one line per problem, and the line that says what holds.
import type { Messages } from '../../core/i18n.js';
import type { VerifyProblem, VerifyResult } from '../../app/verify.js';

interface Texts {
  problem: (p: VerifyProblem) => string;
  unrecorded: (file: string) => string;
  torn: string;
  intact: (r: VerifyResult) => string;
  broken: (r: VerifyResult) => string;
  last: (n: number, at: string, hash: string) => string;
  empty: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const verifyTexts: Messages<Texts> = {
  en: {
    problem: (p) => {
      switch (p.kind) {
        case 'unreadable':
          return `line ${p.line} cannot be read: it is not a whole entry (damaged or cut short)`;
        case 'changed':
          return `line ${p.line} was changed after it was written: it no longer matches the hash the next line keeps of it`;
        case 'missing':
          return `${plural(p.count, 'event is', 'events are')} missing just before line ${p.line}: removed from the record`;
        case 'moved':
          return `line ${p.line} is out of place: it was written right after line ${p.after}`;
        case 'swapped':
          return `lines ${p.line} and ${p.line + 1} were swapped: they were written the other way round`;
        case 'inserted':
          return `line ${p.line} was not written by respond in this place: it was added between its neighbours`;
        case 'unlinked':
          return `line ${p.line} has no link to the line before it: it was added or edited outside respond`;
        case 'start-missing':
          return `the record does not begin with the start of the case (line ${p.line}): its first entries are missing`;
        case 'file-missing':
          return `${p.file} is missing: it was attached but is no longer in the case folder`;
        case 'file-changed':
          return `${p.file} was changed after it was attached: its SHA-256 no longer matches the one recorded`;
        case 'file-size':
          return `${p.file} was changed after it was attached: its size no longer matches the one recorded`;
        case 'file-unsafe':
          return `${p.file || 'an attached file'}: not a plain file inside the case's evidence folder, so it was not checked`;
      }
    },
    unrecorded: (f) => `note: ${f} is in the evidence folder but not in the record (not checked)`,
    torn: 'note: the last line was cut short while it was written (the program stopped); it was never saved, is not part of the record, and the next resume or note sets it aside.',
    intact: (r) => {
      const files = plural(r.files, 'file', 'files');
      const events = plural(r.events, 'event', 'events');
      if (r.chainedFrom === 1) return `The record is intact: ${events}, chained from the start, ${files}.`;
      if (r.chainedFrom === undefined)
        return `The record reads (${events}, ${files}), but it is not chained: it was written before respond kept a hash chain, so a change to it cannot be detected.`;
      return `The record is intact from event ${r.chainedFrom} on: ${events}, ${files}; the ${r.chainedFrom - 1} before were written before respond kept a hash chain and cannot be checked.`;
    },
    broken: (r) =>
      `The record does not hold: ${plural(r.problems.length, 'problem', 'problems')} in ${plural(r.events, 'event', 'events')}. respond changed nothing. Keep the case folder as it is, and compare it with your backup (respond export) or a printed report.`,
    last: (n, at, hash) =>
      `Last event: number ${n}, ${at}, ${hash} (a report or a backup of this record names the same).`,
    empty: 'The journal is empty: there is nothing to check.',
  },
  ja: {
    problem: (p) => {
      switch (p.kind) {
        case 'unreadable':
          return `${p.line} 行目を読めません。記録が壊れているか、途中で切れています`;
        case 'changed':
          return `${p.line} 行目は書かれた後に変更されています。次の行が持つハッシュと一致しません`;
        case 'missing':
          return `${p.line} 行目の直前の記録が ${p.count} 件なくなっています (削除されています)`;
        case 'moved':
          return `${p.line} 行目の位置が違います。${p.after} 行目のすぐ後に書かれたものです`;
        case 'swapped':
          return `${p.line} 行目と ${p.line + 1} 行目が入れ替わっています`;
        case 'inserted':
          return `${p.line} 行目は respond がこの位置に書いたものではありません。前後の行の間に加えられています`;
        case 'unlinked':
          return `${p.line} 行目には前の行とのつながり (ハッシュ) がありません。respond の外で追加・編集されています`;
        case 'start-missing':
          return `記録がケースの開始 (${p.line} 行目) から始まっていません。最初の記録がなくなっています`;
        case 'file-missing':
          return `${p.file} がありません。添付された後、ケースのフォルダーからなくなっています`;
        case 'file-changed':
          return `${p.file} は添付された後に変更されています。SHA-256 が記録と一致しません`;
        case 'file-size':
          return `${p.file} は添付された後に変更されています。サイズが記録と一致しません`;
        case 'file-unsafe':
          return `${p.file || '添付ファイル'}: ケースの証拠フォルダーの中の普通のファイルではないため、確かめていません`;
      }
    },
    unrecorded: (f) => `注: ${f} は証拠フォルダーにありますが、記録にはありません (確かめていません)`,
    torn: '注: 最後の行は書き込みの途中で切れています (プログラムが止まりました)。保存されておらず記録には含まれません。次に resume か note を実行すると取り除かれます。',
    intact: (r) => {
      if (r.chainedFrom === 1)
        return `記録は改変されていません: ${r.events} 件、最初からハッシュでつながっています。ファイル ${r.files} 件。`;
      if (r.chainedFrom === undefined)
        return `記録は読めます (${r.events} 件、ファイル ${r.files} 件) が、ハッシュでつながっていません。respond がハッシュの連鎖を記録する前に書かれたため、変更があっても見つけられません。`;
      return `記録は ${r.chainedFrom} 件目から改変されていません: ${r.events} 件、ファイル ${r.files} 件。それより前の ${r.chainedFrom - 1} 件はハッシュの連鎖の前に書かれたため、確かめられません。`;
    },
    broken: (r) =>
      `記録に問題があります: ${r.events} 件のうち ${r.problems.length} 件の問題。respond は何も変更していません。ケースのフォルダーはそのままにして、バックアップ (respond export) や印刷した報告書と見比べてください。`,
    last: (n, at, hash) =>
      `最後の記録: ${n} 件目、${at}、${hash} (この記録の報告書やバックアップにも同じものが書かれます)。`,
    empty: '記録が空です。確かめるものがありません。',
  },
};
