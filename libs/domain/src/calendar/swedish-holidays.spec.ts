import { isWorkingDay, nonWorkingReason } from './index';

describe('nonWorkingReason / isWorkingDay', () => {
  it.each([
    ['2013-06-21', 'midsommarafton'],
    ['2013-06-22', 'midsommardagen'],
    ['2013-12-24', 'julafton'],
    ['2013-12-25', 'juldagen'],
    ['2013-12-26', 'annandag jul'],
    ['2013-12-31', 'nyårsafton'],
    ['2014-01-01', 'nyårsdagen'],
    ['2014-01-06', 'trettondedag jul'],
    ['2013-03-29', 'långfredagen'],
    ['2013-03-31', 'påskdagen'],
    ['2013-04-01', 'annandag påsk'],
    ['2013-05-01', 'första maj'],
    ['2013-05-09', 'Kristi himmelsfärdsdag'],
    ['2013-06-06', 'nationaldagen'],
    ['2013-11-02', 'alla helgons dag'],
    ['2014-06-20', 'midsommarafton'],
    ['2013-11-16', 'lördag'],
    ['2013-11-17', 'söndag'],
    ['2013-03-30', 'lördag'],
  ])('%s is not a working day (%s)', (date, reason) => {
    expect(nonWorkingReason(date)).toBe(reason);
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    '2013-04-30', // valborgsmässoafton (optional)
    '2013-03-28', // skärtorsdagen (observance)
    '2013-05-20', // annandag pingst (observance since 2005)
    '2013-11-01', // allhelgonaafton (optional)
    '2013-12-13', // Luciadagen (observance)
    '2013-12-23',
    '2013-12-27',
    '2013-12-30',
    '2014-01-02',
    '2013-11-15',
  ])('%s is a working day', (date) => {
    expect(nonWorkingReason(date)).toBeNull();
    expect(isWorkingDay(date)).toBe(true);
  });

  it('rejects invalid dates', () => {
    expect(() => isWorkingDay('2013-02-30')).toThrow(RangeError);
  });
});
