/** The built package loads with require() and with import, by its own name (package self-reference). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
const PROBE =
  "const r = extract('About 500 fighters left Aleppo on Monday.', { referenceDate: '2016-12-05' }); console.log(r.records.map((x) => x.type).join(','));";

test.each([
  ['require()', ['-e', `const { extract } = require('newsfacts'); ${PROBE}`]],
  ['import', ['--input-type=module', '-e', `import { extract } from 'newsfacts'; ${PROBE}`]],
])('%s', (_how, args) => {
  const r = run(args);
  expect(r.stderr).toBe('');
  expect(r.stdout.trim().split(',')).toEqual(expect.arrayContaining(['quantity', 'place', 'date']));
});
