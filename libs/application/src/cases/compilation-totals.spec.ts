import { compilationTotals, totalsLines } from './compilation-totals';

const row = (over: Record<string, unknown>) => ({ state: 'sent', outcome: null, overdue: false, extensions: 0, position: null, deadline: '2013-04-30', decision: null, ...over }) as never;

describe('compilation totals', () => {
  it('adds up a remiss round: answered (late ones counted), declined, no answer, by position', () => {
    const totals = compilationTotals(
      [
        row({ state: 'answered', position: 'tillstyrker' }),
        row({ state: 'answeredLate', position: 'synpunkter', extensions: 1 }),
        row({ state: 'closed', outcome: 'answered', position: 'tillstyrker' }),
        row({ state: 'declined' }),
        row({ state: 'closed', outcome: 'declined' }),
        row({ state: 'closed', outcome: 'noAnswer' }),
        row({ state: 'overdue', overdue: true }),
        row({ state: 'extensionRequested', extensions: 1 }),
      ],
      'remiss',
    );
    expect(totals).toEqual({
      recipients: 8, answered: 3, late: 1, declined: 2, noAnswer: 3, overdue: 1, extensions: 2,
      byPosition: { tillstyrker: 2, avstyrker: 0, inga_synpunkter: 0, synpunkter: 1 },
      byOutcome: { adopt: 0, notAdopt: 0, answer: 0, other: 0 },
    });
    expect(totalsLines(totals, 'remiss')).toEqual([
      '3 av 8 har svarat, varav 1 efter sista dag',
      '2 avstår, 3 utan svar (varav 1 försenade), 2 med anstånd',
      'Ställningstaganden: tillstyrker 2, avstyrker 0, inga synpunkter 0, synpunkter 1',
    ]);
  });

  it('adds up a recommendation round by the final decisions’ outcomes, late by meeting day', () => {
    const decision = (outcome: string, meetingDate: string) => ({ outcome, meetingDate, bodyName: 'Kommunfullmäktige', paragraph: '§ 1', immediate: false });
    const totals = compilationTotals(
      [
        row({ state: 'received', outcome: 'adopt', decision: decision('adopt', '2013-11-11'), deadline: '2013-11-15' }),
        row({ state: 'decided', outcome: 'notAdopt', decision: decision('notAdopt', '2013-12-16'), deadline: '2013-11-15' }),
        row({ state: 'inProgress', deadline: '2013-11-15' }),
      ],
      'recommendation',
    );
    expect(totals).toMatchObject({ recipients: 3, answered: 2, late: 1, noAnswer: 1, byOutcome: { adopt: 1, notAdopt: 1, answer: 0, other: 0 } });
    expect(totalsLines(totals, 'recommendation')[2]).toBe('Beslut: antar 1, antar inte 1, yttrande 0, annat beslut 0');
  });
});
