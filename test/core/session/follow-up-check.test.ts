import { describe, expect, it } from 'vitest';
import { makeFollowUpSet } from '../../../src/core/journal/events.js';
import { walkTasks } from '../../../src/core/playbook/walk.js';
import { followUpCheck } from '../../../src/core/session/plan.js';
import { fraud, library } from '../../app/fixtures.js';

const tasks = walkTasks(fraud, library);
const at = new Date(2026, 10, 22, 9, 0);

describe('followUpCheck', () => {
  it("says a step's reminder in the language asked for, whatever language the run was in", () => {
    const set = makeFollowUpSet(at, {
      id: 'orders',
      due: '2027-01-09',
      check: 'Dispute deadline',
      origin: { step: 'orders' },
    });
    expect(followUpCheck(set, tasks, 'ja')).toBe('異議申し立ての期限');
  });

  it("says a confirmation's reminder from the confirmation that set it", () => {
    const set = makeFollowUpSet(at, {
      id: 'stop/call-carrier.refuse',
      due: '2026-11-23',
      check: 'Check the tracking page',
      origin: { step: 'stop/call-carrier', confirmation: 'refuse' },
    });
    expect(followUpCheck(set, tasks, 'ja')).toBe('追跡ページを確認');
  });

  it('uses the step title for "waiting" on a step without a reminder, and the stored text when the step is unknown', () => {
    const waiting = makeFollowUpSet(at, {
      id: 'password',
      due: '2026-11-25',
      check: 'Change the password',
      origin: { step: 'password' },
    });
    expect(followUpCheck(waiting, tasks, 'ja')).toBe('パスワードを変更');
    const orphan = makeFollowUpSet(at, {
      id: 'gone',
      due: '2026-11-25',
      check: 'As it was written',
      origin: { step: 'no-such-step' },
    });
    expect(followUpCheck(orphan, tasks, 'ja')).toBe('As it was written');
  });
});
