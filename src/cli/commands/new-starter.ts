// The commented starter playbook `respond new` writes, in the person's language. It must
// pass `respond validate` as written: test/cli/commands/new.test.ts checks that.
import type { Lang, Messages } from '../../core/i18n.js';

const starters: Messages<(id: string, schemaRef: string) => string> = {
  en: (id, schemaRef) => `# yaml-language-server: $schema=${schemaRef}
#
# A respond playbook: the steps to take, the questions to note down, and the exact
# questions to put to each party. Check it with \`respond validate\`, see it with
# \`respond show ${id}\`. Your editor shows what each field means (the modeline above);
# the full reference is docs/playbook-format.md in respond's source.
# Any text can be one language, or several: title: {en: "...", ja: "..."}
version: 1
id: ${id}
title: What this playbook is for
summary: When to use it, in a sentence or two.

# Who is involved. A confirmation names one of these by its id.
parties:
  - id: merchant
    name: The shop (merchant)
    role: What they can and cannot do for you.
    contact: How to reach them without signing in (phone number, hours).

steps:
  - id: check-facts
    title: Check the facts yourself
    why: A mail can be fake. Look at the account directly.
    instructions: |
      1. Type the site's address yourself; never follow a link in a mail.
      2. Look at the order history, including hidden or archived orders.
    questions:
      # Question types: yesno, text, choice, date, money, records.
      - id: confirmed
        type: yesno
        prompt: Is there something you did not do?
        required: true

  - id: ask-merchant
    title: Ask the shop to act
    # Shown only when the answer above is yes. Conditions: is, not, answered,
    # confirmation, and all / any / none to combine them.
    when: { answer: check-facts.confirmed, is: true }
    confirmations:
      - id: will-act
        party: merchant
        ask: Will you cancel this, and by when?
        # When they say yes: check that they really did it.
        follow-up:
          after: 1d
          check: Is it really cancelled?

  # Reuse another playbook's steps here, e.g.:
  # - id: stop-parcel
  #   include: stop-shipment
`,
  ja: (id, schemaRef) => `# yaml-language-server: $schema=${schemaRef}
#
# respond のチェックリスト: やること、書き留めること、相手ごとに確認する質問を書きます。
# \`respond validate\` で検査、\`respond show ${id}\` で表示できます。
# 各項目の意味はエディタに表示されます (上の行の設定)。詳しくは respond のソースの
# docs/playbook-format.md にあります。
# 文は一つの言語でも、複数でも書けます: title: {en: "...", ja: "..."}
version: 1
id: ${id}
title: このチェックリストの目的
summary: どんなときに使うかを一、二文で。

# 関係する相手。確認 (confirmations) は相手を id で指します。
parties:
  - id: merchant
    name: ショップ (販売事業者)
    role: ショップにできること、できないこと。
    contact: ログインせずに連絡する方法 (電話番号、受付時間)。

steps:
  - id: check-facts
    title: 自分で事実を確かめる
    why: メールは偽物のことがあります。アカウントを直接見ます。
    instructions: |
      1. メールのリンクではなく、サイトのアドレスを自分で入力します。
      2. 非表示・アーカイブ済みも含めて注文履歴を見ます。
    questions:
      # 質問の種類: yesno, text, choice, date, money, records
      - id: confirmed
        type: yesno
        prompt: 自分がしていないことがありますか?
        required: true

  - id: ask-merchant
    title: ショップに対応を頼む
    # 上の答えが「はい」のときだけ表示します。条件: is, not, answered,
    # confirmation と、組み合わせの all / any / none。
    when: { answer: check-facts.confirmed, is: true }
    confirmations:
      - id: will-act
        party: merchant
        ask: これを取り消していただけますか?いつまでに対応していただけますか?
        # 「はい」と言われたら、本当にそうなったかを確かめます。
        follow-up:
          after: 1d
          check: 本当に取り消されたか確かめる

  # ほかのチェックリストの手順をここに入れるには:
  # - id: stop-parcel
  #   include: stop-shipment
`,
};

export function renderStarter(id: string, schemaRef: string, lang: Lang): string {
  return starters[lang](id, schemaRef);
}

const MODELINE = /^# yaml-language-server: \$schema=.*$/m;

/**
 * A copy of another playbook's YAML with its id replaced and the modeline pointing at our
 * schema; comments and layout kept. Returns undefined when the id line is not a plain
 * top-level `id:` (the caller then rewrites through the YAML library).
 */
export function rewriteCopy(source: string, id: string, schemaRef: string): string | undefined {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const idLine = /^id:[ \t]*[^\n]*$/m;
  if (!idLine.test(text)) return undefined;
  const replaced = text.replace(idLine, () => `id: ${id}`);
  const modeline = `# yaml-language-server: $schema=${schemaRef}`;
  return MODELINE.test(replaced) ? replaced.replace(MODELINE, () => modeline) : `${modeline}\n${replaced}`;
}
