export * from './log-verification';
