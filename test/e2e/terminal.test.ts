// The real binary in a real pseudo-terminal (tmux), typed into as a person would: Ctrl-C
// keeps every accepted answer and resume continues at the same step; kill -9 at random
// moments loses nothing the screen showed as accepted; a second terminal is turned away
// naming the process that holds the case.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { JournalEvent } from '../../src/core/journal/events.js';
import { replayJournal } from '../../src/core/session/state.js';
import { makeHome } from '../helpers/run-cli.js';
import { suiteNeeding } from '../helpers/needs.js';
import { HAS_TMUX, Terminal } from '../helpers/pty.js';
import { respondEnv, respondOnPath, runRespond } from './binary.js';

const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

/** A home with `respond` on the PATH (the private build), and a terminal in it. */
function setUp(): { home: string; terminal: () => Terminal } {
  const home = makeHome();
  const path = respondOnPath(home);
  // RESPOND_REGION: the setting that spares the "Where do you live?" question (triage-terminal tests it).
  const env = respondEnv(home, {
    PATH: path,
    TERM: 'screen',
    RESPOND_REGION: 'other',
  });
  return {
    home,
    terminal: () => {
      const t = Terminal.open({ env, cwd: home });
      open.push(t);
      return t;
    },
  };
}

function readEvents(home: string, id: string): JournalEvent[] {
  return readFileSync(join(home, 'cases', id, 'journal.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JournalEvent);
}

function answersOf(home: string, id: string): Record<string, Record<string, unknown>> {
  const state = replayJournal(readEvents(home, id));
  return Object.fromEntries(
    [...state.answers].map(([step, a]) => [step, Object.fromEntries([...a].map(([q, v]) => [q, v.value]))]),
  );
}

function caseIdOn(screen: string): string {
  const id = /Case (\S+) started\./.exec(screen)?.[1];
  if (id === undefined) throw new Error(`no case id on the screen:\n${screen}`);
  return id;
}

/** The pid in the case's lock file, once the process holding the case has written it (not `notPid`, a dead holder's). */
async function lockHolder(home: string, id: string, notPid?: number): Promise<number> {
  const path = join(home, 'cases', id, 'lock');
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const pid = (JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown }).pid;
      if (typeof pid === 'number' && pid !== notPid) return pid;
    } catch {
      // not there yet, or being written
    }
    if (Date.now() > deadline) throw new Error(`no lock in ${path}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const TINY = `id: tiny
title: A tiny check
parties:
  - id: shop
    name: The shop
steps:
  - id: first
    title: Write it down
    questions:
      - { id: order, type: text, required: true, prompt: Order number }
      - { id: shipped, type: yesno, required: true, prompt: Has it shipped? }
  - id: carrier
    title: Call the carrier
    when: { answer: first.shipped, is: true }
    questions:
      - { id: tracking, type: text, required: true, prompt: Tracking number }
  - id: ask
    title: Ask the shop
    confirmations:
      - id: cancel
        party: shop
        ask: Will you cancel the order?
        follow-up: { check: Is the order cancelled?, after: 1d }
`;

/** Nine steps of four questions each, every prompt unique: "Question s2-q3". */
const MANY = ['id: many', 'title: Many questions', 'steps:']
  .concat(
    [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((s) => [
      `  - id: s${s}`,
      `    title: Step ${s}`,
      '    questions:',
      ...[1, 2, 3, 4].map(
        (q) => `      - { id: q${q}, type: text, required: true, prompt: Question s${s}-q${q} }`,
      ),
    ]),
  )
  .join('\n');

/** Tomorrow on the calendar of the zone the binary runs in (the test project's), not UTC's. */
function tomorrowThere(): string {
  const zone = process.env.RESPOND_TEST_TZ ?? 'UTC';
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(Date.now() + 86_400_000));
}

// Without tmux the whole file is skipped, and the skipped suite's name says why.
const suite = suiteNeeding(HAS_TMUX ? '' : 'tmux is not installed (`which tmux` found nothing)');

suite('in a terminal (tmux)', () => {
  it('Ctrl-C keeps exactly the accepted answers, says how to go on, exits 130; resume continues at that step', async () => {
    const { home, terminal } = setUp();
    const t = terminal();
    const start = t.launch('respond start fraud-order');
    const id = caseIdOn(await t.waitFor('? Which shop or site?'));
    t.type('Example Shop');
    t.press('Enter');
    await t.waitFor('✔ Which shop or site? Example Shop');
    await t.waitFor('? When did you first notice?');
    t.type('2026-11-20'); // typed but not accepted: Ctrl-C comes before Enter
    await t.waitFor(/When did you first notice\?.*2026-11-20$/m);
    t.press('C-c');
    expect(await start.exited()).toBe(130);
    const screen = t.screen();
    expect(screen).toContain(`Saved. Continue with: respond resume ${id}`);
    expect(screen).not.toMatch(/Error|^\s+at /m);
    expect(readEvents(home, id).map((e) => e.type)).toEqual(['case-started', 'answer']);
    expect(answersOf(home, id)).toEqual({ 'first-minutes': { site: 'Example Shop' } });
    expect(existsSync(join(home, 'cases', id, 'lock'))).toBe(false);

    await t.clear();
    const resume = t.launch('respond resume');
    await t.waitFor(`Continuing case ${id} at step 1 of`);
    // The step's answers are shown, not asked again; the question not yet answered is asked.
    await t.waitFor('✔ Which shop or site? Example Shop');
    await t.waitFor('? When did you first notice?');
    t.type('2026-11-20');
    t.press('Enter');
    await t.waitFor(/✔ When did you first notice\?.* 2026-11-20/);
    // Every answer of the step given: it is done by itself, no "how did it go?".
    await t.waitFor('✔ Done: ');
    await t.waitFor('── Step 2 of');
    await t.waitFor('? Could you sign in?');
    t.press('C-c');
    expect(await resume.exited()).toBe(130);
    expect(answersOf(home, id)['first-minutes']).toEqual({
      site: 'Example Shop',
      'noticed-date': '2026-11-20',
    });
    expect(replayJournal(readEvents(home, id)).outcomes.get('first-minutes')?.outcome).toBe('done');
  });

  it('a playbook of your own: Ctrl-C in the middle, resume, and finish with the summary', async () => {
    const { home, terminal } = setUp();
    writeFileSync(join(home, 'tiny.yaml'), TINY);
    const t = terminal();
    const start = t.launch('respond start ./tiny.yaml');
    const id = caseIdOn(await t.waitFor('? Order number'));
    t.type('A-100');
    t.press('Enter');
    await t.waitFor('? Has it shipped?');
    t.press('Enter'); // Enter takes the natural default: Yes
    await t.waitFor('✔ Has it shipped? Yes');
    await t.waitFor('✔ Done: ');
    await t.waitFor('── Step 2 of 3 ──');
    await t.waitFor('? Tracking number');
    t.press('C-c');
    expect(await start.exited()).toBe(130);
    expect(t.screen()).toContain(`Saved. Continue with: respond resume ${id}`);

    await t.clear();
    const resume = t.launch(`respond resume ${id.slice(0, -2)}`);
    await t.waitFor(`Continuing case ${id} at step 2 of 3.`);
    await t.waitFor('? Tracking number');
    t.type('TRK-1');
    t.press('Enter');
    await t.waitFor('✔ Done: ');
    await t.waitFor('? Ask The shop: Will you cancel the order?');
    t.type('1');
    await t.waitFor('❯ 1. Yes');
    t.press('Enter');
    await t.waitFor('? Who answered?');
    t.type('Sato');
    t.press('Enter');
    await t.waitFor('? How?');
    t.press('Enter'); // phone
    await t.waitFor('? Reference or case number');
    t.type('R-9');
    t.press('Enter');
    await t.waitFor('? When?');
    t.press('Enter'); // now
    await t.waitFor(/Reminder set for [^]*✔ Done: /);
    expect(await resume.exited()).toBe(0);
    const screen = t.screen();
    expect(screen).toContain('You have gone through every step.');
    expect(screen).toContain('3 of 3 steps finished.');
    expect(screen).toContain('Nothing is left open.');
    expect(screen).toContain(`Follow-ups:\n  ${tomorrowThere()}  Is the order cancelled?`);
    expect(screen).toContain(`respond log ${id}`);
    expect(answersOf(home, id)).toEqual({
      first: { order: 'A-100', shipped: true },
      carrier: { tracking: 'TRK-1' },
    });
    expect(readEvents(home, id).find((e) => e.type === 'confirmation')).toMatchObject({
      answer: 'yes',
      who: 'Sato',
      channel: 'phone',
      reference: 'R-9',
    });
  });

  it('a second terminal opening the same case is turned away (75), naming the process that holds it', async () => {
    const { home, terminal } = setUp();
    writeFileSync(join(home, 'tiny.yaml'), TINY);
    const first = terminal();
    const run = first.launch('respond start ./tiny.yaml');
    const id = caseIdOn(await first.waitFor('? Order number'));
    const pid = await lockHolder(home, id);

    const second = terminal();
    const refused = second.launch(`respond resume ${id}`);
    expect(await refused.exited()).toBe(75);
    expect(second.screen()).toContain(`This case is open in another terminal: process ${pid} on`);
    // Without a terminal too: a note waits for no one, it is refused the same way.
    const note = runRespond(['note', id, 'from a script'], home);
    expect([note.code, note.stderr]).toEqual([75, expect.stringContaining(`process ${pid}`) as unknown]);

    first.press('C-c');
    expect(await run.exited()).toBe(130);
    const resumed = second.launch(`respond resume ${id}`);
    await second.waitFor(`Continuing case ${id} at step 1 of`);
    second.press('C-c');
    expect(await resumed.exited()).toBe(130);
  });

  it('kill -9 at random moments loses no answer the screen showed as accepted; resume takes the stale lock over', async () => {
    const { home, terminal } = setUp();
    writeFileSync(join(home, 'many.yaml'), MANY);
    const t = terminal();
    // Reproducible "random": the moments come from a seeded generator (RESPOND_KILL_SEED to vary).
    let seed = Number(process.env.RESPOND_KILL_SEED ?? 20261122);
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let id = '';
    let dead: number | undefined;
    const accepted = new Map<string, string>();

    for (let round = 1; round <= 3; round++) {
      await t.clear();
      const run = t.launch(round === 1 ? 'respond start ./many.yaml' : `respond resume ${id}`);
      const ready = await t.waitFor(round === 1 ? /Case \S+ started\./ : 'Continuing case');
      if (round === 1) id = caseIdOn(ready);
      const pid = await lockHolder(home, id, dead);
      dead = pid;
      const killAt = Date.now() + 100 + Math.floor(random() * 700);
      let killed = false;
      // Answer each prompt as it comes, at a steady pace, until the moment comes.
      let answered = 0;
      while (!killed) {
        if (Date.now() >= killAt) {
          expect(
            () => process.kill(pid, 0),
            'the run ended before the kill: make the playbook longer',
          ).not.toThrow();
          process.kill(pid, 'SIGKILL');
          killed = true;
          break;
        }
        const screen = t.screen();
        const done = (screen.match(/^✔ /gm) ?? []).length;
        const prompt = /^\? (Question s\d-q\d|How did this step go\?)/m.exec(
          screen
            .split('\n')
            .filter((l) => l.startsWith('? '))
            .at(-1) ?? '',
        );
        if (prompt && done === answered) {
          if (prompt[1]?.startsWith('Question')) t.type(`r${round}-${prompt[1].slice(9)}`);
          t.press('Enter');
          answered += 1;
          await new Promise((r) => setTimeout(r, 60)); // the pace of a quick typist
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(await run.exited()).toBe(137);

      const screen = t.screen();
      const lines = screen.split('\n');
      const events = readEvents(home, id);
      const journal = new Set(
        events.flatMap((e) =>
          e.type === 'answer' && e.kind === 'text' ? [`${e.step}-${e.question} ${e.value}`] : [],
        ),
      );
      lines.forEach((line) => {
        const m = /^✔ Question (s\d-q\d) (\S+)$/.exec(line);
        if (!m) return;
        // A ✔ line is printed only once its answer is on disk (the prompter holds it back
        // until the session says it is saved), so every one of them must be in the journal.
        expect(journal, `round ${round}: ${line}`).toContain(`${m[1]} ${m[2]}`);
        accepted.set(m[1] ?? '', m[2] ?? '');
      });
      // The journal reads cleanly after the kill, whatever moment it came at.
      const log = runRespond(['log', id, '--json'], home);
      expect([log.code, log.stderr]).toEqual([0, '']);
      expect((JSON.parse(log.stdout) as unknown[]).length).toBe(events.length);
      expect(existsSync(join(home, 'cases', id, 'lock'))).toBe(true); // left behind by the dead process
    }

    await t.clear();
    const last = t.launch(`respond resume ${id}`);
    await t.waitFor(`Continuing case ${id}`);
    await t.waitFor(/^\? /m);
    t.press('C-c');
    expect(await last.exited()).toBe(130);
    expect(existsSync(join(home, 'cases', id, 'lock'))).toBe(false);
    expect(readdirSync(join(home, 'cases', id)).sort()).toEqual(['journal.jsonl', 'playbook.json']);
    expect(accepted.size).toBeGreaterThan(0);
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal} in the middle of a prompt: the terminal is given back (echo, cursor), the lock released, exit ${code}`, async () => {
      const { home, terminal } = setUp();
      writeFileSync(join(home, 'tiny.yaml'), TINY);
      const t = terminal();
      const run = t.launch('respond start ./tiny.yaml');
      const id = caseIdOn(await t.waitFor('? Order number'));
      t.type('A-100');
      t.press('Enter');
      await t.waitFor('✔ Order number A-100');
      await t.waitFor('? Has it shipped?'); // a select prompt: raw mode, cursor hidden
      const pid = await lockHolder(home, id);
      process.kill(pid, signal);
      expect(await run.exited()).toBe(code);
      expect(existsSync(join(home, 'cases', id, 'lock'))).toBe(false);
      expect(t.cursorVisible()).toBe(true);
      // The shell's terminal settings are as a person expects: echo and line editing on.
      const stty = t.launch(
        'echo "modes: $(stty -a | tr " " "\\n" | grep -x -e echo -e -echo -e icanon -e -icanon | tr "\\n" " ")"',
      );
      expect(await stty.exited()).toBe(0);
      expect(t.screen()).toMatch(/^modes: (icanon echo|echo icanon)$/m);
      expect(readEvents(home, id).map((e) => e.type)).toEqual(['case-started', 'answer']);
    });
  }

  it('a full card number typed at a last-4 prompt is never on the screen: masked as typed, and on the ✔ line', async () => {
    const { home, terminal } = setUp();
    writeFileSync(
      join(home, 'card.yaml'),
      'id: card\ntitle: Card\nsteps:\n  - id: s\n    title: The card\n    questions:\n      - { id: last4, type: text, format: card-last4, required: true, prompt: Card last 4 }\n      - { id: note, type: text, prompt: Anything else }\n',
    );
    const t = terminal();
    const run = t.launch('respond start ./card.yaml');
    const id = caseIdOn(await t.waitFor('? Card last 4'));
    t.type('4111 1111 1111 1111');
    await t.waitFor(/\? Card last 4 •••• 1111/);
    t.press('Enter');
    await t.waitFor('✔ Card last 4 •••• 1111');
    await t.waitFor('? Anything else');
    t.type('it was 4111-1111-1111-1111');
    await t.waitFor('it was •••• 1111');
    t.press('Enter');
    await t.waitFor('✔ Anything else (Enter to leave it for now) it was •••• 1111');
    await t.waitFor('✔ Done: The card');
    expect(await run.exited()).toBe(0);
    expect(t.screen()).not.toMatch(/4111.?1111.?1111.?1111/);
    expect(answersOf(home, id)).toEqual({ s: { last4: '1111', note: 'it was •••• 1111' } });
  });

  it('starting the same playbook again offers the open case first; Enter continues it, 2 starts a new one', async () => {
    const { home, terminal } = setUp();
    const t = terminal();
    const first = t.launch('respond start emergency-contact');
    const id = caseIdOn(await t.waitFor(/\? Is something happening right now/));
    t.press('C-c');
    expect(await first.exited()).toBe(130);

    await t.clear();
    const again = t.launch('respond start emergency-contact');
    await t.waitFor(`You already have an open case for this: ${id}`);
    t.press('Enter');
    await t.waitFor(`Continuing case ${id} at step 1 of`);
    t.press('C-c');
    expect(await again.exited()).toBe(130);
    expect(readdirSync(join(home, 'cases'))).toEqual([id]);

    await t.clear();
    const separate = t.launch('respond start emergency-contact');
    await t.waitFor(`You already have an open case for this: ${id}`);
    t.type('2');
    t.press('Enter');
    const other = caseIdOn(await t.waitFor(/Case \S+ started\./));
    expect(other).not.toBe(id);
    t.press('C-c');
    expect(await separate.exited()).toBe(130);
    expect(readdirSync(join(home, 'cases')).sort()).toEqual([id, other].sort());
  });

  it('respond note: the deadline the card company gave later, as a date, with the time it was said', async () => {
    const { home, terminal } = setUp();
    writeFileSync(
      join(home, 'later.yaml'),
      'id: later\ntitle: Later\nparties: [{id: bank, name: The card company}]\nsteps:\n  - id: s\n    title: Call\n    confirmations:\n      - {id: deadline, party: bank, answer: date, ask: By when must I dispute?}\n',
    );
    writeFileSync(join(home, 'later.answers.yaml'), 'steps:\n  s: {outcome: done}\n');
    const started = runRespond(['start', './later.yaml', '--answers', 'later.answers.yaml'], home);
    expect(started.code, started.stderr).toBe(0);
    const id = /Case (\S+) recorded/.exec(started.stdout)?.[1] ?? '';
    const t = terminal();
    const run = t.launch(`respond note ${id}`);
    await t.waitFor('? What do you want to add?');
    t.type('3'); // a confirmation
    t.press('Enter');
    await t.waitFor('By when must I dispute?');
    t.press('Enter');
    await t.waitFor('They told me');
    t.press('Enter');
    await t.waitFor('? What did they say?');
    t.type('2026-12-20');
    t.press('Enter');
    await t.waitFor('? Who? (name or staff ID)');
    t.type('Tanaka');
    t.press('Enter');
    await t.waitFor('? How?');
    t.press('Enter');
    await t.waitFor('? Reference');
    t.press('Enter');
    await t.waitFor('? When?');
    t.type('yesterday 15:00');
    t.press('Enter');
    expect(await run.exited()).toBe(0);
    const confirmation = readEvents(home, id).find((e) => e.type === 'confirmation');
    expect(confirmation).toMatchObject({
      answer: 'yes',
      who: 'Tanaka',
      value: { kind: 'date', value: '2026-12-20' },
    });
    // Said yesterday at 15:00, recorded today: the record carries when it was said.
    const at = confirmation?.type === 'confirmation' ? confirmation.at : '';
    expect(at.slice(11, 16)).toBe('15:00');
    expect(at.slice(0, 10) < (confirmation?.ts ?? '').slice(0, 10)).toBe(true);
  });
});
