import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { sv } from 'date-fns/locale/sv';
import { type LocalDate, STOCKHOLM_TZ, stockholmInstant } from '../calendar';

function formatLocal(d: LocalDate, pattern: string): string {
  return format(new TZDate(stockholmInstant(d).getTime(), STOCKHOLM_TZ), pattern, { locale: sv });
}

/** 'fredag 15 november 2013'. */
export function formatSwedishDate(d: LocalDate): string {
  return formatLocal(d, 'EEEE d MMMM yyyy');
}

/** '15 november 2013'. */
export function formatSwedishDateShort(d: LocalDate): string {
  return formatLocal(d, 'd MMMM yyyy');
}

/** '15 november 2013 kl. 08:00', in Stockholm time. */
export function formatSwedishDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Ogiltig tidpunkt.');
  return format(new TZDate(instant.getTime(), STOCKHOLM_TZ), "d MMMM yyyy 'kl.' HH:mm", { locale: sv });
}

// Intl formatters are expensive to create (about 100 µs each); one is kept for all calls.
const STOCKHOLM_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM_TZ, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Stockholm calendar day of an instant, '2013-11-15' (an empty string for no value). */
export function stockholmDay(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  return STOCKHOLM_DAY.format(instant);
}
