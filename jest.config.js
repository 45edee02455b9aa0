// Two tiers: unit specs (pure, no services) and integration specs (real
// PostgreSQL, Redis and SMTP, prepared once by the global setup).
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

/**
 * ES-module-only packages that CommonJS code require()s (Node 20.19+ does it natively, so dist/ loads them as they are;
 * Jest's module loader cannot): compiled to CommonJS by swc for Jest.
 */
const ESM_PACKAGES = ['canonicalize', 'feed', 'openid-client', 'oauth4webapi', 'jose', 'oidc-provider'];
transform[`/node_modules/(${ESM_PACKAGES.join('|')})/.+\\.js$`] = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  // A project-level testTimeout is ignored by Jest: it is a global option.
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,workflows}/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.int-spec.ts', '<rootDir>/libs/**/*.int-spec.ts', '<rootDir>/apps/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.ts',
      // Every JSON response from a watched API is checked against its served OpenAPI document (openapi-contract.ts).
      setupFilesAfterEnv: ['<rootDir>/libs/testing/src/jest/contract-setup.ts'],
    },
  ],
};
