/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) of extract() by pipeline stage: each sample goes to the stage
 * of the outermost project function on its stack (prepare, names, dates, quantities, refiners, pipeline), or to
 * "outside extract()" (the benchmark's own loop, compromise's bare parse, module loading, GC). Within each stage it
 * lists where the time itself is spent: our files, compromise, wink-nlp, chrono-node, V8 builtins (regular
 * expressions, garbage collection), and the functions with the most self time.
 *
 *   node bench/profile-summary.js FILE.cpuprofile [--since MICROSECONDS] [--top N] [--json OUT]
 * `--since` drops samples before a monotonic timestamp (µs, as process.hrtime), e.g. the end of a warm-up.
 */

const fs = require('node:fs');
const path = require('node:path');

/** Stage of a project file under dist/ (compiled from lib/). */
const STAGES = [
  ['prepare', /dist\/text\/(?:prepare|markup|wink|dateline)\.js$/],
  ['names', /dist\/recognizers\/(?:entities\.js|names\/)/],
  ['dates', /dist\/recognizers\/(?:date\.js|dates\/)/],
  ['quantities', /dist\/recognizers\/quantity\//],
  ['refiners', /dist\/refiners\//],
  ['pipeline', /dist\/pipeline\.js$/],
];

const LOADING = /^Module\._load$/;

function stageOf(url) {
  for (const [stage, re] of STAGES) if (re.test(url)) return stage;
  return null;
}

/** Where a function's own time is spent: a library, our code (by lib/ path), or V8 itself. */
function placeOf(frame) {
  const url = frame.url || '';
  const lib = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (lib) return lib[1];
  const own = url.match(/dist\/(.+)\.js$/);
  if (own) return `lib/${own[1]}.ts`;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(V8 builtins: regexp, string, array)';
  if (url.startsWith('node:')) return '(node internals)';
  return path.basename(url);
}

function summarise(profile, since = 0) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // The outermost stage on the stack, "pipeline" only when no other is. Loading a module (a require() inside
  // the main script, which is itself loaded by Module._load) is a stage of its own wherever it happens.
  const memo = new Map();
  const infoOf = (id) => {
    if (memo.has(id)) return memo.get(id);
    const up = parent.get(id);
    const outer = up === undefined ? { stage: null, loads: 0 } : infoOf(up);
    const frame = nodes.get(id).callFrame;
    const loads = outer.loads + (LOADING.test(frame.functionName) && /^node:internal\/modules/.test(frame.url) ? 1 : 0);
    const own = stageOf(frame.url || '');
    const stage = outer.stage && outer.stage !== 'pipeline' ? outer.stage : (own ?? outer.stage);
    const info = { stage, loads };
    memo.set(id, info);
    return info;
  };
  const stageOfNode = (id) => {
    const { stage, loads } = infoOf(id);
    return loads >= 2 ? 'loading modules' : stage;
  };
  const stages = new Map();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (t < since) continue;
    const node = nodes.get(profile.samples[i]);
    const stage = stageOfNode(node.id) ?? 'outside extract()';
    const frame = node.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    if (!stages.has(stage)) stages.set(stage, { us: 0, places: new Map(), functions: new Map() });
    const s = stages.get(stage);
    s.us += dt;
    total += dt;
    const place = placeOf(frame);
    s.places.set(place, (s.places.get(place) ?? 0) + dt);
    const fn = `${frame.functionName || '(anonymous)'} ${place}:${frame.lineNumber + 1}`;
    s.functions.set(fn, (s.functions.get(fn) ?? 0) + dt);
  }
  return { total, stages };
}

function report({ total, stages }, top) {
  const pct = (us) => `${((100 * us) / total).toFixed(1)}%`;
  const ms = (us) => `${Math.round(us / 1000)} ms`;
  const lines = [`Profile: ${ms(total)} of CPU samples`, ''];
  const sorted = [...stages].sort((a, b) => b[1].us - a[1].us);
  lines.push('| stage | time | share |', '|---|---:|---:|');
  for (const [stage, s] of sorted) lines.push(`| ${stage} | ${ms(s.us)} | ${pct(s.us)} |`);
  for (const [stage, s] of sorted) {
    lines.push('', `${stage} (${pct(s.us)}): where its time is spent`);
    for (const [place, us] of [...s.places].sort((a, b) => b[1] - a[1]).slice(0, 6)) lines.push(`  ${pct(us).padStart(6)}  ${place}`);
    lines.push('  hottest functions (self time):');
    for (const [fn, us] of [...s.functions].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us).padStart(6)}  ${fn}`);
  }
  return lines.join('\n');
}

function toJSON({ total, stages }) {
  const out = { totalMs: Math.round(total / 1000), stages: {} };
  for (const [stage, s] of stages)
    out.stages[stage] = {
      ms: Math.round(s.us / 1000),
      share: +(s.us / total).toFixed(4),
      places: Object.fromEntries([...s.places].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round(v / 1000)])),
    };
  return out;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const since = Number(opt('--since', 0));
  const top = Number(opt('--top', 8));
  const json = opt('--json');
  if (!args[0]) {
    console.error('usage: node bench/profile-summary.js FILE.cpuprofile [--since µs] [--top N] [--json OUT]');
    process.exit(2);
  }
  const summary = summarise(JSON.parse(fs.readFileSync(args[0], 'utf8')), since);
  console.log(report(summary, top));
  if (json) fs.writeFileSync(json, JSON.stringify(toJSON(summary), null, 2));
}

module.exports = { summarise, report, toJSON };
