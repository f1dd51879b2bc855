/**
 * `npm run bench` (compare part): `extract compare` over 100 and over 10,000 generated news reports about a few
 * dozen invented events, each run in its own process. Reports wall time, documents per second and peak RSS (the
 * process's maxRSS, worker threads included); the 10,000-document run must stay within 1.5× of the 100-document
 * run's peak RSS: the comparison keeps figures, never documents. Writes bench/out/compare.json.
 * Options: --quick (50 and 1,000 documents), --docs A,B (other counts).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin', 'extract');
const quick = process.argv.includes('--quick');
const docsArg = process.argv.indexOf('--docs');
const counts = docsArg > 0 ? process.argv[docsArg + 1].split(',').map(Number) : quick ? [50, 1000] : [100, 10000];
const LIMIT = 1.5;

// A deterministic generator (mulberry32, lib/text/random.ts): the same corpus on every machine.
const { random } = require('../dist/text/random');

const PLACES = ['Tulcea', 'Mosul', 'Homs', 'Kherson', 'Sulina', 'Galati', 'Braila', 'Idlib', 'Basra', 'Tikrit', 'Aden', 'Taiz'];
const OUTLETS = [
  'Delta Herald',
  'Eastline News',
  'River Post',
  'Harbor Times',
  'Coast Wire',
  'Valley Ledger',
  'Plain Dealer Review',
  'North Star Daily',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'];
const HEDGES = ['', 'At least ', 'About ', 'More than ', 'Some ', 'Nearly '];

function article(i, next) {
  const place = PLACES[Math.floor(next() * PLACES.length)];
  const outlet = OUTLETS[i % OUTLETS.length];
  const month = MONTHS[Math.floor(next() * MONTHS.length)];
  const day = 1 + Math.floor(next() * 27);
  const scale = 1 + Math.floor(next() * 40);
  const hedge = () => HEDGES[Math.floor(next() * HEDGES.length)];
  const n = (base) => Math.round(base * scale * (0.6 + next() * 0.8));
  return [
    `Flooding and fighting in ${place}, report ${i}`,
    '',
    `By ${outlet}`,
    '',
    `${place.toUpperCase()}, ${month} ${day}, 2031 - ${hedge()}${n(10)} people were killed in ${place} after the river broke its banks, officials said.`,
    '',
    `${hedge()}${n(40)} people were injured in ${place}. ${hedge()}${n(120).toLocaleString('en-US')} families fled their homes.`,
    '',
    `Rescue teams said ${n(25)} homes were destroyed in ${place}. The army sent ${n(3)} boats and the government pledged ${n(2)} million euros.`,
    '',
  ].join('\n');
}

function corpus(count, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const next = random(17);
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `report-${String(i).padStart(5, '0')}.txt`), article(i, next));
}

/** Runs `extract compare` on `dir`; the child reports its own peak RSS on exit. */
function run(dir) {
  const probe = path.join(__dirname, 'peak-rss.js');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', probe, bin, 'compare', '--format', 'json', '--jobs', '1', dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`extract compare failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const peak = Number(/peak-rss (\d+)/.exec(r.stderr)?.[1]);
  const report = JSON.parse(r.stdout);
  return { seconds, peakRssMB: Math.round(peak / 1024), groups: report.groups.length, figures: report.figures };
}

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-bench-'));
const rows = [];
try {
  for (const count of counts) {
    const dir = path.join(base, String(count));
    corpus(count, dir);
    const r = run(dir);
    rows.push({ documents: count, ...r, docsPerSec: Math.round(count / r.seconds) });
    console.log(
      `compare ${String(count).padStart(6)} documents: ${r.seconds.toFixed(1)} s, peak RSS ${r.peakRssMB} MB, ${r.figures} figures in ${r.groups} groups`,
    );
  }
} finally {
  fs.rmSync(base, { recursive: true, force: true });
}
const ratio = rows[rows.length - 1].peakRssMB / rows[0].peakRssMB;
const ok = ratio <= LIMIT;
console.log(
  `peak RSS ${rows[rows.length - 1].documents} vs ${rows[0].documents} documents: ${ratio.toFixed(2)}× (limit ${LIMIT}×) ${ok ? 'ok' : 'TOO HIGH'}`,
);
fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
fs.writeFileSync(
  path.join(__dirname, 'out', 'compare.json'),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, ratio, limit: LIMIT }, null, 2),
);
if (!ok) process.exitCode = 1;
