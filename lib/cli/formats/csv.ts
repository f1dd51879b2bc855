/**
 * `csv` and `tsv`: one row per record, the type-specific fields as columns (those of the types asked for), quoted
 * where needed so that a spreadsheet opens the file as is. Files written with `--out` start with a byte-order mark,
 * which spreadsheet programs need to read UTF-8. Every cell goes through `spreadsheetCell`, so that no text taken
 * from the input (or a file name) opens as a formula, unless `--csv-raw` asks for raw cells.
 */
import { stringify } from 'csv-stringify/sync';
import { COMMON_FIELDS, fieldValue, typeFields } from '../fields';
import type { FileResult } from '../job';
import type { FormatContext, Formatter } from './index';
import { spreadsheetCell } from './spreadsheet-cell';

function createDelimited(delimiter: string, extension: string, ctx: FormatContext): Formatter {
  const documentColumn = ctx.documentColumn ?? 'file';
  const columns = [documentColumn, ...COMMON_FIELDS.slice(1), ...typeFields(ctx.types)];
  const header = () => stringify([columns], { delimiter });
  // Rows go out a thousand at a time, so a huge file never becomes one string.
  function* rows(result: FileResult): Generator<string> {
    let batch: unknown[][] = [];
    for (const r of result.records) {
      batch.push(columns.map((c) => spreadsheetCell(fieldValue({ ...r, [documentColumn]: result.file }, c), ctx.rawCells)));
      if (batch.length === 1000) {
        yield stringify(batch, { delimiter });
        batch = [];
      }
    }
    if (batch.length) yield stringify(batch, { delimiter });
  }
  return {
    extension,
    head: header,
    file: rows,
    tail: () => '',
    *document(result) {
      yield `\ufeff${header()}`;
      yield* rows(result);
    },
  };
}

export const createCsv = (ctx: FormatContext) => createDelimited(',', 'csv', ctx);
export const createTsv = (ctx: FormatContext) => createDelimited('\t', 'tsv', ctx);
