// The binary on a really full disk (a tiny tmpfs; needs root or CAP_SYS_ADMIN, skipped
// elsewhere): one clear line, exit 74, and nothing half-written left behind.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { suiteNeeding } from '../helpers/needs.js';
import { mountTmpfs, NO_TMPFS } from '../helpers/tmpfs.js';
import { BIN } from '../helpers/run-cli.js';

const { mountPoint, mounted } = mountTmpfs('respond-fullcli-', 'size=96k,mode=0700');

function respond(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: mountPoint,
      RESPOND_HOME: mountPoint,
      LANG: 'C',
      NO_COLOR: '1',
    },
    timeout: 15_000,
  });
}

suiteNeeding(mounted ? '' : NO_TMPFS)('respond on a full disk', () => {
  it('start says the disk is full (74), and leaves no half-made case', () => {
    // The fraud-order playbook as run (with its includes) is larger than the whole disk.
    writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(64 * 1024));
    const result = respond([
      'start',
      'fraud-order',
      '--answers',
      resolve(import.meta.dirname, 'fixtures/fraud-order.answers.yaml'),
    ]);
    expect(result.stderr).toContain('the disk is full');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(74);
    expect(readdirSync(join(mountPoint, 'cases'))).toEqual([]);
    const cases = respond(['cases', '--json']);
    expect(cases.status).toBe(0);
    expect(JSON.parse(cases.stdout)).toEqual([]);
  });

  it('a note that no longer fits says so (74) and leaves the journal valid and whole', () => {
    rmSync(join(mountPoint, 'filler'), { force: true });
    const template = respond(['show', 'emergency-contact', '--format', 'answers']);
    const answers = join(mkdtempSync(join(tmpdir(), 'respond-answers-')), 'answers.yaml');
    writeFileSync(answers, template.stdout);
    const started = respond(['start', 'emergency-contact', '--answers', answers]);
    expect(started.status).toBe(0);
    const id = /Case (\S+) recorded/.exec(started.stdout)?.[1] ?? '';
    const journal = join(mountPoint, 'cases', id, 'journal.jsonl');
    const before = readFileSync(journal, 'utf8');
    // Fill what is left of the disk, then ask for one more note.
    const free = Number(
      execFileSync('df', ['--output=avail', '-B1', mountPoint], { encoding: 'utf8' }).split('\n')[1],
    );
    try {
      writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(Math.max(0, free - 512)));
    } catch {
      // As full as it gets.
    }
    const note = respond(['note', id, 'x'.repeat(4000)]);
    expect(note.stderr).toContain('the disk is full');
    expect(note.status).toBe(74);
    expect(readFileSync(journal, 'utf8')).toBe(before);
    rmSync(join(mountPoint, 'filler'), { force: true });
    const log = respond(['log', id, '--json']);
    expect([log.status, log.stderr]).toEqual([0, '']);
  });

  it('a disk that fills up during --answers names the case and how to continue it, which works (item 18)', () => {
    rmSync(join(mountPoint, 'filler'), { force: true });
    rmSync(join(mountPoint, 'cases'), { recursive: true, force: true });
    // Long answers, so that the journal outgrows the room left after the playbook copy.
    const template = respond(['show', 'emergency-contact', '--format', 'answers']).stdout;
    const long = 'x'.repeat(3000);
    const filled = template.replace(
      /^(\s+)(merchant-name|hours|other-channels|carrier-name):(.*)$/gm,
      `$1$2: "${long}"`,
    );
    const answers = join(mkdtempSync(join(tmpdir(), 'respond-answers-')), 'answers.yaml');
    writeFileSync(answers, filled);
    const free = Number(
      execFileSync('df', ['--output=avail', '-B1', mountPoint], { encoding: 'utf8' }).split('\n')[1],
    );
    // Room for the playbook copy (about 18 KB) and the first page or two of the journal.
    writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(Math.max(0, free - 28 * 1024)));
    const result = respond(['start', 'emergency-contact', '--answers', answers]);
    expect(result.status, result.stderr).toBe(74);
    const [id = ''] = readdirSync(join(mountPoint, 'cases'));
    expect(id).not.toBe('');
    expect(result.stderr).toContain(`respond resume ${id} --answers ${answers}`);
    expect(result.stderr).not.toContain('run the same command again');
    rmSync(join(mountPoint, 'filler'), { force: true });
    const resumed = respond(['resume', id, '--answers', answers]);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(readdirSync(join(mountPoint, 'cases'))).toEqual([id]);
    const log = respond(['log', id, '--json']);
    const events = JSON.parse(log.stdout) as { type: string }[];
    expect(events.filter((e) => e.type === 'step-outcome').length).toBeGreaterThan(3);
  });
});
