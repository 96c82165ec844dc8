// `report --format pdf`: the HTML report printed by a Chromium-family browser already on
// the system (chromium, Chrome, Edge, Brave; RESPOND_BROWSER names another), headless and
// offline: no network, no first-run, no sync, a fresh profile in a private temporary folder
// removed afterwards, and no browser header or footer (the report prints its own). The
// page itself has no script and no external resource, so nothing is fetched either way.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Env = Readonly<Record<string, string | undefined>>;

/** The browser's names on PATH, most likely first. */
const NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
  'msedge',
  'brave-browser',
  'brave',
];

/** Where the browsers install themselves when they are not on PATH. */
function knownPaths(platform: NodeJS.Platform, env: Env): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome', 'Chromium', 'Microsoft Edge', 'Brave Browser'];
    return apps.flatMap((app) => {
      const exe = `${app}.app/Contents/MacOS/${app}`;
      return [`/Applications/${exe}`, ...(env.HOME ? [join(env.HOME, 'Applications', exe)] : [])];
    });
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (r): r is string => r !== undefined && r !== '',
    );
    const exes = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
      'BraveSoftware\\Brave-Browser\\Application\\brave.exe',
      'Chromium\\Application\\chrome.exe',
    ];
    return roots.flatMap((root) => exes.map((exe) => `${root}\\${exe}`));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
    '/usr/bin/brave-browser',
    '/opt/brave.com/brave/brave',
  ];
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to print with: RESPOND_BROWSER when set (a path, or a name on PATH), else the
 * first Chromium-family browser on PATH or in its usual place. Undefined when there is none.
 */
export function findBrowser(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  executable: (file: string) => boolean = isExecutable,
): string | undefined {
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  const exe = platform === 'win32' ? '.exe' : '';
  const onPath = (name: string) =>
    dirs.map((dir) => join(dir, name + (name.endsWith(exe) ? '' : exe))).find(executable);
  const named = env.RESPOND_BROWSER?.trim();
  if (named !== undefined && named !== '')
    return /[\\/]/.test(named) ? (executable(named) ? named : undefined) : onPath(named);
  for (const name of NAMES) {
    const found = onPath(name);
    if (found !== undefined) return found;
  }
  return knownPaths(platform, env).find(executable);
}

/** The flags: headless, offline, a throwaway profile, the page printed without the browser's header and footer. */
export function browserArgs(profile: string, pdf: string, page: string, root: boolean): string[] {
  return [
    '--headless',
    // Chromium refuses to start its sandbox as root (a container, CI); only then without it.
    ...(root ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--metrics-recording-only',
    '--safebrowsing-disable-auto-update',
    '--proxy-server=127.0.0.1:9',
    '--proxy-bypass-list=<-loopback>',
    `--user-data-dir=${profile}`,
    `--print-to-pdf=${pdf}`,
    '--no-pdf-header-footer',
    page,
  ];
}

/** The browser ran but wrote no PDF: its last words, for the one line the person reads. */
export class PrintFailed extends Error {
  constructor(readonly detail: string) {
    super(`the browser wrote no PDF${detail !== '' ? `: ${detail}` : ''}`);
    this.name = 'PrintFailed';
  }
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** Prints `html` to PDF with `browser`; the temporary folder (page, profile, PDF) is removed whatever happens. */
export async function printPdf(browser: string, html: string, timeoutMs = 120_000): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'respond-pdf-'));
  try {
    const page = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    writeFileSync(page, html, { mode: 0o600 });
    const stderr = await run(
      browser,
      browserArgs(join(dir, 'profile'), pdf, pathToFileURL(page).href, isRoot()),
      timeoutMs,
    );
    let bytes: Buffer;
    try {
      bytes = readFileSync(pdf);
    } catch {
      throw new PrintFailed(lastLine(stderr));
    }
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new PrintFailed(lastLine(stderr));
    return bytes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .at(-1) ?? ''
  ).slice(0, 200);
}

function run(command: string, args: readonly string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 64_000) stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new PrintFailed(error.message));
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve(stderr);
    });
  });
}
