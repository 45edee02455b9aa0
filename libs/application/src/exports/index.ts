export * from './calendar-feed';
export * from './compilation-data';
export * from './compilation-docx';
