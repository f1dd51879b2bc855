/**
 * Document-per-line streaming: JSON lines of articles in, one result line per input line out, in order. The
 * protocol Dask, Spark (`RDD.pipe`), Hadoop Streaming and GNU parallel speak to a program on stdin/stdout.
 *
 * Each input line is `{"id": ..., "text": ..., "referenceDate"?: ..., "types"?: [...]}`; the result is
 * `{id, referenceDate, referenceDateSource, records}`, or `{id, error: {code, message, line}}` for a line that
 * cannot be processed. A bad line never stops the stream.
 */
import { Duplex } from 'node:stream';
import { isUtf8 } from 'node:buffer';
import { resolveOptions, runPipeline } from './pipeline';
import { parseReferenceDate } from './reference-date';
import { ExtractError, RECORD_TYPES, type ExtractOptions, type ExtractRecord, type RecordType, type ReferenceDateSource } from './types';

export interface LineOptions extends ExtractOptions {
  /** The field that holds the document id (default `id`). */
  idField?: string;
  /** The field that holds the text (default `text`). */
  textField?: string;
  /** Longest text accepted, in characters (default 1,000,000); a longer one is an error row. */
  maxChars?: number;
}

export type DocumentId = string | number | null;

export interface LineRecords {
  id: DocumentId;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  records: ExtractRecord[];
}

export type LineErrorCode =
  | 'invalid_json'
  | 'invalid_utf8'
  | 'empty_line'
  | 'not_an_object'
  | 'invalid_id'
  | 'missing_text'
  | 'text_not_string'
  | 'invalid_reference_date'
  | 'invalid_types'
  | 'too_long'
  | 'internal';

export interface LineError {
  id: DocumentId;
  error: { code: LineErrorCode; message: string /** 1-based line number in its input. */; line: number };
}

export type LineResult = LineRecords | LineError;

export const DEFAULT_MAX_CHARS = 1_000_000;
/** The largest maxChars: texts past this size belong in a file (`--format records`), not in a line. */
export const MAX_CHARS_LIMIT = 50_000_000;

/**
 * A line this many bytes long cannot hold an acceptable text even with every character escaped (`\uXXXX`, six
 * bytes each) plus generous other fields: the reader stops keeping its bytes, so memory stays bounded. Capped
 * below Node's longest string.
 */
export const maxLineBytes = (maxChars: number) => Math.min(maxChars * 6 + 65_536, 400_000_000);

export const isLineError = (r: LineResult): r is LineError => 'error' in r;

const fail = (id: DocumentId, code: LineErrorCode, message: string, line: number): LineError => ({ id, error: { code, message, line } });

/** Settings checked once for a whole stream. */
interface ResolvedLineOptions {
  idField: string;
  textField: string;
  maxChars: number;
  extract: ExtractOptions;
}

function resolveLineOptions(options: LineOptions = {}): ResolvedLineOptions {
  const { idField = 'id', textField = 'text', maxChars = DEFAULT_MAX_CHARS, ...extractOptions } = options;
  if (typeof idField !== 'string' || !idField) throw new ExtractError('idField must be a non-empty string');
  if (typeof textField !== 'string' || !textField) throw new ExtractError('textField must be a non-empty string');
  if (!Number.isInteger(maxChars) || maxChars < 1 || maxChars > MAX_CHARS_LIMIT)
    throw new ExtractError(`maxChars must be a whole number from 1 to ${MAX_CHARS_LIMIT}`);
  // Types and the reference date are checked now, not on the first line.
  resolveOptions(extractOptions);
  return { idField, textField, maxChars, extract: extractOptions };
}

type Problem = { code: LineErrorCode; message: string };

/** The extract options a line asks for (its own referenceDate and types override the stream's), or what is wrong with them. */
function lineExtractOptions(doc: Record<string, unknown>, defaults: ExtractOptions): ExtractOptions | Problem {
  const options: ExtractOptions = { ...defaults };
  const { referenceDate, types } = doc;
  if (referenceDate !== undefined && referenceDate !== null) {
    try {
      options.referenceDate = parseReferenceDate(typeof referenceDate === 'string' ? referenceDate : undefined);
    } catch {
      return {
        code: 'invalid_reference_date',
        message: `referenceDate must be an ISO date such as "2016-12-05"; got ${JSON.stringify(referenceDate)}`,
      };
    }
  }
  if (types !== undefined && types !== null) {
    if (!Array.isArray(types) || types.some((t) => !(RECORD_TYPES as readonly unknown[]).includes(t)))
      return { code: 'invalid_types', message: `types must be an array of record types (${RECORD_TYPES.join(', ')})` };
    options.types = types as RecordType[];
  }
  return options;
}

/** One input line (without its line break) → its result. Never throws for bad input. */
function processLineText(line: string, lineNumber: number, opts: ResolvedLineOptions): LineResult {
  if (!line.trim()) return fail(null, 'empty_line', 'the line is empty', lineNumber);
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch (err) {
    return fail(null, 'invalid_json', `the line is not valid JSON (${(err as Error).message})`, lineNumber);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    return fail(null, 'not_an_object', 'the line must be a JSON object such as {"id": 1, "text": "..."}', lineNumber);
  const fields = doc as Record<string, unknown>;
  const rawId = fields[opts.idField];
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number')
    return fail(null, 'invalid_id', `"${opts.idField}" must be a string or a number`, lineNumber);
  const id: DocumentId = (rawId as DocumentId | undefined) ?? null;
  const text = fields[opts.textField];
  if (text === undefined || text === null) return fail(id, 'missing_text', `the line has no "${opts.textField}" field`, lineNumber);
  if (typeof text !== 'string')
    return fail(id, 'text_not_string', `"${opts.textField}" must be a string; got ${typeName(text)}`, lineNumber);
  if (text.length > opts.maxChars)
    return fail(id, 'too_long', `the text has ${text.length} characters, more than the limit of ${opts.maxChars}`, lineNumber);
  const options = lineExtractOptions(fields, opts.extract);
  if ('code' in options) return fail(id, options.code, options.message, lineNumber);
  try {
    const { records, referenceDate, referenceDateSource } = runPipeline(text, resolveOptions(options));
    return { id, referenceDate, referenceDateSource, records };
  } catch (err) {
    // A bug, not bad input: still one line, and the stream goes on.
    return fail(id, 'internal', `internal error: ${err instanceof Error ? err.message : String(err)}`, lineNumber);
  }
}

const typeName = (v: unknown) => (Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/** One raw line as the reader hands it over: its text, or why it has none. */
export interface RawLine {
  /** 1-based. */
  number: number;
  text?: string;
  problem?: { code: 'invalid_utf8' | 'too_long'; message: string };
}

/**
 * Splits a byte (or text) stream into lines, `\n` or `\r\n` ended; the last line may lack its break. Reads only as
 * fast as the caller takes lines (back-pressure), and never keeps more than `maxBytes` of one line.
 */
export async function* splitLines(source: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let number = 0;
  const finish = (): RawLine => {
    number++;
    const bytes = Buffer.concat(parts, size);
    const wasOverflow = overflow;
    parts = [];
    size = 0;
    overflow = false;
    if (wasOverflow) return { number, problem: { code: 'too_long', message: `the line is longer than ${maxBytes} bytes` } };
    const end = bytes.length && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    const body = bytes.subarray(0, end);
    if (!isUtf8(body)) return { number, problem: { code: 'invalid_utf8', message: 'the line is not valid UTF-8' } };
    const text = body.toString('utf8');
    return { number, text: number === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  };
  const keep = (piece: Buffer) => {
    if (overflow) return;
    if (size + piece.length > maxBytes) {
      overflow = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  };
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl !== -1; nl = buf.indexOf(0x0a, from)) {
      keep(buf.subarray(from, nl));
      from = nl + 1;
      yield finish();
    }
    // Copied: the rest of a pooled chunk must not pin (or see reuse of) the whole chunk.
    if (from < buf.length) keep(Buffer.from(buf.subarray(from)));
  }
  if (size || overflow) yield finish();
}

/**
 * A line processor with its options checked once: raw line → result. What the CLI runs in each worker thread.
 * Throws `ExtractError` for invalid options.
 */
export function createLineProcessor(options?: LineOptions): (line: RawLine) => LineResult {
  const opts = resolveLineOptions(options);
  return (line) =>
    line.problem ? fail(null, line.problem.code, line.problem.message, line.number) : processLineText(line.text!, line.number, opts);
}

/** The longest raw line a stream with these options keeps. */
export const lineLimit = (options?: LineOptions) => maxLineBytes(options?.maxChars ?? DEFAULT_MAX_CHARS);

/**
 * Extracts from a stream of JSON lines (a file or socket stream, `process.stdin`, any async iterable of byte or
 * text chunks): one result per line, in order, each produced when the caller asks for it, so memory stays
 * constant however long the stream.
 */
export async function* extractLines(source: AsyncIterable<Uint8Array | string>, options?: LineOptions): AsyncGenerator<LineResult> {
  const resultOf = createLineProcessor(options);
  for await (const line of splitLines(source, lineLimit(options))) yield resultOf(line);
}

/** A result as its output line, `\n` included. */
export const resultLine = (result: LineResult) => `${JSON.stringify(result)}\n`;

/**
 * `extractLines` as a Node duplex stream: JSON lines in (bytes or text), one JSON result line out per input line.
 * `fs.createReadStream('in.jsonl').pipe(createExtractStream()).pipe(process.stdout)`.
 */
export function createExtractStream(options?: LineOptions): Duplex {
  createLineProcessor(options);
  return Duplex.from(async function* (source: AsyncIterable<Uint8Array | string>) {
    for await (const result of extractLines(source, options)) yield resultLine(result);
  });
}
