// The JSON Schema's words in Japanese (`respond schema --lang ja`): each description of the
// zod schema (schema.ts) by its English text. A test fails when a description has none here,
// so a new field cannot ship with English only.
export const DESCRIPTIONS_JA: Readonly<Record<string, string>> = {
  'Where an editor finds this schema.': 'エディターがこのスキーマを見つける場所。',
  'The format version: 1.': '形式のバージョン: 1。',
  'Playbook id: lowercase letters, digits and dashes, e.g. "check-orders".':
    'プレイブックの ID: 英小文字・数字・ハイフン。例: "check-orders"。',
  'What this playbook is for.': 'このプレイブックが何のためのものか。',
  'When to use it, in a sentence or two.': 'どんなときに使うか。1〜2文で。',
  'The situations of the first question ("What happened?") this playbook answers, e.g. [order-mails].':
    '最初の質問 (「何がありましたか?」) のうち、このプレイブックが受け持つ状況。例: [order-mails]。',
  'Who is involved: merchant, card issuer, delivery company, police...':
    '関わる相手: ショップ、カード会社、配送会社、警察など。',
  'Party id: lowercase letters, digits and dashes, e.g. "check-orders".':
    '相手の ID: 英小文字・数字・ハイフン。例: "check-orders"。',
  'Who they are, e.g. "The shop (merchant)".': 'どんな相手か。例: 「ショップ (販売事業者)」。',
  'What this party can and cannot do for you.': 'この相手にできること、できないこと。',
  'How to reach them, including how to find the number without logging in.':
    '連絡のしかた。ログインせずに電話番号を調べる方法も。',
  'Step id: lowercase letters, digits and dashes, e.g. "check-orders".':
    '手順の ID: 英小文字・数字・ハイフン。例: "check-orders"。',
  'Run every step of another playbook here, e.g. "stop-shipment".':
    'ここで別のプレイブックの手順をすべて行う。例: "stop-shipment"。',
  'Text shown to the person: a string, or a map of languages such as {en: "...", ja: "..."}.':
    '本人に見せる文: 文字列、または {en: "...", ja: "..."} のような言語ごとの対応表。',
  'What to do, in a few words.': 'すること。短く。',
  'Why it matters.': 'なぜ大切か。',
  'How to do it; may span several lines.': 'やり方。複数行でもかまいません。',
  'Question id: lowercase letters, digits and dashes, e.g. "check-orders".':
    '質問の ID: 英小文字・数字・ハイフン。例: "check-orders"。',
  'The case fact this answer sets, shared by every playbook of the case, e.g. "shop.name", "card.last4", "orders". Once known it is shown, not asked again.':
    'この答えが決めるケースの事実。ケースのすべてのプレイブックで共有します。例: "shop.name"、"card.last4"、"orders"。一度わかれば、聞き直さずに表示します。',
  'The question as the person reads it.': '本人が読む質問の文。',
  'A line of help shown under the question.': '質問の下に出す一行の説明。',
  'Must be answered before the step can be marked done (default false).':
    '手順を完了にする前に答えが必要か (既定は false)。',
  'The answer that means the step went well ("Did you change the password?" expects yes): any other answer makes "done" no longer the default outcome.':
    '手順がうまくいったことを表す答え (「パスワードを変えましたか?」なら yes)。ほかの答えのときは「完了」を既定にしません。',
  'What kind of text: checked and shown accordingly (default plain).':
    'どんな文字列か。それに合わせて確かめ、表示します (既定は plain)。',
  'Option id: lowercase letters, digits and dashes, e.g. "check-orders".':
    '選択肢の ID: 英小文字・数字・ハイフン。例: "check-orders"。',
  'The choices, at least two.': '選択肢。2つ以上。',
  'An earlier date answer ("step-id.question-id") that a span counts from: "14 days" or "within 14 days of the letter" typed here is 14 days after that date.':
    '期間を数え始める、前に答えた日付 ("手順ID.質問ID")。ここで「14日」や「手紙から14日以内」と入力すると、その日付の14日後になります。',
  'Default ISO 4217 currency, e.g. JPY, USD, EUR.': '既定の通貨 (ISO 4217)。例: JPY、USD、EUR。',
  'The fields of one record, asked again for each "add another".':
    '1件分の項目。「もう1件追加」のたびに聞きます。',
  'What one record is called, e.g. "charge" or "order".': '1件の呼び名。例: 「請求」「注文」。',
  'Go through each record of this list fact (e.g. "orders") instead of adding new ones: its known fields are shown, the others asked, and the answers join that record.':
    '新しく追加する代わりに、この一覧の事実 (例: "orders") の1件ずつをたどります。わかっている項目は表示し、ほかを聞いて、答えはその1件に加わります。',
  '"one-line": the single field of each record is typed for all records at once, separated by spaces or commas (e.g. order numbers). Default "one-by-one".':
    '"one-line": 1項目だけの記録を、全件まとめて空白かカンマで区切って入力します (注文番号など)。既定は "one-by-one"。',
  'With for-each: a yes/no or choice field asked for the whole list at once: the answer for most records, then a tick for the ones that differ (asked one by one). For 8 orders, 3 prompts instead of 8.':
    'for-each と一緒に: はい/いいえか選択の項目を一覧全体にまとめて聞きます。ほとんどに当てはまる答えを聞き、違うものに印をつけてもらい、それだけを1件ずつ聞きます。注文8件なら、質問は8回ではなく3回です。',
  'An earlier answer that says how many records to expect (e.g. how many mails came): "add another?" defaults to yes until that many are given.':
    '何件あるはずかを示す、前の答え (例: 届いたメールの数)。その数になるまで「もう1件追加?」の既定を「はい」にします。',
  'Confirmation id: lowercase letters, digits and dashes, e.g. "check-orders".':
    '確認の ID: 英小文字・数字・ハイフン。例: "check-orders"。',
  "Who is asked: the id of one of the playbook's parties.": '誰に聞くか: このプレイブックの相手の ID。',
  'The exact question to put to the party, e.g. "Will you stop the shipment of this order?"':
    '相手にそのまま尋ねる質問。例: 「この注文の発送を止めていただけますか?」',
  'What this confirmation settles, shared across the playbooks of a case (e.g. "stop-shipment"): once the same party has given the good answer on this topic, it is shown as confirmed, not asked again.':
    'この確認で決まる話題。ケースのプレイブックで共有します (例: "stop-shipment")。同じ相手がこの話題でよい答えをくれたら、聞き直さずに確認済みと表示します。',
  'What the answer is: yesno (default), or a text, date, choice or money the party tells you (a deadline, who cancels the charge).':
    '答えの種類: yesno (既定)、または相手が教えてくれる文字列・日付・選択・金額 (期限、誰が請求を取り消すかなど)。',
  'The choices, for answer: choice.': 'answer: choice のときの選択肢。',
  'Which answer is good news, for a yes/no answer (default yes): "no" for "Do I have to pay while you investigate?". Any other answer stays open.':
    'はい/いいえのうち、よい知らせの答え (既定は yes)。「調査中も支払いが必要ですか?」なら "no"。ほかの答えは未解決のままです。',
  'When to ask again after "don\'t know", "they will look into it" or an answer that is not good news (default 3d).':
    '「わからない」「調べます」やよい知らせでない答えのあと、いつ聞き直すか (既定は 3d)。',
  'When the party gives the good answer: when and how to check they really did it.':
    '相手がよい答えをくれたとき: 本当にそうしたかを、いつ、どう確かめるか。',
  'What to check when the follow-up falls due.': '確認の日が来たら確かめること。',
  'How long after the start date it falls due.': '起点の日からどれだけ後に確認するか。',
  'A date answered earlier to count from (default: when the step was done).':
    '数え始める、前に答えた日付 (既定は手順を終えた時)。',
  "An explicit question to a party. Recorded with the answer (yes / no / don't know), who answered, when, the channel and a reference number.":
    '相手へのはっきりした質問。答え (はい / いいえ / わからない)、答えた人、日時、連絡方法、受付番号と一緒に記録します。',
  'A reminder set when this step is marked done or waiting.':
    'この手順を完了か待ちにしたときに設定する確認の予定。',
  'The protective action this step performs, e.g. "stop-card" or "change-mail-password". A step whose action another playbook of the same case already did is shown as done.':
    'この手順で行う被害を防ぐ対応。例: "stop-card"、"change-mail-password"。同じケースの別のプレイブックで済んでいれば、完了と表示します。',
  'Offer to attach a file when the step is reached in a terminal: "screenshot" when the step says to take one, "photo", "mail" (.eml) or "document" (a PDF). Enter skips; an answers file gives a path.':
    'ターミナルでこの手順に来たとき、ファイルをケースに保存するよう勧めます: 手順でスクリーンショットを撮るよう書いてあるなら "screenshot"、写真なら "photo"、メール (.eml) なら "mail"、書類 (PDF) なら "document"。Enter で省略できます。回答ファイルではパスを書きます。',
  'A respond playbook: the steps a person walks through, the questions and confirmations to record.':
    'respond のプレイブック: 本人がたどる手順と、記録する質問・確認。',
  'When to show this: a declarative test of earlier answers, never code.':
    'いつ表示するか: 前の答えについての宣言的な条件 (コードではありません)。',
  'An earlier answer, as "step-id.question-id".': '前の答え。"手順ID.質問ID" の形。',
  'True when the answer equals this value (or one of these values).':
    '答えがこの値 (またはこのうちのどれか) と同じときに真。',
  'True when the answer is given and differs from this value (and all of these values).':
    '答えがあり、この値 (またはこのどれとも) と違うときに真。',
  'True when the question was (or was not) answered.': '質問に答えがあった (またはなかった) ときに真。',
  'A confirmation, as "step-id.confirmation-id".': '確認。"手順ID.確認ID" の形。',
  'A case fact, e.g. "orders" or "card.last4".': 'ケースの事実。例: "orders"、"card.last4"。',
  'True when the case knows the fact (or does not): told in any playbook of the case.':
    'ケースがその事実を知っている (または知らない) ときに真。ケースのどのプレイブックで答えてもかまいません。',
  'Another field of the same record (only in the fields of a records question).':
    '同じ記録の別の項目 (records の質問の項目の中だけ)。',
  'True when that field of this record equals this value (or one of these).':
    'この記録のその項目が、この値 (またはこのうちのどれか) と同じときに真。',
  'True when that field of this record is given and differs from this value.':
    'この記録のその項目に答えがあり、この値と違うときに真。',
  'True when the case is of this region (or one of these): where the person lives, jp, us, uk or other.':
    'ケースの地域がこれ (またはこのうちのどれか) のときに真。本人の住む地域: jp、us、uk、other。',
  'True when every condition is true.': 'すべての条件が真のときに真。',
  'True when at least one condition is true.': '少なくとも1つの条件が真のときに真。',
  'True when no condition is true.': 'どの条件も真でないときに真。',
  'Helplines of the directory (respond helplines) shown at this step, by id, e.g. [jp-188, us-reportfraud]: each person sees those of the region they live in, with the number and hours as the directory has them.':
    'この手順で表示する相談窓口 (respond helplines の一覧) の ID。例: [jp-188, us-reportfraud]。それぞれの人には、住んでいる地域の窓口が、一覧どおりの番号と受付時間で表示されます。',
};
