/** Values the global setup hands to the test files through the environment. */
export const RUN_ENV = {
  serverUrl: 'REMISS_TEST_PG_SERVER_URL',
  template: 'REMISS_TEST_TEMPLATE_DB',
  runId: 'REMISS_TEST_RUN_ID',
  redisUrl: 'REMISS_TEST_REDIS_URL',
} as const;

export function readRunEnv(key: keyof typeof RUN_ENV): string {
  const value = process.env[RUN_ENV[key]];
  if (!value) throw new Error(`${RUN_ENV[key]} saknas: kör integrationstesterna via jest (global setup).`);
  return value;
}
