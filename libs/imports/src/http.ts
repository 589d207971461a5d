import {
  BadRequestException,
  NotFoundException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { IncomingMessage, ServerResponse } from 'node:http';
import { isUUID } from 'class-validator';
import { Request, Response } from 'express';
import { RequestAuthenticator } from '@symbiose/platform';
import { ImportStatus } from './job/import-job.entity';
import { ImportJobs, ImportJobView, importJobView } from './job/import-jobs.service';

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

/** What a client is answered for an accepted upload (with its job's address in Location). */
export interface UploadAccepted {
  importId: string;
  status: ImportStatus;
  dryRun: boolean;
}

/**
 * Takes an upload for the service's imports: the body must be a CSV file; the job is made for
 * the verified caller, with the parameters its route checked, and answered 202 by the route.
 */
export async function acceptUpload(
  jobs: ImportJobs,
  authenticator: RequestAuthenticator,
  request: Request,
  response: Response,
  { dryRun, parameters }: { dryRun: string | undefined; parameters: Record<string, string> },
): Promise<UploadAccepted> {
  const principal = await authenticator.authenticate(request);
  const job = await closingOnRefusal(response, () =>
    jobs.receive(request, {
      dryRun: parseDryRun(dryRun),
      parameters,
      requestedBy: {
        subject: principal.subject,
        roles: principal.roles,
        partnerId: principal.partnerId ?? null,
      },
      requestId: typeof request.id === 'string' ? request.id : null,
    }),
  );
  response.setHeader('Location', `${request.baseUrl}${request.path.replace(/\/$/, '')}/${job.id}`);
  return { importId: job.id, status: job.status, dryRun: job.dryRun };
}

/** An import's state and counts by id, for `GET /imports/<kind>/:id`: 400 for a bad id, 404 for none. */
export async function importStatus(
  jobs: ImportJobs,
  id: string,
  what: string,
): Promise<ImportJobView> {
  if (!isUUID(id)) throw new BadRequestException('id: must be a UUID');
  const job = await jobs.find(id);
  if (!job) throw new NotFoundException(`no ${what} has id ${id}`);
  return importJobView(job);
}
