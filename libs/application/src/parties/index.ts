export * from './parties.query';
export * from './register-termination.use-case';
