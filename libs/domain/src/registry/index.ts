export * from './registry-number';
