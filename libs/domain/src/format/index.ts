export { formatSwedishDate, formatSwedishDateShort, formatSwedishDateTime } from './swedish-date';
