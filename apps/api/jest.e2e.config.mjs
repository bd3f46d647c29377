import { shared } from './jest.shared.mjs';

export default {
  ...shared,
  displayName: 'api-e2e',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30000,
  testSequencer: '<rootDir>/test/slow-first-sequencer.mjs',
};
