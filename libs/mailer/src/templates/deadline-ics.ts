import { addDays, type LocalDate } from '@remiss/domain';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { MailAttachment } from '../mail-message';

export interface DeadlineIcsInput {
  /** Stable per recipient, so that an extension updates the same calendar entry. */
  uid: string;
  /** Higher for every new deadline of the same recipient (the number of granted extensions). */
  sequence: number;
  deadline: LocalDate;
  summary: string;
  description: string;
  url: string;
  /** DTSTAMP; pass the clock's now so that tests are deterministic. */
  stamp: Date;
}

const utcDay = (d: LocalDate) => new Date(`${d}T00:00:00Z`);

/** An all-day calendar event on the deadline date, as an .ics attachment. */
export function deadlineIcs(input: DeadlineIcsInput): MailAttachment {
  const calendar = ical({ prodId: { company: 'KSL', product: 'Remiss', language: 'SV' }, method: ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    allDay: true,
    start: utcDay(input.deadline),
    end: utcDay(addDays(input.deadline, 1)),
    stamp: input.stamp,
    summary: input.summary,
    description: input.description,
    url: input.url,
  });
  return { filename: 'svarsdatum.ics', content: calendar.toString(), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' };
}
