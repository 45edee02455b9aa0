export * from './stockholm-county';
