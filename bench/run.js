/**
 * `npm run bench`: throughput, memory and start-up, on real text first.
 *
 * 1. Real text (the headline): the project's samples and every ../shared/data/<set>/dev.jsonl text, each once, in
 *    8 KB documents (bench/real-corpus.js). extract() against compromise's bare nlp() on the same documents, in
 *    alternating rounds after both are warmed up on other text; medians and the range of the per-round ratios.
 * 2. The generated corpus (bench/corpus.js), the same way: a second line, for comparison with earlier figures.
 * 3. Fresh names: the real text repeated to 1 MB and to 10 MB with a round number appended to every capitalised
 *    word (caches stay cold), as one string each: per-word time at 10 MB against 1 MB, and peak RSS.
 * 4. The CLI: `--version` and the first record of an article (wall time from spawn), peak RSS on one 10 MB file,
 *    and folders of small and of long files with 1 and 2 jobs (what the --jobs default rests on).
 * Prints a table and writes bench/out/bench.json. Options: --quick (fewer rounds, 2 MB instead of 10 MB, 40 files).
 */

const fs = require('node:fs');

// The CLI's output is thrown away as a shell's `> /dev/null` does (write-only): the CLI takes a stdout that Node
// reopened read-write on /dev/null ('ignore') for a closed one, and refuses to run.
const discard = () => fs.openSync('/dev/null', 'w');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawn, spawnSync } = require('node:child_process');
const { makeCorpus, countWords } = require('./corpus');
const { realCorpus, cutDocuments, freshNames } = require('./real-corpus');

const quick = process.argv.includes('--quick');
const MB = 1_000_000;
const BIG = quick ? 2 * MB : 10 * MB;
const ROUNDS = quick ? 3 : 5;
const fileCount = quick ? 40 : 200;
const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin', 'extract');
const options = { referenceDate: '2020-06-01' };

const secs = (f) => {
  const t0 = process.hrtime.bigint();
  const out = f();
  return [Number(process.hrtime.bigint() - t0) / 1e9, out];
};
/** Wall seconds, CPU seconds of this process (less disturbed by other processes on a busy machine), result. */
const timed = (f) => {
  const c0 = process.cpuUsage();
  const [wall, out] = secs(f);
  const c = process.cpuUsage(c0);
  return [wall, (c.user + c.system) / 1e6, out];
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round2 = (x) => +x.toFixed(2);

const real = realCorpus();
const generated = cutDocuments(makeCorpus(MB));
const wordsOf = (docs) => docs.reduce((n, d) => n + countWords(d), 0);

// Loading is timed on its own (part 4); warm-up: both parsers once over fresh-named text no round reuses.
const { extract } = require(root);
const nlp = require('compromise');
const runExtract = (docs) => {
  let records = 0;
  for (const d of docs) records += extract(d, options).records.length;
  return records;
};
const runCompromise = (docs) => {
  for (const d of docs) nlp(d);
};
const warmUp = cutDocuments(freshNames(real.docs, MB, 1000));
runExtract(warmUp);
runCompromise(warmUp);

const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus()[0].model}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  realSets: real.sets,
  corpora: [],
};

/** extract() and nlp() over the same documents in alternating rounds. */
function compare(label, docs) {
  const words = wordsOf(docs);
  const tExtract = [];
  const tCompromise = [];
  const cpuRatios = [];
  let records = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const [te, ce, n] = timed(() => runExtract(docs));
    const [tc, cc] = timed(() => runCompromise(docs));
    tExtract.push(te);
    tCompromise.push(tc);
    cpuRatios.push(cc / ce);
    records = n;
  }
  const ratios = tCompromise.map((t, i) => t / tExtract[i]);
  const row = {
    corpus: label,
    documents: docs.length,
    mb: round2(docs.reduce((n, d) => n + d.length, 0) / MB),
    words,
    records,
    rounds: ROUNDS,
    extractWordsPerSec: Math.round(words / median(tExtract)),
    extractWordsPerSecRange: [Math.round(words / Math.max(...tExtract)), Math.round(words / Math.min(...tExtract))],
    compromiseWordsPerSec: Math.round(words / median(tCompromise)),
    ratio: round2(median(ratios)),
    ratioRange: [round2(Math.min(...ratios)), round2(Math.max(...ratios))],
    cpuRatio: round2(median(cpuRatios)),
    cpuRatioRange: [round2(Math.min(...cpuRatios)), round2(Math.max(...cpuRatios))],
    msPer1000Words: round2((median(tExtract) / words) * 1000 * 1000),
  };
  results.corpora.push(row);
  console.error(`  measured ${label}`);
}
compare('real text', real.docs);
compare('generated corpus', generated);

// Fresh names at 1 MB and at BIG, each one string (extract() cuts it into segments itself).
const fresh = {};
for (const bytes of [MB, BIG]) {
  const text = freshNames(real.docs, bytes, bytes === MB ? 1 : 100);
  const words = countWords(text);
  const [t] = secs(() => extract(text, options));
  fresh[bytes === MB ? 'small' : 'big'] = { mb: bytes / MB, words, seconds: round2(t), microsPerWord: round2((t / words) * 1e6) };
  console.error(`  measured ${bytes / MB} MB with fresh names`);
}
results.freshNames = { ...fresh, perWordGrowth: round2(fresh.big.microsPerWord / fresh.small.microsPerWord) };
results.benchPeakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);

/** Wall seconds from spawning the CLI until its stdout first satisfies `ready` (or it exits). */
function untilOutput(args, ready) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = '';
    let at = null;
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      if (at === null && ready(seen)) at = Number(process.hrtime.bigint() - t0) / 1e9;
    });
    child.on('error', reject);
    child.on('close', () => resolve(round2(at ?? Number(process.hrtime.bigint() - t0) / 1e9)));
  });
}

async function cli() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-bench-'));
  try {
    // Start-up: best of 3 each, as a user's second run would see (file cache warm).
    const article = path.join(tmp, 'article.txt');
    fs.writeFileSync(article, real.docs[0].slice(0, 5000));
    const version = [];
    const firstRecord = [];
    for (let i = 0; i < 3; i++) {
      version.push(await untilOutput(['--version'], (out) => out.includes('\n')));
      // CSV: a header line, then one line per record.
      firstRecord.push(await untilOutput(['--format', 'csv', article], (out) => out.split('\n').length > 2));
    }
    results.cliStart = { versionSeconds: Math.min(...version), firstRecordSeconds: Math.min(...firstRecord) };

    const big = path.join(tmp, 'big.txt');
    fs.writeFileSync(big, freshNames(real.docs, BIG, 200));
    const timed = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, bin, '--format', 'jsonl', big], {
      stdio: ['ignore', discard(), 'pipe'],
      encoding: 'utf8',
    });
    const [kb, wall] = (timed.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    results.cliBigFile = { mb: BIG / MB, peakRssMB: Math.round(kb / 1024), seconds: wall };
    console.error('  measured the CLI on one big file');

    // Folders of article-sized (8 KB) and of long (80 KB) real-text files: do worker threads repay their start-up?
    results.cliFolders = [];
    for (const fileBytes of [8000, 80_000]) {
      const dir = path.join(tmp, `files-${fileBytes}`);
      fs.mkdirSync(dir);
      const docs = cutDocuments(freshNames(real.docs, fileCount * fileBytes, 300), fileBytes).slice(0, fileCount);
      for (const [i, d] of docs.entries()) fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(3, '0')}.txt`), d);
      const row = {
        files: docs.length,
        fileKB: fileBytes / 1000,
        mb: round2(docs.reduce((n, d) => n + d.length, 0) / MB),
        words: wordsOf(docs),
      };
      for (const jobs of [1, 2]) {
        const [t] = secs(() =>
          execFileSync(process.execPath, [bin, '--format', 'jsonl', '--jobs', String(jobs), dir], {
            stdio: ['ignore', discard(), 'inherit'],
          }),
        );
        row[`jobs${jobs}Seconds`] = round2(t);
      }
      row.speedup = round2(row.jobs1Seconds / row.jobs2Seconds);
      results.cliFolders.push(row);
      console.error(`  measured the CLI on ${row.files} files of ${row.fileKB} KB`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

cli().then(() => {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  console.log(`Machine: ${results.machine}; Node ${results.node}; ${ROUNDS} alternating rounds, medians (range)\n`);
  console.log(
    line([
      'corpus (8 KB documents)',
      'words',
      'extract() words/s',
      'compromise nlp() words/s',
      'ratio (wall)',
      'ratio (CPU time)',
      'ms / 1,000 words',
    ]),
  );
  console.log(line(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const r of results.corpora)
    console.log(
      line([
        r.corpus,
        r.words,
        `${r.extractWordsPerSec} (${r.extractWordsPerSecRange.join('–')})`,
        r.compromiseWordsPerSec,
        `${r.ratio}× (${r.ratioRange.join('–')})`,
        `${r.cpuRatio}× (${r.cpuRatioRange.join('–')})`,
        r.msPer1000Words,
      ]),
    );
  const f = results.freshNames;
  console.log(
    `\nFresh names, one string: ${f.small.microsPerWord} µs/word at ${f.small.mb} MB, ${f.big.microsPerWord} at ${f.big.mb} MB (${f.perWordGrowth}×); bench peak RSS ${results.benchPeakRssMB} MB`,
  );
  console.log(
    `CLI start: --version ${results.cliStart.versionSeconds} s, first record of an article ${results.cliStart.firstRecordSeconds} s`,
  );
  console.log(`CLI on one ${results.cliBigFile.mb} MB file: peak RSS ${results.cliBigFile.peakRssMB} MB, ${results.cliBigFile.seconds} s`);
  for (const r of results.cliFolders)
    console.log(
      `CLI on ${r.files} files of ${r.fileKB} KB (${r.mb} MB): 1 job ${r.jobs1Seconds} s, 2 jobs ${r.jobs2Seconds} s, speed-up ${r.speedup}×`,
    );
  fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'out', 'bench.json'), JSON.stringify(results, null, 2));
});
