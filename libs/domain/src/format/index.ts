export { formatSwedishDate, formatSwedishDateShort, formatSwedishDateTime, stockholmDay } from './swedish-date';
