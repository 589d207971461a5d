import { Logger } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import { Response } from 'express';
import type { Feature } from 'geojson';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { spreadsheetSafeText } from './csv-cell';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const GEOJSON_CONTENT_TYPE = 'application/geo+json';

const logger = new Logger('StreamedDownload');

/** One column of a CSV export: the key of the row's value and the header shown for it. */
export interface CsvColumn {
  key: string;
  header: string;
}

/** The value a CSV cell can hold; null and undefined are empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * The same items, the first already read: a source that fails at once (the database down) fails
 * here, before any header is sent, and the client gets an ordinary error answer.
 */
async function started<T>(items: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = items[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      try {
        yield first.value;
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
          yield next.value;
        }
      } finally {
        // A client gone mid-way stops the source's reading too.
        await iterator.return?.();
      }
    },
  };
}

/**
 * Sends chunks as a file download, as they come: the status and headers leave with the first
 * chunk. Once they have left, a failure can only cut the download short (the client sees an
 * aborted transfer, never a complete-looking file); it is logged, unless the client went away.
 */
async function sendDownload(
  response: Response,
  filename: string,
  contentType: string,
  ...stages: [Readable, ...NodeJS.ReadWriteStream[]]
): Promise<void> {
  response.attachment(filename);
  response.setHeader('content-type', contentType);
  try {
    await pipeline([...stages, response]);
  } catch (error) {
    if (!response.headersSent) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      logger.error(`${filename} cut short: ${(error as Error).message}`);
    }
  }
}

/**
 * Streams rows as a UTF-8 CSV file with a header row (sent even when there are no rows);
 * booleans are written `true` or `false`. A text cell a spreadsheet would take for a formula
 * starts with `'` (spreadsheetSafeText); numbers, negative ones included, stay numbers.
 */
export async function sendCsv(
  response: Response,
  filename: string,
  columns: readonly CsvColumn[],
  rows: AsyncIterable<Record<string, CsvValue>>,
): Promise<void> {
  const csv = stringify({
    header: true,
    columns: columns.map(({ key, header }) => ({ key, header })),
    cast: { boolean: (value) => String(value), string: spreadsheetSafeText },
  });
  const source = Readable.from(await started(rows));
  return sendDownload(response, filename, CSV_CONTENT_TYPE, source, csv);
}

/** The text of a FeatureCollection, one feature at a time, its foreign members last. */
async function* featureCollectionText(
  features: AsyncIterable<Feature>,
  foreignMembers: () => Record<string, unknown>,
): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let separator = '\n';
  for await (const feature of features) {
    yield separator + JSON.stringify(feature);
    separator = ',\n';
  }
  const members = Object.entries(foreignMembers()).map(
    ([name, value]) => `,${JSON.stringify(name)}:${JSON.stringify(value)}`,
  );
  yield `\n]${members.join('')}}\n`;
}

/**
 * Streams features as a GeoJSON FeatureCollection (RFC 7946), never holding the collection
 * whole. `foreignMembers` is called once every feature is out, so it may report what the
 * features left out (RFC 7946 §6.1 allows members of its own on the collection).
 */
export async function sendFeatureCollection(
  response: Response,
  filename: string,
  features: AsyncIterable<Feature>,
  foreignMembers: () => Record<string, unknown> = () => ({}),
): Promise<void> {
  const text = featureCollectionText(await started(features), foreignMembers);
  return sendDownload(response, filename, GEOJSON_CONTENT_TYPE, Readable.from(text));
}
