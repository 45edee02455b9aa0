import { describe, expect, it } from '@jest/globals';
import { groupEvents } from './group-events';

const event = (id: number, event: string, at: string, recipientId: string | null, actorName: string | null = null) =>
  ({ id: String(id), event, at, recipientId, actorName, actorOrganisation: null, stateBefore: null, stateAfter: null });

describe('groupEvents', () => {
  it('makes one line of the same event at the same second by the same actor for many recipients (the same minute), keeping the order', () => {
    const groups = groupEvents([
      event(1, 'SEND_REMISS', '2013-02-01T08:00:00.100Z', null, 'Kansliet'),
      ...Array.from({ length: 26 }, (_, i) => event(2 + i, 'DEADLINE_PASSED', '2013-05-01T06:00:00.000Z', `r${i}`)),
      event(30, 'ANSWER', '2013-05-02T08:00:00Z', 'r1', 'Anna'),
      event(31, 'ANSWER', '2013-05-02T08:00:00Z', 'r2', 'Bo'),
      event(32, 'ROUND_CLOSED', '2013-05-06T08:00:00Z', null),
      event(33, 'ROUND_CLOSED', '2013-05-06T08:00:00Z', null),
    ]);
    expect(groups.map((g) => [g.first.event, g.count])).toEqual([
      ['SEND_REMISS', 1],
      ['DEADLINE_PASSED', 26],
      ['ANSWER', 1],
      ['ANSWER', 1],
      ['ROUND_CLOSED', 1],
      ['ROUND_CLOSED', 1],
    ]);
    expect(groups[1].recipientIds).toHaveLength(26);
  });

  it('groups within the minute shown, and keeps apart the next minute', () => {
    expect(groupEvents([event(1, 'ANSWER', '2013-05-02T08:00:00Z', 'a'), event(2, 'ANSWER', '2013-05-02T08:00:59Z', 'b')])).toHaveLength(1);
    expect(groupEvents([event(1, 'ANSWER', '2013-05-02T08:00:59Z', 'a'), event(2, 'ANSWER', '2013-05-02T08:01:00Z', 'b')])).toHaveLength(2);
  });
});
