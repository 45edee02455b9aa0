/** When reminders about a remiss deadline are sent. All day counts are calendar days. */
export interface ReminderPolicy {
  /** Days before the deadline, e.g. [14, 3]. */
  beforeDays: number[];
  /** A reminder on the morning of the deadline day. */
  onDeadlineDay: boolean;
  /** Days after the deadline for the first overdue notice. */
  overdueAfterDays: number;
  /** Days between overdue notices. */
  overdueRepeatDays: number;
  /** Number of overdue notices (0 = none). */
  overdueMaxCount: number;
  /** Hour of day (Stockholm time) at which reminders go out. */
  hour: number;
}

export const DEFAULT_REMINDER_POLICY: Readonly<ReminderPolicy> = Object.freeze({
  beforeDays: [14, 3],
  onDeadlineDay: true,
  overdueAfterDays: 1,
  overdueRepeatDays: 7,
  overdueMaxCount: 3,
  hour: 8,
});

/** Swedish error message per invalid field; an empty object means the policy is valid. */
export type ReminderPolicyErrors = Partial<Record<keyof ReminderPolicy, string>>;

export const REMINDER_POLICY_LIMITS = Object.freeze({ maxDays: 365, maxBeforeCount: 10, maxOverdueCount: 10 });

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function beforeDaysError(value: unknown): string | undefined {
  const { maxDays, maxBeforeCount } = REMINDER_POLICY_LIMITS;
  if (!Array.isArray(value)) return 'Påminnelser före svarsdatum måste anges som en lista med antal dagar.';
  if (value.length > maxBeforeCount) return `Högst ${maxBeforeCount} påminnelser före svarsdatum kan anges.`;
  if (!value.every((v) => isIntegerIn(v, 1, maxDays))) {
    return `Antal dagar före svarsdatum måste vara hela dagar mellan 1 och ${maxDays}.`;
  }
  if (new Set(value).size !== value.length) return 'Samma antal dagar före svarsdatum får bara anges en gång.';
  return undefined;
}

/** Validates a policy (e.g. from a request body); returns Swedish messages keyed by field. */
export function validateReminderPolicy(p: unknown): ReminderPolicyErrors {
  if (typeof p !== 'object' || p === null) {
    return { beforeDays: 'Påminnelseinställningarna saknas eller har fel format.' };
  }
  const policy = p as Partial<Record<keyof ReminderPolicy, unknown>>;
  const { maxDays, maxOverdueCount } = REMINDER_POLICY_LIMITS;
  const errors: ReminderPolicyErrors = {};
  const before = beforeDaysError(policy.beforeDays);
  if (before) errors.beforeDays = before;
  if (typeof policy.onDeadlineDay !== 'boolean') {
    errors.onDeadlineDay = 'Ange om en påminnelse ska skickas på svarsdagen (ja eller nej).';
  }
  if (!isIntegerIn(policy.overdueAfterDays, 1, maxDays)) {
    errors.overdueAfterDays = `Första påminnelsen efter svarsdatum måste skickas mellan 1 och ${maxDays} dagar efter svarsdatumet.`;
  }
  if (!isIntegerIn(policy.overdueRepeatDays, 1, maxDays)) {
    errors.overdueRepeatDays = `Tiden mellan påminnelser efter svarsdatum måste vara mellan 1 och ${maxDays} dagar.`;
  }
  if (!isIntegerIn(policy.overdueMaxCount, 0, maxOverdueCount)) {
    errors.overdueMaxCount = `Antalet påminnelser efter svarsdatum måste vara ett heltal mellan 0 och ${maxOverdueCount}.`;
  }
  if (!isIntegerIn(policy.hour, 0, 23)) {
    errors.hour = 'Klockslaget för påminnelser måste vara en hel timme mellan 0 och 23.';
  }
  return errors;
}
