export * from './decision-recipient.machine';
