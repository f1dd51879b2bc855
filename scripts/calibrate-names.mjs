#!/usr/bin/env node
/**
 * How often name records are right at each confidence, on gold sets in the scorer's format:
 *   node scripts/calibrate-names.mjs FILE.jsonl [FILE.jsonl ...]
 * A record is right when a gold name of the same type overlaps it. Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { extract } = require(join(resolve(import.meta.dirname, '..'), 'dist/index.js'));
const TYPES = ['person', 'organization', 'place'];
const bins = new Map();
const bySource = new Map();
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const doc = JSON.parse(line);
    const gold = doc.entities.filter((e) => TYPES.includes(e.coarse));
    for (const r of extract(doc.text, { types: TYPES }).records) {
      const right = gold.some((g) => g.coarse === r.type && g.start < r.end && r.start < g.end);
      const bin = Math.min(9, Math.floor(r.confidence * 10)) / 10;
      const b = bins.get(bin) ?? [0, 0];
      b[0] += right ? 1 : 0;
      b[1]++;
      bins.set(bin, b);
      const kind = r.source.split('/')[1] ?? r.source;
      const s = bySource.get(kind) ?? [0, 0];
      s[0] += right ? 1 : 0;
      s[1]++;
      bySource.set(kind, s);
    }
  }
}
let hi = [0, 0];
for (const [bin, [ok, n]] of [...bins].sort((a, b) => a[0] - b[0])) {
  console.log(`confidence ${bin.toFixed(1)}-${(bin + 0.1).toFixed(1)}: ${n} records, ${((100 * ok) / n).toFixed(1)}% right`);
  if (bin >= 0.9) hi = [hi[0] + ok, hi[1] + n];
}
console.log(`confidence >= 0.9: ${hi[1]} records, ${hi[1] ? ((100 * hi[0]) / hi[1]).toFixed(1) : '-'}% right`);
for (const [kind, [ok, n]] of [...bySource].sort((a, b) => b[1][1] - a[1][1]))
  console.log(`source */${kind}: ${n} records, ${((100 * ok) / n).toFixed(1)}% right`);
