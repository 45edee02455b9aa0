import {
  addDays,
  type LocalDate,
  nextWorkingDay,
  parseLocalDate,
  previousWorkingDay,
  stockholmInstant,
} from '../calendar';
import { type ReminderPolicy, validateReminderPolicy } from './reminder-policy';

export type ReminderKind = 'before' | 'deadline' | 'overdue';

export interface PlannedReminder {
  kind: ReminderKind;
  /** Calendar days relative to the deadline before moving to a working day: -14, 0, +1, +8 ... */
  offsetDays: number;
  /** 1-based position within its kind, in time order, independent of `now`. */
  sequence: number;
  /** Stable per deadline and policy: 'before-14', 'deadline', 'overdue-1'. */
  key: string;
  dueDate: LocalDate;
  /** policy.hour:00 Stockholm time on dueDate, as a UTC instant. */
  dueAt: Date;
}

type Candidate = Omit<PlannedReminder, 'dueAt'>;

function candidates(deadline: LocalDate, policy: ReminderPolicy): Candidate[] {
  const before = [...policy.beforeDays].sort((a, b) => b - a);
  const list: Candidate[] = before.map((days, i) => ({
    kind: 'before',
    offsetDays: -days,
    sequence: i + 1,
    key: `before-${days}`,
    dueDate: previousWorkingDay(addDays(deadline, -days)),
  }));
  if (policy.onDeadlineDay) {
    // A deadline on a non-working day gets its reminder on the working day before.
    list.push({ kind: 'deadline', offsetDays: 0, sequence: 1, key: 'deadline', dueDate: previousWorkingDay(deadline) });
  }
  for (let i = 0; i < policy.overdueMaxCount; i++) {
    const offsetDays = policy.overdueAfterDays + i * policy.overdueRepeatDays;
    list.push({
      kind: 'overdue',
      offsetDays,
      sequence: i + 1,
      key: `overdue-${i + 1}`,
      dueDate: nextWorkingDay(addDays(deadline, offsetDays)),
    });
  }
  return list;
}

/**
 * Plans the reminders for a deadline. Each goes out at policy.hour:00 Stockholm time on
 * a working day: 'before' and 'deadline' reminders move back to the previous working
 * day, 'overdue' ones forward to the next. 'before' reminders due before `now` are
 * dropped ('deadline' and 'overdue' are kept: the caller decides what a late one means).
 * Of reminders landing on the same day, the one closest to the deadline is kept.
 * Throws RangeError for an invalid policy or date.
 */
export function planReminders(deadline: LocalDate, policy: ReminderPolicy, now?: Date): PlannedReminder[] {
  parseLocalDate(deadline);
  const errors = Object.values(validateReminderPolicy(policy));
  if (errors.length > 0) throw new RangeError(errors.join(' '));
  if (now && Number.isNaN(now.getTime())) throw new RangeError('Ogiltig tidpunkt.');

  const byDay = new Map<LocalDate, PlannedReminder>();
  for (const c of candidates(deadline, policy)) {
    const reminder: PlannedReminder = { ...c, dueAt: stockholmInstant(c.dueDate, policy.hour) };
    if (reminder.kind === 'before' && now && reminder.dueAt.getTime() < now.getTime()) continue;
    const existing = byDay.get(reminder.dueDate);
    if (!existing || Math.abs(reminder.offsetDays) < Math.abs(existing.offsetDays)) {
      byDay.set(reminder.dueDate, reminder);
    }
  }
  return [...byDay.values()].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
