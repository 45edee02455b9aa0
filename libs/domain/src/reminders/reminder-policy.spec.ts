import { DEFAULT_REMINDER_POLICY, validateReminderPolicy } from './index';

describe('DEFAULT_REMINDER_POLICY', () => {
  it('is 14 and 3 days before, the deadline morning, then overdue day 1 and weekly x3, at 08:00', () => {
    expect(DEFAULT_REMINDER_POLICY).toEqual({
      beforeDays: [14, 3],
      onDeadlineDay: true,
      overdueAfterDays: 1,
      overdueRepeatDays: 7,
      overdueMaxCount: 3,
      hour: 8,
    });
    expect(validateReminderPolicy(DEFAULT_REMINDER_POLICY)).toEqual({});
  });
});

describe('validateReminderPolicy', () => {
  it('accepts an empty before-list and no overdue notices', () => {
    expect(
      validateReminderPolicy({ ...DEFAULT_REMINDER_POLICY, beforeDays: [], overdueMaxCount: 0, hour: 0 }),
    ).toEqual({});
  });

  it('reports every bad field in Swedish', () => {
    expect(
      validateReminderPolicy({
        beforeDays: [14, 0],
        onDeadlineDay: 'ja',
        overdueAfterDays: 0,
        overdueRepeatDays: 1.5,
        overdueMaxCount: 11,
        hour: 24,
      }),
    ).toEqual({
      beforeDays: 'Antal dagar före svarsdatum måste vara hela dagar mellan 1 och 365.',
      onDeadlineDay: 'Ange om en påminnelse ska skickas på svarsdagen (ja eller nej).',
      overdueAfterDays: 'Första påminnelsen efter svarsdatum måste skickas mellan 1 och 365 dagar efter svarsdatumet.',
      overdueRepeatDays: 'Tiden mellan påminnelser efter svarsdatum måste vara mellan 1 och 365 dagar.',
      overdueMaxCount: 'Antalet påminnelser efter svarsdatum måste vara ett heltal mellan 0 och 10.',
      hour: 'Klockslaget för påminnelser måste vara en hel timme mellan 0 och 23.',
    });
  });

  it('checks the before-list shape, duplicates and length', () => {
    const check = (beforeDays: unknown) => validateReminderPolicy({ ...DEFAULT_REMINDER_POLICY, beforeDays }).beforeDays;
    expect(check('14')).toBe('Påminnelser före svarsdatum måste anges som en lista med antal dagar.');
    expect(check([3, 3])).toBe('Samma antal dagar före svarsdatum får bara anges en gång.');
    expect(check([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe('Högst 10 påminnelser före svarsdatum kan anges.');
    expect(check([366])).toBe('Antal dagar före svarsdatum måste vara hela dagar mellan 1 och 365.');
  });

  it('rejects a missing policy', () => {
    expect(validateReminderPolicy(null)).toEqual({ beforeDays: 'Påminnelseinställningarna saknas eller har fel format.' });
    expect(Object.keys(validateReminderPolicy({}))).toEqual([
      'beforeDays',
      'onDeadlineDay',
      'overdueAfterDays',
      'overdueRepeatDays',
      'overdueMaxCount',
      'hour',
    ]);
  });
});
