import { takeContractViolations } from '../openapi-contract';

/** Fails a test whose responses broke the OpenAPI contract, also when the test caught the rejected request. */
afterEach(() => {
  const violations = takeContractViolations();
  if (violations.length > 0)
    throw new Error(`OpenAPI contract broken by ${violations.length} response(s):\n${violations.join('\n\n')}`);
});
