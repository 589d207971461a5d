import { randomUUID } from 'node:crypto';
import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EncodingDetector } from '../csv/encoding';
import { ImportJob, ImportKind, ImportRequester } from './import-job.entity';

/** Size of the pieces a file is stored in: large enough for few rows, small enough to read one at a time. */
export const CHUNK_BYTES = 1024 * 1024;

export interface UploadOptions {
  kind: ImportKind;
  dryRun: boolean;
  parameters: Record<string, string>;
  requestedBy: ImportRequester;
  maxBytes: number;
  /** The request's Content-Length, when it sent one: a file too large is refused before it is read. */
  declaredLength?: number;
  /** Writes that go with the stored job, in its transaction (its audit entry). */
  beforeCommit?: (manager: EntityManager, importId: string) => Promise<void>;
}

function tooLarge(maxBytes: number): PayloadTooLargeException {
  return new PayloadTooLargeException(
    `the file is larger than the ${maxBytes} bytes an import may have (IMPORT_MAX_BYTES)`,
  );
}

/**
 * Stores an uploaded file in the service's database as it arrives, in pieces of CHUNK_BYTES,
 * never holding it whole, and finds its encoding on the way; the job and its file are committed
 * together, so a failed or refused upload leaves nothing. A file over `maxBytes` is refused with
 * HTTP 413, from its declared length when it has one, else as soon as it passes the limit.
 */
export async function storeUpload(
  dataSource: DataSource,
  body: AsyncIterable<Buffer | Uint8Array>,
  options: UploadOptions,
): Promise<ImportJob> {
  if (options.declaredLength !== undefined && options.declaredLength > options.maxBytes) {
    throw tooLarge(options.maxBytes);
  }
  const id = randomUUID();
  const detector = new EncodingDetector();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(
      `INSERT INTO import_job (id, kind, status, dry_run, parameters, requested_by, file_size, encoding)
       VALUES ($1, $2, 'QUEUED', $3, $4, $5, 0, 'utf-8')`,
      [id, options.kind, options.dryRun, options.parameters, options.requestedBy],
    );
    let size = 0;
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      await runner.query(
        `INSERT INTO import_file_chunk (import_id, seq, data) VALUES ($1, $2, $3)`,
        [id, seq, Buffer.concat(pending, pendingBytes)],
      );
      seq += 1;
      pending = [];
      pendingBytes = 0;
    };
    for await (const piece of body) {
      const chunk = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
      size += chunk.length;
      if (size > options.maxBytes) throw tooLarge(options.maxBytes);
      detector.push(chunk);
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= CHUNK_BYTES) await flush();
    }
    await flush();
    if (size === 0) throw new BadRequestException('the file is empty');
    const encoding = detector.finish();
    await runner.query(`UPDATE import_job SET file_size = $2, encoding = $3 WHERE id = $1`, [
      id,
      size,
      encoding,
    ]);
    await options.beforeCommit?.(runner.manager, id);
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
  return dataSource.getRepository(ImportJob).findOneByOrFail({ id });
}

/**
 * The stored pieces of a file, one query each, in order: the memory of one piece whatever the
 * file's size.
 */
export async function* storedFileChunks(
  dataSource: DataSource,
  importId: string,
): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq += 1) {
    const rows: { data: Buffer }[] = await dataSource.query(
      `SELECT data FROM import_file_chunk WHERE import_id = $1 AND seq = $2`,
      [importId, seq],
    );
    if (rows.length === 0) return;
    yield rows[0].data;
  }
}
