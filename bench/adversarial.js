/**
 * Adversarial inputs with a bound on time: each case's per-character time must stay within 5x that of ordinary
 * news text (catastrophic regular-expression backtracking is the usual way to fail). Prints a table, writes JSON.
 *   node bench/adversarial.js [--size BYTES]
 */

const fs = require('node:fs');
const path = require('node:path');
const { extract } = require('..');
const { makeCorpus } = require('./corpus');

const size = Number(process.argv[process.argv.indexOf('--size') + 1]) || 1_000_000;
const repeat = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const CASES = {
  'news text (baseline)': () => makeCorpus(size),
  '1 MB without a space or newline': () => repeat('abcdefghij', size),
  '100,000 repetitions of "1,"': () => '1,'.repeat(100_000),
  '100,000 repetitions of "(("': () => '(('.repeat(100_000),
  '5 MB single line of digits': () => repeat('0123456789', 5 * size),
  'repeated capitalised words': () => repeat('Alpha Bravo Charlie Delta ', size),
  'repeated capitalised words, no spaces between sentences': () => repeat('The Foo.Bar Baz Of The Qux.', size),
  'long run of "-"': () => repeat('-', size),
  'long run of "="': () => repeat('=', size),
  'markup brackets without closing': () => repeat('[x](', size),
  'numbers with hyphens': () => repeat('1-2-3-4-5-', size),
  'number words': () => repeat('one two three hundred thousand million ', size),
};

extract('Warm-up: about 500 fighters left Aleppo on Monday, said Kerry.', { referenceDate: '2016-12-05' });
const rows = [];
let baseline = null;
for (const [name, make] of Object.entries(CASES)) {
  const text = make();
  const t0 = process.hrtime.bigint();
  const { records } = extract(text, { referenceDate: '2016-12-05' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const perChar = ms / text.length;
  if (baseline === null) baseline = perChar;
  const ratio = perChar / baseline;
  rows.push({
    case: name,
    chars: text.length,
    ms: Math.round(ms),
    records: records.length,
    nsPerChar: +(perChar * 1e6).toFixed(1),
    ratio: +ratio.toFixed(2),
    ok: ratio <= 5,
  });
  const r = rows[rows.length - 1];
  console.log(
    `${name.padEnd(58)} ${String(r.chars).padStart(9)} chars ${String(r.ms).padStart(7)} ms ${String(r.nsPerChar).padStart(8)} ns/char  x${String(r.ratio).padStart(5)} ${r.ok ? 'ok' : 'TOO SLOW'}`,
  );
}
fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
fs.writeFileSync(
  path.join(__dirname, 'out', 'adversarial.json'),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2),
);
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
