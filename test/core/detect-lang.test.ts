// The language a person's system names, the way gettext reads it.
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/core/i18n.js';

describe('detectLang', () => {
  it.each([
    [{ LANG: 'ja_JP.UTF-8' }, undefined, 'ja'],
    [{ LANG: 'en_US.UTF-8' }, 'ja-JP', 'en'],
    // LANGUAGE comes first, as in gettext: its first language we speak wins.
    [{ LANGUAGE: 'fr:ja', LANG: 'en_US.UTF-8' }, undefined, 'ja'],
    [{ LANGUAGE: 'ja', LC_ALL: 'en_US.UTF-8' }, undefined, 'ja'],
    // ... unless the locale is C, which turns translations off.
    [{ LANGUAGE: 'ja', LANG: 'C' }, undefined, 'en'],
    [{ LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }, undefined, 'ja'],
    // Nothing in the environment (Windows, a macOS app): the system's own locale.
    [{}, 'ja-JP', 'ja'],
    [{}, 'en-GB', 'en'],
    [{}, 'de-DE', 'en'],
  ])('%o, system %s → %s', (env, system, expected) => {
    expect(detectLang(env, system)).toBe(expected);
  });
});
