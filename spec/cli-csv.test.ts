/**
 * CSV/TSV formula injection: read back with csv-parse, no text cell may begin with a character that makes a
 * spreadsheet run it (= + - @ tab CR) unless it carries the leading quote; numbers stay numbers; `--csv-raw` writes
 * raw cells. Hostile file names and hostile text reach the file, text and field columns.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { COMMON_FIELDS, fieldValue, typeFields } from '../lib/cli/fields';
import { createFormatter } from '../lib/cli/formats';
import { spreadsheetCell } from '../lib/cli/formats/spreadsheet-cell';
import type { FileResult } from '../lib/cli/job';
import { RECORD_TYPES, type ExtractRecord, type QuantityRecord } from '../lib/types';
import { fixtureDir, requireBuild, runCli } from './cli-run';

const FORMULA_START = /^[=+\-@\t\r]/;
const HOSTILE_NAMES = ['=HYPERLINK("http:__evil","click").txt', '@SUM(A1).txt', '+1+2.txt', '-10 degrees.txt', '\tcmd.txt', '\rcr.txt'];
const HOSTILE_TEXT =
  'Overnight the temperature fell to -10 degrees in Oslo, and =SUM(A1) was written on a wall.\n\n' +
  '@Reuters said +5 percent of the 300 voters in Leeds backed the plan, according to Anna Berg.\n';

type Row = Record<string, string>;
const COLUMNS = [...COMMON_FIELDS, ...typeFields(RECORD_TYPES)];

/** What a cell must read back as, given the record's value: the quote before a formula-like text, numbers as they are. */
function expectedCell(value: string | number | null, raw: boolean): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return !raw && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Every cell of every row against the record it came from; returns how many cells were neutralised. */
function checkRows(rows: Row[], records: (ExtractRecord & { file: string })[], raw: boolean): number {
  expect(rows).toHaveLength(records.length);
  let quoted = 0;
  rows.forEach((row, i) => {
    for (const column of COLUMNS) {
      const value = fieldValue(records[i], column);
      expect(row[column]).toBe(expectedCell(value, raw));
      if (typeof value === 'string' && !raw) {
        // The invariant a spreadsheet relies on: nothing formula-like is left at the start of a text cell.
        expect(row[column]).not.toMatch(FORMULA_START);
        if (row[column] !== value) quoted++;
      }
    }
  });
  return quoted;
}

describe('the extract command', () => {
  let dir: string;
  let records: (ExtractRecord & { file: string })[];
  beforeAll(() => {
    requireBuild();
    dir = fixtureDir({});
    for (const name of HOSTILE_NAMES) writeFileSync(join(dir, name), HOSTILE_TEXT);
    const json = runCli(['--', ...HOSTILE_NAMES], { cwd: dir });
    expect(json.code).toBe(0);
    records = (JSON.parse(json.stdout) as { files: { records: (ExtractRecord & { file: string })[] }[] }).files.flatMap((f) => f.records);
  });

  test.each([
    ['csv', ','],
    ['tsv', '\t'],
  ])('%s: every text cell is neutralised, hostile file names included; numbers stay numbers', (format, delimiter) => {
    const r = runCli(['--format', format, '--', ...HOSTILE_NAMES], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { delimiter, columns: true, relax_quotes: true }) as Row[];
    const quoted = checkRows(rows, records, false);
    expect(quoted).toBeGreaterThan(rows.length); // every file cell, and the record texts such as `-10 degrees`
    expect(new Set(rows.map((row) => row.file))).toEqual(new Set(HOSTILE_NAMES.map((n) => `'${n}`)));
    const cold = rows.find((row) => row.unit === 'degree')!;
    expect(cold).toMatchObject({ text: "'-10 degrees", value: '-10', low: '-10' });
    // JSON outputs are not spreadsheets: they keep the original.
    expect(records.find((rec) => rec.type === 'quantity' && rec.unit === 'degree')).toMatchObject({ text: '-10 degrees', value: -10 });
    expect(records.map((rec) => rec.file)).toContain('=HYPERLINK("http:__evil","click").txt');
  });

  test('--csv-raw writes the cells as they are', () => {
    const r = runCli(['--format', 'csv', '--csv-raw', '--', ...HOSTILE_NAMES], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Row[];
    expect(checkRows(rows, records, true)).toBe(0);
    expect(rows[0].file).toBe(HOSTILE_NAMES[0]);
  });

  test('--out files (with a byte-order mark) are neutralised too', () => {
    const out = join(dir, 'out');
    expect(runCli(['--format', 'csv', '--out', out, HOSTILE_NAMES[1]], { cwd: dir }).code).toBe(0);
    const rows = parse(readFileSync(join(out, '@SUM(A1).txt.csv'), 'utf8'), { columns: true, bom: true }) as Row[];
    checkRows(
      rows,
      records.filter((rec) => rec.file === HOSTILE_NAMES[1]),
      false,
    );
  });
});

describe('every field a record can carry', () => {
  // Each text field of a quantity record holds a hostile value; the formatter must quote each one.
  const hostile: QuantityRecord = {
    type: 'quantity',
    text: '-5 dead',
    start: 0,
    end: 7,
    sentence: 0,
    confidence: 0.9,
    source: '=cmd|" /C calc"!A0',
    value: -5,
    low: -5,
    high: -5,
    bound: 'exact',
    modifier: '+about',
    kind: 'count',
    unit: '@unit',
    concept: '=HYPERLINK("http://evil","x")',
    per: '\tper',
    change: null,
    predicate: '-killed',
    attribution: { text: '@SUM(1+1) said', start: 10, end: 24 },
  };
  const result: FileResult = { file: '\r=evil.txt', referenceDate: null, referenceDateSource: 'none', records: [hostile] };

  test.each(['csv', 'tsv'] as const)('%s', (format) => {
    const formatter = createFormatter(format, { colors: false, types: RECORD_TYPES, inputNames: [result.file] });
    const output = formatter.head() + [...formatter.file(result, 0)].join('');
    const [row] = parse(output, { delimiter: format === 'csv' ? ',' : '\t', columns: true }) as Row[];
    expect(checkRows([row], [{ ...hostile, file: result.file }], false)).toBe(9);
    expect(row).toMatchObject({ value: '-5', low: '-5', concept: `'=HYPERLINK("http://evil","x")`, attribution: "'@SUM(1+1) said" });
  });
});

test('spreadsheetCell: only a text cell that starts like a formula is changed', () => {
  expect(spreadsheetCell('=1+1')).toBe("'=1+1");
  expect(spreadsheetCell('a=1')).toBe('a=1');
  expect(spreadsheetCell(-5)).toBe(-5);
  expect(spreadsheetCell(null)).toBeNull();
  expect(spreadsheetCell('=1+1', true)).toBe('=1+1');
});
