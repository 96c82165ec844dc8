// `respond report --open` in the shipped build, with a fake opener on PATH that records
// its arguments: the lazy stand-in for node:child_process (scripts/shims) once made
// `spawn` undefined in the bundle, so the opener was never started and every run said
// "no program to open it was found". The test before this one ran with an empty PATH.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

async function waitFor(file: string, ms: number): Promise<string> {
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      if (text.endsWith('\n')) return text;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the opener never wrote ${file}`);
}

describe.skipIf(process.platform === 'win32' || process.platform === 'darwin')(
  'respond report --open',
  () => {
    it('starts the system opener (xdg-open) with the report file, and says it opened it', async () => {
      const home = makeHome();
      const template = runCli(['show', 'emergency-contact', '--format', 'answers'], { home });
      expect(
        runCli(['start', 'emergency-contact', '--answers', '-'], { home, input: template.stdout }).code,
      ).toBe(0);
      const [entry] = JSON.parse(runCli(['cases', '--json', '--all'], { home }).stdout) as { id: string }[];
      if (entry === undefined) throw new Error('no case');

      const bin = join(home, 'fake-bin');
      mkdirSync(bin);
      const record = join(home, 'opened.txt');
      const opener = join(bin, 'xdg-open');
      writeFileSync(
        opener,
        `#!/bin/sh\nprintf '%s\\n' "$#" "$@" > "${record}.tmp" && mv "${record}.tmp" "${record}"\n`,
      );
      chmodSync(opener, 0o755);

      const result = runCli(['report', entry.id, '--open'], {
        home,
        env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
      });
      expect(result.code).toBe(0);
      const file = join(home, 'cases', entry.id, 'report-all-en.html');
      expect(result.stderr).toBe(`Opened ${file}\n`);
      expect(await waitFor(record, 10_000)).toBe(`1\n${file}\n`);
      expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    });
  },
);
