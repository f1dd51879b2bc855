/** The real worker, started 3 s late (messages wait in the port): keeps the server in its starting state. */
const { join } = require('node:path');

setTimeout(() => require(join(__dirname, '..', '..', 'dist', 'cli', 'worker.js')), 3000);
