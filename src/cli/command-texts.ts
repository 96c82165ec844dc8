// The words of the command table and the help, in English and Japanese (command-table.ts
// says which command takes what).
import type { Messages } from '../core/i18n.js';
import { CHANNELS } from '../core/journal/channels.js';

export interface Texts {
  description: string;
  langOption: string;
  noColorOption: string;
  noPagerOption: string;
  verboseOption: string;
  jsonOption: string;
  examples: string;
  exitCodes: string;
  startHere: (cmd: string) => string;
  /** Told once after a walk when respond was started through npx: how to get the `respond` command. */
  install: string;
  /** commander's own words: section titles and its built-in options. */
  help: {
    titles: Record<string, string>;
    /** commander's words inside usage lines and option descriptions ("[options]", "(choices: "). */
    terms: Record<string, string>;
    help: string;
    helpCommand: string;
    version: string;
  };
  commands: Record<string, string>;
  options: Record<string, string>;
  unexpected: (message: string) => string;
}

export const texts: Messages<Texts> = {
  en: {
    description:
      'A calm checklist for when your online account was misused, and the record of what you confirmed with whom.',
    langOption: 'language of the text: en or ja (default: from your system)',
    noColorOption: 'no colors (NO_COLOR is honoured too)',
    noPagerOption: 'long output straight to the terminal, not through $PAGER (less)',
    verboseOption: 'on an unexpected error, also print where it happened (for a bug report)',
    jsonOption: 'print data as JSON only',
    examples: 'Examples:',
    help: {
      titles: {},
      terms: {},
      help: 'show this help',
      helpCommand: 'show help for a command',
      version: 'print the version',
    },
    startHere: (cmd) =>
      [
        'Start here:',
        `  ${cmd} start                asks what happened, then walks you through what fits`,
        `  ${cmd} start fraud-order    order confirmations you never placed (${cmd} list shows the others)`,
        `  ${cmd} resume               go on where you stopped; every answer is already saved`,
        `  ${cmd} cases                what is still open, what to check and when`,
      ].join('\n'),
    install:
      'To type just `respond` next time: run `npm install -g .` (or `npm link`) once in the folder of respond. Until then, `npx respond` in that folder works.',
    exitCodes:
      'Exit codes: 0 ok, 1 failure, 64 usage, 65 invalid playbook, answers or record (verify, import), 66 not found, 74 disk or file error, 75 case open in another terminal, 130 stopped with Ctrl-C (everything saved), 129/143 stopped by a closed terminal or a signal (everything saved).',
    commands: {
      list: 'list the playbooks you can start',
      show: 'print a playbook as a blank checklist',
      validate: 'check playbook files and say exactly what is wrong where',
      schema: 'print the JSON Schema of the playbook format (for your editor)',
      new: 'write a starter playbook into your playbook folder',
      start: 'start a new case: walk through a playbook step by step',
      resume: 'continue a case where you stopped',
      cases: 'list your cases: progress, open confirmations, follow-ups due',
      due: 'what falls due today or is overdue, in every case (exit 1 when something is: for a login file or cron)',
      calendar: 'your follow-ups as a calendar file (.ics) with reminders: import it, again after changes',
      log: 'the timeline of everything recorded in a case',
      report: 'the completed checklist for the card company, the police, or the whole record',
      draft: 'a message to the merchant, the card company or the delivery company, built from the case',
      verify:
        'check that a case record was not changed: the hash chain of the journal and every attached file',
      export:
        'a backup you keep: one zip with the record, the evidence, a manifest of hashes and the reports',
      import: 'bring a case back from an export (checked before anything is written)',
      note: 'add to a case: a note, a call back, a parcel, money lost, a charge reversed, a late answer or a checked follow-up',
      close: 'close a case once nothing is left open',
      attach:
        'keep screenshots, photos, PDFs and mails (.eml) with a case, each with its SHA-256 so anyone can check it is unchanged',
      contacts:
        'your emergency contact card, kept offline: add, list, remove, print (without an action: show it)',
      completion: 'Tab completion for bash, zsh or fish: commands, flags, case and playbook ids',
      'contacts add': 'add a number to the card: from flags, asked field by field, or from a case',
      'contacts list': 'every entry of the card, one line each',
      'contacts remove': 'take an entry off the card, by its id',
      'contacts print': 'the card to print or keep: text, or HTML for an A4 page',
      helplines:
        'helplines where you live: who helps with what, their numbers, hours and when each was checked',
    },
    options: {
      format: 'output format',
      from: 'start from a copy of this playbook',
      answers: 'take the answers from a YAML or JSON file instead of asking (no terminal needed)',
      caseName: 'a name of your own for the case',
      showRegion: 'the checklist as a person in this region meets it: jp, us, uk or other',
      region:
        'where you live: jp, us, uk or other; decides the helplines, rules and deadlines (default: RESPOND_REGION, else asked or guessed from your system)',
      helplinesRegion:
        'where you live: jp, us, uk, other, or all (default: RESPOND_REGION, else guessed from your system)',
      all: 'include closed cases',
      force: 'close even with items still open',
      outputForce: 'with -o: replace the file if it already exists',
      takeOver: 'take over a case left open by respond on another computer (asks first)',
      attachNote: 'a few words about the files: what they show',
      step: 'the step the note belongs to (its key)',
      party: 'record a contact with this party (its id)',
      who: 'who answered or who you spoke to',
      channel: `${CHANNELS.slice(0, -1).join(', ')} or ${CHANNELS.at(-1) ?? ''}`,
      confirm: 'record the answer to this confirmation (step-key.confirmation-id)',
      answer: 'the answer: yes, no or unknown',
      reference: 'their reference or case number',
      resolve: 'mark this follow-up as checked (its id); the text says what you found',
      carrier: 'note shipment: the delivery company',
      tracking: 'note shipment: the tracking number',
      status: 'note shipment: shipped, delivered, refused, returned or stopped',
      order: 'note shipment: the order the parcel belongs to',
      amount: 'note loss: the amount, with its currency ("10000 JPY")',
      what: 'note loss: what it was (a gift card, a transfer)',
      when: 'note loss: when it was used or sent',
      charge: 'note charge: the charge, by its number in the list or its order number',
      reversed: 'note charge: yes (reversed) or no',
      contactKind: 'who it is: card-issuer, bank, merchant, carrier, police or other',
      contactName: 'the name you will look for, e.g. "My Visa"',
      contactPhone: 'their phone number',
      contactHours: 'when they answer, e.g. "24h" or "weekdays 9-18"',
      contactUrl: 'the web address of their help or contact page',
      contactEmail: 'their mail address',
      contactNotes: 'what they can do for you (never a full card number or a password)',
      contactWithoutLogin: 'how to find the number again without signing in, e.g. "back of the card"',
      contactId: 'a short id of your own (default: made from the name)',
      contactFormat: 'print format: text or html (A4, to print on paper)',
      contactOutput: 'write to this file (private to you) instead of the screen',
      contactFromCase: "add the numbers you noted in this case's emergency-contact steps",
      contactHelpline: 'add a helpline of the directory by its id (respond helplines shows the ids)',
      reportFor: 'who the report is for: card-company, police or all',
      reportFormat:
        'text, md, html (prints on A4), pdf (printed by a Chromium-family browser on this computer; needs -o) or json',
      reportOutput: 'write to this file (private to you, mode 0600) instead of the screen',
      quiet: 'print nothing when nothing is due',
      reportOpen: 'open the HTML report in your browser, when the system has an opener',
      reportName: 'the cardholder name for the card company report (kept in the case)',
      reportPhone: 'the phone number the card company can call you on (kept in the case)',
      draftTo: 'who the message is for: merchant, card-company or carrier',
      draftLetter:
        'with --to card-company: the written dispute (the letter the law or the card company asks for)',
      draftRegion:
        'where you live, for the letter: jp, us, uk or other (default: jp for a case in Japanese, else other)',
      draftFormat:
        'text, eml (a mail file your mail program opens), mailto (a link that opens a new mail, when short enough) or json',
      draftCarrier: 'with --to carrier, when parcels went with several delivery companies: which one',
      exportOutput: 'the zip file to write (private to you, mode 0600)',
      exportAll: 'every case in one zip',
      encrypt:
        'encrypt the zip with a passphrase (AES-256; asked twice, or RESPOND_PASSPHRASE without a terminal)',
    },
    unexpected: (message) => `respond: something unexpected went wrong: ${message}`,
  },
  ja: {
    description:
      'オンラインアカウントが不正利用されたときに落ち着いて進めるためのチェックリストと、誰に何を確認したかの記録。',
    langOption: '表示する言語: en または ja (既定: システムの設定)',
    noColorOption: '色を付けない (NO_COLOR も有効)',
    noPagerOption: '長い出力をページャー ($PAGER、less) を通さずにそのまま表示する',
    verboseOption: '予期しないエラーのとき、起きた場所も表示する (不具合の報告用)',
    jsonOption: 'データを JSON だけで出力する',
    examples: '例:',
    help: {
      titles: {
        'Usage:': '使い方:',
        'Options:': 'オプション:',
        'Commands:': 'コマンド:',
        'Arguments:': '引数:',
        'Global Options:': '共通オプション:',
      },
      terms: {
        '[options]': '[オプション]',
        '[command]': '[コマンド]',
        '(choices: ': '(選択肢: ',
        '(default: ': '(既定: ',
      },
      help: 'このヘルプを表示する',
      helpCommand: 'コマンドのヘルプを表示する',
      version: 'バージョンを表示する',
    },
    startHere: (cmd) =>
      [
        'まずはここから:',
        `  ${cmd} start                何があったかを尋ね、合う手順に沿って進める`,
        `  ${cmd} start fraud-order    身に覚えのない注文確認メールが届いたとき (ほかは ${cmd} list)`,
        `  ${cmd} resume               止めたところから続ける (答えはすべて保存済み)`,
        `  ${cmd} cases                まだ終わっていないこと、いつ何を確認するか`,
      ].join('\n'),
    install:
      '次から `respond` だけで使えるようにするには、respond のフォルダで一度 `npm install -g .` (または `npm link`) を実行してください。それまでは、そのフォルダで `npx respond` が使えます。',
    exitCodes:
      '終了コード: 0 成功、1 失敗、64 使い方の誤り、65 チェックリスト・回答・記録の誤り (verify、import)、66 見つからない、74 ディスクやファイルのエラー、75 別の端末でケースを使用中、130 Ctrl-C で中断 (入力済みの内容は保存済み)、129/143 端末が閉じられたかシグナルで中断 (入力済みの内容は保存済み)。',
    commands: {
      list: '始められるチェックリストの一覧',
      show: 'チェックリストを記入前の形で表示する',
      validate: 'チェックリストのファイルを検査し、どこが誤りかを示す',
      schema: 'チェックリスト形式の JSON Schema を出力する (エディタ用)',
      new: 'ひな形のチェックリストを自分のフォルダに作る',
      start: '新しいケースを始める: チェックリストに沿って一つずつ進める',
      resume: '止めたところからケースを続ける',
      cases: 'ケースの一覧: 進み具合、未確認の質問、確認の予定',
      due: '今日が期限、または期限を過ぎた確認 (あれば終了コード 1: ログイン時や cron 用)',
      calendar: '確認の予定をリマインダーつきのカレンダーファイル (.ics) に。変更後は取り込み直す',
      log: 'ケースに記録したことを時刻順に表示する',
      report: 'カード会社・警察への提出用、または記録全体の報告書を作る',
      draft: 'ショップ・カード会社・配送会社に送る文面をケースの記録から作る',
      verify: 'ケースの記録が変更されていないか確かめる (記録のハッシュの連鎖と、添付したすべてのファイル)',
      export: '手元に残すバックアップ: 記録・証拠・ハッシュの一覧・報告書をひとつの zip に',
      import: 'export したケースを取り込む (書き込む前にすべて確かめます)',
      note: 'ケースに追加する: メモ、相手からの連絡、荷物、戻らないお金、請求の取り消し、後から得た答え、確認済みの予定',
      attach:
        'スクリーンショット、写真、PDF、メール (.eml) をケースに保存する。それぞれ SHA-256 を記録するので、変わっていないことを誰でも確かめられます',
      close: '未確認のことがなくなったケースを完了にする',
      contacts:
        'オフラインで保管する緊急連絡先カード: add 追加、list 一覧、remove 削除、print 印刷 (操作なしで表示)',
      completion: 'bash・zsh・fish の Tab 補完: コマンド、フラグ、ケースとチェックリストの ID',
      'contacts add': 'カードに番号を追加する: フラグで、1項目ずつ答えて、またはケースから',
      'contacts list': 'カードの連絡先を1件1行で一覧にする',
      'contacts remove': 'ID を指定してカードから連絡先を消す',
      'contacts print': '印刷・保管用のカード: テキスト、または A4 の HTML',
      helplines: 'お住まいの地域の相談窓口: 何を相談できるか、電話番号、受付時間、確認した日',
    },
    options: {
      format: '出力形式',
      from: 'このチェックリストの写しから始める',
      answers: '質問する代わりに YAML か JSON のファイルから答えを読む (端末不要)',
      caseName: 'ケースに付ける自分用の名前',
      showRegion: 'この国に住む人が進む内容だけを表示: jp、us、uk、other',
      region:
        'お住まいの国: jp、us、uk、other。案内する相談窓口・決まり・期限が決まります (省略時: RESPOND_REGION、なければ確認するか、システムから推定)',
      helplinesRegion:
        'お住まいの国: jp、us、uk、other、全部なら all (省略時: RESPOND_REGION、なければシステムから推定)',
      all: '完了したケースも含める',
      force: '未確認のことが残っていても完了にする',
      outputForce: '-o と一緒に: ファイルがすでにあれば置き換える',
      takeOver: '別のコンピューターの respond が開いたままのケースを引き継ぐ (先に確認します)',
      attachNote: 'ファイルについてのひとこと (何が写っているか)',
      step: 'メモを付ける手順 (キー)',
      party: 'この相手 (ID) との連絡を記録する',
      who: '答えた人、話した相手',
      channel: `${CHANNELS.join('、')} のどれか`,
      confirm: 'この確認への答えを記録する (手順キー.確認ID)',
      answer: '答え: yes、no、unknown',
      reference: '相手の受付番号・問い合わせ番号',
      resolve: 'この予定 (ID) を確認済みにする。本文に結果を書く',
      carrier: 'note shipment: 配送会社',
      tracking: 'note shipment: 追跡番号 (伝票番号)',
      status: 'note shipment: shipped、delivered、refused、returned、stopped のどれか',
      order: 'note shipment: どの注文の荷物か',
      amount: 'note loss: 通貨つきの金額 ("10000 JPY")',
      what: 'note loss: 何だったか (ギフト券、振込など)',
      when: 'note loss: 使われた・送られた日',
      charge: 'note charge: 一覧での番号か注文番号',
      reversed: 'note charge: yes (取り消し済み) か no',
      contactKind:
        '相手の種類: card-issuer (カード会社)、bank (銀行)、merchant (ショップ)、carrier (配送会社)、police (警察・相談窓口)、other',
      contactName: '探すときの名前 (例: "My Visa")',
      contactPhone: '電話番号',
      contactHours: '受付時間 (例: "24時間"、"平日 9-18時")',
      contactUrl: 'ヘルプ・お問い合わせページのアドレス',
      contactEmail: 'メールアドレス',
      contactNotes: '何をしてもらえるか (カード番号の全桁やパスワードは書かない)',
      contactWithoutLogin: 'ログインせずに番号を調べる方法 (例: "カードの裏面")',
      contactId: '自分で付ける短い ID (既定: 名前から作る)',
      contactFormat: '印刷の形式: text または html (A4 で紙に印刷する用)',
      contactOutput: '画面ではなくこのファイルに書き出す (本人だけが読める権限)',
      contactFromCase: 'このケースの緊急連絡先の手順で控えた番号を追加する',
      contactHelpline: '相談窓口の一覧から ID で追加する (respond helplines で ID を表示)',
      reportFor: '提出先: card-company (カード会社)、police (警察)、all (記録全体)',
      reportFormat:
        'text、md、html (A4 で印刷できる)、pdf (この PC の Chromium 系ブラウザで印刷。-o が必要)、json',
      reportOutput: '画面ではなくこのファイルに書き出す (本人だけが読める 0600)',
      quiet: '期限のものがなければ何も表示しない',
      reportOpen: 'HTML の報告書をブラウザで開く (開くプログラムがあれば)',
      reportName: 'カード会社向け報告書に載せるカード会員の氏名 (ケースに保存)',
      reportPhone: 'カード会社からの連絡を受ける電話番号 (ケースに保存)',
      draftTo: '送り先: merchant (ショップ)、card-company (カード会社)、carrier (配送会社)',
      draftLetter: '--to card-company と一緒に: 書面での届出 (不正利用の届出など)',
      draftRegion: '届出書の地域: jp、us、uk、other (既定: ケースの地域)',
      draftFormat:
        'text、eml (メールソフトで開けるファイル)、mailto (新しいメールを開くリンク。短いときだけ)、json',
      draftCarrier: '--to carrier で、荷物の配送会社が複数あるとき: どの会社あてか',
      exportOutput: '書き出す zip ファイル (本人だけが読める 0600)',
      exportAll: 'すべてのケースをひとつの zip に',
      encrypt: 'zip をパスフレーズで暗号化する (AES-256。2 回たずねます。端末がなければ RESPOND_PASSPHRASE)',
    },
    unexpected: (message) => `respond: 予期しないエラーが起きました: ${message}`,
  },
};
