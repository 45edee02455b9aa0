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
