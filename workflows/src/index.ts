export * from './machine-runtime';
export * from './shared/payload';
export * from './shared/deadline';
export * from './consultation';
export * from './remiss-recipient';
export * from './decision-recipient';
export * from './labels';
