/** A file that disappears between the folder listing and its reading fails alone; the others are still extracted. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs } from '../lib/cli/inputs';
import { runJob } from '../lib/cli/job';

test('a file removed mid-run gets one clear failure and the rest go on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-vanish-'));
  try {
    for (const name of ['a.txt', 'b.txt', 'c.txt'])
      writeFileSync(join(dir, name), `About 40 volunteers joined the search near Bergen, file ${name}.`);
    const problems: string[] = [];
    const inputs = collectInputs([dir], undefined, (name, message) => problems.push(`${name}: ${message}`));
    expect(inputs).toHaveLength(3);
    rmSync(join(dir, 'b.txt'));
    const outcomes = inputs.map((input, index) => runJob({ index, name: input.name, path: input.path }, { keepText: false }));
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    const failed = outcomes[1];
    expect(!failed.ok && failed.message).toMatch(/no such file/);
    for (const o of outcomes) if (o.ok) expect([...o.result.records].some((r) => r.type === 'quantity')).toBe(true);
    expect(problems).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
