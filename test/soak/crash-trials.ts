// Crash trials for `npm run soak` (scripts/soak.mjs): the real binary in a real terminal,
// answered at a typist's pace and killed at a random moment, hundreds of times. After each
// death it counts what a person would lose or suffer:
//   - a ✔ line on the screen whose answer is not in the journal (the screen said "saved"),
//   - a journal that `respond log` cannot read or `respond verify` finds broken, a case that
//     `respond resume` cannot open,
//   - a terminal left without echo / line editing (stty differs from before the run), or,
//     after SIGTERM / SIGHUP, with the cursor hidden.
// kill -9 cannot be caught: run straight from the shell, the shell restores the terminal's
// modes then, but nobody can show the cursor again, so a hidden cursor is only counted for
// the signals respond can handle (see setUp for which command each trial runs).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJournalText } from '../../src/core/journal/lines.js';
import { respondBinary, respondEnv, runRespond } from '../e2e/binary.js';
import { makeHome } from '../helpers/run-cli.js';
import { Terminal } from '../helpers/pty.js';

type Signal = 'SIGKILL' | 'SIGTERM' | 'SIGHUP';

/** Twenty steps of four text questions, every prompt unique: "Question s2-q3". */
const PLAYBOOK = ['id: soak', 'title: Many questions', 'steps:']
  .concat(
    Array.from({ length: 20 }, (_, i) => i + 1).flatMap((s) => [
      `  - id: s${s}`,
      `    title: Step ${s}`,
      '    questions:',
      ...[1, 2, 3, 4].map(
        (q) => `      - { id: q${q}, type: text, required: true, prompt: Question s${s}-q${q} }`,
      ),
    ]),
  )
  .join('\n');

interface Figures {
  trials: number;
  ticks: number;
  missing: string[];
  unloadable: string[];
  unverified: string[];
  unresumable: string[];
  raw: string[];
  cursorHidden: string[];
  exits: Map<string, number>;
  finishedEarly: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setUp(): { home: string; terminal: Terminal } {
  const home = makeHome();
  const bin = join(home, 'bin');
  mkdirSync(bin);
  // `respond` is exec'd by the shell, as an installed command is. `respond-wrapped` runs under a
  // parent that outlives it and exits normally (as `npx respond` does): the shell then keeps
  // whatever terminal modes respond left, since it restores them only when its own child dies
  // of a signal. SIGTERM and SIGHUP trials use the wrapped one, so respond itself must restore
  // the terminal; kill -9 cannot be caught, so those trials use the plain one.
  writeFileSync(join(bin, 'respond'), `#!/bin/sh\nexec '${process.execPath}' '${respondBinary()}' "$@"\n`);
  writeFileSync(join(bin, 'respond-wrapped'), `#!/bin/sh\n'${process.execPath}' '${respondBinary()}' "$@"\n`);
  chmodSync(join(bin, 'respond-wrapped'), 0o755);
  chmodSync(join(bin, 'respond'), 0o755);
  writeFileSync(join(home, 'soak.yaml'), PLAYBOOK);
  const env = respondEnv(home, {
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    TERM: 'screen',
    RESPOND_REGION: 'other',
  });
  return { home, terminal: Terminal.open({ env, cwd: home }) };
}

async function lockHolder(home: string, id: string, notPid: number | undefined): Promise<number | undefined> {
  const path = join(home, 'cases', id, 'lock');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      const pid = (JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown }).pid;
      if (typeof pid === 'number' && pid !== notPid) return pid;
    } catch {
      // not written yet
    }
    await sleep(15);
  }
  return undefined;
}

function cursorVisible(t: Terminal): boolean {
  const out = spawnSync('tmux', ['-L', t.socket, 'display-message', '-p', '-t', 'main', '#{cursor_flag}'], {
    encoding: 'utf8',
  });
  return out.stdout.trim() !== '0';
}

/** Same terminal modes as before the run? The shell compares `stty -g` with the saved one. */
async function terminalIntact(t: Terminal): Promise<boolean> {
  await t.clear();
  t.run('[ "$(stty -g)" = "$(cat .stty-before)" ] && echo TTY-INTACT || echo TTY-CHANGED');
  const screen = await t.waitFor(/^TTY-(INTACT|CHANGED)$/m);
  return /^TTY-INTACT$/m.test(screen);
}

export async function runCrashTrials(options: {
  kills: number;
  terms: number;
  hups: number;
  seed: number;
}): Promise<number> {
  let seed = options.seed;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const plan: Signal[] = [
    ...Array.from({ length: options.kills }, () => 'SIGKILL' as const),
    ...Array.from({ length: options.terms }, () => 'SIGTERM' as const),
    ...Array.from({ length: options.hups }, () => 'SIGHUP' as const),
  ].sort(() => random() - 0.5);
  const figures: Figures = {
    trials: 0,
    ticks: 0,
    missing: [],
    unloadable: [],
    unverified: [],
    unresumable: [],
    raw: [],
    cursorHidden: [],
    exits: new Map(),
    finishedEarly: 0,
  };
  const started = Date.now();

  let home = '';
  let terminal: Terminal | undefined;
  let id = '';
  let dead: number | undefined;
  let uses = 0;
  try {
    for (const [n, signal] of plan.entries()) {
      const label = `trial ${n + 1} (${signal})`;
      // A case is started, then resumed and killed three more times, then a new one.
      if (terminal === undefined || uses === 4) {
        terminal?.close();
        ({ home, terminal } = setUp());
        terminal.run('stty -g > .stty-before');
        id = '';
        dead = undefined;
        uses = 0;
      }
      uses++;
      const t = terminal;
      await t.clear();
      const command = signal === 'SIGKILL' ? 'respond' : 'respond-wrapped';
      const run = t.launch(id === '' ? `${command} start ./soak.yaml` : `${command} resume ${id}`);
      let ready: string;
      try {
        ready = await t.waitFor(id === '' ? /Case \S+ started\./ : /Continuing case|^\? /m, 15_000);
      } catch {
        figures.unresumable.push(`${label}: ${id === '' ? 'start' : `resume ${id}`} showed no prompt`);
        t.press('C-c');
        await run.exited().catch(() => undefined);
        terminal.close();
        terminal = undefined;
        continue;
      }
      if (id === '') id = /Case (\S+) started\./.exec(ready)?.[1] ?? '';
      const pid = await lockHolder(home, id, dead);
      if (pid === undefined) {
        figures.unresumable.push(`${label}: case ${id} never took its lock`);
        continue;
      }
      dead = pid;

      const killAt = Date.now() + 150 + Math.floor(random() * 1400);
      let answered = 0;
      for (;;) {
        if (Date.now() >= killAt) break;
        const screen = t.screen();
        const done = (screen.match(/^✔ /gm) ?? []).length;
        const last =
          screen
            .split('\n')
            .filter((l) => l.startsWith('? '))
            .at(-1) ?? '';
        const prompt = /^\? (Question s\d+-q\d|How did this step go\?)/.exec(last);
        if (prompt && done >= answered) {
          if (prompt[1]?.startsWith('Question')) t.type(`t${n + 1}-${prompt[1].slice(9)}`);
          t.press('Enter');
          answered = done + 1;
          await sleep(40 + Math.floor(random() * 60));
        }
        await sleep(10);
      }
      try {
        process.kill(pid, signal);
      } catch {
        // The case was finished before the moment came: not a failure, but not a trial either.
        figures.finishedEarly++;
        uses = 4;
        await run.exited().catch(() => -1);
        continue;
      }
      const code = await run.exited(20_000).catch(() => -1);
      figures.exits.set(`${signal} → ${code}`, (figures.exits.get(`${signal} → ${code}`) ?? 0) + 1);
      figures.trials++;

      // What the screen showed as saved must be in the journal.
      const screen = t.screen();
      const journalPath = join(home, 'cases', id, 'journal.jsonl');
      const parsed = parseJournalText(existsSync(journalPath) ? readFileSync(journalPath, 'utf8') : '');
      const inJournal = new Set(
        parsed.events.flatMap((e) =>
          e.type === 'answer' && e.kind === 'text' ? [`${e.step}-${e.question} ${e.value}`] : [],
        ),
      );
      const outcomes = parsed.events.filter((e) => e.type === 'step-outcome').length;
      let outcomeTicks = 0;
      for (const line of screen.split('\n')) {
        const answer = /^✔ Question (s\d+-q\d) (\S+)$/.exec(line);
        if (answer) {
          figures.ticks++;
          if (!inJournal.has(`${answer[1]} ${answer[2]}`)) figures.missing.push(`${label}: ${line}`);
        } else if (line.startsWith('✔ How did this step go?')) {
          figures.ticks++;
          outcomeTicks++;
        }
      }
      if (outcomeTicks > outcomes)
        figures.missing.push(
          `${label}: ${outcomeTicks} outcome ✔ lines, ${outcomes} outcomes in the journal`,
        );

      const log = runRespond(['log', id, '--json'], home);
      if (log.code !== 0)
        figures.unloadable.push(
          `${label}: respond log ${id} exited ${String(log.code)}: ${log.stderr.trim()}`,
        );
      // The record still proves itself: every line's link to the one before holds (respond verify).
      const verify = runRespond(['verify', id], home);
      if (verify.code !== 0)
        figures.unverified.push(
          `${label}: respond verify ${id} exited ${String(verify.code)}: ${verify.stdout.trim()} ${verify.stderr.trim()}`,
        );
      if (signal !== 'SIGKILL' && !cursorVisible(t)) figures.cursorHidden.push(label);
      if (!(await terminalIntact(t))) {
        figures.raw.push(label);
        t.run('stty "$(cat .stty-before)"'); // so the next trial starts from the same terminal
      }
      if (n % 10 === 9) console.log(`soak: ${n + 1} of ${plan.length} trials`);
    }
    // The last case must still open and ask its next question.
    if (terminal !== undefined && id !== '') {
      await terminal.clear();
      const last = terminal.launch(`respond resume ${id}`);
      try {
        await terminal.waitFor(/^\? /m, 15_000);
        terminal.press('C-c');
        await last.exited();
      } catch {
        figures.unresumable.push(`final resume of ${id} showed no prompt`);
      }
    }
  } finally {
    terminal?.close();
  }

  const lines = [
    `crash trials: ${options.kills} kill -9, ${options.terms} SIGTERM, ${options.hups} SIGHUP at random moments of a real terminal run (seed ${options.seed}, ${((Date.now() - started) / 1000).toFixed(0)} s)`,
    `  trials run                        ${figures.trials}${figures.finishedEarly > 0 ? ` (and ${figures.finishedEarly} whose case was finished before the signal)` : ''}`,
    `  ✔ lines seen                      ${figures.ticks}`,
    `  ✔ lines missing from the journal  ${figures.missing.length}   (must be 0)`,
    `  journals that fail to load        ${figures.unloadable.length}   (must be 0)`,
    `  records that fail respond verify  ${figures.unverified.length}   (must be 0)`,
    `  cases that cannot be resumed      ${figures.unresumable.length}   (must be 0)`,
    `  terminals left raw                ${figures.raw.length}   (must be 0)`,
    `  cursor left hidden (TERM/HUP)     ${figures.cursorHidden.length}   (must be 0)`,
    `  exit codes: ${[...figures.exits]
      .sort()
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ')}`,
  ];
  const problems = [
    ...figures.missing,
    ...figures.unloadable,
    ...figures.unverified,
    ...figures.unresumable,
    ...figures.raw.map((l) => `${l}: terminal left raw`),
    ...figures.cursorHidden.map((l) => `${l}: cursor left hidden`),
  ];
  const badExits = [...figures.exits.keys()].filter(
    (k) => !['SIGKILL → 137', 'SIGTERM → 143', 'SIGHUP → 129'].includes(k),
  );
  console.log(lines.join('\n'));
  for (const p of problems.slice(0, 20)) console.log(`  - ${p}`);
  if (badExits.length > 0)
    console.log(`  unexpected exit codes: ${badExits.join(', ')} (expected 137, 143, 129)`);
  return problems.length + badExits.length;
}
