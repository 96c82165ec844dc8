// What `respond contacts` says, in English and Japanese: kept apart from the command so
// that both languages can be read side by side.
import type { ContactKind } from '../../core/contacts.js';
import type { Messages } from '../../core/i18n.js';

export interface ContactsTexts {
  empty: string[];
  emptyPrint: string;
  footer: string;
  unknownAction: (action: string) => string;
  extraArgs: (action: string, extra: string) => string;
  removeWhich: string;
  notFound: (id: string) => string;
  removed: (id: string, name: string, left: number) => string;
  saved: (id: string, count: number) => string;
  printHint: string;
  masked: string;
  wrote: (file: string) => string;
  needs: string;
  noHelpline: (id: string) => string;
  helplineAlone: (flag: string) => string;
  header: string[];
  broken: (path: string, detail: string) => string;
  noSpace: string;
  io: (path: string, detail: string) => string;
  cancelled: string;
  fromCase: {
    none: (caseId: string) => string;
    saved: (caseId: string, ids: string) => string;
    already: (names: string) => string;
    skipped: (name: string, reasons: string) => string;
  };
  ask: {
    intro: string;
    kind: string;
    kinds: Record<ContactKind, string>;
    name: string;
    phone: string;
    hours: string;
    url: string;
    email: string;
    withoutLogin: (kind: ContactKind) => string;
    notes: string;
  };
}

// `cmd`: how the person types respond (invocation.ts), so every example works as shown.
export const contactsTexts = (cmd: string): Messages<ContactsTexts> => {
  const ADD_EXAMPLE = `${cmd} contacts add --kind card-issuer --name "My Visa" --phone "0120-000-000" --hours "24h"`;
  const PRINT_EXAMPLE = `${cmd} contacts print --format html -o contact-card.html`;

  return {
    en: {
      empty: [
        'Your emergency contact card is empty.',
        '',
        'When you report fraud, the shop or site often suspends your account, and with it the chat',
        'and the page that shows its phone number. Save the numbers now, while everything works,',
        'and keep a printed copy somewhere offline.',
        '',
        "Start with your card company's 24-hour number (it is printed on the back of the card):",
        `  ${ADD_EXAMPLE}`,
        'Then the shops you buy from, your bank and the delivery companies. Or run',
        `  ${cmd} contacts add`,
        'and answer a few questions. When you are done, print it:',
        `  ${PRINT_EXAMPLE}`,
      ],
      emptyPrint: `your emergency contact card is empty: there is nothing to print yet. Start with: ${ADD_EXAMPLE}`,
      footer: `Add: ${cmd} contacts add   Print: ${PRINT_EXAMPLE}`,
      unknownAction: (a) => `unknown action "${a}": use add, list, remove or print (${cmd} contacts --help)`,
      extraArgs: (a, extra) =>
        `contacts${a === '' ? '' : ` ${a}`} takes ${a === 'remove' ? 'one id' : 'no more arguments'}, not also "${extra}" (${cmd} contacts --help)`,
      removeWhich: `say which contact to remove: ${cmd} contacts remove <id> (${cmd} contacts list shows the ids)`,
      notFound: (id) => `no contact "${id}" on your card. ${cmd} contacts list shows the ids.`,
      removed: (id, name, left) =>
        `Removed ${id} (${name}). ${left === 1 ? '1 contact' : `${left} contacts`} left on your card.`,
      saved: (id, count) =>
        `Saved ${id} to your emergency contact card (${count === 1 ? '1 contact' : `${count} contacts`}).`,
      printHint: `Print it and keep it offline: ${PRINT_EXAMPLE}`,
      masked: 'A full card number was shortened to its last 4 digits: only those are kept.',
      wrote: (file) => `Wrote ${file}. Print it and keep it somewhere offline, not only on this device.`,
      needs: `contacts add needs --kind, --name and a --phone, --url or --email when it cannot ask (this is not a terminal). For example: ${ADD_EXAMPLE}`,
      noHelpline: (id) =>
        `no helpline "${id}" in the directory. ${cmd} helplines --region all lists them, each with its id.`,
      helplineAlone: (flag) => `--helpline takes the entry as the directory has it: leave out ${flag}.`,
      header: ['ID', 'KIND', 'NAME', 'PHONE', 'HOURS'],
      broken: (path, detail) =>
        `cannot read your contact card ${path}: ${detail}. Fix it in an editor, or move it aside to start a new card; respond will not write over it.`,
      noSpace:
        'the disk is full. Nothing already saved was changed; free some space and run the same command again.',
      io: (path, detail) => `${path}: ${detail}`,
      cancelled: 'Cancelled: nothing was saved.',
      fromCase: {
        none: (id) => `Case ${id} has no numbers from the emergency-contact steps yet.`,
        saved: (id, ids) => `Saved from case ${id}: ${ids}.`,
        already: (names) => `Already on your card: ${names}.`,
        skipped: (name, reasons) => `Not saved: ${name}: ${reasons}`,
      },
      ask: {
        intro: 'A new entry for your emergency contact card. Press Enter to leave a field empty.',
        kind: 'Who is it?',
        kinds: {
          'card-issuer': 'A card company (card issuer)',
          bank: 'A bank',
          merchant: 'A shop or site (merchant)',
          carrier: 'A delivery company (carrier)',
          police: 'The police or an advice line',
          other: 'Someone else',
        },
        name: 'Name (e.g. "My Visa", "Example Shop")',
        phone: 'Phone number',
        hours: 'Hours (e.g. "24h", "weekdays 9-18")',
        url: 'Web address of the help or contact page',
        email: 'Mail address',
        withoutLogin: (kind) =>
          kind === 'card-issuer'
            ? 'How to find the number without signing in (e.g. "back of the card")'
            : 'How to find the number without signing in (e.g. "printed on the invoice")',
        notes: 'Notes (what they can do for you; never a full card number or a password)',
      },
    },
    ja: {
      empty: [
        '緊急連絡先カードはまだ空です。',
        '',
        '不正を報告すると、ショップやサイトはアカウントを一時停止することが多く、チャットや電話番号の',
        '載ったページにも入れなくなります。すべて使える今のうちに番号を控え、印刷した写しをオフラインの',
        '場所に置いておきましょう。',
        '',
        'まずはカード会社の24時間窓口の番号から (カードの裏面に印刷されています):',
        `  ${ADD_EXAMPLE}`,
        '次に、よく使うショップ、銀行、配送会社を。質問に答えながら入力するなら:',
        `  ${cmd} contacts add`,
        '入力し終えたら印刷します:',
        `  ${PRINT_EXAMPLE}`,
      ],
      emptyPrint: `緊急連絡先カードが空なので、まだ印刷するものがありません。まずは: ${ADD_EXAMPLE}`,
      footer: `追加: ${cmd} contacts add   印刷: ${PRINT_EXAMPLE}`,
      unknownAction: (a) =>
        `「${a}」という操作はありません: add、list、remove、print のどれかです (${cmd} contacts --help)`,
      extraArgs: (a, extra) =>
        `contacts${a === '' ? '' : ` ${a}`} には${a === 'remove' ? ' id を一つだけ' : 'これ以上の引数を'}指定できません (「${extra}」は余分です。${cmd} contacts --help を参照)`,
      removeWhich: `削除する連絡先を指定してください: ${cmd} contacts remove <id> (ID は ${cmd} contacts list で確認できます)`,
      notFound: (id) =>
        `「${id}」という連絡先はカードにありません。ID は ${cmd} contacts list で確認できます。`,
      removed: (id, name, left) =>
        `${id} (${name}) を削除しました。カードには ${left} 件の連絡先があります。`,
      saved: (id, count) => `${id} を緊急連絡先カードに保存しました (全 ${count} 件)。`,
      printHint: `印刷してオフラインで保管しましょう: ${PRINT_EXAMPLE}`,
      masked: 'カード番号の全桁が入力されていたので、下4桁だけを残しました。',
      wrote: (file) =>
        `${file} に書き出しました。この端末の中だけでなく、印刷してオフラインの場所に保管してください。`,
      needs: `ここは端末ではないため質問できません。contacts add には --kind、--name と、--phone・--url・--email のどれかを指定してください。例: ${ADD_EXAMPLE}`,
      noHelpline: (id) =>
        `相談窓口「${id}」は一覧にありません。${cmd} helplines --region all で、ID つきで一覧できます。`,
      helplineAlone: (flag) => `--helpline は一覧の内容をそのまま追加します。${flag} は付けないでください。`,
      header: ['ID', '種類', '名前', '電話', '受付時間'],
      broken: (path, detail) =>
        `連絡先カード ${path} を読めません (${detail})。エディタで直すか、別の場所へ移してから新しいカードを作ってください。respond はこのファイルを上書きしません。`,
      noSpace:
        'ディスクがいっぱいです。保存済みの内容は変わっていません。空きを作ってから同じコマンドをもう一度実行してください。',
      io: (path, detail) => `${path}: ${detail}`,
      cancelled: '中止しました。何も保存していません。',
      fromCase: {
        none: (id) => `ケース ${id} には、緊急連絡先の手順で控えた番号がまだありません。`,
        saved: (id, ids) => `ケース ${id} から保存しました: ${ids}。`,
        already: (names) => `カードに登録済み: ${names}。`,
        skipped: (name, reasons) => `保存しませんでした: ${name}: ${reasons}`,
      },
      ask: {
        intro: '緊急連絡先カードに新しい連絡先を追加します。空欄にする項目は Enter で飛ばせます。',
        kind: '相手の種類は?',
        kinds: {
          'card-issuer': 'カード会社',
          bank: '銀行',
          merchant: 'ショップ・通販サイト',
          carrier: '配送会社',
          police: '警察・相談窓口',
          other: 'その他',
        },
        name: '名前 (例: 「My Visa」「〇〇ショップ」)',
        phone: '電話番号',
        hours: '受付時間 (例: 「24時間」「平日 9-18時」)',
        url: 'ヘルプ・お問い合わせページのアドレス',
        email: 'メールアドレス',
        withoutLogin: (kind) =>
          kind === 'card-issuer'
            ? 'ログインせずに番号を調べる方法 (例: 「カードの裏面」)'
            : 'ログインせずに番号を調べる方法 (例: 「納品書に印刷」)',
        notes: 'メモ (何をしてもらえるか。カード番号の全桁やパスワードは書かない)',
      },
    },
  };
};
