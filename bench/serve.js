/**
 * The server's load test (part of `npm run bench`; alone: `npm run bench:serve`): `extract serve` on the loopback
 * interface, 100 connections posting news-size articles (5 KB, 60 different ones) for 30 s with autocannon.
 * Reports requests per second, p50/p99 latency and the server's RSS over the run; fails on any 5xx or other
 * non-200, any error or timeout, and any response whose records are not exactly those of its request's text
 * (computed beforehand by the library in this process).
 * Writes bench/out/serve.json.   Options: --duration S (default 30), --connections N (default 100), --jobs N.
 */

const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const autocannon = require('autocannon');
const { makeCorpus } = require('./corpus');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const duration = arg('--duration', 30);
const connections = arg('--connections', 100);
const jobs = arg('--jobs', undefined);
const root = path.join(__dirname, '..');
const { extract } = require(root);

const ARTICLES = Array.from({ length: 60 }, (_, i) => makeCorpus(5_000, 1000 + i));
const EXPECTED = ARTICLES.map((text) => JSON.stringify(extract(text).records));
const recordsOf = (body) => {
  try {
    return JSON.stringify(JSON.parse(body).records);
  } catch {
    return null;
  }
};

const rssMb = (pid) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(+m[1] / 1024) : null;
};

async function startServer() {
  const args = [path.join(root, 'bin', 'extract'), 'serve', '--port', '0', '--queue', '1000'];
  if (jobs) args.push('--jobs', String(jobs));
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const started = Date.now();
  while (!/ready/.test(stderr)) {
    if (child.exitCode !== null || Date.now() - started > 300_000) throw new Error(`the server did not start:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, url: /listening on (http:\/\/\S+)/.exec(stderr)[1] };
}

async function main() {
  const { child, url } = await startServer();
  const samples = [];
  const sampler = setInterval(() => samples.push({ t: Date.now(), rss: rssMb(child.pid) }), 1000);
  let next = 0;
  let mismatched = 0;
  let checked = 0;
  const statuses = {};
  try {
    // Warm both workers' compilers before measuring, as a long-running server would be.
    await autocannon({ url: `${url}/v1/extract`, connections: 4, amount: 200, ...requestsFor(() => {}) });
    samples.length = 0;
    const result = await autocannon({ url: `${url}/v1/extract`, connections, duration, timeout: 30, ...requestsFor(check) });
    clearInterval(sampler);
    const rss = samples.map((s) => s.rss).filter((x) => x !== null);
    const head = rss.slice(0, 5);
    const tail = rss.slice(-5);
    const mean = (xs) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
    const report = {
      date: new Date().toISOString(),
      connections,
      durationSeconds: duration,
      articleBytes: 5_000,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average * 10) / 10,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      statuses,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      responsesChecked: checked,
      mismatched,
      rssMb: { first5s: mean(head), last5s: mean(tail), max: Math.max(...rss), samples: rss },
    };
    fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
    fs.writeFileSync(path.join(__dirname, 'out', 'serve.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nextract serve, ${connections} connections, ${duration} s, 5 KB articles (bench/out/serve.json)`);
    console.log('| requests | req/s | p50 ms | p90 ms | p99 ms | non-2xx | errors | mismatched | RSS first 5 s → last 5 s (max) |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    console.log(
      `| ${report.requests} | ${report.requestsPerSecond} | ${report.latencyMs.p50} | ${report.latencyMs.p90} | ${report.latencyMs.p99} | ${report.non2xx} | ${report.errors + report.timeouts} | ${mismatched} | ${report.rssMb.first5s} → ${report.rssMb.last5s} MB (${report.rssMb.max}) |`,
    );
    const failed = report.non2xx || report.errors || report.timeouts || mismatched || checked !== report.requests;
    if (failed) {
      console.error(`FAILED: ${JSON.stringify({ statuses, errors: report.errors, timeouts: report.timeouts, mismatched, checked })}`);
      process.exitCode = 1;
    }
  } finally {
    clearInterval(sampler);
    child.kill('SIGTERM');
  }

  /** Each connection posts the articles in turn; its context remembers which one, to check the answer. */
  function requestsFor(onAnswer) {
    return {
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request, context) => {
            context.article = next++ % ARTICLES.length;
            return { ...request, body: JSON.stringify({ text: ARTICLES[context.article] }) };
          },
          onResponse: (status, body, context) => onAnswer(status, body, context),
        },
      ],
    };
  }

  function check(status, body, context) {
    statuses[status] = (statuses[status] ?? 0) + 1;
    checked++;
    if (status === 200 && recordsOf(body) !== EXPECTED[context.article]) mismatched++;
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
