/**
 * `npm run bench:profile`: where extract()'s time goes on real text. Runs this file again under `node --cpu-prof`:
 * one warm-up pass over the real-text corpus (bench/real-corpus.js), then a measured pass, and summarises the
 * measured pass by stage with bench/profile-summary.js. Writes bench/out/profile.txt and profile.json.
 * Options: --cold (summarise the first pass instead: loading and first-call costs), --keep (keep the .cpuprofile).
 */

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');

if (process.argv[2] === '--target') {
  // The profiled process: the corpus is read before any timing; the mark is the monotonic clock in µs.
  const { realCorpus } = require('./real-corpus');
  const { docs } = realCorpus();
  const cold = process.argv.includes('--cold');
  const mark = () => fs.writeFileSync(process.argv[3], String(Number(process.hrtime.bigint() / 1000n)));
  if (cold) mark();
  const { extract } = require(root);
  for (const d of docs) extract(d, { referenceDate: '2020-06-01' });
  if (!cold) {
    mark();
    for (const d of docs) extract(d, { referenceDate: '2020-06-01' });
  }
} else {
  const { summarise, report, toJSON } = require('./profile-summary');
  const cold = process.argv.includes('--cold');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-profile-'));
  const markFile = path.join(dir, 'mark');
  const run = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '200', __filename, '--target', markFile, ...(cold ? ['--cold'] : [])],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const summary = summarise(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), Number(fs.readFileSync(markFile, 'utf8')));
  const text = report(summary, 10);
  console.log(text);
  const out = path.join(__dirname, 'out');
  fs.mkdirSync(out, { recursive: true });
  const name = cold ? 'profile-cold' : 'profile';
  fs.writeFileSync(path.join(out, `${name}.txt`), `${text}\n`);
  fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(toJSON(summary), null, 2));
  if (process.argv.includes('--keep')) console.log(`\nprofile kept in ${path.join(dir, file)}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
