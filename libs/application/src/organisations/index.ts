export * from './organisation.queries';
export * from './directory.use-cases';
