/** Tests run from the TypeScript sources (compiled by swc); CLI tests run the built binary in dist/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/spec'],
  testMatch: ['**/*.test.ts'],
  // The Dask cluster test runs on its own: npm run test:dask (jest.dask.config.js).
  testPathIgnorePatterns: ['/node_modules/', '/spec/dask'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  testTimeout: 60000,
};
