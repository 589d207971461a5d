import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AccessRequest, AccessRule } from '@symbiose/platform';
import { hasRole } from '@symbiose/tokens';
import { ImportJob } from './job/import-job.entity';

/**
 * An import the caller may follow: a partner body follows the imports it sent (facilitators, and
 * ADMIN, follow every one: give them their own rule beside this one).
 */
export const importOfCaller =
  (idOf: (request: AccessRequest) => unknown): AccessRule =>
  async (request) => {
    const id = idOf(request);
    const { partnerId } = request.principal;
    if (!hasRole(request.principal, 'PARTNER') || !partnerId) return false;
    if (typeof id !== 'string' || !isUUID(id)) return false;
    const job = await request.services
      .get(DataSource, { strict: false })
      .getRepository(ImportJob)
      .findOneBy({ id });
    return job?.requestedBy.partnerId === partnerId;
  };
