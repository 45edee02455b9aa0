export * from './calendar-feed';
export * from './compilation-data';
export * from './compilation-docx';
export * from './archive-package';
export * from './archive-schema';
