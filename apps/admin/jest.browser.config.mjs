// Browser journeys against the built product (API + admin served by it), run with
// `npm run test:browser -w @aic/admin` after `npm run build`.
/** @type {import('jest').Config} */
export default {
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/e2e/global-setup.mjs',
  globalTeardown: '<rootDir>/e2e/global-teardown.mjs',
  cacheDirectory: '<rootDir>/../../.cache/jest-browser',
  testTimeout: 60000,
  // One product per worker (e2e/global-setup.mjs): two on the 2 cores of CI; --runInBand for one file.
  maxWorkers: 2,
  testSequencer: '<rootDir>/e2e/test-sequencer.mjs',
};
