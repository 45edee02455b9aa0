export * from './remiss-recipient.machine';
