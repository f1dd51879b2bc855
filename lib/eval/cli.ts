/**
 * The project's own scorer: runs the extractor over gold documents and prints per-type precision, recall
 * and F1 (strict and relaxed), value and concept accuracy, and the errors.
 *
 *   npm run eval -- [--gold FILE|DIR ...] [--types person,date] [--errors N] [--json]
 *
 * Scores `samples/annotated/` when no gold is given.
 */
import * as path from 'node:path';
import { extract } from '../index';
import { RECORD_TYPES, type RecordType } from '../types';
import { loadGold } from './gold';
import { score, type Extractor } from './score';
import { formatErrors, formatSummary, summarize } from './report';

export const DEFAULT_GOLD_DIR = path.resolve(__dirname, '..', '..', 'samples', 'annotated');

interface CliOptions {
  gold: string[];
  types?: RecordType[];
  errors: number;
  json: boolean;
}

const USAGE = 'usage: npm run eval -- [--gold FILE|DIR ...] [--types person,organization,place,date,quantity] [--errors N] [--json]';

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { gold: [], errors: 0, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return value;
    };
    if (arg === '--gold') options.gold.push(next());
    else if (arg === '--errors') options.errors = Number(next());
    else if (arg === '--json') options.json = true;
    else if (arg === '--types') {
      const types = next().split(',');
      const unknown = types.filter((t) => !(RECORD_TYPES as readonly string[]).includes(t));
      if (unknown.length) throw new Error(`unknown type ${unknown.join(', ')}\n${USAGE}`);
      options.types = types as RecordType[];
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (!options.gold.length) options.gold.push(DEFAULT_GOLD_DIR);
  return options;
}

export const libraryExtractor: Extractor = (text, referenceDate) => extract(text, referenceDate ? { referenceDate } : {}).records;

export function main(argv: string[]): void {
  const options = parseArgs(argv);
  const tally = score(loadGold(options.gold), libraryExtractor, { types: options.types });
  const summary = summarize(tally);
  if (options.json) console.log(JSON.stringify(summary));
  else console.log(formatSummary(summary));
  if (options.errors > 0) console.log(formatErrors(tally, options.errors));
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
}
