// ESM jest with @swc/jest (see shared/stack-notes.md): decorators + metadata for Nest and TypeORM.
export const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
    // content-disposition 3, which @fastify/static requires, is ESM only: Node >= 20.19 requires it natively,
    // jest's module loader only from Node 24.9. Compiled to CommonJS for the tests.
    '/node_modules/content-disposition/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['^(?!.*/node_modules/content-disposition/).*/node_modules/'],
  moduleNameMapper: {
    '^@aic/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  cacheDirectory: '<rootDir>/../../.cache/jest-api',
};
