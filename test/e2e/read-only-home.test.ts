// `respond new` where it cannot write: one line with the real cause and exit 74, like the
// other writers (it said "ENOENT", exit 1, on a read-only disk). The read-only mount needs
// root or CAP_SYS_ADMIN and is skipped elsewhere; a file where the folder should be is not.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, makeHome } from '../helpers/run-cli.js';
import { mountTmpfs } from '../helpers/tmpfs.js';

const { mountPoint, mounted } = mountTmpfs('respond-rohome-', 'ro,size=64k,mode=0700');

function respond(home: string, args: string[], lang = 'C') {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, RESPOND_HOME: home, LANG: lang, NO_COLOR: '1' },
    timeout: 15_000,
  });
}

describe('respond new where it cannot write', () => {
  // On CI (root) the mount must work: there a failed mount fails the test instead of skipping it.
  (mounted || process.env.CI === 'true' ? it : it.skip)(
    'on a read-only disk: 74, and it says the file system is read-only',
    () => {
      const home = join(mountPoint, 'home');
      const result = respond(home, ['new', 'mine']);
      expect(result.stderr).toBe(
        `respond: cannot write ${join(home, 'playbooks', 'mine.yaml')}: the file system is read-only\n`,
      );
      expect(result.status).toBe(74);
      const ja = respond(home, ['new', 'mine'], 'ja_JP.UTF-8');
      expect(ja.stderr).toContain('読み取り専用のファイルシステムです');
      expect(ja.status).toBe(74);
    },
  );

  it('with a file where the playbook folder should be: 74, and it says so', () => {
    const home = makeHome();
    writeFileSync(join(home, 'playbooks'), 'not a folder');
    const result = respond(home, ['new', 'mine']);
    expect(result.stderr).toBe(
      `respond: cannot write ${join(home, 'playbooks', 'mine.yaml')}: part of the path is not a folder\n`,
    );
    expect(result.status).toBe(74);
  });
});
