/**
 * `extract compare`: inputs → records (in worker threads, as for `extract`) → one claim comparison, folded one
 * document at a time (no document is kept once its figures are taken) → one report. With `--format html --out DIR`
 * each document's reading view is written as it comes, and the report links every figure into it.
 */
import { join, relative, resolve } from 'node:path';
import { createClaimComparison, findByline } from '../claims/index';
import { type CompareCliOptions, parseCompareArgs } from './compare-args';
import { COMPARE_FORMATTERS, type CompareReport } from './compare-formats/index';
import { InputError, UsageError } from './errors';
import { createFormatter, type Failure } from './formats';
import { collectInputs, STDIN_NAME } from './inputs';
import { jobInputs, useColors } from './main';
import { outputPaths, writeOutputFile, writeStdout } from './output';
import { defaultJobs, runJobs } from './pool';
import { createProgress } from './progress';

/** Where reading views go under the report folder. */
const VIEWS_FOLDER = 'documents';

async function compare(options: CompareCliOptions): Promise<number> {
  const failures: Failure[] = [];
  let say: (line: string) => void = (line) => void process.stderr.write(`${line}\n`);
  const report = (file: string, message: string) => {
    failures.push({ file, message });
    say(`extract compare: ${file}: ${message}`);
  };
  if (options.inputs.filter((a) => a === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  if (!options.inputs.length && options.glob) options.inputs = ['.'];
  if (!options.inputs.length && process.stdin.isTTY) throw new UsageError('no input; give files, folders, or - to read stdin');
  const inputs = options.inputs.length ? collectInputs(options.inputs, options.glob, report) : [{ name: STDIN_NAME }];

  const comparison = createClaimComparison({
    by: options.by,
    minSources: options.minSources,
    maxFiguresPerGroup: Math.max(2, options.maxFigures),
    dateGranularity: options.dateGranularity,
    equivalents: options.equivalents,
  });
  const writeViews = options.format === 'html' && !!options.out;
  const views = writeViews ? outputPaths(inputs, join(options.out!, VIEWS_FOLDER), 'html') : [];
  const viewFormatter = createFormatter('html', {
    colors: false,
    types: ['person', 'organization', 'place', 'date', 'quantity'],
    inputNames: [],
  });
  const inputPaths = new Set(inputs.flatMap((i) => (i.path ? [resolve(i.path)] : [])));
  const links = new Map<string, string>();

  const progress = createProgress(inputs.length, !!process.stderr.isTTY && inputs.length > 1);
  say = progress.message;
  try {
    const settings = { referenceDate: options.referenceDate, keepText: true };
    for await (const { input, outcome } of runJobs(await jobInputs(inputs), settings, options.jobs ?? defaultJobs(inputs))) {
      if (!outcome.ok) {
        report(input.name, outcome.message);
        progress.tick(0);
        continue;
      }
      const records = [...outcome.result.records];
      const text = outcome.result.text ?? '';
      comparison.add({ id: input.name, records, referenceDate: outcome.result.referenceDate, text, source: findByline(text) });
      if (writeViews) {
        try {
          writeOutputFile(views[input.index], viewFormatter.document({ ...outcome.result, records }), inputPaths);
          links.set(input.name, relative(options.out!, views[input.index]).split('\\').join('/'));
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          report(input.name, err.message);
        }
      }
      progress.tick(records.length);
    }
  } finally {
    progress.stop();
  }

  const result: CompareReport = {
    groups: comparison.groups(),
    stats: comparison.stats,
    by: options.by,
    minSources: options.minSources,
    failures,
    link: (figure) => {
      const view = links.get(figure.document);
      return view ? `${view}#f0-r${figure.record}` : null;
    },
  };
  const formatter = COMPARE_FORMATTERS[options.format];
  const output = formatter.write(result, { colors: !options.out && useColors() });
  if (options.out) writeOutputFile(join(options.out, formatter.fileName), output, inputPaths);
  else await writeStdout(output);
  return failures.length ? 1 : 0;
}

/** `extract compare ...` (argv without `compare`); errors are thrown to `main`, which reports them as for `extract`. */
export function runCompare(argv: string[]): Promise<number> {
  return compare(parseCompareArgs(argv, !!process.stdout.isTTY));
}
