export * from './mail-layout';
export * from './deadline-ics';
export * from './case-templates';
export * from './extension-templates';
export * from './digest-template';
export * from './account-templates';
