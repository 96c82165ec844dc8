import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, runCli } from '../../helpers/run-cli.js';

const mode = (p: string) => statSync(p).mode & 0o777;
const noStack = /\n\s+at /;

function addVisa(home: string): void {
  const result = runCli(
    [
      'contacts',
      'add',
      '--kind',
      'card-issuer',
      '--name',
      'My Visa',
      '--phone',
      '0120-000-000',
      '--hours',
      '24h',
      '--without-login',
      'back of the card',
    ],
    { home },
  );
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

function homeWithCard(): string {
  const home = makeHome();
  addVisa(home);
  const shop = runCli(
    [
      'contacts',
      'add',
      '--kind',
      'merchant',
      '--name',
      'Example Shop',
      '--phone',
      '03-1234-5678',
      '--url',
      'https://shop.example.com/help',
      '--hours',
      'weekdays 9-18',
    ],
    { home },
  );
  expect(shop.code).toBe(0);
  return home;
}

describe('respond contacts (empty card)', () => {
  it('says why the card matters and how to start, and creates nothing', () => {
    const home = makeHome();
    const result = runCli(['contacts'], { home });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Your emergency contact card is empty.');
    expect(result.stdout).toContain('suspends your account');
    expect(result.stdout).toContain(
      'respond contacts add --kind card-issuer --name "My Visa" --phone "0120-000-000" --hours "24h"',
    );
    expect(result.stdout).toContain('respond contacts print --format html -o contact-card.html');
    expect(readdirSync(home)).toEqual([]);
  });

  it('says it in Japanese with --lang ja or a Japanese locale', () => {
    for (const result of [
      runCli(['contacts', '--lang', 'ja']),
      runCli(['contacts'], { env: { LANG: 'ja_JP.UTF-8' } }),
    ]) {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('緊急連絡先カードはまだ空です。');
      expect(result.stdout).toContain('respond contacts add --kind card-issuer');
    }
  });

  it('list --json prints an empty array; print has nothing to print (66)', () => {
    const json = runCli(['contacts', 'list', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    const print = runCli(['contacts', 'print']);
    expect(print.code).toBe(66);
    expect(print.stdout).toBe('');
    expect(print.stderr).toContain('empty');
  });
});

describe('respond contacts add', () => {
  it('saves an entry in contacts.json, private to the person', () => {
    const home = makeHome();
    const result = runCli(
      [
        'contacts',
        'add',
        '--kind',
        'card-issuer',
        '--name',
        'My Visa',
        '--phone',
        '0120-000-000',
        '--hours',
        '24h',
      ],
      { home },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Saved my-visa to your emergency contact card (1 contact).');
    expect(mode(home)).toBe(0o700);
    expect(mode(join(home, 'contacts.json'))).toBe(0o600);
    expect(readdirSync(home)).toEqual(['contacts.json']);
    const file = JSON.parse(readFileSync(join(home, 'contacts.json'), 'utf8')) as {
      version: number;
      contacts: Record<string, string>[];
    };
    expect(file.version).toBe(1);
    expect(file.contacts).toHaveLength(1);
    expect(file.contacts[0]).toMatchObject({
      id: 'my-visa',
      kind: 'card-issuer',
      name: 'My Visa',
      phone: '0120-000-000',
      hours: '24h',
    });
    expect(file.contacts[0]?.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
  });

  it('never stores a full card number: it keeps the last 4 digits and says so', () => {
    const home = makeHome();
    const result = runCli(
      [
        'contacts',
        'add',
        '--kind',
        'card-issuer',
        '--name',
        'Visa',
        '--phone',
        '0120-000-000',
        '--notes',
        'card 4111 1111 1111 1111',
      ],
      { home },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('shortened to its last 4 digits');
    const file = readFileSync(join(home, 'contacts.json'), 'utf8');
    expect(file).not.toMatch(/4111 1111 1111 1111|4111111111111111/);
    expect(file).toContain('card •••• 1111');
  });

  it('makes ids unique and refuses an explicit id already taken (64)', () => {
    const home = makeHome();
    addVisa(home);
    const again = runCli(
      ['contacts', 'add', '--kind', 'card-issuer', '--name', 'My Visa', '--phone', '0120-111-111'],
      { home },
    );
    expect(again.stdout).toContain('Saved my-visa-2');
    const taken = runCli(
      ['contacts', 'add', '--kind', 'bank', '--name', 'Bank', '--phone', '123', '--id', 'my-visa'],
      { home },
    );
    expect(taken.code).toBe(64);
    expect(taken.stderr).toContain('there is already a contact "my-visa"');
  });

  it('without a terminal and with fields missing, exits 64 with an example instead of waiting', () => {
    for (const args of [[], ['--name', 'My Visa'], ['--kind', 'bank', '--name', 'Bank']]) {
      const result = runCli(['contacts', 'add', ...args]);
      expect(result.code, args.join(' ')).toBe(64);
      expect(result.stderr).toContain('not a terminal');
      expect(result.stderr).toContain('respond contacts add --kind card-issuer --name "My Visa"');
    }
    expect(runCli(['contacts', 'add', '--lang', 'ja']).stderr).toContain(
      'ここは端末ではないため質問できません',
    );
  });

  it("says every bad value at once, in the person's language (64), and saves nothing", () => {
    const home = makeHome();
    const result = runCli(
      ['contacts', 'add', '--kind', 'bank', '--name', '', '--phone', 'abc', '--url', 'nope', '--email', 'x@'],
      { home },
    );
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('the name is empty');
    expect(result.stderr).toContain('"abc" does not look like a phone number');
    expect(result.stderr).toContain('"nope" does not look like a web address');
    expect(result.stderr).toContain('"x@" does not look like a mail address');
    expect(result.stderr).not.toMatch(noStack);
    expect(readdirSync(home)).toEqual([]);
    const ja = runCli(
      ['contacts', 'add', '--kind', 'bank', '--name', 'B', '--phone', 'abc', '--lang', 'ja'],
      { home },
    );
    expect(ja.code).toBe(64);
    expect(ja.stderr).toContain('「abc」は電話番号に見えません');
  });

  it('refuses an unknown kind (64)', () => {
    const result = runCli(['contacts', 'add', '--kind', 'friend', '--name', 'A', '--phone', '1234']);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('card-issuer');
  });
});

describe('respond contacts (with entries)', () => {
  it('shows the card grouped by kind, card companies first, with the date and the offline line', () => {
    const result = runCli(['contacts'], { home: homeWithCard() });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^EMERGENCY CONTACT CARD {3}Printed \d{4}-\d{2}-\d{2}/);
    expect(result.stdout).toContain('Keep this card somewhere offline');
    expect(result.stdout).toMatch(
      /\[ Card companies \]\n {2}My Visa {7}0120-000-000 {2}24h\n {6}Without signing in: back of the card/,
    );
    expect(result.stdout.indexOf('Card companies')).toBeLessThan(result.stdout.indexOf('Shops and sites'));
  });

  it('list shows a table; list --json prints only the entries as JSON', () => {
    const home = homeWithCard();
    const table = runCli(['contacts', 'list'], { home });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+KIND\s+NAME\s+PHONE\s+HOURS\n/);
    expect(table.stdout).toMatch(/my-visa\s+card company\s+My Visa\s+0120-000-000\s+24h\n/);
    const json = runCli(['contacts', 'list', '--json'], { home });
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    const entries = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(entries.map((e) => e.id)).toEqual(['my-visa', 'example-shop']);
    expect(Object.keys(entries[0] ?? {})).toEqual([
      'id',
      'kind',
      'name',
      'phone',
      'hours',
      'url',
      'email',
      'findWithoutLogin',
      'notes',
      'updated',
    ]);
    expect(entries[0]).toMatchObject({
      kind: 'card-issuer',
      phone: '0120-000-000',
      url: null,
      findWithoutLogin: 'back of the card',
    });
  });

  it('remove takes an entry off the card; an unknown id is 66, no id is 64', () => {
    const home = homeWithCard();
    const removed = runCli(['contacts', 'remove', 'example-shop'], { home });
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('Removed example-shop (Example Shop). 1 contact left on your card.');
    expect((JSON.parse(runCli(['contacts', 'list', '--json'], { home }).stdout) as unknown[]).length).toBe(1);
    const unknown = runCli(['contacts', 'remove', 'nope'], { home });
    expect(unknown.code).toBe(66);
    expect(unknown.stderr).toContain('no contact "nope"');
    expect(runCli(['contacts', 'remove'], { home }).code).toBe(64);
    expect(mode(join(home, 'contacts.json'))).toBe(0o600);
  });

  it('print writes the text card to the screen, in Japanese too', () => {
    const home = homeWithCard();
    const text = runCli(['contacts', 'print'], { home });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('My Visa       0120-000-000  24h');
    expect(text.stdout).not.toContain('Add: respond contacts add');
    const ja = runCli(['contacts', 'print', '--lang', 'ja'], { home });
    expect(ja.stdout).toMatch(/^緊急連絡先カード {3}印刷日 /);
    expect(ja.stdout).toContain('[ カード会社 ]');
  });

  it('print --format html -o writes a private, self-contained page and says to keep it offline', () => {
    const home = homeWithCard();
    const result = runCli(['contacts', 'print', '--format', 'html', '-o', 'card.html'], { home, cwd: home });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote card.html');
    expect(result.stdout).toContain('offline');
    const file = join(home, 'card.html');
    expect(mode(file)).toBe(0o600);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<div class="phone"><a href="tel:0120000000">0120-000-000</a></div>');
    expect(html).not.toMatch(/<script|<link /);
    expect(readdirSync(home).sort()).toEqual(['card.html', 'contacts.json']);
    const stdout = runCli(['contacts', 'print', '--format', 'html', '--lang', 'ja'], { home });
    expect(stdout.stdout).toContain('<html lang="ja">');
    expect(stdout.stdout).toContain('<h2>カード会社</h2>');
  });

  it('print -o into a folder that does not exist is an I/O error (74), as for report -o', () => {
    const home = homeWithCard();
    const result = runCli(['contacts', 'print', '-o', join(home, 'missing', 'card.txt')], { home });
    expect(result.code).toBe(74);
    expect(result.stderr).toBe(
      `respond: cannot write ${join(home, 'missing', 'card.txt')}: the folder does not exist\n`,
    );
  });

  it('print -o never writes over an existing file without --force', () => {
    const home = homeWithCard();
    const file = join(home, 'card.txt');
    writeFileSync(file, 'the old card, printed last year\n');
    const refused = runCli(['contacts', 'print', '-o', file], { home });
    expect(refused.code).toBe(64);
    expect(refused.stderr).toBe(
      `respond: ${file} already exists. Add --force to replace it, or choose another name.\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('the old card, printed last year\n');
    expect(runCli(['contacts', 'print', '-o', file, '--force'], { home }).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('My Visa');
  });
});

describe('extra arguments', () => {
  it('are a usage error (64) naming what is extra, never silently ignored', () => {
    const home = homeWithCard();
    const cases: [string[], string][] = [
      [
        ['contacts', 'list', 'x', 'y'],
        'respond: contacts list takes no more arguments, not also "x y" (respond contacts --help)\n',
      ],
      [
        ['contacts', 'ls', 'x'],
        'respond: contacts list takes no more arguments, not also "x" (respond contacts --help)\n',
      ],
      [
        ['contacts', 'print', 'card.txt'],
        'respond: contacts print takes no more arguments, not also "card.txt" (respond contacts --help)\n',
      ],
      [
        ['contacts', 'remove', 'my-visa', 'other'],
        'respond: contacts remove takes one id, not also "other" (respond contacts --help)\n',
      ],
    ];
    for (const [args, stderr] of cases) {
      const result = runCli(args, { home });
      expect(result.code, args.join(' ')).toBe(64);
      expect(result.stderr).toBe(stderr);
      expect(result.stdout).toBe('');
    }
    // Nothing was removed by the refused remove.
    expect(runCli(['contacts', 'list', '--json'], { home }).stdout).toContain('my-visa');
    expect(runCli(['contacts', 'list', 'x', '--lang', 'ja'], { home }).stderr).toContain('「x」は余分です');
    // add still takes the name as words.
    expect(
      runCli(['contacts', 'add', 'My', 'Bank', '--kind', 'bank', '--phone', '0120-111-222'], { home }).code,
    ).toBe(0);
  });
});

describe('a broken contacts.json', () => {
  it('is one clear line and exit 65, and a later add never writes over it', () => {
    const home = makeHome();
    mkdirSync(home, { recursive: true });
    const broken = '{"version": 1, "contacts": [{"name": "My Visa", "phone": "0120-000-000"},]}\n';
    writeFileSync(join(home, 'contacts.json'), broken, { mode: 0o600 });
    for (const args of [
      ['contacts'],
      ['contacts', 'list'],
      ['contacts', 'list', '--json'],
      ['contacts', 'print'],
      ['contacts', 'remove', 'my-visa'],
    ]) {
      const result = runCli(args, { home });
      expect(result.code, args.join(' ')).toBe(65);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toContain(join(home, 'contacts.json'));
      expect(result.stderr).toContain('will not write over it');
    }
    const add = runCli(['contacts', 'add', '--kind', 'bank', '--name', 'Bank', '--phone', '123'], { home });
    expect(add.code).toBe(65);
    expect(readFileSync(join(home, 'contacts.json'), 'utf8')).toBe(broken);
    expect(readdirSync(home)).toEqual(['contacts.json']);
    expect(runCli(['contacts', '--lang', 'ja'], { home }).stderr).toContain('を読めません');
  });
});

describe('respond contacts --help and usage', () => {
  it('shows every action with examples, in English and Japanese', () => {
    for (const [lang, heading] of [
      ['en', 'Examples:'],
      ['ja', '例:'],
    ] as const) {
      const result = runCli(['contacts', '--help', '--lang', lang]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(heading);
      for (const example of [
        'respond contacts add --kind card-issuer',
        'respond contacts list --json',
        'respond contacts remove my-visa',
        'respond contacts print --format html -o contact-card.html',
      ]) {
        expect(result.stdout).toContain(example);
      }
    }
    expect(runCli(['contacts', '--help', '--lang', 'ja']).stdout).toContain('緊急連絡先カード');
    expect(runCli(['contacts', '--help']).stdout).toMatch(/^Usage: respond contacts \[options\] \[command\]/);
    expect(runCli(['contacts', '--help']).stdout).toMatch(/^ {2}list\|ls \[options\]/m);
    // Each action lists its own flags and examples.
    const add = runCli(['contacts', 'add', '--help']);
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/^Usage: respond contacts add \[options\] \[name\.\.\.\]/);
    expect(add.stdout).toContain('--without-login <how>');
    expect(add.stdout).not.toContain('--format');
    const print = runCli(['contacts', 'print', '--help', '--lang', 'ja']);
    expect(print.stdout).toContain('--format <format>');
    expect(print.stdout).not.toContain('--phone');
  });

  it('answers an unknown action with exit 64 and the action it was probably meant to be', () => {
    const result = runCli(['contacts', 'lsit']);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("unknown command 'lsit'");
    expect(result.stderr).toContain('Did you mean list?');
    expect(runCli(['contacts', 'frob']).code).toBe(64);
  });

  it('refuses a flag of another action instead of ignoring it', () => {
    for (const args of [
      ['contacts', 'list', '--phone', '1'],
      ['contacts', 'list', '--format', 'html'],
      ['contacts', 'remove', 'my-visa', '--kind', 'bank'],
      ['contacts', 'add', '--format', 'html'],
    ]) {
      const result = runCli(args);
      expect(result.code, args.join(' ')).toBe(64);
      expect(result.stderr, args.join(' ')).toMatch(/unknown option '--(phone|format|kind)'/);
      expect(result.stdout).toBe('');
    }
  });
});

describe('respond contacts add --from-case', () => {
  const answers = `steps:
  merchant-contact:
    answers:
      in-incident: false
      merchant-name: Example Shop
      phone: 03-1234-5678
      hours: weekdays 9-18
      found-signed-out: false
  card-issuer-contact:
    answers:
      issuer-name: My Visa
      card-last4: "1111"
      phone-24h: 0120-000-000
  carrier-contact:
    answers:
      carrier-name: Yamato
      carrier-phone: 0120-01-9625
`;

  it("saves the numbers noted in a case's emergency-contact steps, once", () => {
    const home = makeHome();
    writeFileSync(join(home, 'answers.yaml'), answers);
    const started = runCli(['start', 'emergency-contact', '--answers', join(home, 'answers.yaml')], { home });
    expect(started.code, started.stderr).toBe(0);
    const caseId = readdirSync(join(home, 'cases'))[0] ?? '';
    // The walk offered them at the end of each step, and the answers file took Enter: added.
    const offered = JSON.parse(runCli(['contacts', 'list', '--json'], { home }).stdout) as unknown[];
    expect(offered).toHaveLength(3);
    // A card lost since (another machine, a fresh start): the case still holds the numbers.
    rmSync(join(home, 'contacts.json'));
    const first = runCli(['contacts', 'add', '--from-case', caseId], { home });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Saved from case ${caseId}: example-shop, my-visa-1111, yamato.`);
    const entries = JSON.parse(runCli(['contacts', 'list', '--json'], { home }).stdout) as Record<
      string,
      unknown
    >[];
    expect(entries.map((e) => [e.kind, e.name, e.phone])).toEqual([
      ['card-issuer', 'My Visa (•••• 1111)', '0120-000-000'],
      ['merchant', 'Example Shop', '03-1234-5678'],
      ['carrier', 'Yamato', '0120-01-9625'],
    ]);
    const again = runCli(['contacts', 'add', '--from-case', caseId], { home });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Already on your card: Example Shop, My Visa (•••• 1111), Yamato.');
    expect((JSON.parse(runCli(['contacts', 'list', '--json'], { home }).stdout) as unknown[]).length).toBe(3);
  });

  it('says so when the case has no such numbers, and 66 for an unknown case', () => {
    const home = makeHome();
    writeFileSync(join(home, 'answers.yaml'), 'steps: {}\n');
    expect(
      runCli(['start', 'emergency-contact', '--answers', join(home, 'answers.yaml')], { home }).code,
    ).toBe(0);
    const caseId = readdirSync(join(home, 'cases'))[0] ?? '';
    const none = runCli(['contacts', 'add', '--from-case', caseId], { home });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('has no numbers from the emergency-contact steps yet');
    expect(runCli(['contacts', 'add', '--from-case', 'nope'], { home }).code).toBe(66);
  });
});
