#!/usr/bin/env node
// Authoring tool for samples/annotated/ (not part of the shipped library).
//
//   node scripts/annotate.mjs [--check] [--show] [NAME ...]
//
// For each NAME.txt with a NAME.ann beside it, locates every annotated string in the text, in order, and
// writes NAME.gold.json, so that text.slice(start, end) === mention text always holds. --check writes
// nothing and fails when a gold file is missing or out of date; --show prints each text with its marks.
//
// NAME.ann: `ref YYYY-MM-DD` (the reference date), `#` comments, then one mention a line, in text order:
//   TYPE STRING [| ATTRIBUTES]
// TYPE: p person, o organization, l place, d date, q quantity. ATTRIBUTES, space-separated:
//   a bare value: for dates the TIMEX3 value (2016-12-04, P6W, PRESENT_REF); for quantities a number
//   (1.2e9) or a range LOW..HIGH; exact|approx|lower|upper|range (the bound; default exact, or range for
//   LOW..HIGH); opt (optional); c=CONCEPT (may hold spaces); u=UNIT; alt=VALUE (another accepted date value);
//   skip=N (pass over N matching occurrences first).
//   Claims (quantities): by=SOURCE (who says so: the occurrence of SOURCE nearest the mention; by=- for the
//   writer's own claim), byalt=NAME (the named antecedent of a pronoun source: its nearest occurrence before),
//   v=VERB (the predicate as written; v=- for none).
// A string is looked for from the start of the previous mention on, at word edges, and never where a
// mention of the same type already stands.
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'samples', 'annotated');
const TYPES = { p: 'person', o: 'organization', l: 'place', d: 'date', q: 'quantity' };
const LETTER = Object.fromEntries(Object.entries(TYPES).map(([k, v]) => [v, k]));
const BOUNDS = ['exact', 'approx', 'lower', 'upper', 'range'];
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function parseAttributes(type, attrs, where) {
  const out = {};
  const keyed = [...attrs.matchAll(/(\w+)=(.*?)(?=\s+\w+=|$)/g)];
  for (const [, k, v] of keyed) out[k] = v.trim();
  const bare = attrs
    .replace(/(\w+)=(.*?)(?=\s+\w+=|$)/g, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const m = {};
  for (const tok of bare) {
    if (tok === 'opt') m.optional = true;
    else if (BOUNDS.includes(tok)) m.bound = tok;
    else if (type === 'date') m.value = tok;
    else if (/^-?[\d.e+]+\.\.-?[\d.e+]+$/.test(tok)) [m.low, m.high] = tok.split('..').map(Number);
    else if (!Number.isNaN(Number(tok))) m.value = Number(tok);
    else throw new Error(`${where}: cannot read attribute ${tok}`);
  }
  if (type === 'quantity' && (m.value != null || m.low != null)) m.bound ??= m.low != null ? 'range' : 'exact';
  if (out.c) m.concept = out.c;
  if (out.u) m.unit = out.u;
  if (out.alt) m.alt = out.alt.split(',');
  if (out.v) m.predicate = out.v === '-' ? null : out.v;
  return { attrs: m, skip: Number(out.skip ?? 0), by: out.by, byalt: out.byalt };
}

/** The occurrence of `str` (at word edges) nearest `at`; only before it when `before`. */
function nearest(text, str, at, before, where) {
  let best = null;
  for (let i = text.indexOf(str); i >= 0; i = text.indexOf(str, i + 1)) {
    const end = i + str.length;
    if ((isWordChar(str[0]) && isWordChar(text[i - 1])) || (isWordChar(str.at(-1)) && isWordChar(text[end]))) continue;
    if (before && i >= at) break;
    if (!best || Math.abs(i - at) < Math.abs(best.start - at)) best = { start: i, end, text: str };
  }
  if (!best) throw new Error(`${where}: source ${JSON.stringify(str)} not found`);
  return best;
}

function build(name) {
  const text = fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8');
  const lines = fs.readFileSync(path.join(DIR, `${name}.ann`), 'utf8').split('\n');
  let referenceDate;
  const entities = [];
  const warnings = [];
  let cursor = 0;
  lines.forEach((line, i) => {
    const where = `${name}.ann:${i + 1}`;
    if (!line.trim() || line.startsWith('#')) return;
    if (line.startsWith('ref ')) {
      referenceDate = line.slice(4).trim();
      return;
    }
    const [head, attrText = ''] = line.split(' | ');
    const type = TYPES[head[0]];
    if (!type || head[1] !== ' ') throw new Error(`${where}: unknown type in ${JSON.stringify(line)}`);
    const str = head.slice(2);
    const { attrs, skip, by, byalt } = parseAttributes(type, attrText, where);
    let from = cursor,
      start = -1,
      skipped = 0;
    for (;;) {
      start = text.indexOf(str, from);
      if (start < 0) throw new Error(`${where}: ${JSON.stringify(str)} not found after offset ${cursor}`);
      const end = start + str.length;
      const edgesOk = !(isWordChar(str[0]) && isWordChar(text[start - 1])) && !(isWordChar(str.at(-1)) && isWordChar(text[end]));
      const free = !entities.some((e) => e.type === type && e.start < end && start < e.end);
      if (edgesOk && free && skipped++ >= skip) break;
      from = start + 1;
    }
    cursor = start;
    const claim = {};
    if (by !== undefined) claim.attribution = by === '-' ? null : nearest(text, by, start, false, where);
    if (byalt !== undefined) claim.attributionAlt = [nearest(text, byalt, claim.attribution?.start ?? start, true, where)];
    entities.push({ start, end: start + str.length, type, text: str, ...attrs, ...claim });
  });
  if (!referenceDate) throw new Error(`${name}.ann: no ref line`);
  // Names written elsewhere in the text but not marked there: usually a forgotten mention.
  for (const e of entities) {
    if (!['person', 'organization', 'place'].includes(e.type)) continue;
    for (let at = text.indexOf(e.text); at >= 0; at = text.indexOf(e.text, at + 1)) {
      const end = at + e.text.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      if (!entities.some((o) => o.start <= at && end <= o.end))
        warnings.push(
          `${name}: ${e.type} ${JSON.stringify(e.text)} also at ${at} unmarked: …${text.slice(Math.max(0, at - 30), end + 30).replace(/\n/g, ' ')}…`,
        );
    }
  }
  const gold = { id: name, referenceDate, text, entities };
  return { gold, warnings: [...new Set(warnings)] };
}

function show({ text, entities }) {
  const marks = [];
  for (const e of entities) {
    marks.push([e.start, 1, '[']);
    marks.push([
      e.end,
      0,
      `]${LETTER[e.type]}${e.optional ? '?' : ''}${e.value != null ? `=${e.value}` : e.low != null ? `=${e.low}..${e.high}` : ''}`,
    ]);
  }
  marks.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let out = text;
  for (const [at, , s] of marks) out = out.slice(0, at) + s + out.slice(at);
  return out;
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const names = args.filter((a) => !a.startsWith('--'));
const all = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.ann'))
  .map((f) => f.slice(0, -4))
  .sort();
let failed = false;
for (const name of names.length ? names : all) {
  const { gold, warnings } = build(name);
  for (const w of warnings) console.warn(`warning ${w}`);
  const file = path.join(DIR, `${name}.gold.json`);
  const json = `${JSON.stringify(gold, null, 1)}\n`;
  if (args.includes('--show')) console.log(show(gold));
  if (check) {
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== json) {
      console.error(`${name}.gold.json is out of date: run node scripts/annotate.mjs ${name}`);
      failed = true;
    }
  } else fs.writeFileSync(file, json);
  const byType = {};
  for (const e of gold.entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
  console.log(
    `${name}: ${gold.text.split(/\s+/).filter(Boolean).length} words, ${gold.entities.length} mentions ${JSON.stringify(byType)}`,
  );
}
process.exit(failed ? 1 : 0);
