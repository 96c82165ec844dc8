// Words that are wrong for some readers, found in every built-in's English: "passbook" (few
// outside Japan have one; the Japanese keeps 通帳) and the absolute "nobody at the card
// company needs your PIN", now said as the rule a person can keep: give them to no one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = resolve(import.meta.dirname, '../../checklists');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('the built-ins say what holds for every reader', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).not.toMatch(/passbook/i);
    expect(text).not.toMatch(/Nobody (at|from) the card company needs/);
    expect(text).not.toContain('カード会社が暗証番号やパスワードを聞くことはありません');
    if (text.includes('PIN or your passwords'))
      expect(text).toContain('Do not give your PIN or your passwords to anyone');
  });
});
