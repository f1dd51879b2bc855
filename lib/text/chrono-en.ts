/**
 * chrono-node's English parsers alone. The package root also loads its other ten locales (about 200 modules),
 * which every worker thread would pay for at start-up; `chrono-node/en` is the same English code.
 */
import type * as Chrono from 'chrono-node';

// A plain require: TypeScript's "node" resolution does not read the package's export map.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const english: Pick<typeof Chrono, 'casual' | 'strict'> = require('chrono-node/en');

export const { casual, strict } = english;
