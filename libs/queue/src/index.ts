export * from './queue-names';
export * from './job-payloads';
export * from './redis-connection';
export * from './redis-connections.module';
export * from './redis-lock';
