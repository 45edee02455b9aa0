export * from './log-verification';
export * from './log-statements';
