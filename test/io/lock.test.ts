import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, LockError, releaseLock } from '../../src/io/lock.js';
import { buildChild } from './helpers/child.js';

let child: string;
let dir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  child = await buildChild();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'respond-lock-'));
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

/** A separate node process that takes the lock and holds it until killed. */
async function holdInChild(): Promise<ChildProcess> {
  const c = spawn(process.execPath, [child, 'lock', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(c);
  await new Promise<void>((resolve, reject) => {
    c.stdout?.on('data', (d: Buffer) => { if (d.toString().includes('locked')) resolve(); });
    c.once('exit', (code) => reject(new Error(`lock child exited with ${code}`)));
  });
  return c;
}

const lockFile = () => join(dir, 'lock');

describe('acquireLock', () => {
  it('writes pid, hostname and start time into a 0600 file, and releases it', () => {
    const lock = acquireLock(dir);
    const owner = JSON.parse(readFileSync(lockFile(), 'utf8')) as Record<string, unknown>;
    expect(owner).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(owner.started).toMatch(/[+-]\d{2}:\d{2}$/);
    expect(statSync(lockFile()).mode & 0o777).toBe(0o600);
    releaseLock(lock);
    expect(existsSync(lockFile())).toBe(false);
    releaseLock(lock); // twice is harmless
  });

  it('refuses a second holder in the same process, naming the first', () => {
    const lock = acquireLock(dir);
    try {
      expect(() => acquireLock(dir)).toThrow(LockError);
      expect(() => acquireLock(dir)).toThrow(new RegExp(`process ${process.pid}`));
    } finally {
      releaseLock(lock);
    }
  });

  it('refuses while a live process holds it, then takes it over once that process is killed', async () => {
    const c = await holdInChild();
    let error: unknown;
    try {
      acquireLock(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockError);
    expect((error as LockError).owner?.pid).toBe(c.pid);
    expect((error as LockError).message).toContain(`process ${c.pid}`);

    const exited = new Promise((resolve) => c.once('exit', resolve));
    c.kill('SIGKILL'); // no chance to clean up: the lock file stays behind
    await exited;
    expect(existsSync(lockFile())).toBe(true);
    const lock = acquireLock(dir);
    expect(lock.owner.pid).toBe(process.pid);
    releaseLock(lock);
  });

  it('takes over a stale lock from a dead pid on this host', () => {
    writeFileSync(lockFile(), JSON.stringify({ pid: 999_999_999, hostname: hostname(), started: '2026-11-01T10:00:00.000+09:00' }));
    const lock = acquireLock(dir);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    releaseLock(lock);
  });

  it('never presumes a pid on another host dead', () => {
    writeFileSync(lockFile(), JSON.stringify({ pid: 999_999_999, hostname: 'laptop-elsewhere', started: 'x' }));
    expect(() => acquireLock(dir)).toThrow(/laptop-elsewhere/);
  });

  it('treats an empty lock as being created, until it is clearly abandoned', () => {
    writeFileSync(lockFile(), '');
    expect(() => acquireLock(dir)).toThrow(/right now/);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lockFile(), minuteAgo, minuteAgo);
    releaseLock(acquireLock(dir));
  });

  it('does not remove a lock that another process took over meanwhile', () => {
    const lock = acquireLock(dir);
    writeFileSync(lockFile(), JSON.stringify({ pid: 1, hostname: hostname(), started: 'later' }));
    releaseLock(lock);
    expect(existsSync(lockFile())).toBe(true);
  });

  it('is released when the process exits without releasing it', async () => {
    // argv[1] is a placeholder: under -e, the child's own arguments start at argv[1].
    const code = `import(${JSON.stringify(child)}).then(() => setTimeout(() => process.exit(0), 50))`;
    const c = spawn(process.execPath, ['-e', code, 'placeholder', 'lock', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(c);
    let out = '';
    c.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise((resolve) => c.once('exit', resolve));
    expect(out).toContain('locked');
    expect(existsSync(lockFile())).toBe(false);
  });
});
