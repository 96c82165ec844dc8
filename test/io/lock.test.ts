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
    c.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('locked')) resolve();
    });
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
    writeFileSync(
      lockFile(),
      JSON.stringify({ pid: 999_999_999, hostname: hostname(), started: '2026-11-01T10:00:00.000+09:00' }),
    );
    const lock = acquireLock(dir);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    releaseLock(lock);
  });

  it('never presumes a pid on another host dead', () => {
    // A plausible pid: one no host could have (999999999) is nonsense, hence stale.
    writeFileSync(lockFile(), JSON.stringify({ pid: 31_337, hostname: 'laptop-elsewhere', started: 'x' }));
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
    const c = spawn(process.execPath, ['-e', code, 'placeholder', 'lock', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(c);
    let out = '';
    c.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise((resolve) => c.once('exit', resolve));
    expect(out).toContain('locked');
    expect(existsSync(lockFile())).toBe(false);
  });
});

describe('acquireLock: holders that are gone, and holders elsewhere (item 15)', () => {
  const ownerAt = (extra: Record<string, unknown>) =>
    JSON.stringify({ hostname: hostname(), started: '2026-11-01T10:00:00.000+09:00', ...extra });

  /** A live process that is not respond: a shell sleeping. */
  function liveStranger(): ChildProcess {
    const c = spawn('sleep', ['30'], { stdio: 'ignore' });
    children.push(c);
    return c;
  }

  it('records the start time and the boot id of the holder', () => {
    const lock = acquireLock(dir);
    const owner = JSON.parse(readFileSync(lockFile(), 'utf8')) as Record<string, unknown>;
    releaseLock(lock);
    if (!existsSync('/proc/self/stat')) return; // nothing to record without /proc
    expect(owner.procStart).toMatch(/^\d+$/);
    expect(owner.bootId).toBe(readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim());
  });

  it.skipIf(!existsSync('/proc/self/stat'))(
    'takes over from a reused pid (a live process that started at another time), not from the real holder',
    () => {
      const stranger = liveStranger();
      const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
      const real = readFileSync(`/proc/${stranger.pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[19];
      writeFileSync(lockFile(), ownerAt({ pid: stranger.pid, procStart: real, bootId }));
      expect(() => acquireLock(dir)).toThrow(LockError);
      writeFileSync(lockFile(), ownerAt({ pid: stranger.pid, procStart: '1', bootId }));
      releaseLock(acquireLock(dir));
      writeFileSync(lockFile(), ownerAt({ pid: stranger.pid, procStart: real, bootId: 'another-boot' }));
      releaseLock(acquireLock(dir));
      // An old lock without a start time: a live pid is still presumed the holder.
      writeFileSync(lockFile(), ownerAt({ pid: stranger.pid }));
      expect(() => acquireLock(dir)).toThrow(LockError);
    },
  );

  it.skipIf(!existsSync('/proc/self/stat'))(
    'takes over from a holder that died and is a zombie nobody reaped',
    async () => {
      // The holder's parent is `sleep`, which never reaps it: once killed it stays a zombie.
      const shell = spawn('sh', ['-c', `"${process.execPath}" "${child}" lock "${dir}" & exec sleep 30`], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      children.push(shell);
      await new Promise<void>((resolve) =>
        shell.stdout?.on('data', (d: Buffer) => {
          if (d.toString().includes('locked')) resolve();
        }),
      );
      const holder = (JSON.parse(readFileSync(lockFile(), 'utf8')) as { pid: number }).pid;
      process.kill(holder, 'SIGKILL');
      for (let i = 0; i < 100 && !/\) Z /.test(readFileSync(`/proc/${holder}/stat`, 'utf8')); i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(readFileSync(`/proc/${holder}/stat`, 'utf8')).toMatch(/\) Z /);
      const lock = acquireLock(dir);
      expect(lock.owner.pid).toBe(process.pid);
      releaseLock(lock);
    },
  );

  for (const pid of [-1, 0, 2.5, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
    it(`treats the nonsense pid ${pid} as stale, on this host or another`, () => {
      writeFileSync(lockFile(), ownerAt({ pid }));
      releaseLock(acquireLock(dir));
      writeFileSync(lockFile(), ownerAt({ pid, hostname: 'laptop-elsewhere' }));
      releaseLock(acquireLock(dir));
    });
  }

  it('names a holder on another host as elsewhere, and takes it over only when told to, from exactly that holder', () => {
    const stranger = { pid: 4242, hostname: 'laptop-elsewhere', started: '2026-11-01T10:00:00.000+09:00' };
    writeFileSync(lockFile(), JSON.stringify(stranger));
    let error: unknown;
    try {
      acquireLock(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'LockError', elsewhere: true });
    expect(() => acquireLock(dir, { takeOver: { ...stranger, pid: 4243 } })).toThrow(LockError);
    const lock = acquireLock(dir, { takeOver: stranger });
    expect(lock.owner.pid).toBe(process.pid);
    releaseLock(lock);
  });

  it('waits a moment for a holder that is about to finish, instead of failing', async () => {
    const c = spawn(process.execPath, [child, 'lock-for', dir, '400'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(c);
    await new Promise<void>((resolve) =>
      c.stdout?.on('data', (d: Buffer) => {
        if (d.toString().includes('locked')) resolve();
      }),
    );
    expect(() => acquireLock(dir)).toThrow(LockError);
    const lock = acquireLock(dir, { waitMs: 10_000 });
    expect(lock.owner.pid).toBe(process.pid);
    releaseLock(lock);
  });

  it('of many processes taking over one stale lock at once, exactly one gets it', async () => {
    for (let round = 0; round < 3; round++) {
      writeFileSync(lockFile(), ownerAt({ pid: 2 ** 40 }));
      const runs = Array.from({ length: 8 }, () => {
        const c = spawn(process.execPath, [child, 'try-lock', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
        children.push(c);
        let out = '';
        c.stdout?.on('data', (d: Buffer) => (out += d.toString()));
        return new Promise<string>((resolve) => c.once('exit', () => resolve(out.trim())));
      });
      const results = await Promise.all(runs);
      expect(results.filter((r) => r === 'locked')).toHaveLength(1);
    }
  }, 30_000);
});
