// Every branch of every built-in playbook, walked through the real session engine: for each
// `when` (a step's, an include's, a question's, a confirmation's), one walk where the
// answers make it true and one where they make it false. Each walk checks what the person
// saw (which steps, which questions) and that the journal replays to exactly what was
// typed: answers, who confirmed what by which channel with which reference, and follow-ups
// due on the days the playbook promises, counted from a fixed clock.
import { RECHECK_TEXT } from '../../src/core/session/settled.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSession } from '../../src/app/session.js';
import { localize } from '../../src/core/i18n.js';
import { makeCaseStarted, type AnswerValue, type JournalEvent } from '../../src/core/journal/events.js';
import { formatLocalTimestamp } from '../../src/core/journal/timestamp.js';
import type { FollowUp, Playbook } from '../../src/core/playbook/schema.js';
import { walkTasks, type WalkedTask } from '../../src/core/playbook/walk.js';
import { latestConfirmation, replayJournal } from '../../src/core/session/state.js';
import { readPlaybookFile } from '../../src/io/playbooks.js';
import { listBuiltinFiles } from '../checklists/inspect.js';
import {
  guardsOf,
  needsAnotherPlaybook,
  REGION_REF,
  scriptFor,
  solveBranch,
  type Guard,
} from './walk-branches.js';
import { PersonaPrompter } from './walk-persona.js';

const NOW = new Date(2026, 10, 22, 9, 30); // local time: Sunday 2026-11-22 09:30
const TODAY = '2026-11-22';
// Every file in checklists/, read and validated by the reader the CLI uses: a new built-in
// is walked without anyone adding it here. Any built-in may include any other.
const library = new Map<string, Playbook>();
const sources = new Map<string, string>();
for (const file of listBuiltinFiles()) {
  const read = await readPlaybookFile(file, 'built-in', 'en');
  if ('issues' in read)
    throw new Error(`${basename(file)} does not validate: ${JSON.stringify(read.issues)}`);
  library.set(read.playbook.id, read.playbook);
  sources.set(read.playbook.id, readFileSync(file, 'utf8'));
}
const BUILTINS = [...library.keys()];

function resolved(id: string): { root: Playbook; library: ReadonlyMap<string, Playbook> } {
  const root = library.get(id);
  if (!root) throw new Error(`no built-in ${id}`);
  return { root, library };
}

type ConfirmationChoice = 'yes' | 'no' | 'unknown' | 'not-asked';

async function walk(
  id: string,
  script: Record<string, string>,
  confirm?: (promptId: string) => ConfirmationChoice,
  lang: 'en' | 'ja' = 'en',
) {
  const { root, library } = resolved(id);
  const tasks = walkTasks(root, library);
  // A branch that depends on where the person lives starts the case there.
  const { [REGION_REF]: region, ...prompts } = script;
  script = prompts;
  const events: JournalEvent[] = [
    makeCaseStarted(NOW, {
      case: 'walk',
      playbook: id,
      playbookHash: `sha256:${'0'.repeat(64)}`,
      playbookFile: 'playbook.json',
      lang: 'en',
      ...(region === undefined ? {} : { region }),
    }),
  ];
  const prompter = new PersonaPrompter(tasks, script, confirm);
  const result = await runSession(
    { caseId: 'walk', playbook: root, library, events: [...events] },
    {
      prompter,
      append: (event) => {
        events.push(event);
        return Promise.resolve();
      },
      now: () => NOW,
      lang,
    },
  );
  // Walked: asked its outcome, or done by itself once every answer went well.
  const shown = tasks.filter((t) => events.some((e) => e.type === 'step-outcome' && e.step === t.key));
  return { end: result.end, events, prompter, tasks, shown, state: replayJournal(events) };
}

type Walk = Awaited<ReturnType<typeof walk>>;

/** "2026-11-22" + "1w" → "2026-11-29": counted here by hand, not by the code under test. */
function dueAfter(from: string, after: string): string {
  const m = /^(\d+)([dw])$/.exec(after);
  if (!m) throw new Error(`a built-in follow-up after "${after}": teach this test its unit`);
  const days = Number(m[1]) * (m[2] === 'w' ? 7 : 1);
  const [y = 0, mo = 1, d = 1] = from.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
}

function plain(
  map: ReadonlyMap<string, ReadonlyMap<string, AnswerValue>>,
): Record<string, Record<string, AnswerValue>> {
  return Object.fromEntries(
    [...map]
      .filter(([, answers]) => answers.size > 0)
      .map(([step, answers]) => [step, Object.fromEntries(answers)]),
  );
}

/** The follow-ups a person should find after this walk, id → [due, what to check]. */
function expectedFollowUps(w: Walk, lang: 'en' | 'ja'): Record<string, [string, string]> {
  const expected: Record<string, [string, string]> = {};
  const put = (id: string, task: WalkedTask, followUp: FollowUp) => {
    let base = TODAY;
    if (followUp.from !== undefined) {
      const ref = task.scope + followUp.from;
      const dot = ref.lastIndexOf('.');
      const given = w.prompter.expectedAnswers.get(ref.slice(0, dot))?.get(ref.slice(dot + 1));
      if (given?.kind === 'date') base = given.value;
    }
    expected[id] = [dueAfter(base, followUp.after), localize(followUp.check, lang)];
  };
  for (const task of w.shown) {
    for (const given of w.prompter.confirmations.filter((c) => c.key === task.key)) {
      const confirmation = task.step.confirmations?.find((c) => c.id === given.id);
      const good = given.answer === (confirmation?.expect ?? 'yes');
      const followUp = confirmation?.['follow-up'];
      if (good && followUp) put(`${task.key}.${given.id}`, task, followUp);
      // Not good news: asked again after `recheck`, three days by default.
      if (!good && confirmation)
        expected[`${task.key}.${given.id}`] = [
          dueAfter(TODAY, confirmation.recheck ?? '3d'),
          RECHECK_TEXT[lang](localize(confirmation.ask, lang)),
        ];
    }
    if (task.step['follow-up']) put(task.key, task, task.step['follow-up']);
  }
  return expected;
}

/** The journal replays to exactly what the person gave, and nothing else. */
function expectJournalMatches(w: Walk, lang: 'en' | 'ja' = 'en'): void {
  expect(w.end).toBe('finished');
  expect(plain(w.state.answers)).toEqual(plain(w.prompter.expectedAnswers));
  expect(Object.fromEntries([...w.state.outcomes].map(([k, o]) => [k, o.outcome]))).toEqual(
    Object.fromEntries(w.shown.map((t) => [t.key, 'done'])),
  );
  expect(w.events.filter((e) => e.type === 'confirmation')).toHaveLength(w.prompter.confirmations.length);
  for (const given of w.prompter.confirmations) {
    expect(latestConfirmation(w.state, `${given.key}.${given.id}`), `${given.key}.${given.id}`).toMatchObject(
      {
        party: given.party,
        answer: given.answer,
        who: given.who,
        channel: 'phone',
        reference: given.reference,
        at: formatLocalTimestamp(NOW),
      },
    );
  }
  const people = new Set(w.prompter.confirmations.map((c) => `${c.party}: ${c.who}`));
  expect(new Set(w.state.contacts.map((c) => `${c.party}: ${c.who}`))).toEqual(people);
  const followUps = Object.fromEntries(
    [...w.state.followUps].map(([id, f]) => [id, [f.set.due, f.set.check]]),
  );
  expect(followUps).toEqual(expectedFollowUps(w, lang));
  const summary = w.prompter.said.at(-1) ?? '';
  const n = w.shown.length;
  expect(summary).toMatch(
    lang === 'en' ? /You have gone through every step[.,]/ : /すべての手順を終えました[。が]/,
  );
  const done = lang === 'en' ? `${n} of ${n} steps finished.` : `全 ${n} 手順のうち ${n} 手順が済みました。`;
  expect(summary).toContain(done);
  // What is still open leads; the count comes after it.
  const open = summary.indexOf(lang === 'en' ? 'Still open' : 'まだ確認できていないこと');
  if (open >= 0) expect(open).toBeLessThan(summary.indexOf(done));
  expectSteadyCounter(w.prompter.said, n);
}

/** The step counter never goes backwards: positions 1, 2, 3… (a step shown again keeps its number); the total only comes down. */
function expectSteadyCounter(said: readonly string[], shown: number): void {
  const counts = said.flatMap((text) => {
    const m = /── (?:Step (\d+) of (about )?(\d+)|手順 (\d+) \/ (約 )?(\d+)) ──/.exec(text);
    return m ? [{ position: Number(m[1] ?? m[4]), total: Number(m[3] ?? m[6]) }] : [];
  });
  const seen = counts.map((c) => `${c.position}/${c.total}`).join(' ');
  // A step shown again (its answers changed what it asks) keeps its number.
  expect(counts[0]?.position, seen).toBe(1);
  for (let i = 1; i < counts.length; i++)
    expect((counts[i]?.position ?? 0) - (counts[i - 1]?.position ?? 0), seen).toBeOneOf([0, 1]);
  for (let i = 1; i < counts.length; i++)
    expect(counts[i]?.total, `step ${i + 1}`).toBeLessThanOrEqual(counts[i - 1]?.total ?? 0);
  expect(counts.at(-1)?.position ?? 0).toBeLessThanOrEqual(shown);
}

function promptIdsFor(guard: Guard): (id: string) => boolean {
  const { target } = guard;
  // A step is walked when anything of it is asked (a step that went well is done by itself).
  if (target.kind === 'steps')
    return (id) => target.keys.some((key) => id === `${key}:outcome` || id.startsWith(`${key}.`));
  const base = `${target.key}.${target.id}`;
  return (id) => id === base || id.startsWith(`${base}[`) || id.startsWith(`${base}:`);
}

for (const id of BUILTINS) {
  describe(`${id}: every branch, walked`, () => {
    const { root, library } = resolved(id);
    const tasks = walkTasks(root, library);
    const guards = guardsOf(root, library);
    const cases = guards.flatMap((guard) =>
      [true, false]
        // A branch only another playbook of the case can open (it tells the orders) is
        // walked where that playbook includes this one.
        .filter(
          (wanted) => !needsAnotherPlaybook(tasks, guard) || solveBranch(tasks, guard, wanted) !== undefined,
        )
        .map((wanted) => ({
          name: `${guard.label} ${wanted ? 'taken' : 'passed over'}: ${JSON.stringify(guard.condition)}`,
          guard,
          wanted,
        })),
    );

    it('walks every `when` written in the file (and those of the playbooks it includes)', () => {
      // A field's `when` inside a record ("tracking number, when shipped") is walked per
      // record, in guide.test.ts; here the `when`s of steps, questions and confirmations.
      const written = (sources.get(id)?.match(/^\s*when:(?!\s*\n\s*field:)/gm) ?? []).length;
      expect(guards.filter((g) => g.scope === '')).toHaveLength(written);
    });

    // A playbook without any `when` has nothing to branch on (the Japanese walk still runs it).
    if (cases.length > 0)
      it.each(cases)('$name', async ({ guard, wanted }) => {
        const assignment = solveBranch(tasks, guard, wanted);
        expect(assignment, 'no answers a person could give take this branch').toBeDefined();
        const w = await walk(id, scriptFor(tasks, assignment ?? new Map()));
        const seen = w.prompter.asked.map((a) => a.id).filter(promptIdsFor(guard));
        if (wanted) {
          // A confirmation whose topic the same party already settled earlier in the walk
          // (phishing-clicked stops the card before account-takeover would ask) is shown as
          // confirmed, not asked again.
          const target = guard.target;
          const topical =
            target.kind !== 'confirmation'
              ? undefined
              : guard.witness.step.confirmations?.find((c) => c.id === target.id && c.topic !== undefined);
          if (topical !== undefined && seen.length === 0)
            expect(w.prompter.said.join('\n')).toContain(
              `✔ Already confirmed: “${localize(topical.ask, 'en')}”`,
            );
          else expect(seen.length).toBeGreaterThan(0);
          expect(w.prompter.said.join('\n')).toContain(localize(guard.witness.step.title, 'en'));
        } else {
          expect(seen).toEqual([]);
          // A question or confirmation passed over inside a step the person does see.
          if (guard.target.kind !== 'steps') expect(w.shown.map((t) => t.key)).toContain(guard.witness.key);
        }
        expectJournalMatches(w);
        expectCounterNeverGoesBack(w.prompter.said);
      });
  });
}

/** "── Step 3 of about 24": the position only grows and the total never grows, on every branch. */
function expectCounterNeverGoesBack(said: readonly string[]): void {
  const counts = said.flatMap((s) => {
    const m = /── Step (\d+) of (?:about )?(\d+)/.exec(s);
    return m ? [{ position: Number(m[1]), total: Number(m[2]) }] : [];
  });
  counts.slice(1).forEach((c, i) => {
    const before = counts[i] ?? c;
    expect(c.position, JSON.stringify(counts)).toBeGreaterThan(before.position);
    expect(c.total, JSON.stringify(counts)).toBeLessThanOrEqual(before.total);
  });
}

// Stories written out by hand: what a person would see and find afterwards, spelled out
// rather than derived, so a change to the engine's reading of conditions cannot hide here.
describe('built-in stories', () => {
  it('fraud-order, the real incident: hidden orders, a parcel on its way, a charge the shop would not promise to cancel', async () => {
    const script = {
      'check-directly.could-sign-in': 'yes',
      'check-directly.orders-found': 'hidden',
      'check-directly.card-used': 'yes',
      'order-details.physical': 'yes',
      'shipments/shipping-status.shipped': 'some-shipped',
      'shipments/shipping-status.delivery-to': 'my-address',
      'shipments/call-carrier.action': 'refuse-at-door',
      'charges/check-statement.outcome': 'still-charged',
    };
    const answers: Record<string, ConfirmationChoice> = {
      'report-to-merchant.stop-shipment': 'no', // "they'll obviously stop it": they had not
      'report-to-merchant.charge': 'unknown',
      'report-to-merchant.other-orders': 'not-asked',
    };
    const w = await walk('fraud-order', script, (id) => answers[id] ?? 'yes');
    // Urgent first: the mail and the password, then the shop, then the card; the detail after.
    expect(w.shown.map((t) => t.key)).toEqual([
      'first-minutes',
      'check-directly',
      'reach-shop',
      'lock-them-out',
      'report-to-merchant',
      'charges/call-issuer',
      'charges/cardholder',
      'charges/look-at-statement',
      'charges/orders-on-statement',
      'charges/right-party',
      'charges/deadline',
      'charges/check-statement',
      'charges/escalate',
      'money-lost',
      'order-details',
      'check-account',
      'shipments/ask-merchant',
      'shipments/shipping-status',
      'shipments/call-carrier',
      'shipments/tell-merchant',
      'shipments/all-stopped',
      'secure-account',
      'police',
      'follow-through',
    ]);
    const said = w.prompter.said.join('\n');
    expect(said).toContain('── Step 1 of ');
    expect(w.state.answers.get('check-directly')?.get('orders-found')).toEqual({
      kind: 'choice',
      value: 'hidden',
    });
    // The order numbers typed when reporting are the orders every later step goes through.
    expect(said).toContain('✔ Orders: 2 (A-1001, A-1002)');
    expect(w.prompter.askedIds().has('shipments/ask-merchant.orders:list')).toBe(false);

    const summary = w.prompter.said.at(-1) ?? '';
    expect(summary).toContain('Still open (not yet confirmed):');
    // "Must I pay meanwhile?" — a yes is not good news (expect: no), so it stays open.
    expect(summary).toMatch(/□ While you investigate, must I pay .*\(Yes\)/);
    // The shop's "no" to stopping the shipment was settled by its later yes, asked again in
    // stop-shipment, and "don't know" about the charge by its answer in right-party.
    expect(summary).not.toContain('Will you stop the shipment of each order');
    expect(summary).not.toContain('Will the charges for these orders be cancelled');
    expect(latestConfirmation(w.state, 'report-to-merchant.stop-shipment')).toMatchObject({
      answer: 'no',
      who: 'Sato (ID 4411)',
      // The same call as the first question to the shop: its reference, not asked again.
      reference: 'R-cancel-orders',
    });
    // The shop had said no to stopping the shipment: stop-shipment asks it again.
    expect(latestConfirmation(w.state, 'shipments/ask-merchant.stop-each')?.answer).toBe('yes');
    expect(latestConfirmation(w.state, 'report-to-merchant.other-orders')).toBeUndefined();
    // Each party named once: one conversation each.
    expect(w.prompter.asked.filter((a) => a.id.endsWith(':who-name')).map((a) => a.answer)).toEqual([
      'Sato (ID 4411)',
      'Tanaka',
      'Driver desk, Kimura',
    ]);

    const due = Object.fromEntries([...w.state.followUps].map(([id, f]) => [id, f.set.due]));
    expect(due).toMatchObject({
      'report-to-merchant.cancel-orders': '2026-11-23',
      'report-to-merchant.restore': '2026-11-29',
      'report-to-merchant.cause': '2026-12-06',
      'shipments/call-carrier.stop-delivery': '2026-11-23',
      'shipments/all-stopped': '2026-11-25',
      'charges/deadline': '2026-12-20', // 30 days from the statement date typed, 2026-11-20
      'secure-account': '2026-11-29',
      'follow-through': '2026-12-06',
    });
    // A promise not made is a question to ask again (or to act on), three days after the call.
    expect(w.state.followUps.get('report-to-merchant.stop-shipment')?.set).toMatchObject({
      due: '2026-11-25',
      origin: { recheck: true },
    });
    expect(w.state.followUps.get('report-to-merchant.charge')?.set.origin.recheck).toBe(true);
    expectJournalMatches(w);
  });

  it('fraud-order when the person cannot sign in, nothing ships and no card was used', async () => {
    const w = await walk('fraud-order', {
      'check-directly.could-sign-in': 'no',
      'check-directly.card-used': 'no',
      'order-details.physical': 'no',
    });
    expect(w.shown.map((t) => t.key)).toEqual([
      'first-minutes',
      'check-directly',
      'cannot-sign-in',
      'reach-shop',
      'report-to-merchant',
      'money-lost',
      'order-details',
      'secure-account',
      'police',
      'follow-through',
    ]);
    expect(w.prompter.askedIds().has('check-directly.orders-found')).toBe(false);
    expect(w.prompter.said.join('\n')).toContain('You cannot sign in? Check your mail account first');
    expectJournalMatches(w);
  });

  it("card-charges: the card stopped first; waiting takes the playbook's date, and an unresolved statement escalates", async () => {
    const w = await walk('card-charges', {
      'look-at-statement.statement-date': '2026-11-10',
      'look-at-statement.pending': 'yes',
      'deadline:outcome': 'waiting',
      'check-statement.outcome': 'new-charges',
    });
    expect(w.shown.map((t) => t.key)).toEqual([
      'call-issuer',
      'cardholder',
      'look-at-statement',
      'list-charges',
      'right-party',
      'deadline',
      'check-statement',
      'escalate',
    ]);
    // The first prompt is the card's last 4 digits, for the call that stops the card.
    expect(w.prompter.asked[0]?.id).toBe('call-issuer.card-last4');
    expect(w.prompter.asked.find((a) => a.id === 'deadline:due')?.answer).toBe('2026-12-10'); // offered: statement + 30 days
    expect(w.state.outcomes.get('deadline')).toMatchObject({ outcome: 'waiting', due: '2026-12-10' });
    expect(w.state.followUps.get('deadline')?.set.due).toBe('2026-12-10');
    expect(w.state.followUps.get('call-issuer.block-pending')?.set.due).toBe('2026-11-25');
    expect(w.state.facts.get('card.last4')?.value).toEqual({ kind: 'text', value: '4242' });
    // The deadline the card company gave is recorded as a date, not as "yes".
    expect(latestConfirmation(w.state, 'call-issuer.deadline')?.value).toEqual({
      kind: 'date',
      value: '2026-12-20',
    });
    expect(w.prompter.said.at(-1)).toContain('8 of 8 steps finished.');
  });

  it("emergency-contact during an incident asks only today's numbers", async () => {
    const w = await walk('emergency-contact', {
      'merchant-contact.in-incident': 'yes',
      'merchant-contact.phone': '0120-123-456',
    });
    expect(w.shown.map((t) => t.key)).toEqual([
      'merchant-contact',
      'card-issuer-contact',
      'carrier-contact',
      'keep-offline',
    ]);
    expect(w.state.answers.get('merchant-contact')?.get('phone')).toEqual({
      kind: 'text',
      value: '0120-123-456',
    });
    expect(w.prompter.said.at(-1)).toContain('Nothing is left open.');
    expectJournalMatches(w);
  });

  it.each(BUILTINS)('%s in Japanese: every step shown in Japanese, to the Japanese summary', async (id) => {
    const w = await walk(id, {}, undefined, 'ja');
    const said = w.prompter.said.join('\n');
    for (const task of w.shown) expect(said).toContain(localize(task.step.title, 'ja'));
    expect(said).toContain(`手順 1 / `);
    expect(w.prompter.said.at(-1)).toMatch(/すべての手順を終えました[。が]/);
    expectJournalMatches(w, 'ja');
  });
});
