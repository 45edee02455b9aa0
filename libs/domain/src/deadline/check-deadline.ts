import {
  addMonths,
  calendarDaysBetween,
  compareLocalDates,
  type LocalDate,
  nextWorkingDay,
  nonWorkingReason,
  parseLocalDate,
  workingDaysBetween,
} from '../calendar';
import { formatSwedishDate, formatSwedishDateShort } from '../format';

export type DeadlineWarningCode = 'DEADLINE.NON_WORKING_DAY' | 'DEADLINE.SHORTER_THAN_MINIMUM' | 'DEADLINE.IN_PAST';

export interface DeadlineWarning {
  code: DeadlineWarningCode;
  /** Swedish, shown to the user. */
  message: string;
  /**
   * The date the message suggests, machine-readable: the next working day (NON_WORKING_DAY), the first day that
   * gives the minimum remiss time (SHORTER_THAN_MINIMUM, moved to a working day), none for a past date.
   */
  suggestedDeadline: LocalDate | null;
}

export interface DeadlineCheckInput {
  deadline: LocalDate;
  today: LocalDate;
  /** Recommended minimum remiss time in months (default 3). 0 disables the check. */
  minMonths?: number;
}

export interface DeadlineCheck {
  deadline: LocalDate;
  isWorkingDay: boolean;
  nonWorkingReason: string | null;
  /** The deadline, or the next working day if it is not one (lag 1930:173). */
  suggestedDeadline: LocalDate;
  /** Working days after today up to and including the deadline (negative if past). */
  workingDays: number;
  /** Calendar days from today to the deadline (negative if past). */
  calendarDays: number;
  inPast: boolean;
  warnings: DeadlineWarning[];
}

const MONTH_WORDS = ['', 'en månad', 'två månader', 'tre månader', 'fyra månader', 'fem månader', 'sex månader'];

function monthsInSwedish(n: number): string {
  return MONTH_WORDS[n] ?? `${n} månader`;
}

/** Checks a proposed remiss deadline and explains (in Swedish) what is questionable about it. */
export function checkDeadline({ deadline, today, minMonths = 3 }: DeadlineCheckInput): DeadlineCheck {
  parseLocalDate(deadline);
  parseLocalDate(today);
  if (!Number.isInteger(minMonths) || minMonths < 0) {
    throw new RangeError(`Minsta remisstid måste vara ett heltal antal månader: ${minMonths}.`);
  }
  const reason = nonWorkingReason(deadline);
  const suggestedDeadline = nextWorkingDay(deadline);
  const inPast = compareLocalDates(deadline, today) < 0;
  const calendarDays = calendarDaysBetween(today, deadline);
  const warnings: DeadlineWarning[] = [];

  if (inPast) {
    warnings.push({
      code: 'DEADLINE.IN_PAST',
      message: `Svarsdatumet ${formatSwedishDateShort(deadline)} har redan passerat.`,
      suggestedDeadline: null,
    });
  }
  if (reason !== null) {
    const what = reason === 'lördag' || reason === 'söndag' ? `en ${reason}` : reason;
    warnings.push({
      code: 'DEADLINE.NON_WORKING_DAY',
      message:
        `Den ${formatSwedishDateShort(deadline)} är ${what}. ` +
        `Närmaste vardag är ${formatSwedishDate(suggestedDeadline)}.`,
      suggestedDeadline,
    });
  }
  const minimum = addMonths(today, minMonths);
  if (!inPast && minMonths > 0 && compareLocalDates(deadline, minimum) < 0) {
    warnings.push({
      code: 'DEADLINE.SHORTER_THAN_MINIMUM',
      message:
        `Remisstiden är kortare än ${monthsInSwedish(minMonths)} (${calendarDays} ${calendarDays === 1 ? 'dag' : 'dagar'}). ` +
        `Remissinstanserna bör normalt få minst ${monthsInSwedish(minMonths)} på sig att svara, ` +
        `det vill säga svarsdatum ${formatSwedishDateShort(minimum)} eller senare.`,
      suggestedDeadline: nextWorkingDay(minimum),
    });
  }

  return {
    deadline,
    isWorkingDay: reason === null,
    nonWorkingReason: reason,
    suggestedDeadline,
    workingDays: workingDaysBetween(today, deadline),
    calendarDays,
    inPast,
    warnings,
  };
}
