// `respond draft` run as the built binary: the formats a person sends (text, eml, mailto,
// json), written with -o as a private file, a draft per delivery company, and one clear line
// for a wrong flag.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../helpers/run-cli.js';

const ANSWERS = resolve(import.meta.dirname, '../e2e/fixtures/fraud-order.answers.yaml');

function startCase(): { home: string; id: string } {
  const home = makeHome();
  const started = runCli(['start', 'fraud-order', '--answers', ANSWERS], { home });
  expect(started.code, started.stderr).toBe(0);
  const id = /(\d{4}-\d{2}-\d{2}-fraud-order-[0-9a-f]+)/.exec(started.stdout)?.[1] ?? '';
  return { home, id };
}

describe('respond draft', () => {
  it('writes an eml with -o, private to the person, that carries what note recorded', () => {
    const { home, id } = startCase();
    expect(
      runCli(
        [
          'note',
          id,
          'shipment',
          '--carrier',
          'Example Express',
          '--tracking',
          '1234-5678-9012',
          '--status',
          'refused',
        ],
        {
          home,
        },
      ).code,
    ).toBe(0);
    const file = join(home, 'to-carrier.eml');
    const run = runCli(['draft', id, '--to', 'carrier', '--format', 'eml', '-o', file], { home });
    expect(run.code, run.stderr).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const eml = readFileSync(file, 'utf8');
    expect(eml).toContain('MIME-Version: 1.0\r\n');
    const body = Buffer.from(eml.split('\r\n\r\n')[1]?.replace(/\r\n/g, '') ?? '', 'base64').toString('utf8');
    expect(body).toContain('To Example Express,'); // the carrier the walk-through recorded
    expect(body).toContain('Tracking number 1234-5678-9012: refused at the door');
    // Not again over an existing file without --force.
    expect(runCli(['draft', id, '--to', 'carrier', '--format', 'eml', '-o', file], { home }).code).toBe(64);
  });

  it('gives the draft as JSON (--json or --format json), and the letter for the card company', () => {
    const { home, id } = startCase();
    const json = runCli(['draft', id, '--to', 'merchant', '--json'], { home });
    expect(json.code, json.stderr).toBe(0);
    const draft = JSON.parse(json.stdout) as { to: string; subject: string; recipient: { name: string } };
    expect(draft.to).toBe('merchant');
    expect(draft.recipient.name).toBe('Example Shop');
    expect(draft.subject).toContain('Orders I did not place');
    const letter = runCli(['draft', id, '--to', 'card-company', '--letter', '--region', 'us'], { home });
    expect(letter.code, letter.stderr).toBe(0);
    expect(letter.stdout).toContain('billing inquiries');
  });

  it('writes one draft per delivery company, each with its own parcels, and says how to get the others', () => {
    const { home, id } = startCase();
    const note = runCli(
      ['note', id, 'shipment', '--carrier', 'Yamato', '--tracking', '1234-5678-9012', '--status', 'refused'],
      { home },
    );
    expect(note.code, note.stderr).toBe(0);
    // The company the walk-through talked to first, with its parcel and what it said.
    const first = runCli(['draft', id, '--to', 'carrier'], { home });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('To Example Express,');
    expect(first.stdout).toContain('TRK-99');
    expect(first.stdout).not.toContain('1234-5678-9012');
    expect(first.stderr).toContain(`draft ${id} --to carrier --carrier Yamato`);
    // The other, by part of its name in any case: its parcel, and none of the first's answers.
    const yamato = runCli(['draft', id, '--to', 'carrier', '--carrier', 'yamato'], { home });
    expect(yamato.code, yamato.stderr).toBe(0);
    expect(yamato.stdout).toContain('To Yamato,');
    expect(yamato.stdout).toContain('Tracking number 1234-5678-9012: refused at the door');
    expect(yamato.stdout).not.toContain('TRK-99');
    expect(yamato.stdout).not.toContain('Kimura');
    expect(yamato.stderr).toContain("--carrier 'Example Express'");
    // A company the case does not know: the ones it knows, in one line.
    const unknown = runCli(['draft', id, '--to', 'carrier', '--carrier', 'Sagawa'], { home });
    expect(unknown.code).toBe(64);
    expect(unknown.stderr.trim()).toBe(
      `respond: --carrier "Sagawa": this case's parcels went with Example Express, Yamato`,
    );
  });

  it('makes a mailto: link only when the draft fits in one, else points to eml', () => {
    const { home, id } = startCase();
    const long = runCli(['draft', id, '--to', 'merchant', '--format', 'mailto'], { home });
    expect(long.code).toBe(64);
    expect(long.stdout).toBe('');
    expect(long.stderr.trim().split('\n')).toHaveLength(1);
    expect(long.stderr).toContain('--format eml');
  });

  it('refuses a wrong format, region or --letter to another party in one line, exit 64', () => {
    const { home, id } = startCase();
    for (const args of [
      ['--to', 'merchant', '--format', 'pdf'],
      ['--to', 'merchant', '--letter'],
      ['--to', 'card-company', '--letter', '--region', 'mars'],
      ['--to', 'bank'],
      ['--to', 'merchant', '--carrier', 'Yamato'],
    ]) {
      const run = runCli(['draft', id, ...args], { home });
      expect(run.code, args.join(' ')).toBe(64);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
