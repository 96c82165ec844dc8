import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderChecklist, type StyleRole } from '../../../src/core/playbook/render.js';
import { Playbook } from '../../../src/core/playbook/schema.js';

const load = (path: string) =>
  Playbook.parse(parse(readFileSync(resolve(import.meta.dirname, path), 'utf8')));
const example = load('../../../docs/examples/every-feature.yaml');
const stopShipment = load('render-fixtures/stop-shipment.yaml');
const library = new Map([
  [example.id, example],
  [stopShipment.id, stopShipment],
]);
const render = (format: 'text' | 'md', lang: 'en' | 'ja') =>
  renderChecklist(example, library, { format, lang });

describe('renderChecklist, text, English', () => {
  const out = render('text', 'en');

  it('opens with the title, a legend and the parties with their contact hints', () => {
    expect(out.split('\n')[0]).toBe('Suspicious order on my shopping account');
    expect(out).toContain('How to read this');
    expect(out).toMatch(/• the shop\n\s+What they can do: Can cancel the order/);
    expect(out).toContain('How to reach them: Find the phone number on the shop');
    expect(out.indexOf('Who is involved')).toBeLessThan(out.indexOf('1. □'));
  });

  it('numbers every step with a box, with why and the instructions line by line', () => {
    expect(out).toContain('1. □ Look at the order yourself');
    expect(out).toContain('Why: A mail can be fake.');
    expect(out).toMatch(
      /How:\n\s+1\. Type the shop's address yourself; do not use a link in the mail\.\n\s+2\. Open the order history/,
    );
  });

  it('shows each question with its type and what to tick', () => {
    expect(out).toContain('□ Is the order in your order history? (yes/no, required)  □ yes □ no');
    expect(out).toContain('□ What does the order say? (choose one)  □ Not shipped yet □ Shipped □ Delivered');
    expect(out).toContain('(every order on one line, spaces or commas between)');
    expect(out).toContain('(for each order listed: only what is missing)');
    expect(out).toContain('each with: Order number (reference number)');
    expect(out).toContain('Order date (date) · Amount (amount in JPY) · Has it been sent?');
    expect(out).toContain('Date of the statement with the charge (date)');
    expect(out).toContain('(last 4 digits of the card only)');
  });

  it('words every branch from the question it names, not from ids', () => {
    expect(out).toContain('Only if: "Is the order in your order history?" → yes');
    expect(out).toContain('Only if: "What does the order say?" → anything but "Delivered"');
    expect(out).toContain(
      'Only if: "What does the order say?" → "Shipped" or "Delivered", or the shop answered "Will you stop the shipment?" → no or don\'t know',
    );
    expect(out).toContain('"Tracking number" has been answered');
    expect(out).not.toMatch(/check-order\.|call-shop\./);
  });

  it('shows each confirmation with the party, the answer boxes and what to note', () => {
    expect(out).toContain(
      "Ask the shop: Will you stop the shipment?  □ yes □ no □ don't know · who · when · channel · ref no.",
    );
    expect(out).toContain("Ask your card company: Will you reverse this charge?  □ yes □ no □ don't know");
  });

  it('shows follow-ups with their delay, counted from an earlier date when given', () => {
    expect(out).toContain(
      'If yes, follow-up: check after 1 day: Does the tracking page say the shipment was stopped?',
    );
    expect(out).toContain(
      'Follow-up: check 60 days after "Date of the statement with the charge": Is the charge gone from the statement?',
    );
  });

  it('nests the included playbook as a section, its steps numbered and indented under it', () => {
    expect(out).toContain('3. Stop the parcel yourself  (steps of the checklist "stop-shipment")');
    expect(out).toContain('\n  3.1. □ Find the tracking number');
    expect(out).toContain('\n  3.2. □ Refuse the delivery');
    expect(out).toContain('Ask the delivery company: Will you return the parcel to the sender?');
    expect(out).toContain('• the delivery company');
  });

  it('colors only through the function it is given', () => {
    const seen = new Set<StyleRole>();
    const colored = renderChecklist(example, library, {
      format: 'text',
      lang: 'en',
      colors: (role, text) => (seen.add(role), `<${role}>${text}</${role}>`),
    });
    expect(colored).toContain('<title>Suspicious order on my shopping account</title>');
    expect(colored).toContain('<branch>Only if:');
    expect([...seen].sort()).toEqual(['branch', 'heading', 'label', 'muted', 'title']);
    expect(out).not.toContain('\u001b');
  });
});

describe('renderChecklist, Japanese', () => {
  const text = render('text', 'ja');
  const md = render('md', 'ja');

  it('uses the Japanese text of the playbook and of the checklist', () => {
    expect(text.split('\n')[0]).toBe('身に覚えのない注文 (通販アカウント)');
    expect(text).toContain('1. □ 注文を自分で確かめる');
    expect(text).toContain('なぜ: メールは偽物のことがあります。');
    expect(text).toContain('□ 注文の状態は? (一つ選ぶ)  □ 未発送 □ 発送済み □ 配達済み');
    expect(text).not.toMatch(/Only if|Ask |yes\/no/);
  });

  it('words branches and confirmations in Japanese', () => {
    expect(text).toContain('条件: 「注文履歴にその注文はありますか?」 → はい');
    expect(text).toContain('条件: 「注文の状態は?」 → 「配達済み」以外');
    expect(text).toContain(
      'お店 に確認: 発送を止めてもらえますか?  □ はい □ いいえ □ わからない · 相手の名前 · 日時 · 連絡手段 · 受付番号',
    );
    expect(text).toContain('「その請求が載った明細の日付」から60日後: 明細から請求が消えたか確かめる');
  });

  it('prints the same in Markdown', () => {
    expect(md).toMatch(/^# 身に覚えのない注文/);
    expect(md).toContain('### 3.1. 追跡番号を調べる');
    expect(md).toContain('- [ ] **お店 に確認:** 発送を止めてもらえますか?');
  });
});

describe('renderChecklist, Markdown, English', () => {
  const out = render('md', 'en');

  it('is printable Markdown: headings per step, - [ ] boxes, included steps one level down', () => {
    expect(out).toMatch(/^# Suspicious order on my shopping account\n/);
    expect(out).toContain('## Who is involved');
    expect(out).toContain('## 1. Look at the order yourself');
    expect(out).toContain('- [ ] Is the order in your order history? *(yes/no, required)*  □ yes □ no');
    expect(out).toContain('## 3. Stop the parcel yourself');
    expect(out).toContain('### 3.2. Refuse the delivery');
    expect(out).toContain('> **Only if:** "What does the order say?" → "Shipped" or "Delivered"');
  });

  it('leaves blanks to fill in beside each confirmation', () => {
    expect(out).toContain(
      "- [ ] **Ask the shop:** Will you cancel this order?  □ yes □ no □ don't know · who: ________ · when: ________ · channel: ________ · ref no.: ________",
    );
    expect(out).toContain('  - [ ] If yes, follow-up: check after 1 day:');
  });

  it('keeps the numbered instructions as a list', () => {
    expect(out).toMatch(
      /\*\*How:\*\*\n\n1\. Type the shop's address yourself; do not use a link in the mail\.\n2\. /,
    );
  });
});

describe('renderChecklist, untrusted text', () => {
  const hostile: Playbook = {
    id: 'hostile',
    title: 'Evil\u001b]0;pwned\u0007 title\u001b[2J',
    steps: [{ id: 'a', title: '<script>alert(1)</script> [link](http://x) *bold*', why: 'line\u0007bell' }],
  };

  it('removes escape sequences and control characters', () => {
    const out = renderChecklist(hostile, new Map(), { format: 'text', lang: 'en' });
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out.split('\n')[0]).toBe('Evil title');
  });

  it('does not let playbook text become Markdown or HTML', () => {
    const out = renderChecklist(hostile, new Map(), { format: 'md', lang: 'en' });
    expect(out).toContain('\\<script\\>alert(1)\\</script\\> \\[link\\](http://x) \\*bold\\*');
  });

  it('still shows an include that is not in the library', () => {
    const broken: Playbook = { id: 'b', title: 'B', steps: [{ id: 'inc', include: 'nowhere' }] };
    expect(renderChecklist(broken, new Map(), { format: 'text', lang: 'en' })).toContain(
      'the checklist "nowhere" is not available',
    );
  });
});

describe('renderChecklist, wrapped to a width', () => {
  const widthOf = (line: string) =>
    [...line].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);

  it.each(['en', 'ja'] as const)(
    'keeps every line within the width (%s), continuation lines indented',
    (lang) => {
      const out = renderChecklist(example, library, { format: 'text', lang, width: 60 });
      const long = out.split('\n').filter((line) => widthOf(line) > 60);
      expect(long).toEqual([]);
      for (const line of out.split('\n').slice(1))
        if (line !== '' && !line.startsWith(' ')) expect(line).toMatch(/^(\d+\. |How|Who|読み方|関係|[^\s])/);
    },
  );

  it('moves answer boxes to the next line whole rather than splitting them', () => {
    const out = renderChecklist(example, library, { format: 'text', lang: 'en', width: 72 });
    expect(out).toMatch(/\n\s+□ yes □ no □ don't know · who · when · channel · ref no\.\n/);
    expect(out).toMatch(
      /\n {5}□ Is the order in your order history\? \(yes\/no, required\)\n {7}□ yes □ no\n/,
    );
  });
});
