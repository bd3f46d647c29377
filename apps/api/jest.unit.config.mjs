import { shared } from './jest.shared.mjs';

export default { ...shared, displayName: 'api-unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
