/** What tests and benchmarks may use of the API app. */
export { createApiApp } from './create-api-app';
export { signToken } from './auth/token.service';
export { TokenService } from './auth/token.service';
export { REDIS } from './redis.provider';
