/**
 * Document-per-line streaming: `extract --input jsonl` (order, one output line per input line, error lines,
 * back-pressure with a stalled reader, `| head -1`, --jobs, --format records and csv) and the library's
 * extractLines() / createExtractStream() behind it. Output lines are checked against schema/line.schema.json.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Ajv from 'ajv';
import { parse } from 'csv-parse/sync';
import { createExtractStream, extract, extractLines, type LineResult } from '../lib/index';
import lineSchema from '../schema/line.schema.json';
import resultSchema from '../schema/result.schema.json';
import { BIN, fixtureDir, requireBuild, runCli, TEXTS } from './cli-run';

const ajv = new Ajv({ allErrors: true }).addSchema(resultSchema);
const validLine = ajv.compile(lineSchema);
const validRecordLine = ajv.getSchema(`${lineSchema.$id}#/definitions/recordLine`)!;

const DOCS = [
  { id: 'a', text: TEXTS.flood },
  { id: 2, text: TEXTS.budget, referenceDate: '2021-03-02' },
  { id: 'c', text: 'Mayor Joan Price met 30 volunteers in Leeds on Friday.', types: ['person', 'quantity'] },
];
const jsonl = (docs: object[]) => `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`;
const outputLines = (stdout: string): LineResult[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));

/** Good lines and every kind of bad one, each bad one between good ones. */
const MIXED: [string, string | null][] = [
  [JSON.stringify(DOCS[0]), null],
  ['{"id": "x1", "text": "unterminated', 'invalid_json'],
  ['{"id": "x2"}', 'missing_text'],
  ['{"id": "x3", "text": 42}', 'text_not_string'],
  ['{"id": "x4", "text": "Rain on Monday.", "referenceDate": "2020-02-31"}', 'invalid_reference_date'],
  ['{"id": "x5", "text": "Rain on Monday.", "referenceDate": 20200201}', 'invalid_reference_date'],
  ['{"id": "x6", "text": "Rain.", "types": ["weather"]}', 'invalid_types'],
  [JSON.stringify({ id: 'x7', text: 'word '.repeat(60) }), 'too_long'],
  ['["not", "an", "object"]', 'not_an_object'],
  ['{"id": {"nested": true}, "text": "Rain."}', 'invalid_id'],
  ['', 'empty_line'],
  [JSON.stringify(DOCS[1]), null],
  [JSON.stringify(DOCS[2]), null],
];

beforeAll(requireBuild);

describe('extract --input jsonl', () => {
  test('one output line per input line, in order; bad lines become error lines and the rest goes on', () => {
    const input = `${MIXED.map(([l]) => l).join('\n')}\n`;
    const r = runCli(['--input', 'jsonl', '--max-chars', '200', '-'], { input });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = outputLines(r.stdout);
    expect(out).toHaveLength(MIXED.length);
    out.forEach((line, i) => {
      expect(validLine(line)).toBe(true);
      const code = MIXED[i][1];
      if (code) expect(line).toMatchObject({ error: { code, line: i + 1 } });
      else expect(line).not.toHaveProperty('error');
    });
    // Ids survive where the line could be read; the good lines equal extract() on their own.
    expect(out.map((l) => l.id)).toEqual(['a', null, 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', null, null, null, 2, 'c']);
    for (const [i, doc] of [
      [0, DOCS[0]],
      [11, DOCS[1]],
      [12, DOCS[2]],
    ] as const) {
      const { id, ...options } = doc as { id: string; text: string; referenceDate?: string; types?: never };
      const expected = extract(options.text, options);
      expect(out[i]).toEqual({ id, ...expected });
    }
  });

  test('a file, --id-field, --text-field, CRLF line ends, a byte-order mark, and no final line break', () => {
    const body = ['{"key": "k1", "body": "Floods hit Lagos on Monday."}', '{"key": "k2", "body": "Prices rose 4% in March."}'].join('\r\n');
    const dir = fixtureDir({ 'in.jsonl': `\ufeff${body}` });
    const r = runCli(['--input', 'jsonl', '--id-field', 'key', '--text-field', 'body', join(dir, 'in.jsonl')]);
    expect(r.code).toBe(0);
    const out = outputLines(r.stdout);
    expect(out.map((l) => l.id)).toEqual(['k1', 'k2']);
    expect(out[1]).toEqual({ id: 'k2', ...extract('Prices rose 4% in March.') });
  });

  test('a line that is not UTF-8 is an error line', () => {
    const input = Buffer.concat([
      Buffer.from('{"id": 1, "text": "caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n{"id": 2, "text": "Rain."}\n'),
    ]);
    const out = outputLines(runCli(['--input', 'jsonl'], { input }).stdout);
    expect(out.map((l) => ('error' in l ? l.error.code : 'ok'))).toEqual(['invalid_utf8', 'ok']);
  });

  test('--jobs 2 gives the same lines, in the same order, as one job', () => {
    const docs = Array.from({ length: 24 }, (_, i) => ({ id: i, text: i % 5 === 3 ? 7 : `${TEXTS.budget} Item ${i}.` }));
    const input = jsonl(docs);
    const one = runCli(['--input', 'jsonl', '--jobs', '1'], { input });
    const two = runCli(['--input', 'jsonl', '--jobs', '2'], { input });
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(outputLines(two.stdout).map((l) => l.id)).toEqual(docs.map((d) => d.id));
  });

  test('--format records: one line per record with its document id; error lines as they are', () => {
    const input = `${JSON.stringify(DOCS[0])}\nnot json\n${JSON.stringify(DOCS[1])}\n`;
    const r = runCli(['--input', 'jsonl', '--format', 'records'], { input });
    expect(r.code).toBe(0);
    const rows = outputLines(r.stdout) as unknown as Record<string, unknown>[];
    const records = (doc: (typeof DOCS)[number]) => extract(doc.text, doc).records.map((rec) => ({ id: doc.id, ...rec }));
    const errors = rows.filter((row) => 'error' in row);
    expect(errors).toEqual([{ id: null, error: { code: 'invalid_json', message: expect.any(String), line: 2 } }]);
    expect(rows.filter((row) => !('error' in row))).toEqual([...records(DOCS[0]), ...records(DOCS[1])]);
    for (const row of rows) expect('error' in row ? validLine(row) : validRecordLine(row)).toBe(true);
  });

  test('--format records with text files: one line per record, naming its file (for documents too big for one line)', () => {
    const dir = fixtureDir({ 'flood.txt': TEXTS.flood, 'budget.txt': TEXTS.budget });
    const files = [join(dir, 'flood.txt'), join(dir, 'budget.txt')];
    const r = runCli(['--format', 'records', ...files]);
    expect(r.code).toBe(0);
    const expected = files.flatMap((file) => extract(readFileSync(file, 'utf8')).records.map((rec) => ({ file, ...rec })));
    expect(outputLines(r.stdout)).toEqual(expected);
  });

  test('--format csv: one row per record with the document id; a bad line is reported on stderr (exit 1)', () => {
    const input = `${JSON.stringify(DOCS[0])}\n{"id": "bad"}\n${JSON.stringify(DOCS[1])}\n`;
    const r = runCli(['--input', 'jsonl', '--format', 'csv', '--types', 'quantity'], { input });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('extract: <stdin>: line 2: missing_text: the line has no "text" field\n');
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])[0]).toBe('id');
    const quantities = (doc: (typeof DOCS)[number]) => extract(doc.text, { ...doc, types: ['quantity'] }).records;
    expect(rows.map((row) => [row.id, row.text])).toEqual(
      [DOCS[0], DOCS[1]].flatMap((doc) => quantities(doc).map((q) => [String(doc.id), q.text])),
    );
  });

  test.each([
    [['--input', 'jsonl', '--format', 'html']],
    [['--input', 'jsonl', '--out', 'somewhere']],
    [['--input', 'jsonl', '--max-chars', '0']],
    [['--input', 'jsonl', '--id-field', '']],
    [['--input', 'xml']],
  ])('bad usage %j: exit 2 with a short message', (args) => {
    const r = runCli(args, { input: '{"id": 1, "text": "Rain."}\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^extract: /);
    expect(r.stdout).toBe('');
  });

  test('an unreadable input file is reported (exit 1); the other files are still processed', () => {
    const dir = fixtureDir({ 'ok.jsonl': jsonl([DOCS[0]]) });
    const r = runCli(['--input', 'jsonl', join(dir, 'missing.jsonl'), join(dir, 'ok.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.jsonl: no such file or directory');
    expect(outputLines(r.stdout).map((l) => l.id)).toEqual(['a']);
  });
});

/** Lines that cost almost nothing to process (no letters: no models run), padded so that input outweighs output. */
const cheapLine = (i: number) => `${JSON.stringify({ id: i, pad: 'x'.repeat(2000), text: '--' })}\n`;

/** The resident memory of a running process; 0 once it has exited. */
function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? +m[1] : 0;
  } catch {
    return 0;
  }
}

describe('back-pressure and a closed pipe', () => {
  const children: ChildProcess[] = [];
  const start = (args: string[]) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    children.push(child);
    return child;
  };
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  test.each([1, 2])(
    'with --jobs %i, a reader that stops makes extract stop reading; memory stays bounded; then every line arrives in order',
    async (jobs) => {
      const LINES = 20_000; // 40 MB offered
      const child = start(['--input', 'jsonl', '--jobs', String(jobs)]);
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      let accepted = 0;
      let sent = 0;
      const writeMore = () => {
        while (sent < LINES) {
          const line = cheapLine(sent++);
          accepted += line.length;
          if (!child.stdin.write(line)) return void child.stdin.once('drain', writeMore);
        }
        child.stdin.end();
      };
      child.stdin.on('error', () => {});
      writeMore();
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

      // Once output comes (extract has started), read nothing more; wait until extract stops taking input (nothing
      // accepted for 3 s), at most 60 s. Node buffers up to 64 kB of the output for us: one more buffer, bounded.
      await once(child.stdout, 'readable');
      let last = -1;
      let stableSince = Date.now();
      const give = Date.now() + 60_000;
      const samples: number[] = [];
      while (Date.now() < give) {
        await sleep(250);
        if (child.exitCode !== null) throw new Error(`extract exited with ${child.exitCode} before it was read: ${stderr}`);
        samples.push(rssKb(child.pid!));
        if (accepted !== last) {
          last = accepted;
          stableSince = Date.now();
        } else if (Date.now() - stableSince > 3000) break;
      }
      const stalledAt = accepted;
      expect(sent).toBeLessThan(LINES);
      // Accepted: what extract processed while its output filled the pipe, plus the pipe and stream buffers.
      expect(stalledAt).toBeLessThan(8_000_000);
      await sleep(1500);
      expect(accepted).toBe(stalledAt);
      samples.push(rssKb(child.pid!));

      // Now read, slowly at first: every line arrives, in order, and memory never grew past a bound.
      const ids: number[] = [];
      let rest = '';
      child.stdout.removeAllListeners('readable');
      child.stdout.on('data', (d: Buffer) => {
        const parts = (rest + d.toString('utf8')).split('\n');
        rest = parts.pop()!;
        for (const p of parts) ids.push((JSON.parse(p) as LineResult).id as number);
        if (ids.length < 2000) {
          child.stdout.pause();
          setTimeout(() => child.stdout.resume(), 5);
        }
      });
      const sampler = setInterval(() => samples.push(rssKb(child.pid!)), 100);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearInterval(sampler);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(ids).toEqual(Array.from({ length: LINES }, (_, i) => i));
      expect(Math.max(...samples.filter(Boolean))).toBeLessThan(400 * 1024);
    },
    180_000,
  );

  test('| head -1: extract stops quietly, exit code 0', async () => {
    const child = start(['--input', 'jsonl', '--jobs', '1']);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.on('error', () => {});
    // Plenty of input, written as extract takes it.
    void pipeline(
      Readable.from(
        (function* () {
          for (let i = 0; i < 100_000; i++) yield cheapLine(i);
        })(),
      ),
      child.stdin,
    ).catch(() => {});
    const first = await new Promise<string>((resolve) => {
      let got = '';
      child.stdout.on('data', (d) => {
        got += d;
        if (got.includes('\n')) {
          child.stdout.destroy();
          resolve(got.split('\n')[0]);
        }
      });
    });
    expect(JSON.parse(first)).toEqual({ id: 0, referenceDate: null, referenceDateSource: 'none', records: [] });
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('extract did not exit after its reader went away')), 30_000);
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 60_000);

  test('the shell pipeline `extract --input jsonl big.jsonl | head -1` prints one line and no error', () => {
    const dir = fixtureDir({ 'big.jsonl': Array.from({ length: 20_000 }, (_, i) => cheapLine(i)).join('') });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --input jsonl "${join(dir, 'big.jsonl')}" | head -1`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('the library: extractLines() and createExtractStream()', () => {
  /** The input cut into small chunks, some in the middle of a line or of a character. */
  const chunked = (text: string, size: number) => {
    const bytes = Buffer.from(text, 'utf8');
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
    return Readable.from(chunks);
  };
  const input = jsonl([...DOCS, { id: 'é', text: 'Zoë Haddad, 41, arrived in São Paulo on 3 May 2019 with 12 volunteers.' }]);

  test('extractLines: one result per line, each what extract() gives, whatever the chunking', async () => {
    const expected = [...DOCS, { id: 'é', text: 'Zoë Haddad, 41, arrived in São Paulo on 3 May 2019 with 12 volunteers.' }].map((d) => {
      const { id, text, ...options } = d as { id: string; text: string };
      return { id, ...extract(text, options) };
    });
    for (const size of [7, 64, 1 << 16]) {
      const results: LineResult[] = [];
      for await (const r of extractLines(chunked(input, size))) results.push(r);
      expect(results).toEqual(expected);
    }
  });

  test('every kind of bad line gets its error code and line number; the good lines around them are processed', async () => {
    const results: LineResult[] = [];
    for await (const r of extractLines(chunked(`${MIXED.map(([l]) => l).join('\n')}\n`, 50), { maxChars: 200 })) results.push(r);
    expect(results.map((r) => ('error' in r ? [r.error.code, r.error.line] : null))).toEqual(
      MIXED.map(([, code], i) => (code ? [code, i + 1] : null)),
    );
    for (const r of results) expect(validLine(r)).toBe(true);
  });

  test('a line longer than the limit is an error result, without keeping its bytes; the next line is processed', async () => {
    const huge = JSON.stringify({ id: 'big', text: 'a'.repeat(300_000) });
    const results: LineResult[] = [];
    for await (const r of extractLines(chunked(`${huge}\n${JSON.stringify(DOCS[2])}\n`, 4096), { maxChars: 100 })) results.push(r);
    expect(results[0]).toEqual({ id: null, error: { code: 'too_long', message: expect.stringMatching(/longer than/), line: 1 } });
    expect(results[1]).toMatchObject({ id: 'c' });
  });

  test('invalid options are refused at once', () => {
    expect(() => createExtractStream({ maxChars: -1 })).toThrow(/maxChars/);
    expect(() => createExtractStream({ types: ['weather' as never] })).toThrow(/unknown record type/);
  });

  test('createExtractStream in a pipeline: JSON lines out, one per line in, matching the schema', async () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        out += chunk;
        done();
      },
    });
    await pipeline(chunked(`${input}not json\n`, 100), createExtractStream({ referenceDate: '2020-01-01' }), sink);
    const lines = outputLines(out);
    expect(lines).toHaveLength(DOCS.length + 2);
    for (const l of lines) expect(validLine(l)).toBe(true);
    expect(lines[0]).toMatchObject({ id: 'a', referenceDateSource: 'option', referenceDate: '2020-01-01' });
    expect(lines.at(-1)).toMatchObject({ error: { code: 'invalid_json', line: DOCS.length + 2 } });
  });
});
