/**
 * The `extract` command, run as a child process from the built package: every format, folders, stdin, --out,
 * --jobs, bad inputs among good ones, CRLF with a byte-order mark, usage errors, a closed pipe.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { defaultJobs } from '../lib/cli/pool';
import { BIN, fixtureDir, requireBuild, ROOT, runCli, TEXTS } from './cli-run';

interface Doc {
  file: string;
  referenceDate: string | null;
  referenceDateSource: string;
  records: { file: string; type: string; text: string; start: number; end: number; value?: unknown }[];
}

/** The .txt and .md files under samples/, in the order the CLI walks a folder (entries sorted by name). */
function walk(rel: string): string[] {
  const entries = readdirSync(join(ROOT, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((e) => (e.isDirectory() ? walk(`${rel}/${e.name}`) : /\.(txt|md)$/.test(e.name) ? [`${rel}/${e.name}`] : []));
}
const SAMPLES = walk('samples');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** Creates an empty file and returns its path. */
/** The start of a terminal colour sequence. */
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[`);

const openCloseSync = (path: string) => {
  closeSync(openSync(path, 'w'));
  return path;
};
const files = (jsonl: string) =>
  jsonl
    .trimEnd()
    .split('\n')
    .map((l) => (JSON.parse(l) as Doc).file);

let dir: string;
beforeAll(() => {
  requireBuild();
  dir = fixtureDir({
    'flood.txt': TEXTS.flood,
    'budget.md': TEXTS.budget,
    'notes.rtf': TEXTS.flood,
    'crlf-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXTS.flood.replace(/\n/g, '\r\n'))]),
    'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x3e, 0x00]),
    'latin1.txt': Buffer.from('Caf\xe9 owners said 3 people left.', 'latin1'),
  });
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'nested', 'deeper', 'budget-copy.txt'), TEXTS.budget);
});

describe('json (the default when stdout is not a terminal)', () => {
  test('one document for the samples folder; every record names its file and its span is exact', () => {
    const r = runCli(['samples']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { files: Doc[]; errors: unknown[] };
    expect(out.files.map((f) => f.file)).toEqual(SAMPLES);
    expect(out.errors).toEqual([]);
    for (const doc of out.files) {
      const text = read(doc.file);
      expect(doc.records.length).toBeGreaterThan(5);
      for (const rec of doc.records) {
        expect(rec.file).toBe(doc.file);
        expect(text.slice(rec.start, rec.end)).toBe(rec.text);
      }
    }
  });

  test('--types and --reference-date reach the library', () => {
    const r = runCli(['--types', 'date,quantity', '--reference-date', '2020-03-04', '-'], {
      input: 'Officials said 20 boats arrived on Monday.',
    });
    const [doc] = (JSON.parse(r.stdout) as { files: Doc[] }).files;
    expect(doc.referenceDateSource).toBe('option');
    expect(new Set(doc.records.map((x) => x.type))).toEqual(new Set(['date', 'quantity']));
    expect(doc.records.find((x) => x.type === 'date')?.value).toBe('2020-03-02');
  });
});

describe('jsonl', () => {
  test('one line per input file, in input order, each a complete document', () => {
    const reversed = SAMPLES.slice().reverse();
    expect(files(runCli(['--format', 'jsonl', ...reversed]).stdout)).toEqual(reversed);
  });

  test('without --jobs, threads follow the size of the files: one for small folders or one big file, more for many big files', () => {
    const big = join(dir, 'sizes');
    mkdirSync(big, { recursive: true });
    // Sparse files: their size counts, no disk is used.
    for (const name of ['a.txt', 'b.txt', 'c.txt']) truncateSync(openCloseSync(join(big, name)), 9_000_000);
    truncateSync(openCloseSync(join(big, 'huge.txt')), 20_000_000);
    expect(defaultJobs([{ path: join(dir, 'flood.txt') }, { path: join(dir, 'budget.md') }, {}])).toBe(1);
    // One file is never split across threads: a second thread would only hold memory.
    expect(defaultJobs([{ path: join(big, 'a.txt') }])).toBe(1);
    expect(defaultJobs([{ path: join(big, 'huge.txt') }, { path: join(dir, 'flood.txt') }])).toBe(1);
    expect(defaultJobs([{ path: join(big, 'a.txt') }, { path: join(big, 'b.txt') }])).toBe(Math.min(2, availableParallelism()));
    expect(defaultJobs(['a.txt', 'b.txt', 'c.txt'].map((f) => ({ path: join(big, f) })))).toBe(Math.min(3, availableParallelism()));
    expect(defaultJobs([{ path: join(dir, 'no-such-file.txt') }])).toBe(1);
  });

  test('--jobs 2 (worker threads) gives the same output as one job', () => {
    const one = runCli(['--format', 'jsonl', '--jobs', '1', 'samples', dir]);
    const two = runCli(['--format', 'jsonl', '--jobs', '2', 'samples', dir]);
    expect(two.code).toBe(1); // the binary and Latin-1 fixtures
    expect(two.stdout).toBe(one.stdout);
    expect(files(two.stdout)).toHaveLength(SAMPLES.length + 4);
  });

  test('a closed pipe (| head -1) ends quietly', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --format jsonl --jobs 1 samples samples samples | head -1`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});

// `script` (util-linux) runs the command on a pseudo-terminal, so that stderr is a terminal.
const hasScript = spawnSync('script', ['--version']).status === 0;
(hasScript ? test : test.skip)('a progress bar on stderr when it is a terminal and stdout is not', () => {
  const out = join(fixtureDir({}), 'out.jsonl');
  const command = `"${process.execPath}" "${BIN}" --format jsonl --jobs 1 samples > "${out}"`;
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stdout).toMatch(new RegExp(`${SAMPLES.length}/${SAMPLES.length} files · \\d+ records · [\\d.]+ files/s · ETA`));
  expect(files(readFileSync(out, 'utf8'))).toEqual(SAMPLES);
});

describe('csv and tsv', () => {
  test.each([
    ['csv', ','],
    ['tsv', '\t'],
  ])('%s: one row per record, type-specific fields as columns, read back intact', (format, delimiter) => {
    const inputs = [join(dir, 'flood.txt'), 'samples/economy-brief.txt'];
    const records = (JSON.parse(runCli(inputs).stdout) as { files: Doc[] }).files.flatMap((d) => d.records);
    const rows = parse(runCli(['--format', format, ...inputs]).stdout, { delimiter, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, i) => {
      expect(row.file).toBe(records[i].file);
      expect(row.text).toBe(records[i].text);
      expect(Number(row.start)).toBe(records[i].start);
    });
    expect(rows.find((row) => row.type === 'quantity' && row.concept === 'people')).toMatchObject({ bound: 'lower', low: '14' });
  });

  test('--types keeps only the columns of the types asked for', () => {
    const header = runCli(['--format', 'csv', '--types', 'date', join(dir, 'flood.txt')]).stdout.split('\n')[0];
    expect(header).toBe('file,type,text,start,end,sentence,confidence,source,value,timexType,from,to');
  });
});

describe('text (the default on a terminal)', () => {
  test('a summary per file; no colours when stdout is not a terminal', () => {
    const r = runCli(['--format', 'text', 'samples/conflict-report.txt', join(dir, 'flood.txt')]);
    expect(r.stdout).toContain('samples/conflict-report.txt');
    expect(r.stdout).toContain(join(dir, 'flood.txt'));
    expect(r.stdout).toMatch(/civilians +≥ 37/);
    expect(r.stdout).not.toMatch(ANSI_ESCAPE);
  });

  test('colours when forced, and NO_COLOR wins', () => {
    expect(runCli(['--format', 'text', join(dir, 'flood.txt')], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI_ESCAPE);
    expect(runCli(['--format', 'text', join(dir, 'flood.txt')], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(
      ANSI_ESCAPE,
    );
  });
});

describe('html', () => {
  test('one page for several inputs, with a table of contents and a claims table per file', () => {
    const r = runCli(['--format', 'html', 'samples']);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).toContain('<nav class="toc"');
    expect(r.stdout.match(/<section class="doc"/g)).toHaveLength(SAMPLES.length);
    expect(r.stdout.match(/<table class="claims">/g)).toHaveLength(SAMPLES.length);
    // Self-contained: nothing fetched from elsewhere.
    expect(r.stdout).not.toMatch(/<link |src="http|url\(/);
  });
});

describe('inputs', () => {
  test('a folder is read recursively, .txt and .md only, in sorted order', () => {
    const names = files(runCli(['--format', 'jsonl', dir]).stdout).map((f) => f.slice(dir.length + 1));
    expect(names).toEqual(['budget.md', 'crlf-bom.txt', 'flood.txt', 'nested/deeper/budget-copy.txt']);
  });

  test('--glob chooses the files taken from folders', () => {
    const r = runCli(['--format', 'jsonl', '--glob', '*.rtf', dir]);
    expect(r.code).toBe(0);
    expect(files(r.stdout)).toEqual([join(dir, 'notes.rtf')]);
    // With no input named, --glob searches the current folder.
    expect(files(runCli(['--format', 'jsonl', '--glob', '**/*-copy.txt'], { cwd: dir }).stdout)).toEqual(['nested/deeper/budget-copy.txt']);
  });

  test('stdin with -, and stdin when no input is named and it is piped', () => {
    for (const args of [['-'], []]) {
      const [doc] = (JSON.parse(runCli(args, { input: TEXTS.budget }).stdout) as { files: Doc[] }).files;
      expect(doc.file).toBe('<stdin>');
      expect(doc.records.length).toBeGreaterThan(2);
      for (const rec of doc.records) expect(TEXTS.budget.slice(rec.start, rec.end)).toBe(rec.text);
    }
  });

  test('UTF-8 with a byte-order mark and CRLF line ends: offsets count from after the mark, CRs kept', () => {
    const [doc] = (JSON.parse(runCli([join(dir, 'crlf-bom.txt')]).stdout) as { files: Doc[] }).files;
    const text = TEXTS.flood.replace(/\n/g, '\r\n');
    expect(doc.referenceDate).toBe('2019-06-02');
    for (const rec of doc.records) expect(text.slice(rec.start, rec.end)).toBe(rec.text);
    expect(doc.records.some((x) => x.start > text.indexOf('\r\n'))).toBe(true);
  });

  test('a missing, a binary and a non-UTF-8 file among good ones: one line each, the rest go on, exit 1', () => {
    const r = runCli([
      '--format',
      'jsonl',
      join(dir, 'flood.txt'),
      'no-such-file.txt',
      join(dir, 'binary.txt'),
      join(dir, 'latin1.txt'),
      join(dir, 'budget.md'),
    ]);
    expect(r.code).toBe(1);
    expect(files(r.stdout)).toEqual([join(dir, 'flood.txt'), join(dir, 'budget.md')]);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'extract: no-such-file.txt: no such file or directory',
      `extract: ${join(dir, 'binary.txt')}: is a binary file, not text`,
      `extract: ${join(dir, 'latin1.txt')}: is not valid UTF-8 (first bad byte at offset 3)`,
    ]);
  });

  test('an empty file gives an empty result; a file that cannot be read gives one line; the rest go on', () => {
    const empty = join(fixtureDir({ 'empty.txt': '' }), 'empty.txt');
    // Root reads any file whatever its mode; /proc/self/mem fails to read for everyone (EIO), where it exists.
    const unreadable = existsSync('/proc/self/mem') ? ['/proc/self/mem'] : [];
    const r = runCli(['--format', 'jsonl', empty, ...unreadable, join(dir, 'budget.md')]);
    expect(files(r.stdout)).toEqual([empty, join(dir, 'budget.md')]);
    expect((JSON.parse(r.stdout.split('\n')[0]) as Doc).records).toEqual([]);
    expect(r.stderr.trimEnd().split('\n').filter(Boolean)).toHaveLength(unreadable.length);
    if (unreadable.length) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^extract: \/proc\/self\/mem: .+/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    } else expect(r.code).toBe(0);
  });

  test('the json document lists the failures too', () => {
    const out = JSON.parse(runCli([join(dir, 'flood.txt'), 'no-such-file.txt']).stdout) as { files: Doc[]; errors: { file: string }[] };
    expect(out.files).toHaveLength(1);
    expect(out.errors).toEqual([{ file: 'no-such-file.txt', message: 'no such file or directory' }]);
  });
});

describe('--out', () => {
  test('one output file per input, mirroring the folders', () => {
    const out = join(fixtureDir({}), 'out');
    const r = runCli(['--out', out, '--format', 'json', '--jobs', '2', join(dir, 'flood.txt'), join(dir, 'nested')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(join(out, 'flood.txt.json'), 'utf8')) as Doc).file).toBe(join(dir, 'flood.txt'));
    expect(JSON.parse(readFileSync(join(out, 'nested', 'deeper', 'budget-copy.txt.json'), 'utf8'))).toMatchObject({
      file: join(dir, 'nested/deeper/budget-copy.txt'),
    });
  });

  test.each(['html', 'csv', 'text', 'jsonl', 'tsv'])('--format %s writes its own extension', (format) => {
    const out = join(fixtureDir({}), 'out');
    expect(runCli(['--out', out, '--format', format, join(dir, 'flood.txt')]).code).toBe(0);
    const [name] = readdirSync(out);
    expect(name).toBe(`flood.txt.${format === 'text' ? 'summary.txt' : format}`);
    expect(readFileSync(join(out, name), 'utf8')).toContain('Egyptian Red Crescent');
  });

  test('one naming rule: the input name with the extension appended, so x.txt and x.md never clash', () => {
    const inputs = fixtureDir({ 'x.txt': TEXTS.flood, 'x.md': TEXTS.budget });
    const out = join(fixtureDir({}), 'out');
    expect(runCli(['--out', out, '--format', 'json', join(inputs, 'x.md'), join(inputs, 'x.txt')]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['x.md.json', 'x.txt.json']);
    expect(runCli(['--out', out, '--format', 'json', '-'], { input: TEXTS.flood }).code).toBe(0);
    expect(readdirSync(out)).toContain('stdin.json');
  });

  test('a folder walk never reads back the outputs written into it', () => {
    const folder = fixtureDir({ 'a.txt': TEXTS.flood, 'b.md': TEXTS.budget, 'notes.summary.txt': TEXTS.budget });
    for (const format of ['text', 'json']) expect(runCli(['--out', folder, '--format', format, '--glob', '*', folder]).code).toBe(0);
    expect(readdirSync(folder)).toContain('a.txt.summary.txt');
    const again = (args: string[]) => files(runCli(['--format', 'jsonl', ...args, folder]).stdout).map((f) => f.slice(folder.length + 1));
    // Skipped: an input's name with an output extension appended. A user's notes.summary.txt is such a name only
    // when `notes` itself would be taken as an input.
    expect(again([])).toEqual(['a.txt', 'b.md', 'notes.summary.txt']);
    expect(again(['--glob', '*'])).toEqual(['a.txt', 'b.md']);
  });

  test('--out at a file: "not a folder", exit 1, nothing written', () => {
    const file = join(fixtureDir({ 'taken.txt': 'x' }), 'taken.txt');
    for (const out of [file, join(file, 'sub')]) {
      const r = runCli(['--out', out, join(dir, 'flood.txt')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`extract: ${file} is not a folder\n`);
    }
  });

  (existsSync('/proc/self') ? test : test.skip)('--out in a virtual file system (/proc) fails at once instead of looping', () => {
    const r = spawnSync(process.execPath, [BIN, '--out', '/proc/no-such-dir/sub', join(dir, 'flood.txt')], {
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(r.error).toBeUndefined(); // not killed by the timeout
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^extract: cannot create \/proc\/no-such-dir\/sub: .+\n$/);
  });
});

describe('output errors', () => {
  (existsSync('/dev/full') ? test : test.skip)('a full disk (> /dev/full): one line on stderr, exit 1', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" samples > /dev/full`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('extract: cannot write to stdout: no space left on device\n');
  });

  (existsSync('/proc/self/fdinfo') ? test : test.skip)('a closed stdout (>&-): one line on stderr, exit 1; > /dev/null still works', () => {
    const closed = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" samples >&-`], { cwd: ROOT, encoding: 'utf8' });
    expect(closed.status).toBe(1);
    expect(closed.stderr).toBe(
      'extract: stdout is closed, so the records would be lost; redirect it (> file, or > /dev/null to discard them) or write files with --out\n',
    );
    const devNull = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" samples/economy-brief.txt > /dev/null`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(devNull.status).toBe(0);
    expect(devNull.stderr).toBe('');
  });

  test("a parent that discards all of the child's stdio (stdio: 'ignore') is obeyed, not taken for a closed stdout", () => {
    const ignored = spawnSync(process.execPath, [BIN, 'samples/economy-brief.txt'], { cwd: ROOT, stdio: 'ignore' });
    expect(ignored.status).toBe(0);
  });
});

describe('usage', () => {
  test('--help and --version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const option of ['--format', '--types', '--reference-date', '--out', '--jobs', '--glob', '--version'])
      expect(help.stdout).toContain(option);
    expect(runCli(['--version']).stdout.trim()).toBe((JSON.parse(read('package.json')) as { version: string }).version);
  });

  test.each([
    [['--format', 'xml', 'samples']],
    [['--types', 'people', 'samples']],
    [['--reference-date', 'yesterday', 'samples']],
    [['--jobs', '0', 'samples']],
    [['--no-such-option']],
    [['-', '-']],
  ])('bad usage %j: exit 2, a short message, no stack trace', (args) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^extract: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
});
