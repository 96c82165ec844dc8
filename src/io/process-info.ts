// What Linux says about a process, for telling a lock's holder from a process that only
// got the same pid later: its start time after boot and whether it is a zombie
// (/proc/<pid>/stat), and which boot this is (/proc/sys/kernel/random/boot_id). Where /proc
// is absent (macOS, BSD), everything is undefined and the lock falls back to "pid alive".
import { readFileSync } from 'node:fs';

export interface ProcessIdentity {
  /** Start time in clock ticks after boot, as a decimal string. */
  readonly start: string | undefined;
  readonly bootId: string | undefined;
  /** Dead but not yet reaped by its parent. */
  readonly zombie: boolean;
}

/** Parses /proc/<pid>/stat: the command name is in parentheses and may hold spaces or ')'. */
function parseProcStat(text: string): { state: string; start: string } | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const fields = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // After the name: state is field 3 of the file, starttime field 22.
  const state = fields[0];
  const start = fields[19];
  if (state === undefined || start === undefined || !/^\d+$/.test(start)) return undefined;
  return { state, start };
}

let bootId: string | null | undefined;
function currentBootId(): string | undefined {
  if (bootId === undefined) {
    try {
      bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
    } catch {
      bootId = null;
    }
  }
  return bootId ?? undefined;
}

/** How `pid` looks now, or undefined when /proc cannot tell (absent, or the pid is gone). */
export function readProcess(pid: number): ProcessIdentity | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const stat = parseProcStat(text);
  if (stat === undefined) return undefined;
  return { start: stat.start, bootId: currentBootId(), zombie: stat.state === 'Z' || stat.state === 'X' };
}

/** This process, for its lock file. */
export function processIdentity(): ProcessIdentity | undefined {
  const self = readProcess(process.pid);
  return (
    self ??
    (currentBootId() === undefined ? undefined : { start: undefined, bootId: currentBootId(), zombie: false })
  );
}
