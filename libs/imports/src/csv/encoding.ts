/**
 * The encodings spreadsheets save CSV files in: UTF-8, with or without a byte order mark (Excel's
 * "CSV UTF-8", LibreOffice), UTF-16 with its mark (Excel's "Unicode text"), and Windows-1252,
 * the Latin-1 of French Windows and of older Excel ("CSV (separator: semicolon)"). TextDecoder
 * reads them all; ISO-8859-1 files read as Windows-1252 too, as the WHATWG encoding standard has
 * every browser do, since the two differ only on control characters no CSV holds.
 */
export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Finds a file's encoding from its bytes as they arrive, without keeping them: a byte order mark
 * says it; otherwise the bytes are read as strict UTF-8, and the first sequence that is not
 * UTF-8 makes the file Windows-1252. A Latin-1 file of plain ASCII is both, and reads alike.
 */
export class EncodingDetector {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  private marked: CsvEncoding | undefined;
  private isUtf8 = true;
  private started = false;
  /** The first bytes, until there are enough to see a byte order mark. */
  private head: Uint8Array = new Uint8Array(0);

  push(chunk: Uint8Array): void {
    if (!this.started) {
      this.head = concat(this.head, chunk);
      if (this.head.length < UTF8_BOM.length) return;
      this.started = true;
      this.marked = markedEncoding(this.head);
      chunk = this.head;
      this.head = new Uint8Array(0);
    }
    if (this.marked || !this.isUtf8) return;
    try {
      this.utf8.decode(chunk, { stream: true });
    } catch {
      this.isUtf8 = false;
    }
  }

  /** The encoding of everything pushed. */
  finish(): CsvEncoding {
    if (!this.started) {
      this.started = true;
      this.marked = markedEncoding(this.head);
      if (!this.marked) this.push(this.head);
    }
    if (this.marked) return this.marked;
    if (this.isUtf8) {
      try {
        this.utf8.decode();
      } catch {
        // A multi-byte sequence cut off at the end of the file.
        this.isUtf8 = false;
      }
    }
    return this.isUtf8 ? 'utf-8' : 'windows-1252';
  }
}

function markedEncoding(head: Uint8Array): CsvEncoding | undefined {
  if (startsWith(head, UTF8_BOM)) return 'utf-8';
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be';
  return undefined;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

/**
 * Decodes a file's chunks as they come, in the encoding found for it. A character split between
 * two chunks is decoded whole, and a byte order mark is dropped.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  encoding: CsvEncoding,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}
