/**
 * The CLI's start-up, for two builds side by side on a busy machine: `node bench/start-up.js BIN_A BIN_B [ARTICLE]`
 * (each BIN a bin/extract; the article defaults to the first 5,000 characters of the real-text corpus). Alternating
 * runs (N, default 7) of `--format csv ARTICLE` and of `--version`; for each build the medians and ranges of the wall
 * time from spawn to the first record (a header and one line, as bench/run.js times it), of the main thread's CPU
 * until then (bench/start-up-probe.js), of the whole process's CPU (/usr/bin/time), and of `--version`.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const [a, b, given] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/start-up.js BIN_A BIN_B [ARTICLE]');
  process.exit(2);
}
const N = Number(process.env.N || 7);
let article = given;
if (!article) {
  const { realCorpus } = require('./real-corpus');
  article = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'extract-start-up-')), 'article.txt');
  fs.writeFileSync(article, realCorpus().docs[0].slice(0, 5000));
}

/** One run: wall seconds until stdout has more than `lines` line breaks, process CPU, main-thread CPU. */
function once(bin, args, lines) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const probe = path.join(__dirname, 'start-up-probe.js');
    const child = spawn('/usr/bin/time', ['-f', 'TIME %U %S', process.execPath, '-r', probe, bin, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let seen = '';
    let at = null;
    let err = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      if (at === null && seen.split('\n').length > lines) at = Number(process.hrtime.bigint() - t0) / 1e9;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('close', () => {
      const time = /TIME (\S+) (\S+)/.exec(err);
      const main = /mainCpu (\d+)/.exec(err);
      resolve({
        wall: at ?? Number(process.hrtime.bigint() - t0) / 1e9,
        cpu: Number(time[1]) + Number(time[2]),
        mainCpu: main ? Number(main[1]) / 1000 : null,
      });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const show = (xs) => `${median(xs).toFixed(2)} s (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;

(async () => {
  const bins = [a, b];
  const runs = bins.map(() => ({ wall: [], mainCpu: [], cpu: [], versionWall: [], versionCpu: [] }));
  for (let i = 0; i < N; i++)
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const first = await once(bins[k], ['--format', 'csv', article], 2);
      runs[k].wall.push(first.wall);
      runs[k].cpu.push(first.cpu);
      if (first.mainCpu !== null) runs[k].mainCpu.push(first.mainCpu);
      const version = await once(bins[k], ['--version'], 0);
      runs[k].versionWall.push(version.wall);
      runs[k].versionCpu.push(version.cpu);
    }
  console.log(
    `${N} alternating runs each; load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} on ${os.availableParallelism()} cores`,
  );
  for (const [k, bin] of bins.entries()) {
    const r = runs[k];
    console.log(
      `${bin}: first record ${show(r.wall)} wall, main thread ${show(r.mainCpu)} CPU, process ${show(r.cpu)} CPU; --version ${show(r.versionWall)} wall, ${show(r.versionCpu)} CPU`,
    );
  }
})();
