import { describe, expect, it } from '@jest/globals';
import { dateCheck, isIsoDate, issuesOf, plainMessage, plainReason } from './plain-errors';

describe('plain Swedish errors in the UI', () => {
  it("never shows zod's words or the API's codes as a field reason", () => {
    expect(plainReason('förväntat string, fick undefined')).toBe('måste fyllas i');
    expect(plainReason('måste vara ett av tillstyrker, avstyrker, synpunkter, inga_synpunkter')).toBe('välj ett av alternativen');
    expect(plainReason('måste vara true eller false')).toBe('välj ja eller nej');
    expect(plainReason('måste vara ett giltigt id (UUID)')).toBe('välj ett alternativ i listan');
    expect(plainReason('ange justeringsdatum eller omedelbar justering (immediate: true)')).toBe('ange justeringsdatum eller omedelbar justering');
    expect(plainReason('kan inte ligga i framtiden')).toBe('kan inte ligga i framtiden');
  });

  it('replaces a message carrying process codes by a plain sentence', () => {
    expect(plainMessage('Händelsen START_DRAFTING är inte tillåten när ärendet har status "onRemiss".')).not.toMatch(/START_DRAFTING|onRemiss/);
    expect(plainMessage('Det går inte att börja ta fram förslaget nu: ärendet har status "på remiss".')).toBe('Det går inte att börja ta fram förslaget nu: ärendet har status "på remiss".');
  });

  it('checks dates as ÅÅÅÅ-MM-DD that exist, and reports every failed check at once', () => {
    expect([isIsoDate('2013-05-02'), isIsoDate('2013-02-30'), isIsoDate('02/05/2013')]).toEqual([true, false, false]);
    expect(issuesOf([...dateCheck('deadline', ''), ['place', false, 'skriv var seminariet hålls'], ['x', true, 'ok']])).toEqual([
      { field: 'deadline', reason: 'skriv ett datum, t.ex. 2013-05-02' },
      { field: 'place', reason: 'skriv var seminariet hålls' },
    ]);
    expect(issuesOf(dateCheck('deadline', '2013-02-30'))).toEqual([{ field: 'deadline', reason: 'skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2013-05-02' }]);
  });
});
