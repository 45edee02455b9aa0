export * from './decision.types';
export * from './decision-fields';
export * from './follow-up';
export * from './follow-up.use-case';
export * from './register-preparation.use-case';
export * from './register-decision.use-case';
export * from './dispatch.use-case';
export * from './decision-queries';
