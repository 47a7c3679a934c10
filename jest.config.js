/** All tiers run against a real Neo4j: the embedded one started by the global setup, or NEO4J_URI. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  // Suites share one Neo4j database (Community has one), so they run one at a time.
  maxWorkers: 1,
  testTimeout: 60000,
};
