// Opens a file with the system's opener (open on macOS, start on Windows, xdg-open
// elsewhere) when there is one. Never throws: a missing opener or browser is not a failure
// of the report, which is already written; the caller says where the file is instead.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(command: string, env: Readonly<Record<string, string | undefined>>): boolean {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

function systemOpener(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): { command: string; args: (file: string) => string[] } | undefined {
  if (platform === 'darwin') return onPath('open', env) ? { command: 'open', args: (f) => [f] } : undefined;
  if (platform === 'win32') return { command: 'cmd', args: (f) => ['/c', 'start', '""', f] };
  return onPath('xdg-open', env) ? { command: 'xdg-open', args: (f) => [f] } : undefined;
}

/** True when an opener was started. */
export function openFile(
  file: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
): boolean {
  const opener = systemOpener(platform, env);
  if (!opener) return false;
  try {
    const child = spawn(opener.command, opener.args(file), {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, ...env },
    });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
