import { formatSwedishDate, formatSwedishDateShort, formatSwedishDateTime, stockholmDay } from './index';

describe('formatSwedishDate', () => {
  it('writes weekday, day without leading zero, lowercase month and year', () => {
    expect(formatSwedishDate('2013-11-15')).toBe('fredag 15 november 2013');
    expect(formatSwedishDate('2014-11-17')).toBe('måndag 17 november 2014');
    expect(formatSwedishDate('2013-06-05')).toBe('onsdag 5 juni 2013');
    expect(formatSwedishDate('2014-03-02')).toBe('söndag 2 mars 2014');
    expect(formatSwedishDate('2013-08-01')).toBe('torsdag 1 augusti 2013');
  });

  it('rejects invalid dates', () => {
    expect(() => formatSwedishDate('2013-02-30')).toThrow(RangeError);
  });
});

describe('formatSwedishDateShort', () => {
  it('omits the weekday', () => {
    expect(formatSwedishDateShort('2013-11-15')).toBe('15 november 2013');
    expect(formatSwedishDateShort('2013-12-19')).toBe('19 december 2013');
    expect(formatSwedishDateShort('2013-01-01')).toBe('1 januari 2013');
  });
});

describe('formatSwedishDateTime', () => {
  it('shows Stockholm winter time (UTC+1)', () => {
    expect(formatSwedishDateTime(new Date('2013-11-15T07:00:00Z'))).toBe('15 november 2013 kl. 08:00');
  });

  it('shows Stockholm summer time (UTC+2)', () => {
    expect(formatSwedishDateTime(new Date('2014-03-31T06:00:00Z'))).toBe('31 mars 2014 kl. 08:00');
  });

  it('uses the Stockholm date, not the UTC date, around midnight', () => {
    expect(formatSwedishDateTime(new Date('2013-12-31T23:30:00Z'))).toBe('1 januari 2014 kl. 00:30');
    expect(formatSwedishDateTime(new Date('2013-10-27T22:59:59.999Z'))).toBe('27 oktober 2013 kl. 23:59');
  });

  it('rejects an invalid instant', () => {
    expect(() => formatSwedishDateTime(new Date('nope'))).toThrow(RangeError);
  });
});

describe('stockholmDay', () => {
  it('gives the Stockholm calendar day of an instant, across midnight and summer time', () => {
    expect(stockholmDay(new Date('2013-11-14T23:30:00Z'))).toBe('2013-11-15');
    expect(stockholmDay('2013-06-30T22:30:00Z')).toBe('2013-07-01');
    expect(stockholmDay(new Date('2013-06-30T21:30:00Z'))).toBe('2013-06-30');
    expect(stockholmDay(null)).toBe('');
    expect(stockholmDay('not a date')).toBe('');
  });
});
