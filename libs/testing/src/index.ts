export * from './test-database';
export * from './smtp-test-server';
export * from './test-context';
export * from './wait';
export * from './fixtures/remiss-fixture';
export * from './document-fixtures';
// Own servers on loopback ports (Redis Cluster and Sentinel, PostgreSQL with a standby, PgBouncer): the ha-* tests and npm run chaos
export * from './ha/processes';
export * from './ha/redis-topology';
export * from './ha/postgres-ha';
export * from './openapi-contract';
