import { Readable } from 'node:stream';
import { CsvError, parse, Parser } from 'csv-parse';
import { CsvEncoding, decodeChunks } from './encoding';
import { CsvSeparator, detectSeparator, firstLine } from './separator';

/** A row of the file, by column name. */
export interface CsvRow {
  kind: 'row';
  /** The line of the file where the row ends (the header is line 1 of a file that starts with it). */
  line: number;
  /** Each column's value, trimmed; '' for an empty cell or one the row stops short of. */
  values: Record<string, string>;
}

/** A row the parser could not read (a quote left open, say), with why. */
export interface CsvMalformedRow {
  kind: 'malformed';
  line: number;
  reason: string;
}

export type CsvItem = CsvRow | CsvMalformedRow;

export interface CsvFile {
  encoding: CsvEncoding;
  separator: CsvSeparator;
  /** The header's column names, trimmed, in order; empty for an empty file. */
  columns: string[];
  /** The line of the header. */
  headerLine: number;
  /** The rows after the header, in order, read as they are asked for. */
  rows: AsyncIterable<CsvItem>;
  /** Bytes of the file read so far (the parser reads a little ahead of the rows given). */
  bytesRead(): number;
}

/**
 * Opens a CSV file whose bytes come in chunks: decodes them in the file's encoding, finds the
 * separator on the header line, and parses with csv-parse as a stream, so that a file of any
 * length is read with the memory of a few chunks. Rows with more non-empty fields than the header
 * has columns, and rows the parser cannot read, come as malformed rows; the others as rows.
 */
export async function openCsv(
  chunks: AsyncIterable<Uint8Array>,
  encoding: CsvEncoding,
): Promise<CsvFile> {
  let bytesRead = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      bytesRead += chunk.length;
      yield chunk;
    }
  }
  const texts = decodeChunks(counted(), encoding)[Symbol.asyncIterator]();
  const head = await readHead(texts);
  const separator = detectSeparator(firstLine(head.replace(/^\s+/, '')));
  const malformed: CsvMalformedRow[] = [];
  const parser = streamingParser(separator, malformed);
  const source = Readable.from(textsFrom(head, texts));
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);

  type Parsed = { record: string[]; info: { lines: number } };
  const parsed = parser[Symbol.asyncIterator]() as AsyncIterator<Parsed>;
  const first = await parsed.next();
  if (first.done) {
    return {
      encoding,
      separator,
      columns: [],
      headerLine: 0,
      rows: (async function* () {})(),
      bytesRead: () => bytesRead,
    };
  }
  const columns = first.value.record.map((name) => name.replace(/^\uFEFF/, '').trim());
  const headerLine = first.value.info.lines;

  async function* rows(): AsyncGenerator<CsvItem> {
    for (;;) {
      const next = await parsed.next();
      if (next.done) break;
      const { record, info } = next.value;
      while (malformed.length > 0 && malformed[0].line < info.lines) yield malformed.shift()!;
      yield rowOf(record, info.lines, columns);
    }
    yield* malformed.splice(0);
  }

  return { encoding, separator, columns, headerLine, rows: rows(), bytesRead: () => bytesRead };
}

/** Enough text to hold the header line (skipping blank lines before it). */
async function readHead(texts: AsyncIterator<string>): Promise<string> {
  let head = '';
  while (!/\S[^\n]*\n/.test(head)) {
    const next = await texts.next();
    if (next.done) break;
    head += next.value;
  }
  return head;
}

async function* textsFrom(head: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  if (head.length > 0) yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/** A csv-parse stream that skips unreadable rows, adding each to `malformed` with why. */
function streamingParser(separator: CsvSeparator, malformed: CsvMalformedRow[]): Parser {
  const parser = parse({
    delimiter: separator,
    info: true,
    trim: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    // A quote inside an unquoted field (`Le "Lot"`) is kept as written.
    relax_quotes: true,
    skip_records_with_error: true,
  });
  parser.on('skip', (error: CsvError | undefined) => {
    if (!error) return;
    const line = (error as CsvError & { lines?: number }).lines ?? 0;
    // One unreadable row may raise several errors: its first says why.
    if (malformed.at(-1)?.line !== line) {
      malformed.push({ kind: 'malformed', line, reason: describeParseError(error) });
    }
  });
  return parser;
}

function rowOf(record: string[], line: number, columns: string[]): CsvItem {
  const extra = record.slice(columns.length).filter((value) => value.length > 0);
  if (extra.length > 0) {
    return {
      kind: 'malformed',
      line,
      reason: `has ${record.length} fields where the header has ${columns.length} columns (a separator too many?)`,
    };
  }
  const values: Record<string, string> = {};
  columns.forEach((column, index) => (values[column] = record[index] ?? ''));
  return { kind: 'row', line, values };
}

const PARSE_ERRORS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted field must be doubled ("")',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text follows the closing quote of a field',
};

function describeParseError(error: CsvError): string {
  return PARSE_ERRORS[error.code] ?? `cannot be read as CSV: ${error.message}`;
}
