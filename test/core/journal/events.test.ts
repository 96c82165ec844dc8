import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeAnswer,
  makeConfirmation,
  makeContact,
  makeNote,
  makeStepOutcome,
  parseEvent,
} from '../../../src/core/journal/events.js';
import { isCaseId, makeCaseId } from '../../../src/core/journal/case-id.js';
import { now, sampleEvents } from './sample-events.js';

const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Tokyo';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('event constructors', () => {
  it('stamp version and local time with offset', () => {
    const note = makeNote(now, { text: 'hello' });
    expect(note).toEqual({ v: 1, type: 'note', ts: '2026-11-22T20:41:07.123+09:00', text: 'hello' });
  });

  it('mask a full card number in every free-text field', () => {
    const events = sampleEvents();
    const json = JSON.stringify(events);
    expect(json).not.toContain('4242 4242 4242 4242');
    expect(json).not.toContain('4242424242424242');
    expect(json.split('•••• 4242').length - 1).toBe(9);
  });

  it('mask a card number given as the party of a contact or a confirmation (note --party takes any text)', () => {
    const contact = makeContact(now, {
      party: '4111\u00a01111\u00a01111\u00a01111',
      who: 'x',
      channel: 'phone',
    });
    const confirmation = makeConfirmation(now, {
      step: 's',
      confirmation: 'c',
      party: '4111 1111 1111 1111',
      answer: 'yes',
      who: 'x',
      channel: 'phone',
    });
    expect([contact.party, confirmation.party]).toEqual(['•••• 1111', '•••• 1111']);
    expect(makeContact(now, { party: 'card-issuer', who: 'x', channel: 'phone' }).party).toBe('card-issuer');
  });

  it('produce events that parse back unchanged, through JSON', () => {
    for (const event of sampleEvents()) {
      const back = parseEvent(JSON.parse(JSON.stringify(event)));
      expect(back).toEqual({ ok: true, event });
    }
  });

  it('record the confirmation time apart from the event time', () => {
    const c = makeConfirmation(now, {
      step: 's',
      confirmation: 'c',
      party: 'p',
      answer: 'unknown',
      who: 'x',
      channel: 'chat',
    });
    expect(c.at).toBe(c.ts);
    const earlier = makeConfirmation(now, {
      step: 's',
      confirmation: 'c',
      party: 'p',
      answer: 'no',
      who: 'x',
      channel: 'chat',
      at: new Date('2026-11-22T02:00:00Z'),
    });
    expect(earlier.at).toBe('2026-11-22T11:00:00.000+09:00');
  });

  it('drop optional fields left undefined', () => {
    const c = makeContact(now, { party: 'p', who: 'x', channel: 'email', phone: undefined });
    expect('phone' in c).toBe(false);
  });

  it('refuse values that could not be read back', () => {
    expect(() =>
      makeAnswer(now, {
        step: 's',
        question: 'q',
        answer: { kind: 'money', value: { amount: '1,980', currency: 'JPY' } },
      }),
    ).toThrow(/amount/);
    expect(() =>
      makeAnswer(now, { step: 's', question: 'q', answer: { kind: 'date', value: '2026-02-30' } }),
    ).toThrow(/date/);
    expect(() => makeStepOutcome(now, { step: 's', outcome: 'waiting', due: 'tomorrow' })).toThrow(/due/);
    expect(() => makeNote(now, { text: 'x', step: '' })).not.toThrow(); // an empty optional step is a string
  });
});

describe('parseEvent', () => {
  const good = { v: 1, type: 'note', ts: '2026-11-22T20:41:07.123+09:00', text: 'hi' };
  it.each([
    [null, /object/],
    [[good], /object/],
    [{ ...good, v: 2 }, /unsupported format version: 2/],
    [{ ...good, v: undefined }, /unsupported format version: none/],
    [{ ...good, type: 'telepathy' }, /unknown event type/],
    [{ ...good, type: 'constructor' }, /unknown event type/],
    [{ ...good, ts: '2026-11-22T20:41:07' }, /ts/],
    [{ ...good, text: 3 }, /text/],
    [{ v: 1, type: 'contact', ts: good.ts, party: 'p', who: 'x', channel: 'fax' }, /channel/],
    [
      { v: 1, type: 'answer', ts: good.ts, step: 's', question: 'q', kind: 'yesno', value: 'yes' },
      /true or false/,
    ],
    [
      {
        v: 1,
        type: 'answer',
        ts: good.ts,
        step: 's',
        question: 'q',
        kind: 'records',
        value: [{ a: { kind: 'records', value: [] } }],
      },
      /cannot nest/,
    ],
    [
      { v: 1, type: 'answer', ts: good.ts, step: 's', question: 'q', kind: 'sound', value: 1 },
      /unknown answer kind/,
    ],
    [{ v: 1, type: 'step-outcome', ts: good.ts, step: 's', outcome: 'maybe' }, /outcome/],
    [{ v: 1, type: 'follow-up-set', ts: good.ts, id: 'f', due: '2026-11-23', check: 'c' }, /origin/],
    [{ v: 1, type: 'case-closed', ts: good.ts }, /forced/],
  ])('refuses %j', (input, error) => {
    const result = parseEvent(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('tolerates unknown keys from a newer writer of the same version', () => {
    expect(parseEvent({ ...good, mood: 'calm' }).ok).toBe(true);
  });

  it('parses 10,000 decoded lines quickly', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => JSON.stringify(sampleEvents()[i % 18]));
    const start = performance.now();
    for (const line of lines) if (!parseEvent(JSON.parse(line)).ok) throw new Error('bad');
    // The bench measures precisely; this only catches an accidental order-of-magnitude slip.
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('makeCaseId', () => {
  it('reads as local date, playbook and 4 hex digits', () => {
    expect(makeCaseId(now, 'fraud-order', () => 0.6541)).toBe('2026-11-22-fraud-order-a773');
    expect(makeCaseId(new Date('2026-11-22T16:00:00Z'), 'card-charges', () => 0)).toBe(
      '2026-11-23-card-charges-0000',
    );
    expect(makeCaseId(now, 'x', () => 0.99999999)).toBe('2026-11-22-x-ffff');
  });

  it('never makes a path out of an odd playbook id', () => {
    const id = makeCaseId(now, '../Etc/Passwd', () => 0.5);
    expect(id).toBe('2026-11-22-etc-passwd-8000');
    expect(isCaseId(id)).toBe(true);
  });
});
