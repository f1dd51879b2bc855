/** `extract compare` as a user runs it: the four formats, the report folder, hostile text, and bad usage. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { fixtureDir, requireBuild, runCli } from './cli-run';

const SAMPLES = 'samples/compare';
/** Two short reports whose bylines and text try to break out of HTML and spreadsheets. */
const HOSTILE = {
  '=HYPERLINK("evil.example","x").txt':
    'By Ann <b onmouseover=alert(1)>Lee</b>\n\nMOSUL, May 2, 2031 - No more than 40 civilians were killed in Mosul <img src=x onerror=alert(1)>.\n',
  'b.txt': 'By Bo </td><script>alert(2)</script>\n\nMOSUL, May 3, 2031 - Some 900 civilians were killed in Mosul, "officials" said.\n',
};

beforeAll(requireBuild);

describe('extract compare', () => {
  test('text: the disputed groups first, each figure with its source', () => {
    const r = runCli(['compare', '--format', 'text', SAMPLES]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Disputed figures: 4 groups, 2 conflicting, from 4 documents/);
    expect(r.stdout).toContain('CONFLICT  people · deaths · Tulcea');
    expect(r.stdout).toContain('agree     families · displacement · Tulcea');
    expect(r.stdout).toMatch(/≈ 310 +Mara Lupescu, via Danube Reli/);
  });

  test('json (the default off a terminal): groups, settings and counts; an unreadable input fails alone (exit 1)', () => {
    const r = runCli(['compare', SAMPLES, 'no-such-file.txt', '--by', 'concept,predicate', '--min-sources', '3']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('extract compare: no-such-file.txt:');
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ by: ['concept', 'predicate'], minSources: 3, documents: 4 });
    expect(report.failures).toEqual([{ file: 'no-such-file.txt', message: expect.any(String) }]);
    expect(report.groups.map((g: { label: string }) => g.label)).toEqual([
      'people · deaths',
      'people · injuries',
      'families · displacement',
    ]);
    for (const g of report.groups) expect(g.sources.length).toBeGreaterThanOrEqual(3);
  });

  test('csv: one row per figure; text a spreadsheet would run is neutralised', () => {
    const r = runCli(['compare', '--format', 'csv', '.'], { cwd: fixtureDir(HOSTILE) });
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.conflicting)).toEqual(['true', 'true']);
    expect(rows.map((row) => row.document)).toContain('\'=HYPERLINK("evil.example","x").txt');
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@]/);
  });

  test('html: one self-contained page with a strict CSP; every text escaped', () => {
    const dir = fixtureDir(HOSTILE);
    const r = runCli(['compare', '--format', 'html', dir]);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'/,
    );
    expect(html).not.toMatch(/<script|<img|<b |<[^>]*on(?:error|mouseover)=/i);
    expect(html).toContain('Bo &lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('Ann &lt;b onmouseover=alert(1)&gt;Lee&lt;/b&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/(?:href|src)="(?:https?:)?\/\//);
  });

  test('html with --out: index.html and a reading view per document, linked from each figure', () => {
    const out = join(fixtureDir({}), 'report');
    const r = runCli(['compare', '--format', 'html', '--out', out, SAMPLES]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const links = [...html.matchAll(/href="(documents\/[^"#]+)#(f0-r\d+)"/g)];
    expect(links.length).toBe(13);
    for (const [, file, anchor] of links) {
      expect(existsSync(join(out, file))).toBe(true);
      expect(readFileSync(join(out, file), 'utf8')).toContain(`id="${anchor}"`);
    }
  });

  test('--equivalents adds to the tables', () => {
    const dir = fixtureDir({
      'a.txt': 'By Agency North\n\nNo more than 40 residents were killed in Mosul.\n',
      'b.txt': 'By Agency South\n\nSome 900 civilians were killed in Mosul.\n',
    });
    const table = join(dir, 'eq.json');
    writeFileSync(table, JSON.stringify({ concepts: { civilian: ['civilian', 'resident'] } }));
    // Without the table, residents and civilians are apart (spec/compare.test.ts).
    const withTable = JSON.parse(runCli(['compare', dir, '--equivalents', table]).stdout);
    expect(withTable.groups).toHaveLength(1);
    expect(withTable.groups[0].conflicting).toBe(true);
  });

  test.each([
    [['--by', 'who'], /unknown key "who"/],
    [['--min-sources', '0'], /at least 1/],
    [['--format', 'xml'], /xml/],
    [['--date-granularity', 'hour'], /hour/],
    [['--equivalents', 'no-such.json'], /cannot read no-such\.json/],
  ])('bad usage %j is exit 2 with the reason', (args, message) => {
    const r = runCli(['compare', ...args, SAMPLES]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
