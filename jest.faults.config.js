/**
 * The fault suite (npm run test:faults): real processes killed, a real PostgreSQL stopped and frozen.
 * Every PostgreSQL it touches is its own embedded server on a free port, never the machine's.
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  moduleNameMapper: { '^@app/(engine|db|common|context)(|/.*)$': '<rootDir>/libs/$1/src$2' },
  testTimeout: 240_000,
  maxWorkers: 1,
};
