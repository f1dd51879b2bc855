/** Output formats of `extract compare`: each turns the finished comparison into one document. One file per format. */
import type { ComparedFigure, ComparedGroup, CompareKey } from '../../claims/index';
import type { CompareFormat } from '../compare-args';
import type { Failure } from '../formats';
import { writeCsv } from './csv';
import { writeHtml } from './html';
import { writeJson } from './json';
import { writeText } from './text';

export interface CompareReport {
  groups: ComparedGroup[];
  stats: { documents: number; figures: number; unnamed: number };
  by: readonly CompareKey[];
  minSources: number;
  failures: Failure[];
  /** The figure's place in its document's reading view (a relative URL), when one was written. */
  link: (figure: ComparedFigure) => string | null;
}

export interface CompareFormatter {
  /** The report's file name with `--out`. */
  fileName: string;
  write(report: CompareReport, options: { colors: boolean }): string;
}

export const COMPARE_FORMATTERS: Record<CompareFormat, CompareFormatter> = {
  text: { fileName: 'compare.txt', write: writeText },
  json: { fileName: 'compare.json', write: writeJson },
  csv: { fileName: 'compare.csv', write: writeCsv },
  html: { fileName: 'index.html', write: writeHtml },
};
