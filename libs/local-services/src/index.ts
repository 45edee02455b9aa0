export * from './probe';
export * from './postgres';
export * from './redis';
export * from './pg-cluster';
export * from './oidc-provider';
