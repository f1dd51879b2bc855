/** `extract compare` arguments, parsed by commander into `CompareCliOptions`; bad usage becomes exit 2 as for `extract`. */
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { COMPARE_KEYS, type CompareKey, DATE_GRANULARITIES, type DateGranularity, type Equivalents } from '../claims/index';
import { packageVersion, parseChoices, parseCommand, parseDate } from './args';

export const COMPARE_FORMATS = ['text', 'json', 'csv', 'html'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export interface CompareCliOptions {
  inputs: string[];
  format: CompareFormat;
  by: CompareKey[];
  minSources: number;
  /** Figures listed per group (the tallies count them all). */
  maxFigures: number;
  dateGranularity: DateGranularity;
  equivalents?: Equivalents;
  referenceDate?: string;
  /** A folder for the report (`index.html` or `compare.<ext>`) and, with html, each document's reading view. */
  out?: string;
  jobs?: number;
  glob?: string;
}

const parseKeys = (value: string): CompareKey[] => [...new Set(parseChoices(value, COMPARE_KEYS, 'key'))];

function parseCount(value: string): number {
  if (!/^\d+$/.test(value) || +value < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return +value;
}

/** A JSON file of additions to the equivalence tables: `{"concepts": {"person": ["person", "civilian"]}}`. */
function parseEquivalents(path: string): Equivalents {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InvalidArgumentError(`cannot read ${path} as JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  const ok = (table: unknown, isEntry: (v: unknown) => boolean) =>
    table === undefined || (typeof table === 'object' && table !== null && !Array.isArray(table) && Object.values(table).every(isEntry));
  const words = (v: unknown) => Array.isArray(v) && v.every((w) => typeof w === 'string');
  const event = (v: unknown) => typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>).concept === 'string';
  const e = parsed as Record<string, unknown>;
  if (typeof parsed !== 'object' || parsed === null || !ok(e.concepts, words) || !ok(e.predicates, words) || !ok(e.events, event))
    throw new InvalidArgumentError(
      'expected {"concepts": {key: [words]}, "predicates": {class: [words]}, "events": {word: {"concept", "predicate"}}}.',
    );
  return parsed as Equivalents;
}

const EXAMPLES = `
Examples:
  extract compare news/                         the disputed figures, most disputed first
  extract compare news/ --format html --out report/   report/index.html, with each document's reading view
  extract compare a.txt b.txt --by concept,place --min-sources 1
  extract compare news/ --by concept,predicate,date --date-granularity week --format csv > figures.csv

Figures are grouped by what they count, what happened, where and when (--by); a group lists every figure
with its source, the spread, and whether the figures conflict (no value fits them all).`;

export function parseCompareArgs(argv: string[], stdoutIsTerminal: boolean): CompareCliOptions {
  const program = new Command('extract compare')
    .description('Line up the quantity claims of many documents and show where the sources disagree.')
    .version(packageVersion(), '-V, --version')
    .argument('[inputs...]', 'files, folders (searched recursively) or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: text on a terminal, json otherwise)').choices(COMPARE_FORMATS))
    .option('-b, --by <keys>', `what a group is keyed by, comma-separated (${COMPARE_KEYS.join(',')})`, parseKeys, [
      'concept',
      'predicate',
      'place',
    ])
    .option('-m, --min-sources <n>', 'show groups with figures from at least n distinct sources', parseCount, 2)
    .option('--max-figures <n>', 'figures listed per group; spread, conflict and counts still take all (default 200)', parseCount, 200)
    .addOption(new Option('--date-granularity <size>', 'date buckets for --by date').choices(DATE_GRANULARITIES).default('month'))
    .option('-e, --equivalents <file>', 'a JSON file of additions to the equivalence tables (see README)', parseEquivalents)
    .option('-d, --reference-date <date>', 'resolve relative dates against this day (default: each dateline)', parseDate)
    .option('-o, --out <dir>', 'write the report into <dir> (html: index.html and one reading view per document)')
    .option('-j, --jobs <n>', 'files processed in parallel in worker threads', parseCount)
    .option('-g, --glob <pattern>', 'which files to take from folders (default: .txt and .md)')
    .addHelpText('after', EXAMPLES);
  parseCommand(program, argv);
  const o = program.opts<Omit<CompareCliOptions, 'inputs' | 'format'> & { format?: CompareFormat }>();
  return { ...o, inputs: program.args, format: o.format ?? (stdoutIsTerminal && !o.out ? 'text' : 'json') };
}
