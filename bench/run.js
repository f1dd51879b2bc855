/**
 * `npm run bench`: throughput and memory on a deterministic corpus the project generates (bench/corpus.js).
 * Reports, side by side: extract() words/s at 1 MB and 10 MB, compromise's bare nlp() on the same text, their
 * ratio, per-word time at 10 MB against 1 MB, peak RSS, and the CLI with 1 and 2 jobs on 200 files of news-article size
 * (5 KB) and on 200 long reports (50 KB).
 * Prints a table and writes bench/out/bench.json.   Options: --quick (0.2 MB and 1 MB, 50 files).
 */

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const { makeCorpus, countWords } = require('./corpus');

const quick = process.argv.includes('--quick');
const MB = 1_000_000;
const sizes = quick ? [0.2 * MB, 1 * MB] : [1 * MB, 10 * MB];
const fileCount = quick ? 50 : 200;
const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin', 'extract');
const { extract } = require(root);
const nlp = require('compromise');

const secs = (f) => {
  const t0 = process.hrtime.bigint();
  const out = f();
  return [Number(process.hrtime.bigint() - t0) / 1e9, out];
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// compromise's bare parse, in 1 MB slices (one 10 MB document needs several GB in compromise).
const parseWithCompromise = (text) => {
  for (let i = 0; i < text.length; i += MB) nlp(text.slice(i, i + MB));
};

// One-time costs (loading models and lexicons, V8 compiling the hot code) are not throughput: both run once
// on a separate 1 MB text first. Then each size is timed in alternating rounds, and the medians are reported:
// this machine's speed drifts by ±20% from run to run, for compromise as much as for extract().
const warmUp = makeCorpus(quick ? 0.2 * MB : MB, 99);
extract(warmUp, { referenceDate: '2020-06-01' });
parseWithCompromise(warmUp);

const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus()[0].model}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  sizes: [],
};
for (const bytes of sizes) {
  const text = makeCorpus(bytes);
  const words = countWords(text);
  // At 10 MB compromise takes over a minute a round: it runs once, extract() twice (per-word growth needs it steady).
  const rounds = bytes > MB ? 2 : 3;
  const tExtract = [];
  const tCompromise = [];
  let records = 0;
  for (let r = 0; r < rounds; r++) {
    const [t, res] = secs(() => extract(text, { referenceDate: '2020-06-01' }));
    tExtract.push(t);
    records = res.records.length;
    if (bytes <= MB || r === 0) tCompromise.push(secs(() => parseWithCompromise(text))[0]);
  }
  const te = median(tExtract);
  const tc = median(tCompromise);
  const roundRatios = tCompromise.map((t, i) => t / tExtract[i]);
  const row = {
    mb: bytes / MB,
    words,
    records,
    rounds,
    extractWordsPerSec: Math.round(words / te),
    compromiseWordsPerSec: Math.round(words / tc),
    ratio: +(tc / te).toFixed(2),
    ratioRange: [+Math.min(...roundRatios).toFixed(2), +Math.max(...roundRatios).toFixed(2)],
    extractMicrosPerWord: +((te / words) * 1e6).toFixed(2),
  };
  results.sizes.push(row);
  console.error(`  measured ${row.mb} MB`);
}
results.perWordGrowth = +(results.sizes[1].extractMicrosPerWord / results.sizes[0].extractMicrosPerWord).toFixed(3);
results.benchPeakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);

// The CLI: peak RSS on one big file, and a folder of small files with 1 and 2 jobs.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-bench-'));
try {
  const big = path.join(tmp, 'big.txt');
  fs.writeFileSync(big, makeCorpus(sizes[1], 7));
  const timed = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, bin, '--format', 'jsonl', big], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const [kb, wall] = (timed.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  results.cliBigFile = { mb: sizes[1] / MB, peakRssMB: Math.round(kb / 1024), seconds: wall };

  // A folder of news-article-sized files, then one of long reports: worker threads must repay their start-up.
  const folders = [{ name: 'folder', fileBytes: 5000 }, ...(quick ? [] : [{ name: 'folderLong', fileBytes: 50_000 }])];
  for (const { name, fileBytes } of folders) {
    const dir = path.join(tmp, name);
    fs.mkdirSync(dir);
    let words = 0;
    for (let i = 0; i < fileCount; i++) {
      const t = makeCorpus(fileBytes, 1000 + i);
      words += countWords(t);
      fs.writeFileSync(path.join(dir, `article-${String(i).padStart(3, '0')}.txt`), t);
    }
    const row = { files: fileCount, mb: (fileCount * fileBytes) / MB, words };
    for (const jobs of [1, 2]) {
      const [t] = secs(() =>
        execFileSync(process.execPath, [bin, '--format', 'jsonl', '--jobs', String(jobs), dir], {
          stdio: ['ignore', 'ignore', 'inherit'],
          maxBuffer: 1 << 28,
        }),
      );
      row[`jobs${jobs}Seconds`] = +t.toFixed(2);
      row[`jobs${jobs}WordsPerSec`] = Math.round(words / t);
    }
    row.speedup = +(row.jobs1Seconds / row.jobs2Seconds).toFixed(2);
    results[name === 'folder' ? 'cliFolder' : 'cliFolderLong'] = row;
    console.error(`  measured the CLI on ${row.mb} MB in ${fileCount} files`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(`Machine: ${results.machine}; Node ${results.node}\n`);
console.log(line(['corpus', 'words', 'extract() words/s', 'compromise nlp() words/s', 'ratio', 'µs/word']));
console.log(line(['---', '---:', '---:', '---:', '---:', '---:']));
for (const r of results.sizes)
  console.log(
    line([
      `${r.mb} MB`,
      r.words,
      r.extractWordsPerSec,
      r.compromiseWordsPerSec,
      `${r.ratio}×${r.ratioRange[0] !== r.ratioRange[1] ? ` (rounds ${r.ratioRange[0]}–${r.ratioRange[1]})` : ''}`,
      r.extractMicrosPerWord,
    ]),
  );
console.log(
  `\nPer-word time at ${sizes[1] / MB} MB vs ${sizes[0] / MB} MB: ${results.perWordGrowth}× ; benchmark process peak RSS ${results.benchPeakRssMB} MB`,
);
console.log(`CLI on one ${results.cliBigFile.mb} MB file: peak RSS ${results.cliBigFile.peakRssMB} MB, ${results.cliBigFile.seconds} s`);
for (const f of [results.cliFolder, results.cliFolderLong].filter(Boolean))
  console.log(
    `CLI on ${f.files} files, ${f.mb} MB (${f.words} words): 1 job ${f.jobs1Seconds} s (${f.jobs1WordsPerSec} words/s), 2 jobs ${f.jobs2Seconds} s (${f.jobs2WordsPerSec} words/s), speed-up ${f.speedup}×`,
  );
fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'out', 'bench.json'), JSON.stringify(results, null, 2));
