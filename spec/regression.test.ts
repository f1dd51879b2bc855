/**
 * The quality gate: runs the extractor over samples/annotated/ and fails when any type's relaxed F1 falls
 * below its floor in samples/annotated/floors.json. Raise the floors as the extractor improves.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../lib';
import { RECORD_TYPES } from '../lib/types';
import { loadGold } from '../lib/eval/gold';
import { score } from '../lib/eval/score';
import { formatErrors, summarize } from '../lib/eval/report';

const DIR = path.join(__dirname, '..', 'samples', 'annotated');
const floors: { relaxedF1: Record<string, number> } = JSON.parse(fs.readFileSync(path.join(DIR, 'floors.json'), 'utf8'));

const tally = score(loadGold([DIR]), (text, referenceDate) => extract(text, { referenceDate }).records);
const summary = summarize(tally);

describe('regression on samples/annotated', () => {
  it('has a floor for every type', () => {
    expect(Object.keys(floors.relaxedF1).sort()).toEqual([...RECORD_TYPES].sort());
  });

  it.each([...RECORD_TYPES])('%s relaxed F1 stays at or above its floor', (type) => {
    const f1 = 100 * (summary.types[type]?.relaxed.f1 ?? 0);
    if (f1 < floors.relaxedF1[type]) console.log(formatErrors({ ...tally, types: { [type]: tally.types[type] } }, 30));
    expect(f1).toBeGreaterThanOrEqual(floors.relaxedF1[type]);
  });

  it('returns exact spans', () => {
    expect(summary.spanMismatches).toBe(0);
  });
});
