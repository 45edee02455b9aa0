export * from './canonical-json';
export * from './chain';
export * from './statement';
