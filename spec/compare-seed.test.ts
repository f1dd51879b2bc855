/**
 * The seed article, when ../shared is there (a user's clone has no ../shared: the test is skipped, saying so):
 * by place and by what is counted, the author's "as low as 20,000" and the UN's "some 270,000 civilians" conflict.
 * scripts/check-compare-seed.mjs prints the group and each figure's source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareClaims, extract, findByline } from '../lib';

const SEED = join(__dirname, '..', '..', 'shared', 'seed', 'aleppo-2016.txt');
const present = existsSync(SEED);
if (!present) console.warn(`compare seed test skipped: no seed article at ${SEED}`);

(present ? test : test.skip)(`seed: 20,000 and 270,000 about east Aleppo conflict${present ? '' : ' (skipped: no ../shared)'}`, () => {
  const text = readFileSync(SEED, 'utf8');
  const groups = compareClaims([{ id: 'seed', text, source: findByline(text), ...extract(text) }], {
    by: ['concept', 'place'],
    minSources: 1,
  });
  const group = groups.find((g) => g.figures.some((f) => f.value === 20000) && g.figures.some((f) => f.value === 270000));
  expect(group).toBeDefined();
  expect(group!.conflicting).toBe(true);
  expect(group!.place).toMatch(/aleppo/i);
  for (const f of group!.figures) expect(f.source).toBeTruthy();
});
