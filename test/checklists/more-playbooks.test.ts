// The playbooks beyond fraud-order's family: account-takeover, police-report, data-leak-notice
// and support-escalation. The generic checks (both languages, ids, references, every branch)
// run over them in builtins.test.ts and branches.test.ts; these tests check what a frightened
// person would notice when reading or walking them: what comes first, what is asked of whom,
// what gets recorded, and that every promise is checked again later.
import { describe, expect, it } from 'vitest';
import { renderChecklist } from '../../src/core/playbook/render.js';
import type { Confirmation, Playbook, Question, TaskStep } from '../../src/core/playbook/schema.js';
import { walkTasks, type WalkedTask } from '../../src/core/playbook/walk.js';
import { evaluateCondition } from '../../src/core/session/conditions.js';
import { checkSchema, listBuiltinFiles, readBuiltin } from './inspect.js';

const library = new Map<string, Playbook>();
for (const path of listBuiltinFiles()) {
  const { file, data } = readBuiltin(path);
  if (checkSchema(file, data).length === 0) library.set((data as Playbook).id, data as Playbook);
}

const NEW = ['account-takeover', 'police-report', 'data-leak-notice', 'support-escalation'] as const;

function playbook(id: string): Playbook {
  const found = library.get(id);
  if (!found) throw new Error(`checklists/${id}.yaml is missing or does not pass the schema`);
  return found;
}

function task(id: string, stepId: string): TaskStep {
  const step = playbook(id).steps.find((s) => s.id === stepId);
  if (!step || 'include' in step) throw new Error(`${id}: no task step "${stepId}"`);
  return step;
}

function question(id: string, ref: string): Question {
  const [stepId = '', questionId = ''] = ref.split('.');
  const found = task(id, stepId).questions?.find((q) => q.id === questionId);
  if (!found) throw new Error(`${id}: no question "${ref}"`);
  return found;
}

function confirmation(id: string, ref: string): Confirmation {
  const [stepId = '', confirmationId = ''] = ref.split('.');
  const found = task(id, stepId).confirmations?.find((c) => c.id === confirmationId);
  if (!found) throw new Error(`${id}: no confirmation "${ref}"`);
  return found;
}

type Value = string | number | boolean | undefined;

/** The tasks (with includes) a person sees for these answers, keyed by full reference. */
function visible(rootId: string, answers: Record<string, Value> = {}): WalkedTask[] {
  return walkTasks(playbook(rootId), library).filter((t) =>
    t.conditions.every((c) =>
      evaluateCondition(c.condition, {
        answer: (ref) => answers[c.scope + ref],
        confirmation: () => undefined,
      }),
    ),
  );
}

const keys = (rootId: string, answers: Record<string, Value> = {}): string[] =>
  visible(rootId, answers).map((t) => t.key);

/** The confirmations of one step a person is asked to put, for these answers. */
function asked(rootId: string, stepId: string, answers: Record<string, Value> = {}): string[] {
  return (task(rootId, stepId).confirmations ?? [])
    .filter((c) =>
      evaluateCondition(c.when, { answer: (ref) => answers[ref], confirmation: () => undefined }),
    )
    .map((c) => c.id);
}

const en = (text: unknown): string =>
  typeof text === 'string' ? text : ((text as Record<string, string> | undefined)?.en ?? '');
const ja = (text: unknown): string =>
  typeof text === 'string' ? text : ((text as Record<string, string> | undefined)?.ja ?? '');
const show = (id: string, lang: 'en' | 'ja') =>
  renderChecklist(playbook(id), library, { format: 'text', lang });

describe('the four new playbooks', () => {
  it.each(NEW)('%s is a built-in, shows in both languages, and names who to ask', (id) => {
    const p = playbook(id);
    expect(p.parties?.length ?? 0, `${id}: parties`).toBeGreaterThan(0);
    const english = show(id, 'en');
    const japanese = show(id, 'ja');
    expect(english.split('\n')[0]).toBe(en(p.title));
    expect(japanese.split('\n')[0]).toBe(ja(p.title));
    expect(english).toContain('Ask ');
    expect(renderChecklist(p, library, { format: 'md', lang: 'ja' })).toContain(`# ${ja(p.title)}`);
  });

  it.each(NEW)('%s asks exact questions of a party and sets follow-ups with dates', (id) => {
    const steps = playbook(id).steps.filter((s): s is TaskStep => !('include' in s));
    const confirmations = steps.flatMap((s) => s.confirmations ?? []);
    expect(confirmations.length, `${id}: confirmations`).toBeGreaterThanOrEqual(3);
    const followUps = [
      ...steps.flatMap((s) => (s['follow-up'] ? [s['follow-up']] : [])),
      ...confirmations.flatMap((c) => (c['follow-up'] ? [c['follow-up']] : [])),
    ];
    expect(followUps.length, `${id}: follow-ups`).toBeGreaterThanOrEqual(3);
    for (const f of followUps) expect(f.after).toMatch(/^[1-9][0-9]*[hdw]$/);
  });

  it.each(NEW)('%s never poses as legal advice, and never sends the person to a link in a mail', (id) => {
    const english = show(id, 'en');
    const linkAdvice = english
      .replace(/\n\s+/g, ' ')
      .split(/(?<=[.!?:;])\s|\s-\s/)
      .filter((sentence) => /\blinks?\b/i.test(sentence) && !/reset links?/i.test(sentence));
    for (const sentence of linkAdvice)
      expect(sentence, `${id}: a link is mentioned without warning against it`).toMatch(
        /\b(not|never|no|delete|ignore)\b/i,
      );
    expect(english).toMatch(
      /typing (its|the [a-z' ]+) address|typed address|number (printed )?on the back of (your|the) card/i,
    );
    if (/\b(188|lawyer|legal)\b/.test(english))
      expect(english).toMatch(/not legal (advice|representation)|do not replace a lawyer/);
  });
});

describe('account-takeover', () => {
  const order = keys('account-takeover', { 'first-minutes.can-sign-in': true });

  it('closes the forwarding rules before anything else in the mail account', () => {
    const backDoors = task('account-takeover', 'back-doors');
    expect(backDoors.questions?.[0]?.id).toBe('forwarding');
    expect(en(backDoors.questions?.[0]?.prompt)).toMatch(/forwarding/i);
    expect(ja(backDoors.questions?.[0]?.prompt)).toContain('転送');
    for (const later of [
      'new-password',
      'app-access',
      'two-step',
      'list-accounts',
      'secure-accounts',
      'warn-money',
    ]) {
      expect(order.indexOf('back-doors'), `back-doors before ${later}`).toBeLessThan(order.indexOf(later));
    }
    // The only thing before it is noticing, and (when locked out) the official recovery.
    expect(order.slice(0, order.indexOf('back-doors'))).toEqual(['first-minutes']);
    expect(en(backDoors.why)).toMatch(/survive a new password/);
  });

  it('covers the whole mail account: recovery options, filters, sessions, app passwords, 2-step verification, a new unique password', () => {
    const mailPart = ['back-doors', 'new-password', 'app-access', 'two-step'].map((s) =>
      show('account-takeover', 'en').includes(en(task('account-takeover', s).title)),
    );
    expect(mailPart).toEqual([true, true, true, true]);
    expect(en(task('account-takeover', 'back-doors').instructions)).toMatch(
      /Recovery phone number and recovery address/,
    );
    expect(en(task('account-takeover', 'back-doors').instructions)).toMatch(/Filters and rules/);
    expect(en(task('account-takeover', 'new-password').instructions)).toMatch(
      /sign out of all other sessions/,
    );
    expect(en(task('account-takeover', 'new-password').instructions)).toMatch(/never used anywhere/);
    expect(en(task('account-takeover', 'app-access').instructions)).toMatch(/app passwords/);
    expect(en(task('account-takeover', 'two-step').title)).toMatch(/2-step verification/);
  });

  it('sends a locked-out person to the official recovery first, and asks the provider to restore access', () => {
    expect(keys('account-takeover', { 'first-minutes.can-sign-in': false })).toContain('get-back-in');
    expect(order).not.toContain('get-back-in');
    expect(confirmation('account-takeover', 'get-back-in.restore-access')['follow-up']?.after).toBe('2d');
    expect(en(playbook('account-takeover').parties?.find((p) => p.id === 'mail-provider')?.contact)).toMatch(
      /often a scam/,
    );
  });

  it('then goes through every account that resets through that mail, and records what was changed and when', () => {
    const accounts = question('account-takeover', 'list-accounts.accounts');
    expect(accounts.type).toBe('records');
    const fields = accounts.type === 'records' ? accounts.fields.map((f) => f.id) : [];
    expect(fields).toEqual(expect.arrayContaining(['site', 'kind', 'what-changed', 'secured']));
    expect(accounts.required).toBe(true);
    expect(question('account-takeover', 'back-doors.forward-to').type).toBe('text');
    expect(question('account-takeover', 'what-they-did.noticed-date')).toMatchObject({
      type: 'date',
      fact: 'incident.noticed',
    });
    expect(order.indexOf('list-accounts')).toBeLessThan(order.indexOf('secure-accounts'));
  });

  it('asks a site it cannot fix alone to lock and return the account, unless the person says every account is fine', () => {
    expect(asked('account-takeover', 'secure-accounts')).toEqual([
      'lock-and-return',
      'what-was-done',
      'shop-hold',
    ]);
    // Every shop that holds the card is still asked to hold orders to an address that is not yours.
    expect(asked('account-takeover', 'secure-accounts', { 'list-accounts.cannot-fix': false })).toEqual([
      'shop-hold',
    ]);
    expect(confirmation('account-takeover', 'secure-accounts.shop-hold')['follow-up']?.after).toBe('1d');
  });

  it('warns the bank and card company, and checks a week later that nothing moved', () => {
    const watch = confirmation('account-takeover', 'warn-money.watch-account');
    expect(watch.party).toBe('bank');
    expect(watch['follow-up']?.after).toBe('1w');
    expect(en(task('account-takeover', 'warn-money').instructions)).toMatch(/respond start fraud-order/);
    // The bank, then the card company: stopping the card is the same promise card-charges asks for.
    expect(
      asked('account-takeover', 'warn-money').map(
        (c) => confirmation('account-takeover', `warn-money.${c}`).party,
      ),
    ).toEqual(['bank', 'bank', 'card-issuer']);
    expect(confirmation('account-takeover', 'warn-money.stop-card')).toMatchObject({
      topic: 'stop-card',
      recheck: '1d',
    });
    // "Nothing was changed" is the good news; a bank that does not know is asked again the next day.
    expect(confirmation('account-takeover', 'warn-money.any-changes')).toMatchObject({
      expect: 'no',
      recheck: '1d',
    });
    // Money comes before the long list of accounts.
    expect(order.indexOf('warn-money')).toBeLessThan(order.indexOf('list-accounts'));
  });

  it('keeps the card, contacts and police parts when an answer is skipped, and drops each on a no', () => {
    const skipped = keys('account-takeover');
    expect(skipped).toEqual(
      expect.arrayContaining(['charges/call-issuer', 'tell-contacts', 'police/at-station']),
    );
    const calm = keys('account-takeover', {
      'what-they-did.orders-or-charges': false,
      'what-they-did.sent-to-contacts': false,
      'what-they-did.money-lost': false,
    });
    expect(
      calm.filter((k) => k.startsWith('charges/') || k.startsWith('police/') || k === 'tell-contacts'),
    ).toEqual([]);
    expect(calm).toContain('record');
  });

  it('checks again in two weeks that the forwarding rules and recovery options are still yours', () => {
    const last = task('account-takeover', 'record')['follow-up'];
    expect(last?.after).toBe('2w');
    expect(en(last?.check)).toMatch(/forwarding, filters, recovery phone/);
  });
});

describe('police-report', () => {
  it('records the receipt number, the officer, the station and the date', () => {
    const at = task('police-report', 'at-station');
    const byId = new Map((at.questions ?? []).map((q) => [q.id, q]));
    expect(byId.get('receipt-number')).toMatchObject({ type: 'text', format: 'reference' });
    expect(byId.get('officer')).toMatchObject({ required: true });
    expect(byId.get('station')).toMatchObject({ required: true });
    expect(byId.get('report-date')).toMatchObject({ type: 'date', required: true });
    expect(en(at.instructions)).toMatch(/read the receipt number back/);
  });

  it('says when it helps: the card company asks for a receipt number, gift cards lost', () => {
    const first = task('police-report', 'when-it-helps');
    expect(en(first.instructions)).toMatch(/asks for a police receipt number/);
    expect(en(first.instructions)).toMatch(/gift cards/);
    expect(en(question('police-report', 'when-it-helps.asked-for-number').prompt)).toMatch(/receipt number/);
  });

  it('lists what to bring: the printed case log, order numbers, screenshots, the statement', () => {
    const bring = en(task('police-report', 'prepare').instructions);
    expect(bring).toContain('respond report <case> --for police');
    for (const item of ['order numbers', 'Screenshots', 'statement']) expect(bring).toContain(item);
    expect(ja(task('police-report', 'prepare').instructions)).toContain('respond report <case> --for police');
  });

  it('gives each region its own consultation line, with 110 only for an emergency in Japan', () => {
    // Issue 11: one step per region (test/checklists/region-cards.test.ts reads each as shown).
    // The numbers come from the helpline directory (test/checklists/helpline-steps.test.ts
    // reads them as each region's reader sees them).
    expect(ja(task('police-report', 'consult-first-jp').instructions)).toContain('警察相談専用電話');
    expect(task('police-report', 'consult-first-jp').helplines).toEqual(['jp-9110']);
    expect(en(task('police-report', 'consult-first-us').instructions)).toMatch(
      /ic3\.gov.*ReportFraud\.ftc\.gov/s,
    );
    expect(en(task('police-report', 'consult-first-uk').instructions)).toContain('Report Fraud');
    expect(en(task('police-report', 'consult-first').instructions)).toMatch(/non-emergency number/);
    expect(en(playbook('police-report').summary)).toMatch(/not legal advice/);
    expect(ja(playbook('police-report').summary)).toContain('法的助言ではありません');
    expect(keys('police-report')).not.toContain('emergency-call');
    expect(keys('police-report', { 'when-it-helps.emergency': true })[0]).toBe('when-it-helps');
    expect(ja(task('police-report', 'emergency-call-jp').title)).toContain('110');
    expect(ja(task('police-report', 'emergency-call').title)).not.toContain('110');
  });

  it('asks what is missing when it was taken only as a consultation', () => {
    expect(keys('police-report', { 'at-station.accepted-as': 'report' })).not.toContain('not-accepted');
    expect(keys('police-report', { 'at-station.accepted-as': 'consultation' })).toContain('not-accepted');
    expect(keys('police-report', { 'at-station.accepted-as': 'come-back' })).toContain('not-accepted');
  });

  it('passes the number to the card company and checks that it reached the case', () => {
    const passed = confirmation('police-report', 'pass-it-on.recorded-number');
    expect(passed.party).toBe('card-issuer');
    expect(passed['follow-up']).toMatchObject({ after: '1w', from: 'at-station.report-date' });
    expect(asked('police-report', 'pass-it-on', { 'when-it-helps.asked-for-number': false })).toEqual([]);
  });

  it("is what fraud-order's police step leads to, and what account-takeover includes", () => {
    const include = playbook('account-takeover').steps.find(
      (s) => 'include' in s && s.include === 'police-report',
    );
    expect(include).toBeDefined();
  });
});

describe('data-leak-notice', () => {
  it("first checks the notice on the company's own site, typed by hand", () => {
    expect(keys('data-leak-notice')[0]).toBe('verify-notice');
    expect(en(task('data-leak-notice', 'verify-notice').instructions)).toMatch(
      /Type the company's address yourself/,
    );
    expect(keys('data-leak-notice', { 'verify-notice.confirmed': 'yes' })).not.toContain('maybe-fake');
    expect(keys('data-leak-notice', { 'verify-notice.confirmed': 'no' })).toContain('maybe-fake');
    expect(keys('data-leak-notice')).toContain('maybe-fake');
  });

  it('warns of scam calls that know your name and order history', () => {
    const scams = task('data-leak-notice', 'expect-scams');
    expect(en(scams.instructions)).toMatch(/knows your name and order history/);
    expect(ja(scams.instructions)).toContain('購入履歴を知っていて');
    expect(en(scams.instructions)).toMatch(/call back on the number from the company's own site/);
    expect(en(scams.instructions)).toMatch(/never pay a fee/);
  });

  it('asks what exactly leaked, and changes passwords and the card only when they may have leaked', () => {
    expect(en(confirmation('data-leak-notice', 'what-leaked.exactly-what').ask)).toMatch(
      /Card number.*password.*order history/,
    );
    const none = keys('data-leak-notice', { 'verify-notice.passwords': false, 'verify-notice.card': false });
    expect(none).not.toContain('change-passwords');
    expect(none.filter((k) => k === 'card' || k.startsWith('charges/'))).toEqual([]);
    const unsure = keys('data-leak-notice');
    expect(unsure).toEqual(expect.arrayContaining(['change-passwords', 'card', 'charges/call-issuer']));
    // A leaked card with no strange charge yet: a new card, no dispute.
    const cardOnly = keys('data-leak-notice', { 'verify-notice.card': true, 'card.unknown-charges': false });
    expect(cardOnly).toContain('card');
    expect(cardOnly.filter((k) => k.startsWith('charges/'))).toEqual([]);
    expect(confirmation('data-leak-notice', 'card.reissue')['follow-up']?.after).toBe('2w');
  });

  it('asks you to report strange contacts, because small signals uncover big leaks', () => {
    const report = task('data-leak-notice', 'report-strange');
    expect(en(report.why)).toMatch(/Small signals matter/);
    expect(en(report.why)).toMatch(/millions of records/);
    const pass = confirmation('data-leak-notice', 'report-strange.pass-to-investigation');
    expect(pass.party).toBe('company');
    expect(pass['follow-up']?.after).toBe('1w');
    const contacts = question('data-leak-notice', 'report-strange.contacts');
    expect(contacts.type === 'records' ? contacts.fields.map((f) => f.id) : []).toEqual([
      'date',
      'channel',
      'from',
      'knew',
      'asked',
    ]);
    expect(keys('data-leak-notice', { 'expect-scams.already-contacted': false })).not.toContain(
      'report-strange',
    );
  });

  it('points to the consumer hotline 188 and keeps watching for months', () => {
    expect(ja(task('data-leak-notice', 'advice').instructions)).toContain('消費者ホットライン');
    expect(task('data-leak-notice', 'advice').helplines).toEqual(['jp-188', 'jp-9110']);
    expect(task('data-leak-notice', 'keep-watching')['follow-up']?.after).toBe('4w');
  });
});

describe('support-escalation', () => {
  it('restates the case in writing: what happened, what you know, what you need, your questions', () => {
    const restate = en(task('support-escalation', 'restate').instructions);
    for (const part of ['What happened', 'What you know', 'What you need', 'Your questions'])
      expect(restate).toContain(part);
    const jaRestate = ja(task('support-escalation', 'restate').instructions);
    for (const part of ['起きたこと', 'わかっていること', 'してほしいこと', '質問'])
      expect(jaRestate).toContain(part);
    expect(task('support-escalation', 'restate')['follow-up']?.after).toBe('1w');
  });

  it('asks which party can actually do it: the site, the payment company or the card company', () => {
    expect(en(confirmation('support-escalation', 'right-party.who-can-do-it').ask)).toMatch(
      /who can\?.*payment company.*card company/,
    );
    expect(asked('support-escalation', 'right-party')).toEqual([
      'who-can-do-it',
      'processor-can',
      'issuer-can',
    ]);
    expect(asked('support-escalation', 'right-party', { 'right-party.who-can': 'processor' })).toEqual([
      'who-can-do-it',
      'processor-can',
    ]);
    expect(keys('support-escalation', { 'where-it-stands.answer': 'cannot' })).toContain('right-party');
    expect(keys('support-escalation', { 'where-it-stands.answer': 'fixed-no-cause' })).not.toContain(
      'right-party',
    );
  });

  it('asks for the cause and a commitment with a date, and sets a follow-up on the promise', () => {
    const cause = confirmation('support-escalation', 'cause-and-commitment.cause');
    expect(en(cause.ask)).toMatch(/What caused this\?/);
    const commitment = confirmation('support-escalation', 'cause-and-commitment.commitment');
    expect(en(commitment.ask)).toMatch(/by what date/);
    expect(commitment['follow-up']).toBeDefined();
    expect(question('support-escalation', 'cause-and-commitment.promised-by').type).toBe('date');
    expect(task('support-escalation', 'outcome')['follow-up']).toMatchObject({
      after: '1d',
      from: 'cause-and-commitment.promised-by',
    });
  });

  it('escalates (supervisor, written final answer, complaints desk, then 188) unless it is resolved', () => {
    const escalate = en(task('support-escalation', 'escalate').instructions);
    expect(escalate).toMatch(/supervisor/);
    expect(escalate).toMatch(/written final answer/);
    expect(escalate).toMatch(/complaints/);
    expect(ja(task('support-escalation', 'outside-help').instructions)).toContain('消費生活の相談窓口');
    expect(task('support-escalation', 'outside-help').helplines).toContain('jp-188');
    expect(keys('support-escalation', { 'outcome.result': 'resolved' })).not.toEqual(
      expect.arrayContaining(['escalate']),
    );
    expect(keys('support-escalation', { 'outcome.result': 'refused' })).toEqual(
      expect.arrayContaining(['escalate', 'outside-help']),
    );
    expect(keys('support-escalation')).toEqual(expect.arrayContaining(['escalate', 'outside-help']));
    const order = keys('support-escalation');
    expect(order.indexOf('cause-and-commitment')).toBeLessThan(order.indexOf('escalate'));
    expect(order.indexOf('escalate')).toBeLessThan(order.indexOf('outside-help'));
  });

  it('watches for recurrence after it is "fixed"', () => {
    expect(
      confirmation('support-escalation', 'cause-and-commitment.watch-recurrence')['follow-up']?.after,
    ).toBe('2w');
    const watch = task('support-escalation', 'watch');
    expect(watch['follow-up']?.after).toBe('4w');
    expect(en(watch['follow-up']?.check)).toMatch(/happened again/);
    expect(keys('support-escalation').at(-1)).toBe('watch');
  });
});

describe('a guide, not a form (issue 9)', () => {
  const firstOption = (id: string, ref: string): string | undefined => {
    const q = question(id, ref);
    return q.type === 'choice' ? q.options[0]?.id : undefined;
  };

  it('account-takeover: the new password comes right after closing the back doors, before any list', () => {
    const order = keys('account-takeover', { 'first-minutes.can-sign-in': true });
    expect(order.slice(0, 3)).toEqual(['first-minutes', 'back-doors', 'new-password']);
    // The first step asks only what decides the way in: the mail address, and whether you can still sign in.
    expect((task('account-takeover', 'first-minutes').questions ?? []).map((q) => q.id)).toEqual([
      'mail-address',
      'can-sign-in',
    ]);
    expect(question('account-takeover', 'first-minutes.mail-address').fact).toBe('mail.address');
    for (const ref of ['new-password.changed', 'new-password.signed-out-all', 'two-step.enabled'])
      expect(question('account-takeover', ref), ref).toMatchObject({ type: 'yesno', expect: 'yes' });
  });

  it('data-leak-notice: passwords and the card are dealt with before the details of what leaked', () => {
    const order = keys('data-leak-notice');
    expect(order.slice(0, 3)).toEqual(['verify-notice', 'change-passwords', 'card']);
    expect(order.indexOf('what-leaked')).toBeGreaterThan(order.indexOf('card'));
    // "Not sure" is where the cursor starts, not "yes, the notice is real".
    expect(firstOption('data-leak-notice', 'verify-notice.confirmed')).toBe('not-sure');
    expect(question('data-leak-notice', 'verify-notice.company-name').fact).toBe('shop.name');
    expect(question('data-leak-notice', 'card.card-last4').fact).toBe('card.last4');
    expect(confirmation('data-leak-notice', 'card.reissue')).toMatchObject({
      topic: 'stop-card',
      recheck: '1d',
    });
    // What the company says leaked, and when, are recorded in its own words.
    expect(confirmation('data-leak-notice', 'what-leaked.exactly-what').answer).toBe('text');
    expect(confirmation('data-leak-notice', 'card.covered').answer).toBe('text');
  });

  it('police-report: "only a consultation" is the default, so what is missing gets asked', () => {
    expect(firstOption('police-report', 'at-station.accepted-as')).toBe('consultation');
    expect(keys('police-report', { 'at-station.accepted-as': 'consultation' })).toContain('not-accepted');
    expect(question('police-report', 'at-station.receipt-number').fact).toBe('police.report-number');
    expect(confirmation('police-report', 'consult-first.where-to-go').answer).toBe('text');
    expect(confirmation('police-report', 'pass-it-on.recorded-number').recheck).toBe('1d');
  });

  it('support-escalation: "resolved" is never the default, and outside help comes once they refuse', () => {
    expect(firstOption('support-escalation', 'outcome.result')).not.toBe('resolved');
    expect(firstOption('support-escalation', 'right-party.who-can')).toBe('unknown');
    expect(keys('support-escalation', { 'outcome.result': 'partly' })).toContain('escalate');
    expect(keys('support-escalation', { 'outcome.result': 'partly' })).not.toContain('outside-help');
    expect(confirmation('support-escalation', 'cause-and-commitment.cause')).toMatchObject({
      answer: 'text',
      recheck: '1w',
    });
    expect(question('support-escalation', 'watch.recurred')).toMatchObject({ type: 'yesno', expect: 'no' });
  });

  it("emergency-contact: during an incident only today's numbers, each named as a fact of the case", () => {
    // Left unanswered, it is an incident: today's numbers only.
    expect(keys('emergency-contact')).not.toContain('other-contacts');
    const calm = { 'merchant-contact.in-incident': false };
    expect(keys('emergency-contact', calm)).toContain('other-contacts');
    expect(keys('emergency-contact', { 'merchant-contact.in-incident': true })).not.toContain(
      'other-contacts',
    );
    const facts = Object.fromEntries(
      [
        'merchant-contact.merchant-name',
        'merchant-contact.phone',
        'card-issuer-contact.card-last4',
        'card-issuer-contact.phone-24h',
        'carrier-contact.carrier-name',
      ].map((ref) => [ref, question('emergency-contact', ref).fact]),
    );
    expect(facts).toEqual({
      'merchant-contact.merchant-name': 'shop.name',
      'merchant-contact.phone': 'shop.phone',
      'card-issuer-contact.card-last4': 'card.last4',
      'card-issuer-contact.phone-24h': 'card.issuer-phone',
      'carrier-contact.carrier-name': 'carrier.name',
    });
  });

  it('the card is stopped under one topic, put to the same party card-charges asks', () => {
    for (const [id, ref] of [
      ['account-takeover', 'warn-money.stop-card'],
      ['data-leak-notice', 'card.reissue'],
    ] as const) {
      const c = confirmation(id, ref);
      expect(c.topic, ref).toBe('stop-card');
      expect(c.party, ref).toBe('card-issuer');
    }
    const issuer = playbook('card-charges').parties?.map((p) => p.id);
    expect(issuer).toContain('card-issuer');
  });
});
