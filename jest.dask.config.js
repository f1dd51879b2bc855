/** `npm run test:dask`: the Dask cluster tests only (spec/dask*.test.ts), which the default run leaves out. */
const base = require('./jest.config');

module.exports = { ...base, testMatch: ['**/dask*.test.ts'], testPathIgnorePatterns: ['/node_modules/'] };
