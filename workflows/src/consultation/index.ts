export * from './consultation.machine';
