// Which browser `report --format pdf` prints with, and how: table tests of the search
// (RESPOND_BROWSER, PATH, the usual places on Linux, macOS and Windows) and of the flags
// (headless, offline, a throwaway profile, no browser header or footer).
import { describe, expect, it } from 'vitest';
import { browserArgs, findBrowser } from '../../src/io/print-pdf.js';

const only =
  (...present: string[]) =>
  (file: string) =>
    present.includes(file);

describe('findBrowser', () => {
  it.each([
    [
      'chromium on PATH',
      { PATH: '/usr/local/bin:/usr/bin' },
      'linux',
      ['/usr/bin/chromium'],
      '/usr/bin/chromium',
    ],
    [
      'google-chrome before the usual places',
      { PATH: '/opt/bin' },
      'linux',
      ['/opt/bin/google-chrome', '/usr/bin/chromium'],
      '/opt/bin/google-chrome',
    ],
    ['a snap chromium off PATH', { PATH: '' }, 'linux', ['/snap/bin/chromium'], '/snap/bin/chromium'],
    [
      'RESPOND_BROWSER by path wins',
      { PATH: '/usr/bin', RESPOND_BROWSER: '/home/me/brave' },
      'linux',
      ['/usr/bin/chromium', '/home/me/brave'],
      '/home/me/brave',
    ],
    [
      'RESPOND_BROWSER by name, on PATH',
      { PATH: '/usr/bin', RESPOND_BROWSER: 'brave' },
      'linux',
      ['/usr/bin/brave'],
      '/usr/bin/brave',
    ],
    [
      'Chrome in /Applications on macOS',
      { PATH: '/usr/bin' },
      'darwin',
      ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    [
      'Edge in Program Files on Windows',
      { PATH: '', PROGRAMFILES: 'C:\\Program Files' },
      'win32',
      ['C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe'],
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    ],
  ] as const)('%s', (_name, env, platform, present, expected) => {
    expect(findBrowser(env, platform, only(...present))).toBe(expected);
  });

  it.each([
    ['none anywhere', { PATH: '/usr/bin' }, []],
    // A browser named on purpose that is not there is not replaced by another one.
    ['RESPOND_BROWSER missing', { PATH: '/usr/bin', RESPOND_BROWSER: '/nope/chrome' }, ['/usr/bin/chromium']],
  ] as const)('undefined when %s', (_name, env, present) => {
    expect(findBrowser(env, 'linux', only(...present))).toBeUndefined();
  });
});

describe('browserArgs', () => {
  it('prints headless, offline, into a fresh profile, without the browser header and footer', () => {
    const args = browserArgs('/tmp/p/profile', '/tmp/p/out.pdf', 'file:///tmp/p/report.html', false);
    for (const flag of [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-pdf-header-footer',
      '--user-data-dir=/tmp/p/profile',
      '--print-to-pdf=/tmp/p/out.pdf',
    ])
      expect(args).toContain(flag);
    expect(args).not.toContain('--no-sandbox');
    expect(args.at(-1)).toBe('file:///tmp/p/report.html');
  });

  it('leaves the sandbox only as root, where Chromium cannot start it', () => {
    expect(browserArgs('p', 'o.pdf', 'file:///r.html', true)).toContain('--no-sandbox');
  });
});
