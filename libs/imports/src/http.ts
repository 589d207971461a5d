import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The content types a CSV upload may come with: `text/csv`, and what browsers and spreadsheets
 * send for CSV files (`application/vnd.ms-excel` on Windows, `text/plain`, octet-stream).
 */
const CSV_TYPES = [
  'text/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'application/octet-stream',
];

/** Refuses an upload whose body is not a raw CSV file with HTTP 415. */
export function requireCsvBody(request: IncomingMessage): void {
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (!type || !CSV_TYPES.includes(type)) {
    throw new UnsupportedMediaTypeException(
      `send the file itself as the body, with content-type: text/csv (got ${type ?? 'none'})`,
    );
  }
}

/** `?dryRun=true` (or 1); absent or false (0) for a real import. */
export function parseDryRun(value: string | undefined): boolean {
  if (value === undefined || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1' || value === '') return true;
  throw new BadRequestException(`dryRun: must be true or false (got "${value}")`);
}

/**
 * Reads an upload; if it fails before the body is all read (a file over the limit), the answer
 * closes the connection, so that no client sends its next request after the unread rest.
 */
export async function closingOnRefusal<T>(
  response: ServerResponse,
  read: () => Promise<T>,
): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!response.headersSent) response.setHeader('Connection', 'close');
    throw error;
  }
}
