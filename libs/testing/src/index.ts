export * from './test-database';
export * from './smtp-test-server';
export * from './test-context';
export * from './wait';
export * from './fixtures/remiss-fixture';
export * from './document-fixtures';
export * from './openapi-contract';
