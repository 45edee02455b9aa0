export * from './mail-message';
export * from './mail-transport';
export * from './templates';
