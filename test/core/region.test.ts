// The region a case starts with when --region is not given: the setting, else the system's
// time zone and locale; asked when they disagree or say nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guessRegion, isRegion, systemHints } from '../../src/core/region.js';

const guess = (env: Record<string, string>, timeZone?: string, locale?: string) =>
  guessRegion({ env, timeZone, locale });

describe('guessRegion', () => {
  it.each([
    [{ LANG: 'ja_JP.UTF-8' }, 'Asia/Tokyo', undefined, { region: 'jp', sure: true }],
    // An English speaker in Japan gets Japan.
    [{ LANG: 'en_US.UTF-8' }, 'Asia/Tokyo', undefined, { region: 'jp', sure: false }],
    [{ LANG: 'C.UTF-8' }, 'Asia/Tokyo', undefined, { region: 'jp', sure: true }],
    [{ LANG: 'en_US.UTF-8' }, 'America/Chicago', undefined, { region: 'us', sure: true }],
    [{}, 'America/Indiana/Indianapolis', 'en-US', { region: 'us', sure: true }],
    [{ LANG: 'en_GB.UTF-8' }, 'Europe/London', undefined, { region: 'uk', sure: true }],
    // A Japanese Windows machine: nothing in LANG, the system's locale says ja-JP.
    [{}, 'UTC', 'ja-JP', { region: 'jp', sure: false }],
    [{ LANG: 'en_US.UTF-8' }, 'UTC', undefined, { region: 'us', sure: false }],
    [{ LANG: 'fr_FR.UTF-8' }, 'Europe/Paris', undefined, { region: 'other', sure: true }],
    [{}, 'UTC', undefined, { region: 'other', sure: false }],
    // The setting wins over everything.
    [{ RESPOND_REGION: 'UK', LANG: 'ja_JP.UTF-8' }, 'Asia/Tokyo', undefined, { region: 'uk', sure: true }],
  ])('%o in %s (%s) → %o', (env, zone, locale, expected) => {
    expect(guess(env, zone, locale)).toEqual(expected);
  });

  it('ignores a setting that is not a region', () => {
    expect(guess({ RESPOND_REGION: 'mars' }, 'Asia/Tokyo').region).toBe('jp');
    expect(isRegion('mars')).toBe(false);
  });
});

describe('systemHints', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('asks the system for its time zone only when the setting does not say the region', () => {
    const format = vi.spyOn(Intl, 'DateTimeFormat');
    expect(guessRegion(systemHints({ RESPOND_REGION: 'uk' }))).toEqual({ region: 'uk', sure: true });
    expect(format).not.toHaveBeenCalled();
    const hints = systemHints({});
    expect(typeof hints.timeZone).toBe('string');
    expect(hints.locale).toBe(Intl.DateTimeFormat().resolvedOptions().locale);
    // Asked once, then remembered (the call just above is the test's own).
    expect(format).toHaveBeenCalledTimes(2);
  });
});
