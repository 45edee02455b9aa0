export * from './stockholm-county';
export * from './mail-domain';
